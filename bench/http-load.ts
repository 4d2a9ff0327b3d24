// Closed-loop HTTP load generator (keep-alive node:http connections, fixed duration after a warm-up).
// It runs in a worker thread of the benchmark process (bench/http-load-worker.mjs), so the server under
// test keeps its own event loop; on a 2-core machine client and server still share the CPUs, whereas
// pgbench, the baseline's client, is a separate C process.
import { Worker } from 'node:worker_threads';

export type LoadSpec = { port: number; paths: string[]; concurrency: number; seconds: number; warmupSeconds: number; headers: Record<string, string> };
export type LoadResult = { latencies: Float64Array; elapsedMs: number; errors: number; bytes: number; firstError: string | null };

/** Runs one load in a fresh worker; latencies (ms) are unsorted. */
export function httpLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./http-load-worker.mjs', import.meta.url), { workerData: spec, execArgv: [] });
    w.once('message', (m: LoadResult) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}
