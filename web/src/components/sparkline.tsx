interface SparklineProps {
  /** [epoch ms, value], oldest first. */
  points: readonly (readonly [number, number])[];
  color: string;
  width?: number;
  height?: number;
  /** Drawn as dashed lines when inside the value range, so a trend toward a limit shows. */
  limits?: readonly (number | null)[];
  ariaLabel?: string;
}

/**
 * A tiny trend line as inline SVG: hundreds of them on a board cost nothing, where as many chart
 * instances would each hold a canvas.
 */
export function Sparkline({ points, color, width = 120, height = 28, limits = [], ariaLabel }: SparklineProps) {
  if (points.length < 2) return <svg className="sw-sparkline sw-sparkline--empty" width={width} height={height} aria-hidden />;
  const t0 = points[0]![0];
  const t1 = points[points.length - 1]![0];
  const values = points.map((p) => p[1]);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const pad = 2;
  const x = (t: number) => pad + ((t - t0) / Math.max(1, t1 - t0)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad);
  const line = points.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const shown = limits.filter((l): l is number => l !== null && l >= lo && l <= hi);
  return (
    <svg className="sw-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel} data-points={points.length}>
      {shown.map((limit) => (
        <line key={limit} x1={0} x2={width} y1={y(limit)} y2={y(limit)} stroke="#cf1322" strokeOpacity={0.45} strokeDasharray="3 3" strokeWidth={1} />
      ))}
      <polyline points={line} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
