import { Alert, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import { useSearchParam } from '../../lib/use-search-param';
import { useHasPermission } from '../auth/use-current-user';
import { EnterpriseDrawer } from './detail/enterprise-drawer';
import './enterprises.css';
import { EnterpriseList } from './list/enterprise-list';

/** 企业与重大危险源: the register of the header's region; an enterprise's file opens over it (`?enterprise=`). */
export function EnterprisesPage() {
  const { t } = useI18n();
  const canRead = useHasPermission('enterprise.read');
  const [openId, open] = useSearchParam('enterprise');
  return (
    <div className="sw-page sw-ent-page">
      <Typography.Title level={3}>{t('enterprises.title')}</Typography.Title>
      {canRead ? (
        <>
          <EnterpriseList onOpen={open} />
          <EnterpriseDrawer id={openId} onClose={() => open(null)} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('enterprises.noPermission')} />
      )}
    </div>
  );
}
