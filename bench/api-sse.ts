// bench/api.ts, push: N signed-in dashboards on GET /api/events (raw sockets in the child process of
// bench/fanout-sse-clients.mjs), one task status change through PATCH /api/incidents/:id/tasks/:taskId;
// the delivery of its event to every dashboard, measured from the commit (where the data layer hands the
// committed events to the hub) to each client's receipt (client clock, offset measured), after one
// unmeasured warm-up change. Baseline: the bare node:http SSE loop of bench/sse-harness.ts writing the
// very same frame (same bytes) to the same number of connections of the same client.
import { fork } from 'node:child_process';
import { performance as perf } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Platform } from '../server/src/app.js';
import type { DomainEvent } from '../server/src/foundation/events/event.js';
import { dashboardSessions, type Send, type Session } from './api-data.js';
import { bareSse, Child, childOffset, latencies, q, until, wallNow, type Latencies } from './sse-harness.js';

export type SseResult = { n: number; connectMs: number; responseMs: number; frameBytes: number; ours: Latencies; bare: Latencies & { connectMs: number }; elu: number };
type Task = { task: string; incident: string };

/** Every user here sees the city's incidents: the city's own accounts and the province administrator. */
const DASHBOARD_USERS = ['wuhai-duty', 'wuhai-leader', 'wuhai-admin', 'wuhai-viewer', 'demo-admin'];

export async function ssePush(o: { platform: Platform; port: number; url: string; send: Send; duty: Session; n: number; warmTask: Task; task: Task }): Promise<SseResult> {
  const { platform, port, send, duty, n } = o;
  const cookies = await dashboardSessions(o.url, DASHBOARD_USERS, n);
  const sse = new Child(fork(fileURLToPath(new URL('./fanout-sse-clients.mjs', import.meta.url)), [], { execArgv: [], serialization: 'advanced' }));
  const hub = platform.events;
  const published = hub.published.bind(hub);
  try {
    await sse.ready;
    const offset = await childOffset(sse, 'ping', (m) => (m as { at: number }).at);
    const c = await sse.ask<{ connected: number; failed: number; firstError: string | null; ms: number }>('connect', { port, path: '/api/events', cookies, inflight: 64 }, 600_000);
    if (c.connected !== n) throw new Error(`${c.failed} of ${n} SSE connections failed: ${c.firstError}`);

    let watched = '';
    let commitAt = NaN;
    let event: DomainEvent | null = null;
    hub.published = async (events: DomainEvent[]) => {
      const e = events.find((x) => x.payload.taskId === watched);
      if (e && !event) [commitAt, event] = [wallNow(), e];
      return published(events);
    };
    const change = async (t: Task) => {
      [watched, commitAt, event] = [t.task, NaN, null];
      await sse.ask('arm', { needle: t.task });
      const t0 = wallNow();
      const res = await send('PATCH', `/api/incidents/${t.incident}/tasks/${t.task}`, duty, { status: 'in_progress' });
      const responseMs = wallNow() - t0;
      if (res.status !== 200) throw new Error(`task change for SSE: HTTP ${res.status} ${JSON.stringify(res.json)}`);
      await until(async () => (await sse.ask<{ received: number }>('count')).received >= n, 30_000, 'SSE frames');
      return responseMs;
    };
    await change(o.warmTask);
    const elu0 = perf.eventLoopUtilization();
    const responseMs = await change(o.task);
    const elu = perf.eventLoopUtilization(elu0).utilization;
    if (!event) throw new Error('the task change emitted no event');
    const { times } = await sse.ask<{ times: number[] }>('report');
    const ours = latencies(times.map((t) => t - offset - commitAt));
    await sse.ask('close');

    // The frame exactly as the SSE route writes it (the event without its audience), so both sides send the same bytes.
    const { audience: _named, ...visible } = event as DomainEvent;
    const frame = `id: ${visible.id}\ndata: ${JSON.stringify(visible)}\n\n`;
    const bare = await bareSse(sse, n, offset, () => frame, o.task.task);
    return { n, connectMs: c.ms, responseMs, frameBytes: Buffer.byteLength(frame), ours, bare, elu };
  } finally {
    hub.published = published;
    await sse.ask('close').catch(() => undefined);
    sse.child.kill();
  }
}

export function printSse(r: SseResult) {
  const row = (name: string, l: Latencies) => `  ${name.padEnd(58)}${q(l, 50).padStart(8)}${q(l, 99).padStart(8)}${q(l, 100).padStart(8)}${String(l.missing).padStart(9)}`;
  console.log(`\n[api] SSE: one task status change to ${r.n} dashboards (frame ${r.frameBytes} B); connections opened in ${(r.connectMs / 1000).toFixed(1)} s, session lookup each`);
  console.log(`  ${'delivery, ms from commit (ours) / from the write loop (bare)'.padEnd(58)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'missing'.padStart(9)}`);
  console.log(row('ours: PATCH task → GET /api/events', r.ours));
  console.log(row('bare node:http SSE loop, same frame, same client', r.bare));
  const ratio = (p: number) => (Number(q(r.ours, p)) / Math.max(1, Number(q(r.bare, p)))).toFixed(1);
  console.log(`  ratio ours/bare: p50 ${ratio(50)}×, p99 ${ratio(99)}×, max ${ratio(100)}×; PATCH answered in ${r.responseMs.toFixed(0)} ms; server thread ${(r.elu * 100).toFixed(0)} % busy from the request to the last frame`);
}
