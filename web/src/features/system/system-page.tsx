import { ApiOutlined, AuditOutlined, CloudUploadOutlined, NotificationOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@shouwang/contracts';
import { Alert, Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import '../admin/admin.css';
import { AuditTab } from '../admin/audit/audit-tab';
import { RegionImportTab } from '../admin/region-import/region-import-tab';
import { TokensTab } from '../admin/tokens/tokens-tab';
import { UsersTab } from '../admin/users/users-tab';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useCurrentUser } from '../auth/use-current-user';
import { NoticeForm } from './components/notice-form';

interface AdminTab {
  key: string;
  labelKey: MessageKey;
  icon: React.ReactNode;
  /** Any one of these permissions shows the tab; the server enforces the rest. */
  anyOf: Permission[];
  render: () => React.ReactNode;
}

function NoticeTab() {
  const { t } = useI18n();
  return (
    <Card className="sw-admin-notice-card">
      <Typography.Paragraph type="secondary">{t('system.notice.hint')}</Typography.Paragraph>
      <NoticeForm />
    </Card>
  );
}

const TABS: AdminTab[] = [
  { key: 'notice', labelKey: 'admin.tab.notice', icon: <NotificationOutlined />, anyOf: ['region.manage'], render: () => <NoticeTab /> },
  { key: 'users', labelKey: 'admin.tab.users', icon: <TeamOutlined />, anyOf: ['user.read', 'user.manage'], render: () => <UsersTab /> },
  { key: 'tokens', labelKey: 'admin.tab.tokens', icon: <ApiOutlined />, anyOf: ['token.manage'], render: () => <TokensTab /> },
  { key: 'regions', labelKey: 'admin.tab.regionImport', icon: <CloudUploadOutlined />, anyOf: ['region.manage'], render: () => <RegionImportTab /> },
  { key: 'audit', labelKey: 'admin.tab.audit', icon: <AuditOutlined />, anyOf: ['audit.read', 'audit.verify'], render: () => <AuditTab /> },
];

export function SystemPage() {
  const { t } = useI18n();
  const { permissions } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const visible = TABS.filter((tab) => tab.anyOf.some((p) => permissions.includes(p)));
  const requested = params.get('tab');
  const active = visible.find((tab) => tab.key === requested)?.key ?? visible[0]?.key;

  return (
    <div className="sw-page sw-admin-page">
      <Typography.Title level={3}>{t('system.title')}</Typography.Title>
      {visible.length === 0 ? (
        <Alert type="info" showIcon title={t('admin.noTabs')} />
      ) : (
        <Tabs
          className="sw-admin-tabs"
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={visible.map((tab) => ({
            key: tab.key,
            label: t(tab.labelKey),
            icon: tab.icon,
            children: tab.render(),
          }))}
        />
      )}
    </div>
  );
}
