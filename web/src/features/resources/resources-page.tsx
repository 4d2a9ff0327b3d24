import { ApartmentOutlined, BankOutlined, HomeOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useHasPermission } from '../auth/use-current-user';
import './components/resources-common.css';
import { ExpertsTab } from './experts/experts-tab';
import { FacilitiesTab } from './facilities/facilities-tab';
import './resources.css';
import { StrengthTab } from './strength/strength-tab';
import { TeamsTab } from './teams/teams-tab';
import { useResourceLiveUpdates } from './use-resource-live-updates';
import { WarehousesTab } from './warehouses/warehouses-tab';

interface ResourceTab {
  key: string;
  labelKey: MessageKey;
  icon: React.ReactNode;
  render: () => React.ReactNode;
}

const TABS: ResourceTab[] = [
  { key: 'teams', labelKey: 'resources.tab.teams', icon: <TeamOutlined />, render: () => <TeamsTab /> },
  { key: 'experts', labelKey: 'resources.tab.experts', icon: <SafetyCertificateOutlined />, render: () => <ExpertsTab /> },
  { key: 'facilities', labelKey: 'resources.tab.facilities', icon: <HomeOutlined />, render: () => <FacilitiesTab /> },
  { key: 'warehouses', labelKey: 'resources.tab.warehouses', icon: <BankOutlined />, render: () => <WarehousesTab /> },
  { key: 'strength', labelKey: 'resources.tab.strength', icon: <ApartmentOutlined />, render: () => <StrengthTab /> },
];

/** 应急资源台账: every resource kind in the user's jurisdiction, with import and export. */
export function ResourcesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const canRead = useHasPermission('resource.read');
  useResourceLiveUpdates();
  const requested = params.get('tab');
  const active = TABS.find((tab) => tab.key === requested)?.key ?? 'teams';

  return (
    <div className="sw-page sw-res-page">
      <Typography.Title level={3}>{t('resources.title')}</Typography.Title>
      {canRead ? (
        <Tabs
          className="sw-res-tabs"
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={TABS.map((tab) => ({ key: tab.key, label: t(tab.labelKey), icon: tab.icon, children: tab.render() }))}
        />
      ) : (
        <Alert type="info" showIcon title={t('resources.noPermission')} />
      )}
    </div>
  );
}
