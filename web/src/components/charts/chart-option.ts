import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * The options our charts may use: exactly what `echart.tsx` registers. Type-only, so a feature can
 * build an option without pulling ECharts into its own chunk.
 */
export type ChartOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption | LegendComponentOption>;
