import { ThunderboltOutlined } from '@ant-design/icons';
import type { Alarm } from '@shouwang/contracts';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';

/** 转为事件: opens the incident intake filled from the alarm (time, place, plant, reading); the incident keeps the link. */
export function ToIncidentButton({ alarm, size }: { alarm: Alarm; size: 'small' | 'middle' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canReport = useHasPermission('incident.report');
  if (!canReport) return null;
  return (
    <Button size={size} danger icon={<ThunderboltOutlined />} className="sw-mon-to-incident" onClick={() => void navigate(`/incidents?fromAlarm=${encodeURIComponent(alarm.id)}`)}>
      {t('monitoring.action.toIncident')}
    </Button>
  );
}
