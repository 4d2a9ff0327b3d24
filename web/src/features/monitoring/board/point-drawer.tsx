import type { MonitoringPoint } from '@shouwang/contracts';
import { Descriptions, Drawer, Grid, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatNumber, formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { usePoint } from '../api/get-point';
import { SERIES_RANGES, useSeries, type SeriesRange } from '../api/get-series';
import { PointStateTag } from '../components/point-state-tag';
import { PointValue } from '../components/point-value';
import { assetKindLabel, conditionLabel, quantityLabel } from '../labels';
import { PointRecentAlarms } from './point-recent-alarms';
import { SeriesChart } from './series-chart';

interface PointDrawerProps {
  id: string | null;
  onClose: () => void;
  onOpenAlarm: (id: string) => void;
}

/** A point's file: where it is, its limits, its trend over 1 h / 24 h / 7 d and its latest alarms. */
export function PointDrawer({ id, onClose, onOpenAlarm }: PointDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const point = usePoint(id);
  const p = point.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      className="sw-mon-drawer sw-mon-point-drawer"
      title={
        p ? (
          <Space size={8} wrap>
            <span>{p.name}</span>
            <PointStateTag state={p.state} />
          </Space>
        ) : (
          t('common.loading')
        )
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-mon-alert" error={point.error} />
      {!p && !point.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {p && <PointFile point={p} onOpenAlarm={onOpenAlarm} />}
    </Drawer>
  );
}

function PointFile({ point: p, onOpenAlarm }: { point: MonitoringPoint; onOpenAlarm: (id: string) => void }) {
  const { t, pick, language } = useI18n();
  const [range, setRange] = useState<SeriesRange>('24h');
  const series = useSeries(p.id, range);
  const limits = (['ll', 'l', 'h', 'hh'] as const).map((key) => ({ key, value: p.thresholds[key], label: pick(conditionLabel(key.toUpperCase() as 'LL' | 'L' | 'H' | 'HH')) }));
  return (
    <div className="sw-mon-stack" data-point-id={p.id}>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('monitoring.point.current')}>
          <PointValue value={p.value} unit={p.unit} state={p.state} className="sw-mon-value--large" />
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.point.readingAt')}>{p.ts ? formatReadingTime(p.ts, language) : t('monitoring.board.neverReported')}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.assetKind')}>{pick(assetKindLabel(p.assetKind))}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.quantity')}>{pick(quantityLabel(p.quantity))}</Descriptions.Item>
        {p.enterpriseId ? (
          <Descriptions.Item label={t('monitoring.field.enterprise')} span={2}>
            <Link to={`/enterprises?enterprise=${encodeURIComponent(p.enterpriseId)}`}>{p.enterpriseName}</Link>
            {p.hazardSourceName ? ` · ${p.hazardSourceName}` : ''}
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('monitoring.field.asset')} span={2}>
            {p.assetName || '—'}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('monitoring.field.thresholds')} span={2}>
          <span className="sw-mon-limits">
            {limits.map((l) => (
              <span key={l.key} className="sw-mon-limit" data-limit={l.key}>
                {l.label} <strong>{l.value === null ? '—' : `${formatNumber(l.value, language, 3)} ${p.unit}`}</strong>
              </span>
            ))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.code')}>
          <span className="sw-code">{p.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.interval')}>{t('monitoring.point.intervalSeconds', { seconds: p.expectedIntervalSeconds })}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.region')}>
          <RegionName code={p.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.enabled')}>{p.enabled ? t('monitoring.point.enabled') : t('monitoring.point.disabled')}</Descriptions.Item>
      </Descriptions>
      <div>
        <div className="sw-mon-chart-head">
          <Typography.Title level={5} className="sw-mon-section-title">
            {t('monitoring.point.trend')}
          </Typography.Title>
          <Segmented<SeriesRange>
            className="sw-mon-range"
            size="small"
            value={range}
            onChange={setRange}
            options={SERIES_RANGES.map((value) => ({ value, label: t(`monitoring.range.${value}`) }))}
          />
        </div>
        <ApiErrorAlert className="sw-mon-alert" error={series.error} />
        {series.data ? <SeriesChart series={series.data} name={p.name} /> : !series.error && <Skeleton.Node active style={{ width: '100%', height: 280 }} />}
      </div>
      <PointRecentAlarms pointId={p.id} onOpenAlarm={onOpenAlarm} />
    </div>
  );
}
