import { AlertOutlined, DashboardOutlined, PartitionOutlined } from '@ant-design/icons';
import { Alert, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useSearchParam } from '../../lib/use-search-param';
import { useHasPermission } from '../auth/use-current-user';
import { AlarmDrawer } from './alarms/alarm-drawer';
import { AlarmQueue } from './alarms/alarm-queue';
import { MonitoringBoard } from './board/monitoring-board';
import { PointDrawer } from './board/point-drawer';
import { EscalationTab } from './escalation/escalation-tab';
import './monitoring.css';

type TabKey = 'board' | 'alarms' | 'escalation';
const TABS: { key: TabKey; labelKey: MessageKey; icon: React.ReactNode }[] = [
  { key: 'board', labelKey: 'monitoring.tab.board', icon: <DashboardOutlined /> },
  { key: 'alarms', labelKey: 'monitoring.tab.alarms', icon: <AlertOutlined /> },
  { key: 'escalation', labelKey: 'monitoring.tab.escalation', icon: <PartitionOutlined /> },
];

/**
 * 监测预警: the live board, the alarm queue and the escalation ladder of the header's region. The open
 * point and alarm live in the URL (`?point=`, `?alarm=`) so the map, the enterprise file and the
 * new-alarm notification can link straight to them.
 */
export function MonitoringPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const canRead = useHasPermission('alarm.read');
  const [pointId, openPoint] = useSearchParam('point');
  const [alarmId, openAlarm] = useSearchParam('alarm');
  const requested = params.get('tab');
  const active = TABS.find((tab) => tab.key === requested)?.key ?? 'board';

  const render = (key: TabKey) => {
    if (key === 'board') return <MonitoringBoard onOpenPoint={openPoint} />;
    if (key === 'alarms') return <AlarmQueue onOpenAlarm={openAlarm} />;
    return <EscalationTab />;
  };

  return (
    <div className="sw-page sw-mon-page">
      <Typography.Title level={3}>{t('monitoring.title')}</Typography.Title>
      {canRead ? (
        <>
          <Tabs
            className="sw-mon-tabs"
            activeKey={active}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={TABS.map((tab) => ({ key: tab.key, label: t(tab.labelKey), icon: tab.icon, children: render(tab.key) }))}
          />
          <AlarmDrawer id={alarmId} onClose={() => openAlarm(null)} onOpenPoint={openPoint} />
          <PointDrawer id={pointId} onClose={() => openPoint(null)} onOpenAlarm={openAlarm} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('monitoring.noPermission')} />
      )}
    </div>
  );
}
