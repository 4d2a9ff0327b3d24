import { PlusOutlined, UnorderedListOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useI18n } from '../../lib/i18n';
import { useSearchParam } from '../../lib/use-search-param';
import { useHasPermission } from '../auth/use-current-user';
import { OnDutyStrip } from '../duty';
import { useSelectedRegion } from '../regions/selected-region-context';
import { useOverdueReports } from './api/list-overdue';
import { IncidentDrawer } from './detail/incident-drawer';
import { IntakeDrawer } from './intake/intake-drawer';
import { useIntake } from './intake/use-intake';
import { IncidentList } from './list/incident-list';
import { OverdueList } from './list/overdue-list';
import { useIncidentsLiveUpdates } from './use-incidents-live-updates';
import './incidents.css';

type TabKey = 'list' | 'overdue';

/**
 * 突发事件: the incidents of the header's region with their report clocks, the overdue list, intake
 * (by the duty officer, or from an alarm via `?fromAlarm=`) and each incident's file (`?incident=`).
 */
export function IncidentsPage() {
  const { t } = useI18n();
  const { region } = useSelectedRegion();
  const [params, setParams] = useSearchParams();
  const [incidentId, openIncident] = useSearchParam('incident');
  const canRead = useHasPermission('incident.read');
  const canReport = useHasPermission('incident.report');
  const intake = useIntake();
  const overdue = useOverdueReports(canRead ? region?.code : undefined, false);
  useIncidentsLiveUpdates();
  const active: TabKey = params.get('tab') === 'overdue' ? 'overdue' : 'list';

  return (
    <div className="sw-page sw-inc-page">
      <div className="sw-inc-page-head">
        <Typography.Title level={3}>{t('incidents.title')}</Typography.Title>
        {canReport && (
          <Button type="primary" danger icon={<PlusOutlined />} onClick={intake.openBlank} className="sw-inc-create">
            {t('incidents.intake.open')}
          </Button>
        )}
      </div>
      <OnDutyStrip regionCode={region?.code} />
      {canRead ? (
        <>
          <Tabs
            className="sw-inc-tabs"
            activeKey={active}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'list', label: t('incidents.tab.list'), icon: <UnorderedListOutlined />, children: <IncidentList onOpen={openIncident} /> },
              {
                key: 'overdue',
                icon: <WarningOutlined />,
                label: (
                  <span className="sw-inc-overdue-tab">
                    {t('incidents.tab.overdue')} <Badge count={overdue.data?.total ?? 0} size="small" />
                  </span>
                ),
                children: <OverdueList onOpen={openIncident} />,
              },
            ]}
          />
          <IncidentDrawer id={incidentId} onClose={() => openIncident(null)} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('incidents.noPermission')} />
      )}
      {canReport && (
        <>
          <ApiErrorAlert error={intake.error} className="sw-inc-alert" />
          <IntakeDrawer key={intake.key} open={intake.open} initial={intake.initial} source={intake.source} loading={intake.loading} onClose={intake.close} onCreated={(created) => intake.finish(created.id)} />
        </>
      )}
    </div>
  );
}
