/** Timing helpers for benchmarks: run a closure n times and report throughput and latency percentiles. */
export type Figures = { n: number; totalMs: number; perSec: number; p50: number; p99: number };

export async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<Figures> {
  const lat: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    lat.push(performance.now() - t);
  }
  const totalMs = performance.now() - start;
  lat.sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? 0;
  return { n, totalMs, perSec: (n / totalMs) * 1000, p50: pct(50), p99: pct(99) };
}

export function report(title: string, rows: { name: string; f: Figures }[], baseline: string) {
  const base = rows.find((r) => r.name === baseline)?.f;
  console.log(`\n${title}`);
  console.log('  case'.padEnd(52) + 'ops/s'.padStart(10) + 'p50 ms'.padStart(10) + 'p99 ms'.padStart(10) + '  vs baseline');
  for (const r of rows) {
    const ratio = base ? (r.f.perSec / base.perSec).toFixed(2) + '×' : '';
    console.log(`  ${r.name}`.padEnd(52) + r.f.perSec.toFixed(0).padStart(10) + r.f.p50.toFixed(3).padStart(10) + r.f.p99.toFixed(3).padStart(10) + `  ${r.name === baseline ? '(baseline)' : ratio}`);
  }
}

/** Percentile p (0–100) of an ascending array (nearest rank below). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

/** Figures (plus p95) from a load's latencies (ms, any order) and its wall time. */
export function fromLatencies(latencies: ArrayLike<number>, totalMs: number): Figures & { p95: number } {
  const s = Float64Array.from(latencies).sort();
  return { n: s.length, totalMs, perSec: (s.length / totalMs) * 1000, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
}
