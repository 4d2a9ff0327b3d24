import { EnvironmentOutlined } from '@ant-design/icons';
import type { CoverageReport as Report } from '@shouwang/contracts';
import { Progress, Segmented, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { formatDateTime } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { useSelectedRegion } from '../../../regions/selected-region-context';
import { WarningLevelTag } from '../../components/level-tag';
import { useCoverage } from '../api/callout-queries';
import { percent, share } from '../callout-labels';
import '../callout.css';
import './coverage.css';

type Row = Report['warnings'][number];
const PERIODS = [7, 30, 90] as const;
const DAY_MS = 86_400_000;

/** 5/15/30 min: reached, and acknowledged under it; green once the window meets the goal. */
function WindowCell({ reached, acked, total, target }: { reached: number; acked: number; total: number; target: number }) {
  const r = share(reached, total);
  return (
    <div className="sw-callout-cov-cell">
      <span className={r !== null && r >= target ? 'sw-callout-met' : 'sw-callout-unmet'}>{percent(r)}</span>
      <span className="sw-muted">{percent(share(acked, total))}</span>
    </div>
  );
}

/**
 * 叫应覆盖率: for the warnings published in the header's region over a period, the share of responsible
 * persons and target regions reached (and acknowledged) within 5, 15 and 30 minutes, against the plans' ≥ 90 %.
 */
export function CoverageReport() {
  const { t, language } = useI18n();
  const { region } = useSelectedRegion();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  // The period is fixed when chosen, so the query key stays put between renders.
  const from = useMemo(() => new Date(Math.floor(Date.now() / 60_000) * 60_000 - days * DAY_MS).toISOString(), [days]);
  const report = useCoverage({ from, regionCode: region?.code }, region !== null);
  const r = report.data;
  const o = r?.overall;

  const windowCol = (m: 5 | 15 | 30) => ({
    title: t('callouts.coverage.within', { minutes: m }),
    key: `w${m}`,
    width: 96,
    render: (_: unknown, w: Row) => <WindowCell reached={w[`reached${m}`]} acked={w[`ack${m}`]} total={w.persons} target={r?.target ?? 0.9} />,
  });
  const columns: TableColumnsType<Row> = [
    { title: t('warnings.field.level'), key: 'level', width: 100, render: (_, w) => <WarningLevelTag level={w.level} /> },
    {
      title: t('warnings.field.headline'),
      key: 'headline',
      render: (_, w) => (
        <Link to={`/warnings/${w.id}/callout`} className="sw-callout-cov-link">
          {w.headline}
        </Link>
      ),
    },
    { title: t('warnings.field.publishedAt'), key: 'publishedAt', width: 150, render: (_, w) => formatDateTime(w.publishedAt, language) },
    { title: t('callouts.cov.persons'), dataIndex: 'persons', key: 'persons', width: 80 },
    windowCol(5),
    windowCol(15),
    windowCol(30),
    { title: t('callouts.cov.regions30'), key: 'regions', width: 140, render: (_, w) => `${percent(share(w.regionsReached30, w.regions))} (${w.regionsReached30}/${w.regions})` },
  ];

  return (
    <div className="sw-callout-cov">
      <div className="sw-warn-toolbar">
        {region && (
          <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-warn-region-tag">
            {region.name}
          </Tag>
        )}
        <Segmented className="sw-callout-cov-period" value={days} onChange={setDays} options={PERIODS.map((d) => ({ value: d, label: t('callouts.cov.days', { days: d }) }))} />
      </div>
      <ApiErrorAlert error={report.error} />
      {!r && !report.error && <Skeleton active paragraph={{ rows: 5 }} />}
      {r && o && (
        <>
          <div className="sw-callout-cov-overall" data-met={String(o.met)} data-person-coverage={o.personCoverage ?? ''}>
            <OverallGauge label={t('callouts.cov.personCoverage')} value={o.personCoverage} target={r.target} detail={t('callouts.cov.personDetail', { reached: o.reached30, total: o.persons })} />
            <OverallGauge label={t('callouts.cov.regionCoverage')} value={o.regionCoverage} target={r.target} detail={t('callouts.cov.regionDetail', { reached: o.regionsReached30, total: o.regions })} />
            <div className="sw-callout-cov-facts">
              <div>{t('callouts.cov.warnings', { count: o.warnings })}</div>
              <div>{t('callouts.cov.ackRates', { ack5: percent(share(o.ack5, o.persons)), ack15: percent(share(o.ack15, o.persons)), ack30: percent(share(o.ack30, o.persons)) })}</div>
              <div>
                {o.met === null ? (
                  <Tag>{t('callouts.cov.noData')}</Tag>
                ) : (
                  <Tag color={o.met ? 'green' : 'red'} className="sw-callout-cov-met">
                    {o.met ? t('callouts.cov.met', { target: Math.round(r.target * 100) }) : t('callouts.cov.unmet', { target: Math.round(r.target * 100) })}
                  </Tag>
                )}
              </div>
            </div>
          </div>
          <Typography.Text type="secondary" className="sw-warn-small">
            {t('callouts.cov.legend')}
          </Typography.Text>
          <Table<Row> className="sw-callout-cov-table" size="small" rowKey="id" columns={columns} dataSource={r.warnings} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 900 }} />
        </>
      )}
    </div>
  );
}

function OverallGauge({ label, value, target, detail }: { label: string; value: number | null; target: number; detail: string }) {
  const pct = value === null ? 0 : Math.round(value * 1000) / 10;
  return (
    <div className="sw-callout-gauge">
      <Progress type="dashboard" percent={pct} size={120} status={value !== null && value >= target ? 'success' : 'exception'} format={() => percent(value)} />
      <div className="sw-callout-gauge-label">{label}</div>
      <div className="sw-muted">{detail}</div>
    </div>
  );
}
