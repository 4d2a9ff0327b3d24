// W4 in PERFORMANCE.md (`api-push-bench`): the incidents API under load on a real platform (migrated,
// demo seed, listening on a port) over the local PostgreSQL, each figure beside baselines from the same run.
// Set-up (not timed as a figure): a throw-away database (TEST_DATABASE_URL; created and dropped);
//   API_INCIDENTS (1,000,000) incidents over the province's counties, the demo cities' counties weighted
//   five times (乌海 ≈ 8 %), 2 % active, 1 % ended, the rest closed: 17 template incidents written through
//   POST /api/incidents (graded by the service) copied set-based (INSERT … SELECT generate_series), an
//   initial report and two earlier tasks per open incident (closed ones carry none: the list reads the
//   reports of the open rows on its page only), pools of pending tasks on 乌海's open incidents for the
//   PATCH loads (ours and pgbench's), then ANALYZE. Signed in: wuhai-duty (city, 乌海市) and
//   demo-admin (province: the scope predicate then spans the whole table).
// Loads, at API_CONNECTIONS (50,200) concurrent keep-alive connections, API_SECONDS (10) each after
//   API_WARMUP (2), closed loop from a worker thread of this process (bench/http-load.ts; writes through
//   bench/api-write-worker.mjs):
//   a. GET /api/incidents (first page, default sort: open first, newest received) as the city duty officer,
//      and as the province user;
//   b. POST /api/incidents/:id/tasks as the city duty officer, cycling over 乌海's open incidents;
//   c. PATCH /api/incidents/:id/tasks/:taskId {status: in_progress} on pre-created pending tasks, each
//      moved once (a load never repeats a no-op; it stops early if its pool runs out, which is printed).
// Baselines, same data, same run:
//   B1. a bare Fastify route in this process (no auth, no zod, no scope plugin, no presentation) replaying
//       the list request's captured SQL through its own pg pool of the platform's size (10), for (a);
//   B2. pgbench (a separate C process) running the same SQL statements: those pg sent for one steady-state
//       request (captured in the request's async context, second request of its kind, scope predicate
//       included), parameters inlined as literals; per transaction the write scripts draw their incident
//       and task from a queue table (one extra SELECT … \gset that also makes the new rows' uuids), and
//       the audit row takes the chain head the script itself reads. pgbench runs as many clients as the
//       connections (capped by what max_connections leaves free, printed); ours has 10 pool connections.
// Push: API_SSE_CLIENTS (5,000) dashboards on GET /api/events, one task status change (bench/api-sse.ts)
//   vs a bare node:http SSE loop writing the same frame.
// Prints each request's SQL, a table per load with ratios ours/bare and ours/pgbench, the SSE figures and
// the goals (reads ≥ 3k req/s with p99 ≤ 50 ms at 200 connections; writes ≥ 1k req/s with p99 ≤ 100 ms;
// ours ≥ 0.6× min(B1, B2); push p99 ≤ 1.5× the bare loop). API_PROFILE=1 prints a CPU profile of the
// server thread during the city list load and its B1 at the highest concurrency; API_SHOW_SCRIPTS=1 prints
// the pgbench scripts. Client, server and PostgreSQL share the machine's cores (nothing is pinned). About
// 6 minutes with the defaults on 2 cores, plus the bulk load.
import os from 'node:os';
import { performance as perf } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { buildApp, type Platform } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { DEMO_PASSWORD, seed } from '../server/src/seed/seed.js';
import { openTestDatabase, TEST_PG_URL, type TestDatabase } from '../server/test/databases.js';
import { loadIncidents, taskPools, type Send, type Session } from './api-data.js';
import { bareFastify, captureStatements, describeStatements, pgbenchScript } from './api-sql.js';
import { printSse, ssePush, type SseResult } from './api-sse.js';
import { httpLoad, type LoadResult } from './http-load.js';
import { pgbench, pgbenchAvailable } from './pgbench.js';
import { profiled } from './profile.js';
import { fromLatencies } from './stats.js';

