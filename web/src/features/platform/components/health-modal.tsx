import { Descriptions, Modal, Spin, Tag } from 'antd';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useI18n } from '../../../lib/i18n';
import { useHealth } from '../api/get-health';

const OkTag = ({ ok, okText, failText }: { ok: boolean; okText: string; failText: string }) => (
  <Tag color={ok ? 'success' : 'error'}>{ok ? okText : failText}</Tag>
);

function formatUptime(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  return [d ? `${d}d` : '', h ? `${h}h` : '', `${m}m`].filter(Boolean).join(' ');
}

export function HealthModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const health = useHealth(open);
  const ok = (value: boolean) => <OkTag ok={value} okText={t('health.ok')} failText={t('health.fail')} />;
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('health.title')}>
      {health.isPending && <Spin />}
      {health.isError && <QueryErrorResult error={health.error} onRetry={() => void health.refetch()} />}
      {health.data && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('health.status')}>
            <Tag color={health.data.status === 'ok' ? 'success' : 'warning'}>{t(`health.status.${health.data.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('health.version')}>{health.data.version}</Descriptions.Item>
          <Descriptions.Item label={t('health.uptime')}>{formatUptime(health.data.uptimeSeconds)}</Descriptions.Item>
          <Descriptions.Item label={t('health.database')}>
            {health.data.database.engine} {ok(health.data.database.ok)}
            {health.data.database.latencyMs !== null && ` ${health.data.database.latencyMs} ms`}
          </Descriptions.Item>
          <Descriptions.Item label={t('health.events')}>
            {health.data.events.transport} {ok(health.data.events.ok)}
          </Descriptions.Item>
          <Descriptions.Item label={t('health.mqtt')}>
            {health.data.mqtt.mode} {ok(health.data.mqtt.ok)}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Modal>
  );
}
