import { Alert, Card, Col, Row, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import { useHasPermission } from '../auth/use-current-user';
import { ModuleUnderConstruction } from '../placeholders/module-under-construction';
import { NoticeForm } from './components/notice-form';

export function SystemPage() {
  const { t } = useI18n();
  const canPost = useHasPermission('region.manage');
  return (
    <div className="sw-page">
      <Typography.Title level={3}>{t('system.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('system.notice.title')}>
            <Typography.Paragraph type="secondary">{t('system.notice.hint')}</Typography.Paragraph>
            {canPost ? <NoticeForm /> : <Alert type="info" showIcon title={t('system.notice.noPermission')} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('system.more')}>
            <ModuleUnderConstruction description={t('module.system.desc')} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
