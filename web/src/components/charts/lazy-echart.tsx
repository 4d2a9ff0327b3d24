import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

// ECharts is a few hundred KB: it loads with the first chart on screen, not with the page.
const EChart = lazy(() => import('./echart'));

export function LazyEChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
