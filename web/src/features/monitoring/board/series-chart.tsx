import type { Series } from '@shouwang/contracts';
import { Empty } from 'antd';
import { useMemo } from 'react';
import type { ChartOption } from '../../../components/charts/chart-option';
import { LazyEChart } from '../../../components/charts/lazy-echart';
import { formatReading } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { conditionLabel, SEVERITY_COLOR } from '../labels';

const LIMITS = [
  { key: 'hh', condition: 'HH', color: SEVERITY_COLOR.danger },
  { key: 'h', condition: 'H', color: SEVERITY_COLOR.warning },
  { key: 'l', condition: 'L', color: SEVERITY_COLOR.warning },
  { key: 'll', condition: 'LL', color: SEVERITY_COLOR.danger },
] as const;

const LINE = '#1d4e89';

/** Axis bounds on a round step, so the end labels read 0.1 and 1.5 rather than 0.1104 and 1.4096000000000002. */
function niceBounds(lo: number, hi: number): [number, number] {
  const span = hi - lo || Math.abs(hi) || 1;
  const step = 10 ** Math.floor(Math.log10(span / 2));
  const round = (v: number) => Number(v.toPrecision(12));
  return [round(Math.floor((lo - span * 0.05) / step) * step), round(Math.ceil((hi + span * 0.05) / step) * step)];
}

/**
 * The point's readings over the chosen range with its four alarm limits drawn across. Long ranges are
 * averaged per bucket by the server; the shaded band is each bucket's min–max, so a short excursion
 * past a limit still shows even when the average stays inside.
 */
export function SeriesChart({ series, name }: { series: Series; name: string }) {
  const { t, pick, language } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const limits = LIMITS.flatMap((l) => {
      const value = series.thresholds[l.key];
      return value === null ? [] : [{ ...l, value, label: pick(conditionLabel(l.condition)) }];
    });
    // The axis must reach the limits, or their lines would fall off the chart when all is well.
    const values = [...series.points.flatMap((p) => [p.min, p.max]), ...limits.map((l) => l.value)];
    const [min, max] = niceBounds(Math.min(...values), Math.max(...values));
    const ts = series.points.map((p) => Date.parse(p.ts));
    const band = t('monitoring.point.band');
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
          const p = series.points[index];
          if (!p) return '';
          const value = (v: number) => `${formatReading(v, language)} ${series.unit}`;
          return `${new Date(p.ts).toLocaleString(language)}<br/>${name}: <b>${value(p.value)}</b><br/>${band}: ${value(p.min)} – ${value(p.max)}`;
        },
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: series.unit, min, max, axisLabel: { hideOverlap: true } },
      series: [
        { type: 'line', stack: 'band', data: series.points.map((p, i) => [ts[i], p.min]), showSymbol: false, lineStyle: { opacity: 0 }, silent: true },
        {
          type: 'line',
          stack: 'band',
          data: series.points.map((p, i) => [ts[i], p.max - p.min]),
          showSymbol: false,
          lineStyle: { opacity: 0 },
          areaStyle: { color: LINE, opacity: 0.15 },
          silent: true,
        },
        {
          type: 'line',
          name,
          showSymbol: series.points.length < 40,
          data: series.points.map((p, i) => [ts[i], p.value]),
          lineStyle: { width: 1.5, color: LINE },
          itemStyle: { color: LINE },
          markLine: {
            symbol: 'none',
            silent: true,
            data: limits.map((l) => ({
              yAxis: l.value,
              name: l.label,
              lineStyle: { color: l.color, type: 'dashed', width: 1 },
              label: { formatter: `${l.label} ${l.value}`, position: 'insideEndTop', color: l.color },
            })),
          },
        },
      ],
    };
  }, [series, name, pick, t, language]);

  if (series.points.length === 0) return <Empty className="sw-mon-chart-empty" description={t('monitoring.point.noReadings')} />;
  return <LazyEChart option={option} height={280} className="sw-mon-chart" ariaLabel={t('monitoring.point.chart', { name })} />;
}
