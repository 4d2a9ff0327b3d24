// Runtime diagnostics for benchmarks: a CPU profile of the main thread (where the server runs) while
// `work` runs, printing the top functions by self time (bench/geo-http with BENCH_GEO_PROFILE=1); a
// forced full GC (to measure retained heap); and the GC pauses during a stretch of work.
import { Session } from 'node:inspector/promises';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };

export async function profiled<T>(title: string, work: () => Promise<T>, top = 15): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: Node[] } };
  session.disconnect();
  const self = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const f = n.callFrame;
    const where = f.url ? `${f.url.replace(/^.*\/(node_modules|server|bench|packages)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  console.log(`\n  CPU profile of the server thread, ${title}: top ${top} by self time (${total} samples)`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
  return result;
}

/** A full garbage collection (exposes V8's gc() at run time; benchmarks only). */
export function forceGc(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Collects the main thread's GC pauses from now until the returned stop() (which lets queued entries arrive). */
export function gcWatch(): () => Promise<string> {
  const pauses: { major: boolean; ms: number }[] = [];
  const obs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) pauses.push({ major: (e as { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MINOR, ms: e.duration });
  });
  obs.observe({ entryTypes: ['gc'] });
  return async () => {
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    obs.disconnect();
    const sum = (xs: typeof pauses) => xs.reduce((a, p) => a + p.ms, 0);
    const minor = pauses.filter((p) => !p.major);
    const major = pauses.filter((p) => p.major);
    return `GC ${minor.length} minor (${sum(minor).toFixed(0)} ms) + ${major.length} other (${sum(major).toFixed(0)} ms), longest ${Math.max(0, ...pauses.map((p) => p.ms)).toFixed(0)} ms`;
  };
}
