import { useHasPermission } from '../../auth/use-current-user';
import { useAlarmNotifications } from './use-alarm-notifications';
import { useMonitoringCacheRefresh } from './use-monitoring-cache-refresh';

function MonitoringLiveUpdates() {
  useMonitoringCacheRefresh();
  useAlarmNotifications();
  return null;
}

/**
 * Mounted once in the app shell (lazily, so the shell's chunk stays small): monitoring data on any
 * page stays current, and new alarms are announced on every page, not only on the monitoring one.
 */
export function MonitoringLive() {
  const canRead = useHasPermission('alarm.read');
  return canRead ? <MonitoringLiveUpdates /> : null;
}