const N = Number(process.env.API_INCIDENTS ?? 1_000_000);
const SECONDS = Number(process.env.API_SECONDS ?? 10);
const WARMUP = Number(process.env.API_WARMUP ?? 2);
const CONNECTIONS = (process.env.API_CONNECTIONS ?? '50,200').split(',').map(Number);
const SSE_CLIENTS = Number(process.env.API_SSE_CLIENTS ?? 5000);
const PROFILE = process.env.API_PROFILE === '1';
const CITY = '150300000000'; // 乌海市
const POOL_SIZE = 10; // the platform's pg pool (server/src/foundation/db/database.ts)
const WRITE_RATE_CAP = 5000; // tasks/s a PATCH pool is sized for: far above what one process does here

type Fig = ReturnType<typeof fromLatencies> & { errors: number; note?: string };
type Row = { kind: 'read' | 'write'; name: string; c: number; ours: Fig; bare: Fig | null; pgb: (Fig & { clients: number }) | { error: string } | null };

export async function run() {
  if (!(await reachable())) return console.log(`  skipped: PostgreSQL not reachable at ${TEST_PG_URL}; set TEST_DATABASE_URL`);
  const pgbenchVersion = await pgbenchAvailable();
  console.log(`\n[api] ${N.toLocaleString('en')} incidents; ${CONNECTIONS.join('/')} connections, ${SECONDS} s per load after ${WARMUP} s; ${SSE_CLIENTS} SSE dashboards; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores; ${pgbenchVersion ?? 'pgbench not found: B2 skipped'}`);
  const d: TestDatabase = await openTestDatabase('postgres');
  const config = loadConfig({ SEED_DEMO: 'true', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', MQTT_PORT: 'off', BACKGROUND_WORK: 'false', GATEWAY_URL: 'off' });
  let platform: Platform | null = null;
  let bare: Awaited<ReturnType<typeof bareFastify>> | null = null;
  try {
    let t = perf.now();
    platform = await buildApp({ config, database: d });
    await platform.start();
    await seed(platform, { demo: true, resources: false, monitoring: false });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (platform.app.server.address() as { port: number }).port;
    const send = sender(port);
    const [admin, duty] = [await signIn(port, 'demo-admin'), await signIn(port, 'wuhai-duty')];
    const seedMs = perf.now() - t;
    const url = d.url!;
    const loaded = await loadIncidents(url, send, admin, N, CITY);
    const unitId = (await pgOne<{ id: string }>(url, `select id from org_units where name = '乌海市消防救援支队'`)).id;
    const perLoad = Math.ceil(WRITE_RATE_CAP * (SECONDS + WARMUP));
    t = perf.now();
    const pool = await taskPools(url, loaded.cityOpen, unitId, 4 + perLoad * CONNECTIONS.length);
    console.log(
      `  set-up: demo seed ${(seedMs / 1000).toFixed(1)} s; ${loaded.n.toLocaleString('en')} incidents (${loaded.open.toLocaleString('en')} open; 乌海 ${loaded.cityRows.toLocaleString('en')}, ${loaded.cityOpen.length} open) from ${loaded.templates} templates with reports and tasks in ${(loaded.loadMs / 1000).toFixed(1)} s; ` +
        `2 × ${pool.length.toLocaleString('en')} pending tasks for the PATCH loads and ANALYZE in ${((perf.now() - t) / 1000).toFixed(1)} s`,
    );

    // ---- the SQL of one steady-state request of each kind (the first of a kind warms the session cache)
    const server = platform.app.server;
    const headers = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
    const twice = async (method: string, path: string, who: Session, body: () => unknown, ok: number) => {
      const go = async () => {
        const r = await send(method, path, who, body());
        if (r.status !== ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
      };
      await go();
      return captureStatements(server, method, path, go);
    };
    const taskBody = () => ({ ownerUnitId: unitId, title: '压测分派任务：现场勘查', detail: '', dueAt: new Date(Date.now() + 7200_000).toISOString() });
    const firstOpen = loaded.cityOpen[0]!;
    const cap = {
      listCity: await twice('GET', '/api/incidents', duty, () => undefined, 200),
      listProvince: await twice('GET', '/api/incidents', admin, () => undefined, 200),
      create: await twice('POST', `/api/incidents/${firstOpen}/tasks`, duty, taskBody, 201),
      patch: await captureStatements(server, 'PATCH', `/api/incidents/${pool[0]!.incident}/tasks/${pool[0]!.task}`, async () => {
        const r = await send('PATCH', `/api/incidents/${pool[0]!.incident}/tasks/${pool[0]!.task}`, duty, { status: 'in_progress' });
        if (r.status !== 200) throw new Error(`PATCH capture: HTTP ${r.status}`);
      }),
    };
    for (const [name, st] of Object.entries(cap)) console.log(`\n  SQL of one ${name} request (${st.length} statements; ┌│ ran concurrently):\n${describeStatements(st).map((l) => `    ${l}`).join('\n')}`);
    const scripts = {
      listCity: pgbenchScript(cap.listCity, new Map(), () => null),
      listProvince: pgbenchScript(cap.listProvince, new Map(), () => null),
      create: pgbenchScript(cap.create, new Map([[firstOpen, 'pgb_incident']]), (ids) => `select incident_id as pgb_incident${ids.map((v) => `, gen_random_uuid() as ${v}`).join('')} from bench_pgb_open where k = (select nextval('bench_pgb_open_seq') % ${loaded.cityOpen.length}) \\gset`),
      patch: pgbenchScript(cap.patch, new Map([[pool[0]!.task, 'pgb_task'], [pool[0]!.incident, 'pgb_incident']]), (ids) => `select task_id as pgb_task, incident_id as pgb_incident${ids.map((v) => `, gen_random_uuid() as ${v}`).join('')} from bench_pgb_tasks where k = (select nextval('bench_pgb_task_seq')) \\gset`),
    };
    if (process.env.API_SHOW_SCRIPTS === '1') for (const [name, s] of Object.entries(scripts)) console.log(`\n  pgbench script ${name}:\n${s}`);
    bare = await bareFastify(url, { city: cap.listCity, province: cap.listProvince }, POOL_SIZE);

    // ---- loads
    const rows: Row[] = [];
    const p = platform;
    const measureOurs = async (go: () => Promise<LoadResult & { exhausted?: boolean }>, profile: string | null): Promise<Fig> => {
      const elu0 = perf.eventLoopUtilization();
      const r = await (profile ? profiled(profile, go) : go());
      const elu = perf.eventLoopUtilization(elu0).utilization;
      const f = fromLatencies(r.latencies, r.elapsedMs);
      const size = r.bytes ? `, ${(r.bytes / f.n / 1024).toFixed(1)} KiB/answer` : '';
      return { ...f, errors: r.errors, note: `server thread ${(elu * 100).toFixed(0)} % busy${size}${r.firstError ? `; first error: ${r.firstError}` : ''}${r.exhausted ? '; task pool ran out' : ''}` };
    };
    const viaPgbench = async (script: string | null, c: number) => {
      if (!pgbenchVersion || !script) return null;
      const clients = Math.min(c, await freeConnections(url));
      try {
        const r = await pgbench(url, { s: script }, { clients, seconds: SECONDS, warmupSeconds: WARMUP });
        return { ...r, errors: r.failed, clients };
      } catch (e) {
        return { error: String((e as { stderr?: string }).stderr || e).split('\n').filter(Boolean).slice(-3).join(' | ') };
      }
    };
    for (const [who, session, bareName, script] of [['city duty officer', duty, 'city', scripts.listCity], ['province user', admin, 'province', scripts.listProvince]] as const) {
      for (const c of CONNECTIONS) {
        const profile = PROFILE && who === 'city duty officer' && c === Math.max(...CONNECTIONS) ? `GET /api/incidents as the ${who}, c=${c}` : null;
        const ours = await measureOurs(() => httpLoad({ port, paths: ['/api/incidents'], concurrency: c, seconds: SECONDS, warmupSeconds: WARMUP, headers: { cookie: session.cookie } }), profile);
        const b = await measureOurs(() => httpLoad({ port: bare!.port, paths: [`/bare/${bareName}`], concurrency: c, seconds: SECONDS, warmupSeconds: WARMUP, headers: {} }), profile && `bare Fastify replay of that SQL, c=${c}`);
        rows.push({ kind: 'read', name: `GET /api/incidents, ${who}`, c, ours, bare: b, pgb: await viaPgbench(script, c) });
      }
    }
    const creates = loaded.cityOpen.map((id) => ({ method: 'POST', path: `/api/incidents/${id}/tasks`, body: JSON.stringify(taskBody()) }));
    for (const c of CONNECTIONS) {
      const ours = await measureOurs(() => writeLoad({ port, requests: creates, once: false, okStatus: 201, concurrency: c, headers: headers(duty) }), null);
      rows.push({ kind: 'write', name: 'POST /api/incidents/:id/tasks', c, ours, bare: null, pgb: await viaPgbench(scripts.create, c) });
    }
    for (const [i, c] of CONNECTIONS.entries()) {
      const slice = pool.slice(4 + i * perLoad, 4 + (i + 1) * perLoad).map((x) => ({ method: 'PATCH', path: `/api/incidents/${x.incident}/tasks/${x.task}`, body: '{"status":"in_progress"}' }));
      const ours = await measureOurs(() => writeLoad({ port, requests: slice, once: true, okStatus: 200, concurrency: c, headers: headers(duty) }), null);
      rows.push({ kind: 'write', name: 'PATCH …/tasks/:taskId pending → in_progress', c, ours, bare: null, pgb: await viaPgbench(scripts.patch, c) });
    }
    await bare.close();
    bare = null;
    printTable(rows);

    const sse = SSE_CLIENTS > 0 ? await ssePush({ platform: p, port, url, send, duty, n: SSE_CLIENTS, warmTask: pool[2]!, task: pool[3]! }) : null;
    if (sse) printSse(sse);
    goals(rows, sse);
  } finally {
    await bare?.close();
    await platform?.close();
    await d.drop();
  }
}

function writeLoad(spec: { port: number; requests: { method: string; path: string; body: string }[]; once: boolean; okStatus: number; concurrency: number; headers: Record<string, string> }): Promise<LoadResult & { exhausted: boolean }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./api-write-worker.mjs', import.meta.url), { workerData: { ...spec, seconds: SECONDS, warmupSeconds: WARMUP }, execArgv: [] });
    w.once('message', (m: LoadResult & { exhausted: boolean }) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

// ---------------------------------------------------------------- output

const num = (v: number, d: number, w: number) => (Number.isFinite(v) ? v.toFixed(d) : '–').padStart(w);
const figs = (f: Fig | null) => (f ? num(f.perSec, 0, 8) + num(f.p50, 1, 8) + num(f.p99, 1, 8) + num(f.errors, 0, 6) : ' '.repeat(30));
const isFig = (x: Row['pgb']): x is Fig & { clients: number } => !!x && !('error' in x);

function printTable(rows: Row[]) {
  console.log(`\n[api] ${N.toLocaleString('en')} incidents, ${SECONDS} s per load (req/s or tps; latency ms; err = non-2xx answers or failed transactions)`);
  console.log(`  ${'case'.padEnd(46)}${'c'.padStart(5)} |   ours req/s  p50     p99    err | bare Fastify      p50     p99    err | pgbench (clients)  tps     p50     p99    err | ours/bare ours/pgb p99/pgb`);
  for (const r of rows) {
    const pg = isFig(r.pgb) ? `${`(${r.pgb.clients})`.padStart(6)}${figs(r.pgb)}` : ' '.repeat(36);
    const ratio = (b: Fig | null) => (b ? `${(r.ours.perSec / b.perSec).toFixed(2)}×` : '–');
    console.log(`  ${r.name.padEnd(46)}${String(r.c).padStart(5)} | ${figs(r.ours)} | ${figs(r.bare)} | ${pg} | ${ratio(r.bare).padStart(9)} ${ratio(isFig(r.pgb) ? r.pgb : null).padStart(7)} ${isFig(r.pgb) ? `${(r.ours.p99 / r.pgb.p99).toFixed(1)}×`.padStart(7) : '–'.padStart(7)}`);
  }
  for (const r of rows) console.log(`  ${r.name}, c=${r.c}: ours: ${r.ours.note ?? ''}${r.bare ? `; bare: ${r.bare.note ?? ''}` : ''}`);
  for (const r of rows) if (r.pgb && 'error' in r.pgb) console.log(`  pgbench failed for ${r.name}, c=${r.c}: ${r.pgb.error}`);
}

function goals(rows: Row[], sse: SseResult | null) {
  const ok = (c: boolean) => (c ? 'met' : 'NOT met');
  const top = Math.max(...CONNECTIONS);
  console.log(`\n[api] summary at ${top} connections (PERFORMANCE.md W4, 2 cores)`);
  for (const r of rows.filter((x) => x.c === top)) {
    const [rate, p99] = r.kind === 'read' ? [3000, 50] : [1000, 100];
    const floor = Math.min(r.bare?.perSec ?? Infinity, isFig(r.pgb) ? r.pgb.perSec : Infinity);
    const vsBase = Number.isFinite(floor) ? `; ≥ 0.6× min(B1, B2) ${ok(r.ours.perSec >= 0.6 * floor)} (${(r.ours.perSec / floor).toFixed(2)}×)` : '';
    const vsP99 = isFig(r.pgb) ? `; p99 ≤ 3× B2 p99 ${ok(r.ours.p99 <= 3 * r.pgb.p99)} (${(r.ours.p99 / r.pgb.p99).toFixed(1)}×)` : '';
    console.log(`  ${r.name}: ${r.ours.perSec.toFixed(0)} req/s, p99 ${r.ours.p99.toFixed(1)} ms — ${r.kind}s ≥ ${rate / 1000}k req/s with p99 ≤ ${p99} ms ${ok(r.ours.perSec >= rate && r.ours.p99 <= p99 && r.ours.errors === 0)}${vsBase}${vsP99}`);
  }
  const city = rows.find((r) => r.kind === 'read' && r.c === top);
  if (city) console.log(`  GOAL (issue): reads ≥ 3k req/s with p99 ≤ 50 ms at ${top} connections (city duty officer's list): ${ok(city.ours.perSec >= 3000 && city.ours.p99 <= 50 && city.ours.errors === 0)} (${city.ours.perSec.toFixed(0)} req/s, p99 ${city.ours.p99.toFixed(1)} ms)`);
  if (sse) {
    const [o, b] = [Number(sse.ours.sorted[Math.floor(0.99 * sse.ours.sorted.length)] ?? NaN), Number(sse.bare.sorted[Math.floor(0.99 * sse.bare.sorted.length)] ?? NaN)];
    console.log(`  push to ${sse.n} dashboards: p99 ${o.toFixed(0)} ms ≤ 500 ms ${ok(o <= 500 && !sse.ours.missing)}; ≤ 1.5× the bare SSE loop ${ok(o <= 1.5 * Math.max(b, 1))} (${(o / Math.max(b, 1)).toFixed(1)}×)`);
  }
}

// ---------------------------------------------------------------- plumbing

async function reachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function pgOne<T extends object>(url: string, text: string, values: unknown[] = []): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const row = (await c.query<T>(text, values)).rows[0];
    if (!row) throw new Error(`no row: ${text}`);
    return row;
  } finally {
    await c.end();
  }
}

/** Connections pgbench may open: max_connections less those in use, less a margin for the platform's pool and the rest of the machine. */
async function freeConnections(url: string): Promise<number> {
  const r = await pgOne<{ max: number; used: number }>(url, `select current_setting('max_connections')::int as max, (select count(*)::int from pg_stat_activity) as used`);
  return Math.max(1, r.max - r.used - 15);
}

async function signIn(port: number, username: string): Promise<Session> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
  const jar = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { cookie: jar.join('; '), csrf: jar.find((c) => c.startsWith('csrf_token='))?.slice('csrf_token='.length) ?? '' };
}

function sender(port: number): Send {
  return async (method, path, who, body) => {
    const headers: Record<string, string> = { cookie: who.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = who.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  };
}

