import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';

// Only what our line charts draw: the whole of ECharts would triple this chunk.
use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, LegendComponent, CanvasRenderer]);

export interface EChartProps {
  option: ChartOption;
  height: number;
  className?: string;
  ariaLabel: string;
}

/** One ECharts instance bound to a div; it follows the div's size and redraws when `option` changes. */
export default function EChart({ option, height, className, ariaLabel }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const div = element.current;
    if (!div) return;
    const instance = init(div, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(div);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series or mark line that went away must not linger from the previous option.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} className={className} style={{ height }} role="img" aria-label={ariaLabel} />;
}
