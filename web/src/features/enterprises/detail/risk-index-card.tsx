import type { RiskIndex } from '@shouwang/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Progress, Skeleton } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatNumber } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useLiveEvent } from '../../live-events/live-events-context';
import { riskIndexKey, useRiskIndex } from '../api/get-risk-index';
import { RiskTrendChart } from './risk-trend-chart';

const PARTS: { key: keyof RiskIndex['components']; label: MessageKey }[] = [
  { key: 'hazard', label: 'enterprises.riskIndex.hazard' },
  { key: 'alarms', label: 'enterprises.riskIndex.alarms' },
  { key: 'overdue', label: 'enterprises.riskIndex.overdue' },
  { key: 'open', label: 'enterprises.riskIndex.open' },
];

/** 风险指数: today's value, what it is made of, and its last 30 days; alarms move it, so it follows them live. */
export function RiskIndexCard({ enterpriseId }: { enterpriseId: string }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const risk = useRiskIndex(enterpriseId);
  useLiveEvent('monitoring.alarm-*', () => void queryClient.invalidateQueries({ queryKey: [...riskIndexKey, enterpriseId] }));
  const r = risk.data;
  return (
    <Card size="small" className="sw-ent-risk-index" title={t('enterprises.riskIndex.title')}>
      <ApiErrorAlert className="sw-ent-alert" error={risk.error} />
      {!r && !risk.error && <Skeleton active paragraph={{ rows: 4 }} />}
      {r && (
        <div className="sw-ent-risk-body">
          <div className="sw-ent-risk-head">
            <Progress type="dashboard" percent={Math.round(r.index)} format={() => formatNumber(r.index, language, 1)} size={110} className="sw-ent-risk-gauge" data-index={r.index} />
            <ul className="sw-ent-risk-parts">
              {PARTS.map((part) => (
                <li key={part.key}>
                  <span className="sw-muted">{t(part.label)}</span> <strong>{formatNumber(r.components[part.key], language, 1)}</strong>
                </li>
              ))}
            </ul>
          </div>
          <RiskTrendChart trend={r.trend} />
          <div className="sw-muted sw-ent-small">{t('enterprises.riskIndex.note')}</div>
        </div>
      )}
    </Card>
  );
}
