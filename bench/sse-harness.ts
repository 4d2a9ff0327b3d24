// Shared by bench/fanout.ts and bench/api.ts: the IPC wrapper around the forked SSE client process
// (bench/fanout-sse-clients.mjs), clock offsets between processes, polling, delivery latencies, and the
// bare node:http SSE baseline that writes one frame to every connection of that same client.
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { performance as perf } from 'node:perf_hooks';
import { percentile } from './stats.js';

/** Delivery latencies (ms, ascending) and how many clients never received the frame. */
export type Latencies = { sorted: Float64Array; missing: number };

export const wallNow = () => perf.timeOrigin + perf.now();
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A forked child answering {cmd, id} messages with {id, …}. */
export class Child {
  readonly ready: Promise<void>;
  private next = 1;
  private readonly waiting = new Map<number, (m: unknown) => void>();
  constructor(readonly child: ChildProcess) {
    this.ready = new Promise((resolve, reject) => {
      child.on('message', (m: { id?: number; ready?: boolean }) => {
        if (m.ready) resolve();
        if (m.id !== undefined) {
          this.waiting.get(m.id)?.(m);
          this.waiting.delete(m.id);
        }
      });
      child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
      child.once('error', reject);
    });
  }
  ask<T>(cmd: string, args: object = {}, timeoutMs = 120_000): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      if (!this.child.connected) return reject(new Error(`child: not connected for ${cmd}`));
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`child: no answer to ${cmd} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        resolve(m as T);
      });
      this.child.send({ ...args, cmd, id });
    });
  }
}

/** Offset of a child's wall clock to ours (its time − ours), from the fastest of several round trips of `cmd`. */
export async function childOffset(c: Child, cmd: string, pick: (m: unknown) => number): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 20; i++) {
    const a = wallNow();
    const at = pick(await c.ask(cmd));
    const b = wallNow();
    if (b - a < best.rtt) best = { rtt: b - a, offset: at - (a + b) / 2 };
  }
  return best.offset;
}

/** Polls `done` every 10 ms; gives up after timeoutMs, or after stallMs without `progress` changing. */
export async function until(done: () => Promise<boolean>, timeoutMs: number, what: string, progress?: () => Promise<string>, stallMs = Infinity) {
  const stop = Date.now() + timeoutMs;
  let last = progress ? await progress() : '';
  let since = Date.now();
  while (!(await done())) {
    if (Date.now() > stop) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    if (progress) {
      const now = await progress();
      if (now !== last) [last, since] = [now, Date.now()];
      else if (Date.now() - since > stallMs) throw new Error(`no progress for ${stallMs / 1000} s waiting for ${what}: ${now}`);
    }
    await sleep(10);
  }
}

export function latencies(times: number[]): Latencies {
  const ok = times.filter((t) => Number.isFinite(t));
  return { sorted: Float64Array.from(ok).sort(), missing: times.length - ok.length };
}
export const q = (l: Latencies, p: number) => (p >= 100 ? l.sorted[l.sorted.length - 1]! : percentile(l.sorted, p)).toFixed(0);

/**
 * Baseline: a bare node:http SSE server in this process holding n connections of the same client, writing
 * `frame()` (built just before the write) to each in one loop; latencies from that write to each client's
 * receipt of `needle` (`sseOffset`: the client process's clock minus ours).
 */
export async function bareSse(sse: Child, n: number, sseOffset: number, frame: () => string, needle: string): Promise<Latencies & { connectMs: number }> {
  const conns: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(`retry: 3000\n: connected ${new Date().toISOString()}\n\n`);
    conns.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const c = await sse.ask<{ connected: number; firstError: string | null; ms: number }>('connect', { port, path: '/sse', cookies: Array.from({ length: n }, (_, i) => `u=${i}`), inflight: 64 }, 600_000);
    if (c.connected !== n) throw new Error(`bare SSE: ${c.connected} of ${n} connected (${c.firstError})`);
    await sse.ask('arm', { needle });
    await sleep(500);
    const text = frame();
    const t0 = wallNow();
    for (const res of conns) res.write(text);
    await until(async () => (await sse.ask<{ received: number }>('count')).received >= n, 30_000, 'bare SSE frames');
    const { times } = await sse.ask<{ times: number[] }>('report');
    return { ...latencies(times.map((t) => t - sseOffset - t0)), connectMs: c.ms };
  } finally {
    await sse.ask('close');
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}
