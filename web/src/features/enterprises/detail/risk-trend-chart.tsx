import type { RiskIndex } from '@shouwang/contracts';
import { Empty } from 'antd';
import { useMemo } from 'react';
import type { ChartOption } from '../../../components/charts/chart-option';
import { LazyEChart } from '../../../components/charts/lazy-echart';
import { useI18n } from '../../../lib/i18n';

/** The index over the last 30 days, with the day's alarm count on a second axis to explain its moves. */
export function RiskTrendChart({ trend }: { trend: RiskIndex['trend'] }) {
  const { t } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const indexName = t('enterprises.riskIndex.series');
    const alarmsName = t('enterprises.riskIndex.alarmSeries');
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, data: [indexName, alarmsName] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: trend.map((p) => p.day.slice(5)), boundaryGap: false },
      yAxis: [
        // The legend names both axes: left the index, right the alarm count.
        { type: 'value', min: 0, max: 100 },
        { type: 'value', min: 0, minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { type: 'line', name: indexName, data: trend.map((p) => p.index), smooth: true, showSymbol: false, lineStyle: { width: 2, color: '#c8102e' }, itemStyle: { color: '#c8102e' }, areaStyle: { opacity: 0.08, color: '#c8102e' } },
        { type: 'line', name: alarmsName, yAxisIndex: 1, step: 'middle', data: trend.map((p) => p.alarms), showSymbol: false, lineStyle: { width: 1, type: 'dashed', color: '#1d4e89' }, itemStyle: { color: '#1d4e89' } },
      ],
    };
  }, [trend, t]);
  if (trend.length === 0) return <Empty description={t('enterprises.riskIndex.noTrend')} />;
  return <LazyEChart option={option} height={220} className="sw-ent-risk-chart" ariaLabel={t('enterprises.riskIndex.chart')} />;
}
