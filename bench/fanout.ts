// W2 in PERFORMANCE.md (issue 5): one red warning to N responsible persons with live SSE connections and P
// public SMS subscribers, on a real platform (migrated, demo seed, listening on a port), each figure beside
// a baseline measured in the same run:
// Set-up (not timed as a figure): FANOUT_RESPONSIBLE (10,000) users, each with a session and a contact on
//   the call roster of 海勃湾区 (150302, 乌海市: 8 streets, 14 communities; one in five at a street, the rest in
//   the communities, roles cycling through the roles red calls), written set-based (one shared argon2 hash,
//   sessions in the real table format), and FANOUT_PUBLIC (100,000) warning_subscribers in the same
//   communities; then ANALYZE. The SMS gateway simulator runs in a child process (rate 200,000/s, SMS
//   latency 5–20 ms, 2 % carrier failures, no automatic replies); the issuing region's read timeout is set
//   to 60 min so no voice-call sweep falls inside the run. A warm-up warning (红色, 海南区, demo roster only)
//   goes through approve, dispatch, receipts and both acknowledgement paths first.
// Ours: the N users hold SSE connections (GET /api/events, raw sockets in a child process); the warning is
//   drafted and submitted by wuhai-duty, approved by wuhai-leader through POST /api/warnings/:id/approve:
//   a. approve request → the transaction with every recipient and delivery row committed (seen where the
//      data layer hands the committed events on), and the approve response;
//   b. commit → each SSE client's receipt of its warnings.callout frame (client clock, offset measured);
//   c. commit → every app delivery of the N recorded 'delivered' (counted every 25 ms from the commit on);
//   d. commit → every SMS (and the broadcast) accepted by the gateway (the job poller picks the dispatch up
//      within 1 s; its own rate is measured from the first accepted batch), and the receipts the platform
//      recorded per second (the simulator counts a receipt once the platform answered 200); the wait ends
//      early when no dispatch job of the warning is pending any more (failed for good), and the dispatch
//      jobs' failed runs and PostgreSQL's deadlock count are printed;
//   e. acknowledgements: half of the N through POST /api/warnings/recipients/:id/acknowledge by the users
//      themselves, the other half as signed SMS replies (POST /api/warnings/gateway/inbound, `<code> 收到`),
//      FANOUT_ACK_CONCURRENCY (32) requests in flight, from a worker thread, for at most FANOUT_ACK_SECONDS
//      (15) each: the rate is what was acknowledged over the time it took.
// Baselines: a bare node:http SSE server writing one frame of the same shape to N connections of the same
//   client (b); raw NATS core publishes of N + P messages of 200 B drained by a subscriber on a second
//   connection (a); COPY of the same recipient and delivery rows (exported from ours) into scratch tables
//   with the same columns and indexes but no foreign keys, one transaction (a); the app-delivered UPDATE
//   statement alone on the scratch copy (c); the same number of SMS sent straight to the simulator with the
//   platform's gateway client, receipts to a sink that only counts them (d); COPY of the acknowledged ids
//   into a temp table then one UPDATE … FROM on the scratch copy (e, PERFORMANCE.md W2 B3).
// Engines: the local PostgreSQL (TEST_DATABASE_URL; a throw-away database is created and dropped) with the
// NATS JetStream event transport when NATS answers (FANOUT_NATS_URL, default nats://127.0.0.1:4222; a
// stream of its own, deleted afterwards), and in-memory PGlite with the in-process transport, smaller
// (FANOUT_PGLITE_RESPONSIBLE 2,000, FANOUT_PGLITE_PUBLIC 20,000). FANOUT_ENGINES=postgres,pglite picks;
// FANOUT_TRANSPORT=local|nats forces a transport; FANOUT_PROFILE=1 prints a CPU profile of the server
// thread while the SSE connections open, from approve until every client has its frame, and during each
// acknowledgement load; FANOUT_SQL=1 the time per statement kind (connection wait included) during the
// approve, from its response until the last receipt, and during each acknowledgement load;
// FANOUT_EXPLAIN_MS=N (PostgreSQL) has auto_explain write the plans (with trigger times) of statements
// slower than N ms to the PostgreSQL server log. About 5 minutes with the defaults on 2 cores; the SMS
// dispatch is most of it while it runs at ~1,000/s.
import { fork } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { performance as perf } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql, type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { connect as natsConnect } from 'nats';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import pino from 'pino';
import { buildApp, type Platform } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { hashPassword } from '../server/src/foundation/auth/password.js';
import { newSecret, secretHash } from '../server/src/foundation/auth/tokens.js';
import type { Database, Engine } from '../server/src/foundation/db/database.js';
import { migrateToLatest } from '../server/src/foundation/db/migrate.js';
import { PGliteDialect } from '../server/src/foundation/db/pglite-dialect.js';
import type { FoundationTables } from '../server/src/foundation/db/tables.js';
import type { DomainEvent } from '../server/src/foundation/events/event.js';
import { natsTransport } from '../server/src/foundation/events/nats-transport.js';
import { localTransport, type EventTransport } from '../server/src/foundation/events/transport.js';
import { subtreeRange } from '../server/src/foundation/scope/region-code.js';
import { createGatewayChannel } from '../server/src/modules/warnings/channels/gateway-client.js';
import { DEMO_PASSWORD, seed } from '../server/src/seed/seed.js';
import type { GatewaySimulatorOptions } from '../server/src/simulators/gateway/index.js';
import { openTestDatabase, TEST_PG_URL } from '../server/test/databases.js';
import type { GatewayPoint } from './fanout-gateway.js';
import { profiled } from './profile.js';
import { bareSse as sharedBareSse, Child, childOffset, latencies, q, sleep, until, wallNow, type Latencies } from './sse-harness.js';
import { percentile } from './stats.js';

const RESPONSIBLE = Number(process.env.FANOUT_RESPONSIBLE ?? 10_000);
const PUBLIC = Number(process.env.FANOUT_PUBLIC ?? 100_000);
const LITE_RESPONSIBLE = Number(process.env.FANOUT_PGLITE_RESPONSIBLE ?? Math.min(RESPONSIBLE, 2000));
const LITE_PUBLIC = Number(process.env.FANOUT_PGLITE_PUBLIC ?? Math.min(PUBLIC, 20_000));
const ACK_CONCURRENCY = Number(process.env.FANOUT_ACK_CONCURRENCY ?? 32);
const ACK_SECONDS = Number(process.env.FANOUT_ACK_SECONDS ?? 15);
const NATS_URL = process.env.FANOUT_NATS_URL ?? 'nats://127.0.0.1:4222';
const FORCED_TRANSPORT = process.env.FANOUT_TRANSPORT as 'local' | 'nats' | undefined;
const PROFILE = process.env.FANOUT_PROFILE === '1';
const SQL_TIMES = process.env.FANOUT_SQL === '1';
const COUNTY = '150302000000'; // 海勃湾区
const ISSUER = '150300000000'; // 乌海市: wuhai-duty drafts, wuhai-leader approves
const WARMUP_TARGET = '150303000000'; // 海南区: the demo roster only
const CALLOUT_NEEDLE = '"type":"warnings.callout"';
const GATEWAY_KEY = `bench-${randomBytes(8).toString('hex')}`;
const GATEWAY_SECRET = randomBytes(24).toString('base64url');
const NATS_PAYLOAD_BYTES = 200;

type Session = { cookie: string; csrf: string };
type Population = { userIds: string[]; sessions: Session[]; ms: number; regions: number };
type Post = { latencies: Float64Array; sent: number; elapsedMs: number; errors: number; matched: number; firstError: string | null };
type Result = {
  engine: Engine;
  transport: 'local' | 'nats';
  n: number;
  p: number;
  rows: { recipients: number; deliveries: number; byChannel: Record<string, number> };
  approve: { commitMs: number; responseMs: number };
  sse: Latencies;
  appDeliveredMs: number;
  appDelivered: number;
  dispatch: { expected: number; accepted: number; firstMs: number; lastMs: number; rejected: number; jobs: string; deadlocks: number };
  receipts: { firstMs: number; lastMs: number; count: number; failures: number };
  elu: { fanout: number; acksApp: number; acksSms: number };
  acks: { app: Post; sms: Post };
  bare: Latencies;
  nats: { n: number; ms: number };
  copy: { ms: number; recipients: number; deliveries: number; how: string };
  appUpdateMs: number;
  ackUpdate: { n: number; ms: number };
  gateway: { n: number; sendMs: number; receiptsMs: number };
  setup: string;
};

export async function run() {
  const wanted = (process.env.FANOUT_ENGINES ?? 'postgres,pglite').split(',').map((s) => s.trim());
  const results: Result[] = [];
  const nats = await natsReachable();
  for (const engine of ['postgres', 'pglite'] as const) {
    if (!wanted.includes(engine)) continue;
    if (engine === 'postgres' && !(await postgresReachable())) {
      console.log(`  postgres skipped: not reachable at ${TEST_PG_URL}; set TEST_DATABASE_URL`);
      continue;
    }
    const transport = FORCED_TRANSPORT ?? (engine === 'postgres' && nats ? 'nats' : 'local');
    if (transport === 'nats' && !nats) throw new Error(`FANOUT_TRANSPORT=nats but NATS is not reachable at ${NATS_URL}`);
    results.push(await benchEngine(engine, transport, engine === 'pglite' ? LITE_RESPONSIBLE : RESPONSIBLE, engine === 'pglite' ? LITE_PUBLIC : PUBLIC, nats));
  }
  if (results.length > 1) summary(results);
}

async function benchEngine(engine: Engine, transportKind: 'local' | 'nats', n: number, nPublic: number, natsUp: boolean): Promise<Result> {
  console.log(
    `\n[fanout/${engine}] ${n} responsible persons with live SSE connections + ${nPublic} public subscribers in 海勃湾区; events over ${transportKind === 'nats' ? 'NATS JetStream' : 'the in-process transport'}; ` +
      `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
  );
  const opened = await openDb(engine);
  const timer = new SqlTimer();
  const database: Database = SQL_TIMES ? { ...opened.database, db: opened.database.db.withPlugin(timer) } : opened.database;
  const stream = `SW_BENCH_${randomBytes(4).toString('hex').toUpperCase()}`;
  const transport: EventTransport = transportKind === 'nats' ? natsTransport(NATS_URL, pino({ level: 'silent' }), stream) : localTransport();
  const config = loadConfig({ SEED_DEMO: 'true', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', MQTT_PORT: 'off', BACKGROUND_WORK: 'false', GATEWAY_URL: 'off' });
  const sse = new Child(fork(fileURLToPath(new URL('./fanout-sse-clients.mjs', import.meta.url)), [], { execArgv: [], serialization: 'advanced' }));
  const gw = new Child(fork(fileURLToPath(new URL('./fanout-gateway.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' }));
  let platform: Platform | null = null;
  try {
    await Promise.all([sse.ready, gw.ready]);
    const t0 = perf.now();
    platform = await buildApp({ config, database, transport });
    await platform.start();
    await seed(platform, { demo: true, resources: false, monitoring: false });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const p = platform;
    const port = (p.app.server.address() as { port: number }).port;
    const simOptions: GatewaySimulatorOptions = { apiKey: GATEWAY_KEY, signingSecret: GATEWAY_SECRET, ratePerSecond: 200_000, latencyMs: { sms: [5, 20], voice: [5, 20], broadcast: [5, 10] }, failureRate: 0.02, replyRate: 0, receiptFlushMs: 20, seed: 7 };
    const { url: gatewayUrl } = await gw.ask<{ url: string }>('start', { options: simOptions });
    p.warnings.useGateway({ url: gatewayUrl, apiKey: GATEWAY_KEY, signingSecret: GATEWAY_SECRET, callbackBase: `http://127.0.0.1:${port}` });
    const seedMs = perf.now() - t0;
    const pop = await populate(p, n, nPublic);
    const duty = await login(port, 'wuhai-duty');
    const leader = await login(port, 'wuhai-leader');
    await slowTimers(port, duty);
    const setup = `demo seed ${(seedMs / 1000).toFixed(1)} s; ${n} users + sessions + contacts over ${pop.regions} streets/communities and ${nPublic} subscribers written set-based in ${(pop.ms / 1000).toFixed(1)} s`;
    console.log(`  set-up: ${setup}`);
    const offset = await clockOffset(sse, gw);

    // Baseline b first: its server holds N sockets in this process, which cannot also hold the platform's N.
    const bare = await bareSse(sse, n, offset);
    console.log(`  b. bare node:http SSE loop, one frame to ${n} connections: p50 ${q(bare, 50)} / p99 ${q(bare, 99)} / max ${q(bare, 100)} ms (connections opened in ${(bare.connectMs / 1000).toFixed(1)} s)`);
    const nats = natsUp ? await natsBaseline(n + nPublic) : { n: 0, ms: NaN };
    if (natsUp) console.log(`  a. raw NATS core publish of ${nats.n} × ${NATS_PAYLOAD_BYTES} B drained by a subscriber: ${nats.ms.toFixed(0)} ms (${((nats.n / nats.ms) * 1000).toFixed(0)} msg/s)`);

    await warmUp(p, port, duty, leader, gw);

    const connect = () => sse.ask<{ connected: number; failed: number; firstError: string | null; ms: number }>('connect', { port, path: '/api/events', cookies: pop.sessions.map((s) => s.cookie), inflight: 64 }, 600_000);
    const eluC = perf.eventLoopUtilization();
    const connected = await (PROFILE ? profiled(`opening the SSE connections (${engine})`, connect, 25) : connect());
    const eluConnect = perf.eventLoopUtilization(eluC).utilization;
    if (connected.connected !== n) throw new Error(`${connected.failed} of ${n} SSE connections failed: ${connected.firstError}`);
    console.log(`  ours: ${n} SSE connections open in ${(connected.ms / 1000).toFixed(1)} s (${Math.round((n / connected.ms) * 1000)}/s, session lookup each; server thread ${(eluConnect * 100).toFixed(0)} % busy)`);
    await sleep(1000);

    // ---- the measured warning
    const id = await draft(port, duty, 1, COUNTY, '海勃湾区暴雨红色预警（压测）');
    await sse.ask('arm', { needle: CALLOUT_NEEDLE });
    const gwBefore = (await gw.ask<{ stats: GatewayPoint }>('stats')).stats;
    const deadlocksBefore = await deadlocks(p);
    let commitAt = NaN;
    let committed!: () => void;
    const onCommit = new Promise<void>((r) => (committed = r));
    const hub = p.events;
    const published = hub.published.bind(hub);
    hub.published = async (events: DomainEvent[]) => {
      if (Number.isNaN(commitAt) && events.some((e) => e.type === 'warnings.callout' && e.payload.warningId === id)) {
        commitAt = wallNow();
        committed();
      }
      return published(events);
    };
    const elu0 = perf.eventLoopUtilization();
    timer.on = SQL_TIMES;
    const approveAt = wallNow();
    let respondedAt = NaN;
    let appDeliveredAt = NaN;
    let appDeliveredCount = 0;
    const measured = async () => {
      const res = await call(port, 'POST', `/api/warnings/${id}/approve`, leader);
      respondedAt = wallNow();
      if (SQL_TIMES) timer.print(`SQL during the approve (${engine})`);
      timer.reset(SQL_TIMES);
      if (res.status !== 200) throw new Error(`approve: HTTP ${res.status} ${res.body}`);
      await until(async () => (await sse.ask<{ received: number }>('count')).received >= n, 30_000, 'SSE frames');
    };
    // Counted from the commit on, so the counting does not compete with the approve's own statements; given
    // up after 15 s without a change (a lost batch is never recorded).
    const appPoll = (async () => {
      await onCommit;
      let changedAt = Date.now();
      while (Date.now() - changedAt < 15_000) {
        const got = (await sql<{ n: number }>`select count(*)::int as n from warning_deliveries where warning_id = ${id} and channel = 'app' and state = 'delivered'`.execute(p.data.system)).rows[0]!.n;
        if (got !== appDeliveredCount) [appDeliveredCount, changedAt] = [got, Date.now()];
        if (got >= n) return (appDeliveredAt = wallNow());
        await sleep(25);
      }
      console.log(`  c. only ${appDeliveredCount} of ${n} app deliveries recorded delivered, none more for 15 s`);
    })();
    await (PROFILE ? profiled(`approve → every SSE frame (${engine})`, measured, 25) : measured());
    hub.published = published;
    await appPoll;
    const rows = await deliveryCounts(p, id);
    const expected = (rows.byChannel.sms ?? 0) + (rows.byChannel.broadcast ?? 0);
    // Waits until every message is accepted and its receipt recorded, or until the dispatch has stopped (no
    // dispatch job of the warning pending any more: it failed for good) and the receipts have caught up.
    let polls = 0;
    let dispatchPending = true;
    await until(async () => {
      const s = (await gw.ask<{ stats: GatewayPoint }>('stats')).stats;
      if (++polls % 50 === 0) dispatchPending = (await sql<{ n: number }>`select count(*)::int as n from jobs where kind = 'warnings.dispatch' and payload->>'warningId' = ${id} and status = 'pending'`.execute(p.data.system)).rows[0]!.n > 0;
      const receiptsIn = s.receipts - gwBefore.receipts >= s.accepted - gwBefore.accepted;
      return receiptsIn && (s.accepted + s.rejected - gwBefore.accepted - gwBefore.rejected >= expected || !dispatchPending);
    }, 180_000, 'SMS accepted and receipts recorded', async () => JSON.stringify((await gw.ask<{ stats: GatewayPoint }>('stats')).stats), 30_000).catch((e: Error) => console.log(`  d. ${e.message}`));
    const elu = perf.eventLoopUtilization(elu0).utilization;
    if (SQL_TIMES) timer.print(`SQL from the approve response until every receipt (${engine})`);
    timer.reset(false);
    const jobs = (await sql<{ status: string; attempts: number; last_error: string | null }>`select status, attempts, last_error from jobs where kind = 'warnings.dispatch' and payload->>'warningId' = ${id} order by created_at`.execute(p.data.system)).rows;
    // A job that failed and then succeeded keeps only its attempt count (its last_error is cleared).
    const failedRuns = jobs.reduce((a, j) => a + (j.status === 'done' ? j.attempts - 1 : j.attempts), 0);
    await sleep(engine === 'postgres' ? 1000 : 0); // PostgreSQL flushes its statistics about once a second
    const deadlocked = (await deadlocks(p)) - deadlocksBefore;
    const lastError = jobs.map((j) => j.last_error).filter(Boolean).pop();
    const jobsNote = `${jobs.length} dispatch job(s) ${jobs.map((j) => j.status).join(', ')}${failedRuns ? `, ${failedRuns} failed run(s) retried after back-off${lastError ? ` (last error: ${lastError})` : ''}` : ''}`;
    const { timeline } = await gw.ask<{ timeline: GatewayPoint[] }>('timeline');
    const after = timeline.filter((x) => x.at >= approveAt + offset.gateway);
    const last = after[after.length - 1]!;
    const acceptedNow = last.accepted + last.rejected - gwBefore.accepted - gwBefore.rejected;
    const at = (x: GatewayPoint | undefined) => (x ? x.at - offset.gateway - commitAt : NaN);
    const firstAccepted = at(after.find((x) => x.accepted > gwBefore.accepted));
    const lastAccepted = at(after.find((x) => x.accepted + x.rejected - gwBefore.accepted - gwBefore.rejected >= acceptedNow));
    const firstReceipt = at(after.find((x) => x.receipts > gwBefore.receipts));
    const lastReceipt = at(after.find((x) => x.receipts >= last.receipts));
    const times = ((await sse.ask<{ times: number[] }>('report')).times).map((t) => t - offset.sse - commitAt);
    const result: Partial<Result> = {
      engine,
      transport: transportKind,
      n,
      p: nPublic,
      setup,
      rows,
      approve: { commitMs: commitAt - approveAt, responseMs: respondedAt - approveAt },
      sse: latencies(times),
      appDeliveredMs: appDeliveredAt - commitAt,
      appDelivered: appDeliveredCount,
      dispatch: { expected, accepted: acceptedNow, firstMs: firstAccepted, lastMs: lastAccepted, rejected: last.rejected - gwBefore.rejected, jobs: jobsNote, deadlocks: deadlocked },
      receipts: { firstMs: firstReceipt, lastMs: lastReceipt, count: last.receipts - gwBefore.receipts, failures: last.callbackFailures - gwBefore.callbackFailures },
      bare,
      nats,
    };
    console.log(
      `  ours: approve committed after ${result.approve!.commitMs.toFixed(0)} ms, answered after ${result.approve!.responseMs.toFixed(0)} ms; SSE p50 ${q(result.sse!, 50)} / p99 ${q(result.sse!, 99)} / max ${q(result.sse!, 100)} ms; ` +
        `app delivered ${result.appDeliveredMs!.toFixed(0)} ms; SMS accepted ${result.dispatch!.firstMs.toFixed(0)}–${result.dispatch!.lastMs.toFixed(0)} ms; receipts to ${result.receipts!.lastMs.toFixed(0)} ms; server thread ${(elu * 100).toFixed(0)} % busy`,
    );

    // ---- acknowledgements, the SSE connections still open
    const { app, sms, ids } = await ackRequests(p, id, pop);
    timer.reset(SQL_TIMES);
    const eluA = perf.eventLoopUtilization();
    const appAcks = await (PROFILE ? profiled(`app acknowledgements (${engine})`, () => posts(port, app, ACK_CONCURRENCY, '"ackVia":"app"'), 25) : posts(port, app, ACK_CONCURRENCY, '"ackVia":"app"'));
    const eluApp = perf.eventLoopUtilization(eluA).utilization;
    if (SQL_TIMES) timer.print(`SQL during the app acknowledgements (${engine})`);
    timer.reset(SQL_TIMES);
    const eluS = perf.eventLoopUtilization();
    const smsAcks = await (PROFILE ? profiled(`SMS-reply acknowledgements (${engine})`, () => posts(port, sms, ACK_CONCURRENCY, '"matched":true'), 25) : posts(port, sms, ACK_CONCURRENCY, '"matched":true'));
    const eluSms = perf.eventLoopUtilization(eluS).utilization;
    if (SQL_TIMES) timer.print(`SQL during the SMS-reply acknowledgements (${engine})`);
    timer.reset(false);
    await checkAcks(p, id, appAcks, smsAcks);
    await sse.ask('close');

    // ---- baselines on the same rows
    const copy = await copyBaseline(p, id, opened);
    const appUpdateMs = await appUpdateBaseline(p, id, pop.userIds);
    const ackUpdate = await ackUpdateBaseline(p, ids, opened);
    const gateway = await gatewayBaseline(gatewayUrl, rows.byChannel.sms ?? 0);

    const r: Result = {
      ...(result as Result),
      elu: { fanout: elu, acksApp: eluApp, acksSms: eluSms },
      acks: { app: appAcks, sms: smsAcks },
      copy,
      appUpdateMs,
      ackUpdate,
      gateway,
    };
    table(r);
    return r;
  } finally {
    await sse.ask('close').catch(() => undefined);
    sse.child.kill();
    await gw.ask('close', {}, 5000).catch(() => gw.child.kill());
    await platform?.close();
    await opened.drop();
    if (transportKind === 'nats') await deleteStream(stream);
  }
}

// ---------------------------------------------------------------- set-up

/** Users, sessions and roster contacts for n people in the county's streets and communities, and the public subscribers: set-based. */
async function populate(p: Platform, n: number, nPublic: number): Promise<Population> {
  const db = p.data.system;
  const [lo, hi] = subtreeRange(COUNTY);
  const regions = (await sql<{ code: string; level: number }>`select code, level from regions where code between ${lo} and ${hi} and level >= 4 order by code`.execute(db)).rows;
  const towns = regions.filter((r) => r.level === 4);
  const villages = regions.filter((r) => r.level === 5);
  const t = perf.now();
  const hash = await hashPassword(randomBytes(16).toString('base64url')); // shared; nobody signs in with it
  const userIds: string[] = [];
  const region: string[] = [];
  const roles: string[] = [];
  const posts: string[] = [];
  const usernames: string[] = [];
  const names: string[] = [];
  const phones: string[] = [];
  const townRoles = ['township_principal', 'flood_commander'];
  const villageRoles = ['village_responsible', 'grid_member', 'project_responsible'];
  for (let i = 0; i < n; i++) {
    const town = i % 5 === 0;
    userIds.push(randomUUID());
    region.push(town ? towns[(i / 5) % towns.length]!.code : villages[i % villages.length]!.code);
    roles.push(town ? townRoles[(i / 5) % 2]! : villageRoles[i % 3]!);
    posts.push(town ? '街道防汛责任人' : '社区防汛责任人');
    usernames.push(`bench-fanout-${i}`);
    names.push(`责任人${String(i).padStart(5, '0')}`);
    phones.push(`137${String(i).padStart(8, '0')}`);
  }
  await sql`insert into users (id, username, display_name, password_hash, region_code, phone)
    select u.id, u.username, u.name, ${hash}, u.region, u.phone from unnest(${userIds}::uuid[], ${usernames}::text[], ${names}::text[], ${region}::text[], ${phones}::text[]) as u(id, username, name, region, phone)`.execute(db);
  const now = new Date();
  const tokens = userIds.map(() => newSecret());
  const csrfs = userIds.map(() => newSecret(24));
  await sql`insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, ip, user_agent)
    select s.h, s.u, s.c, ${now}, ${new Date(now.getTime() + 12 * 3600_000)}, ${now}, '127.0.0.1', 'bench/fanout'
    from unnest(${tokens.map((x) => secretHash(x))}::text[], ${userIds}::uuid[], ${csrfs}::text[]) as s(h, u, c)`.execute(db);
  await sql`insert into contacts (region_code, name, post, org_name, phone, roles, user_id)
    select c.region, c.name, c.post, '海勃湾区', c.phone, jsonb_build_array(c.role), c.uid
    from unnest(${region}::text[], ${names}::text[], ${posts}::text[], ${phones}::text[], ${roles}::text[], ${userIds}::uuid[]) as c(region, name, post, phone, role, uid)`.execute(db);
  const subRegion = Array.from({ length: nPublic }, (_, i) => villages[i % villages.length]!.code);
  const subPhone = Array.from({ length: nPublic }, (_, i) => `136${String(i).padStart(8, '0')}`);
  for (let i = 0; i < nPublic; i += 50_000) {
    await sql`insert into warning_subscribers (region_code, phone) select * from unnest(${subRegion.slice(i, i + 50_000)}::text[], ${subPhone.slice(i, i + 50_000)}::text[])`.execute(db);
  }
  // What autovacuum would have done by the time a warning goes out.
  await sql`analyze users, sessions, contacts, warning_subscribers`.execute(db);
  return { userIds, sessions: tokens.map((tok, i) => ({ cookie: `sw_session=${tok}; csrf_token=${csrfs[i]}`, csrf: csrfs[i]! })), ms: perf.now() - t, regions: regions.length };
}

/** The issuer's read timeout at 60 min, so no voice-call sweep of unanswered persons falls inside the run. */
async function slowTimers(port: number, duty: Session) {
  const cur = await call(port, 'GET', `/api/warnings/callout-policy?regionCode=${ISSUER}`, duty);
  const policy = (JSON.parse(cur.body) as { policy: Record<string, unknown> }).policy;
  const res = await call(port, 'PUT', '/api/warnings/callout-policy', duty, { regionCode: ISSUER, policy: { ...policy, readTimeoutMin: 60, wakeDeadlineMin: 120, feedbackMin: 180 } });
  if (res.status !== 200) throw new Error(`callout policy: HTTP ${res.status} ${res.body}`);
}

async function draft(port: number, duty: Session, level: number, target: string, headline: string): Promise<string> {
  const d = await call(port, 'POST', '/api/warnings', duty, { level, type: { code: '02', name: '暴雨' }, headline, description: '预计未来6小时降雨量100毫米以上，局地伴有雷暴大风。', instruction: '立即转移低洼地带和危险区域群众，停止户外作业。', areas: { regionCodes: [target] } });
  if (d.status !== 201) throw new Error(`draft: HTTP ${d.status} ${d.body}`);
  const id = (JSON.parse(d.body) as { id: string }).id;
  const s = await call(port, 'POST', `/api/warnings/${id}/submit`, duty);
  if (s.status !== 200) throw new Error(`submit: HTTP ${s.status} ${s.body}`);
  return id;
}

/** One small red warning end to end (approve, dispatch, receipts, an app and SMS acknowledgements): JIT and plans. */
async function warmUp(p: Platform, port: number, duty: Session, leader: Session, gw: Child) {
  const before = (await gw.ask<{ stats: GatewayPoint }>('stats')).stats;
  const id = await draft(port, duty, 1, WARMUP_TARGET, '海南区暴雨红色预警（预热）');
  const a = await call(port, 'POST', `/api/warnings/${id}/approve`, leader);
  if (a.status !== 200) throw new Error(`warm-up approve: HTTP ${a.status} ${a.body}`);
  const { byChannel } = await deliveryCounts(p, id);
  const expected = (byChannel.sms ?? 0) + (byChannel.broadcast ?? 0);
  await until(async () => {
    const s = (await gw.ask<{ stats: GatewayPoint }>('stats')).stats;
    return s.accepted + s.rejected - before.accepted - before.rejected >= expected && s.receipts - before.receipts >= s.accepted - before.accepted;
  }, 30_000, 'warm-up dispatch');
  const mine = (await sql<{ id: string; user_id: string | null; phone: string; ack_code: string }>`select id, user_id, phone, ack_code from warning_recipients where warning_id = ${id} and kind = 'responsible'`.execute(p.data.system)).rows;
  const own = await call(port, 'GET', '/api/auth/me', leader);
  const leaderId = (JSON.parse(own.body) as { user: { id: string } }).user.id;
  for (const r of mine) {
    if (r.user_id === leaderId) await call(port, 'POST', `/api/warnings/recipients/${r.id}/acknowledge`, leader, {});
    else if ((await signedPost(port, '/api/warnings/gateway/inbound', { from: r.phone, text: `${r.ack_code} 收到`, at: new Date().toISOString(), id: `warm-${r.id}` })) !== 200) throw new Error('warm-up SMS reply refused');
  }
}

// ---------------------------------------------------------------- the runs

/** Deadlocks PostgreSQL detected in this database so far (the victim's transaction was rolled back). */
async function deadlocks(p: Platform): Promise<number> {
  return (await sql<{ n: number }>`select coalesce(deadlocks, 0)::int as n from pg_stat_database where datname = current_database()`.execute(p.data.system)).rows[0]?.n ?? 0;
}

async function deliveryCounts(p: Platform, id: string) {
  const d = (await sql<{ channel: string; n: number }>`select channel, count(*)::int as n from warning_deliveries where warning_id = ${id} group by channel`.execute(p.data.system)).rows;
  const r = (await sql<{ n: number }>`select count(*)::int as n from warning_recipients where warning_id = ${id}`.execute(p.data.system)).rows[0]!.n;
  const byChannel = Object.fromEntries(d.map((x) => [x.channel, x.n]));
  return { recipients: r, deliveries: d.reduce((a, x) => a + x.n, 0), byChannel };
}

/** The acknowledgement requests: the first half of the users in the app, the second half by SMS reply (signed). */
async function ackRequests(p: Platform, id: string, pop: Population) {
  const rows = (await sql<{ id: string; user_id: string; phone: string; ack_code: string }>`select id, user_id, phone, ack_code from warning_recipients where warning_id = ${id} and user_id = any(${pop.userIds}::uuid[])`.execute(p.data.system)).rows;
  const byUser = new Map(rows.map((r) => [r.user_id, r]));
  const half = Math.ceil(pop.userIds.length / 2);
  type Req = { path: string; headers: Record<string, string>; body: string };
  const app: Req[] = [];
  const sms: Req[] = [];
  pop.userIds.forEach((u, i) => {
    const r = byUser.get(u);
    if (!r) throw new Error(`user ${u} is not a recipient`);
    if (i < half) {
      app.push({ path: `/api/warnings/recipients/${r.id}/acknowledge`, headers: { cookie: pop.sessions[i]!.cookie, 'x-csrf-token': pop.sessions[i]!.csrf, 'content-type': 'application/json' }, body: '{}' });
    } else {
      const body = JSON.stringify({ from: r.phone, text: `${r.ack_code} 收到`, at: new Date().toISOString(), id: `bench-mo-${i}` });
      sms.push({ path: '/api/warnings/gateway/inbound', headers: signatureHeaders(body), body });
    }
  });
  return { app, sms, ids: rows.map((r) => r.id) };
}

async function checkAcks(p: Platform, id: string, app: Post, sms: Post) {
  const [nApp, nSms] = [app.sent, sms.sent];
  const r = (await sql<{ via: string; n: number }>`select ack_via as via, count(*)::int as n from warning_recipients where warning_id = ${id} and acknowledged_at is not null group by ack_via`.execute(p.data.system)).rows;
  const got = Object.fromEntries(r.map((x) => [x.via, x.n]));
  if (app.errors || sms.errors) throw new Error(`acknowledgements failed: app ${app.errors} (${app.firstError}), sms ${sms.errors} (${sms.firstError})`);
  if ((got.app ?? 0) !== nApp || (got.sms ?? 0) !== nSms || app.matched !== nApp || sms.matched !== nSms) throw new Error(`acknowledged ${JSON.stringify(got)}, expected app ${nApp}, sms ${nSms}`);
}

function posts(port: number, requests: { path: string; headers: Record<string, string>; body: string }[], concurrency: number, expect: string): Promise<Post> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./fanout-post-worker.mjs', import.meta.url), { workerData: { port, requests, concurrency, expect, seconds: ACK_SECONDS }, execArgv: [] });
    w.once('message', (m: Post) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

// ---------------------------------------------------------------- baselines

/** b: a bare node:http SSE server holding n connections of the same client, writing one frame of the same shape to each. */
function bareSse(sse: Child, n: number, offset: { sse: number }): Promise<Latencies & { connectMs: number }> {
  const frame = () => {
    const id = randomUUID();
    return `id: ${id}\ndata: ${JSON.stringify({ id, type: 'warnings.callout', regionCode: ISSUER, occurredAt: new Date().toISOString(), payload: { warningId: randomUUID(), level: 1, headline: '海勃湾区暴雨红色预警（压测）' } })}\n\n`;
  };
  return sharedBareSse(sse, n, offset.sse, frame, CALLOUT_NEEDLE);
}

/** a: raw NATS core publishes of n messages of 200 B, drained by a subscriber on its own connection. */
async function natsBaseline(n: number): Promise<{ n: number; ms: number }> {
  const pub = await natsConnect({ servers: NATS_URL });
  const sub = await natsConnect({ servers: NATS_URL });
  try {
    const subject = `bench.fanout.${randomBytes(4).toString('hex')}`;
    let got = 0;
    let lastAt = 0;
    let done!: () => void;
    const all = new Promise<void>((r) => (done = r));
    sub.subscribe(subject, {
      callback: () => {
        if (++got === n) {
          lastAt = wallNow();
          done();
        }
      },
    });
    await sub.flush();
    const payload = new TextEncoder().encode(JSON.stringify({ warningId: randomUUID(), userId: randomUUID(), level: 1, headline: '海勃湾区暴雨红色预警', pad: '' }).padEnd(NATS_PAYLOAD_BYTES, ' '));
    const t0 = wallNow();
    for (let i = 0; i < n; i++) {
      pub.publish(subject, payload);
      if (i % 10_000 === 9_999) await pub.flush();
    }
    await pub.flush();
    await Promise.race([all, sleep(30_000).then(() => Promise.reject(new Error(`NATS baseline: ${got} of ${n} received`)))]);
    return { n, ms: lastAt - t0 };
  } finally {
    await pub.close();
    await sub.close();
  }
}

type Opened = Awaited<ReturnType<typeof openDb>>;

/** a: the same recipient and delivery rows (exported from ours) by COPY into scratch tables with the same columns and indexes, no foreign keys, one transaction. */
async function copyBaseline(p: Platform, id: string, o: Opened): Promise<{ ms: number; recipients: number; deliveries: number; how: string }> {
  const db = p.data.system;
  await sql`create table bench_fanout_recipients (like warning_recipients including all)`.execute(db);
  await sql`create table bench_fanout_deliveries (like warning_deliveries including all)`.execute(db);
  const rSelect = `select * from warning_recipients where warning_id = '${id}'`;
  const dSelect = `select * from warning_deliveries where warning_id = '${id}'`;
  const counts = await deliveryCounts(p, id);
  let ms: number;
  let how: string;
  if (o.pglite) {
    const rBlob = (await o.pglite.query(`copy (${rSelect}) to '/dev/blob'`)).blob!;
    const dBlob = (await o.pglite.query(`copy (${dSelect}) to '/dev/blob'`)).blob!;
    const t = perf.now();
    await o.pglite.transaction(async (tx) => {
      await tx.query(`copy bench_fanout_recipients from '/dev/blob'`, [], { blob: rBlob });
      await tx.query(`copy bench_fanout_deliveries from '/dev/blob'`, [], { blob: dBlob });
    });
    ms = perf.now() - t;
    how = "PGlite COPY FROM '/dev/blob'";
  } else {
    const client = new pg.Client({ connectionString: o.url! });
    await client.connect();
    try {
      const rText = await copyOut(client, rSelect);
      const dText = await copyOut(client, dSelect);
      const t = perf.now();
      await client.query('begin');
      await pipeline(Readable.from(rText), client.query(copyFrom('copy bench_fanout_recipients from stdin')));
      await pipeline(Readable.from(dText), client.query(copyFrom('copy bench_fanout_deliveries from stdin')));
      await client.query('commit');
      ms = perf.now() - t;
    } finally {
      await client.end();
    }
    how = 'COPY FROM STDIN (pg-copy-streams)';
  }
  const got = await sql<{ r: number; d: number }>`select (select count(*)::int from bench_fanout_recipients) as r, (select count(*)::int from bench_fanout_deliveries) as d`.execute(db);
  if (got.rows[0]!.r !== counts.recipients || got.rows[0]!.d !== counts.deliveries) throw new Error(`COPY baseline: ${JSON.stringify(got.rows[0])} rows, expected ${counts.recipients} / ${counts.deliveries}`);
  return { ms, recipients: counts.recipients, deliveries: counts.deliveries, how };
}

async function copyOut(client: pg.Client, select: string): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  await pipeline(
    client.query(copyTo(`copy (${select}) to stdout`)),
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk);
        cb();
      },
    }),
  );
  return chunks;
}

/** c: the platform's app-delivered UPDATE statement alone, for the same users, on the scratch copy (state back to 'sent' first). */
async function appUpdateBaseline(p: Platform, id: string, userIds: string[]): Promise<number> {
  const db = p.data.system;
  await sql`update bench_fanout_deliveries set state = 'sent', delivered_at = null where channel = 'app'`.execute(db);
  const t = perf.now();
  const r = await sql<{ id: string }>`update bench_fanout_deliveries set state = 'delivered', delivered_at = now()
    where warning_id = ${id} and channel = 'app' and state = 'sent' and address = any(${userIds}::text[]) returning id`.execute(db);
  const ms = perf.now() - t;
  if (r.rows.length !== userIds.length) throw new Error(`app update baseline: ${r.rows.length} rows`);
  return ms;
}

/** e (B3): the acknowledged recipients' ids by COPY into a temp table, then one UPDATE … FROM on the scratch copy. */
async function ackUpdateBaseline(p: Platform, ids: string[], o: Opened): Promise<{ n: number; ms: number }> {
  const db = p.data.system;
  await sql`update bench_fanout_recipients set acknowledged_at = null, ack_via = null, ack_by = null`.execute(db);
  const text = ids.join('\n') + '\n';
  const update = `update bench_fanout_recipients r set acknowledged_at = now(), ack_via = 'app', ack_by = 'bench', read_at = coalesce(r.read_at, now()), reached_at = coalesce(r.reached_at, now())
    from bench_ack_ids a where r.id = a.id and r.acknowledged_at is null`;
  let ms: number;
  let n: number;
  if (o.pglite) {
    const t = perf.now();
    n = await o.pglite.transaction(async (tx) => {
      await tx.exec('create temp table bench_ack_ids (id uuid) on commit drop');
      await tx.query(`copy bench_ack_ids from '/dev/blob'`, [], { blob: new Blob([text]) });
      return (await tx.query(update)).affectedRows ?? 0;
    });
    ms = perf.now() - t;
  } else {
    const client = new pg.Client({ connectionString: o.url! });
    await client.connect();
    try {
      const t = perf.now();
      await client.query('begin');
      await client.query('create temp table bench_ack_ids (id uuid) on commit drop');
      await pipeline(Readable.from([text]), client.query(copyFrom('copy bench_ack_ids from stdin')));
      n = (await client.query(update)).rowCount ?? 0;
      await client.query('commit');
      ms = perf.now() - t;
    } finally {
      await client.end();
    }
  }
  if (n !== ids.length) throw new Error(`ack update baseline: ${n} of ${ids.length} rows`);
  return { n, ms };
}

/** d: the same number of SMS straight to the simulator with the platform's gateway client (1,000 a batch, one at a time), receipts to a sink that only counts them. */
async function gatewayBaseline(url: string, n: number): Promise<{ n: number; sendMs: number; receiptsMs: number }> {
  let receipts = 0;
  let lastAt = 0;
  const sink = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      receipts += (JSON.parse(body) as { receipts?: unknown[] }).receipts?.length ?? 0;
      lastAt = wallNow();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"accepted":0}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  try {
    const channel = createGatewayChannel({ kind: 'sms', baseUrl: url, apiKey: GATEWAY_KEY, signingSecret: GATEWAY_SECRET, callbackUrl: `http://127.0.0.1:${(sink.address() as { port: number }).port}/receipts` });
    const text = '【海勃湾区应急管理局】红色预警：海勃湾区暴雨红色预警（压测）。立即转移低洼地带和危险区域群众，停止户外作业。 请回复 123456 确认收到。';
    const messages = Array.from({ length: n }, (_, i) => ({ deliveryId: randomUUID(), to: `135${String(i).padStart(8, '0')}`, text }));
    const t0 = wallNow();
    for (let i = 0; i < n; i += 2000) {
      const out = await channel.send(messages.slice(i, i + 2000));
      if (out.some((o) => !o.accepted)) throw new Error(`gateway baseline: ${out.filter((o) => !o.accepted).length} refused`);
    }
    const sendMs = wallNow() - t0;
    await until(async () => receipts >= n, 30_000, 'gateway baseline receipts');
    return { n, sendMs, receiptsMs: lastAt - t0 };
  } finally {
    sink.closeAllConnections();
    await new Promise((r) => sink.close(r));
  }
}

// ---------------------------------------------------------------- plumbing

/** Offset of each child's wall clock to ours (their time − ours), from the fastest of several round trips. */
async function clockOffset(sse: Child, gw: Child): Promise<{ sse: number; gateway: number }> {
  return { sse: await childOffset(sse, 'ping', (m) => (m as { at: number }).at), gateway: await childOffset(gw, 'stats', (m) => (m as { stats: GatewayPoint }).stats.at) };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function call(port: number, method: string, path: string, who: Session | null, body?: unknown): Promise<{ status: number; body: string; cookies: string[] }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (who) headers.cookie = who.cookie;
  if (who && method !== 'GET') headers['x-csrf-token'] = who.csrf;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers['set-cookie'] ?? [] }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function login(port: number, username: string): Promise<Session> {
  const res = await call(port, 'POST', '/api/auth/login', null, { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status} ${res.body}`);
  const jar = new Map(res.cookies.map((c) => c.split(';')[0]!.split('=') as [string, string]));
  return { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), csrf: jar.get('csrf_token') ?? '' };
}

function signatureHeaders(body: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return { 'content-type': 'application/json', 'x-gateway-timestamp': String(ts), 'x-gateway-signature': `sha256=${createHmac('sha256', GATEWAY_SECRET).update(`${ts}.${body}`).digest('hex')}` };
}

function signedPost(port: number, path: string, value: unknown) {
  const body = JSON.stringify(value);
  return new Promise<number>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path, agent, headers: signatureHeaders(body) }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function openDb(engine: Engine): Promise<{ database: Database; url: string | null; pglite: PGlite | null; drop: () => Promise<void> }> {
  if (engine === 'postgres') {
    const d = await openTestDatabase('postgres');
    if (process.env.FANOUT_EXPLAIN_MS) {
      const name = new URL(d.url!).pathname.slice(1);
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`alter database ${name} set session_preload_libraries = 'auto_explain'`);
      await c.query(`alter database ${name} set auto_explain.log_min_duration = ${Number(process.env.FANOUT_EXPLAIN_MS)}`);
      await c.query(`alter database ${name} set auto_explain.log_analyze = on`);
      await c.query(`alter database ${name} set auto_explain.log_triggers = on`);
      await c.query(`alter database ${name} set auto_explain.log_nested_statements = on`);
      await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
      await c.end();
    }
    return { database: d, url: d.url, pglite: null, drop: () => d.drop() };
  }
  // Our own PGlite (in memory) so the COPY baselines can hand it Blobs; the platform uses it through the production dialect.
  const pglite = await PGlite.create({});
  const db = new Kysely<FoundationTables>({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db);
  const database: Database = { db, engine: 'pglite', ping: async () => 0, close: () => db.destroy() };
  return { database, url: null, pglite, drop: () => database.close() };
}

async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function natsReachable(): Promise<boolean> {
  try {
    const nc = await natsConnect({ servers: NATS_URL, timeout: 1500, maxReconnectAttempts: 0 });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

async function deleteStream(stream: string) {
  const nc = await natsConnect({ servers: NATS_URL });
  await (await nc.jetstreamManager()).streams.delete(stream).catch(() => false);
  await nc.close();
}

/** FANOUT_SQL=1: time per statement kind (first table or raw SQL start), from compile to result, connection wait included. */
class SqlTimer implements KyselyPlugin {
  on = false;
  private readonly started = new WeakMap<object, { t: number; key: string }>();
  private readonly stats = new Map<string, { n: number; ms: number }>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.on) this.started.set(args.queryId, { t: perf.now(), key: keyOf(args.node) });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.started.get(args.queryId);
    if (s) {
      const e = this.stats.get(s.key) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += perf.now() - s.t;
      this.stats.set(s.key, e);
    }
    return args.result;
  }

  reset(on: boolean) {
    this.stats.clear();
    this.on = on;
  }

  print(title: string) {
    const rows = [...this.stats].sort((a, b) => b[1].ms - a[1].ms);
    console.log(`\n  ${title}: ${rows.reduce((a, [, e]) => a + e.n, 0)} statements`);
    for (const [k, e] of rows.slice(0, 15)) console.log(`    ${e.ms.toFixed(0).padStart(7)} ms ${String(e.n).padStart(5)}×  ${k}`);
  }
}

function keyOf(node: OperationNode): string {
  if (node.kind === 'RawNode') return `sql: ${(node as unknown as { sqlFragments: string[] }).sqlFragments.join('$').replace(/\s+/g, ' ').trim().slice(0, 90)}`;
  let table = '';
  const walk = (x: unknown): void => {
    if (table || typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    if (o.kind === 'TableNode') {
      table = String((o.table as { identifier?: { name?: string } }).identifier?.name ?? '');
      return;
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(node);
  return `${node.kind.replace('QueryNode', '').toLowerCase()} ${table}`;
}

// ---------------------------------------------------------------- output

function table(r: Result) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`;
  const slower = (ours: number, base: number) => `${(ours / base).toFixed(1)}× the time`;
  const share = (ours: number, base: number) => `${(ours / base).toFixed(2)}× the rate`;
  const rows: [string, string, string, string][] = [];
  const add = (figure: string, ours: string, base: string, ratio: string) => rows.push([figure, ours, base, ratio]);
  const total = r.rows.recipients + r.rows.deliveries;
  add(`a. approve → ${r.rows.recipients} recipients + ${r.rows.deliveries} deliveries committed`, s(r.approve.commitMs), `COPY same rows ${s(r.copy.ms)}`, slower(r.approve.commitMs, r.copy.ms));
  add('   approve response', s(r.approve.responseMs), r.nats.n ? `NATS ${r.nats.n} publishes ${s(r.nats.ms)}` : '—', r.nats.n ? slower(r.approve.responseMs, r.nats.ms) : '—');
  add('   rows recorded per second (to commit)', rate(total, r.approve.commitMs), `COPY ${rate(total, r.copy.ms)}`, share(r.copy.ms, r.approve.commitMs));
  for (const p of [50, 99, 100] as const) {
    add(`b. commit → callout frame at ${r.n} SSE clients, ${p === 100 ? 'max' : `p${p}`}`, `${q(r.sse, p)} ms`, `bare SSE loop ${q(r.bare, p)} ms`, slower(Number(q(r.sse, p)), Math.max(1, Number(q(r.bare, p)))));
  }
  if (r.appDelivered >= r.n) add(`c. commit → ${r.n} app deliveries recorded delivered`, s(r.appDeliveredMs), `UPDATE alone ${r.appUpdateMs.toFixed(0)} ms`, `+${((r.appDeliveredMs - Number(q(r.sse, 100))) / 1000).toFixed(2)} s after the last frame`);
  else add(`c. commit → ${r.n} app deliveries recorded delivered`, `${r.appDelivered} in 120 s`, `UPDATE alone ${r.appUpdateMs.toFixed(0)} ms`, '—');
  const all = r.dispatch.accepted >= r.dispatch.expected ? '' : ` (only ${r.dispatch.accepted} by the end)`;
  add(`d. commit → ${r.dispatch.expected} SMS+broadcast accepted by the gateway${all}`, s(r.dispatch.lastMs), `client → sim ${s(r.gateway.sendMs)}`, slower(r.dispatch.lastMs - r.dispatch.firstMs, r.gateway.sendMs));
  add('   dispatch rate (first → last accepted batch)', rate(r.dispatch.accepted, r.dispatch.lastMs - r.dispatch.firstMs), rate(r.gateway.n, r.gateway.sendMs), share(r.gateway.sendMs / r.gateway.n, (r.dispatch.lastMs - r.dispatch.firstMs) / r.dispatch.accepted));
  add(`   receipts recorded (${r.receipts.count}, first → last)`, rate(r.receipts.count, r.receipts.lastMs - r.receipts.firstMs), `sink ${rate(r.gateway.n, r.gateway.receiptsMs)}`, share(r.gateway.receiptsMs / r.gateway.n, (r.receipts.lastMs - r.receipts.firstMs) / r.receipts.count));
  const ack = (x: Post) => rate(x.sent, x.elapsedMs);
  const ackP = (x: Post) => `p50 ${percentile(Float64Array.from(x.latencies).sort(), 50).toFixed(0)} / p99 ${percentile(Float64Array.from(x.latencies).sort(), 99).toFixed(0)} ms`;
  add(`e. acks in the app (${r.acks.app.sent}, c=${ACK_CONCURRENCY}; ${ackP(r.acks.app)})`, ack(r.acks.app), `B3 UPDATE…FROM ${rate(r.ackUpdate.n, r.ackUpdate.ms)}`, share(r.ackUpdate.ms / r.ackUpdate.n, r.acks.app.elapsedMs / r.acks.app.sent));
  add(`   acks by SMS reply (${r.acks.sms.sent}; ${ackP(r.acks.sms)})`, ack(r.acks.sms), `B3 UPDATE…FROM ${rate(r.ackUpdate.n, r.ackUpdate.ms)}`, share(r.ackUpdate.ms / r.ackUpdate.n, r.acks.sms.elapsedMs / r.acks.sms.sent));
  const w = [Math.max(...rows.map((x) => x[0].length)) + 2, 12, 34];
  console.log(`\n  ${'figure'.padEnd(w[0]!)}${'ours'.padStart(w[1]!)}   ${'baseline (same run)'.padEnd(w[2]!)}ratio`);
  for (const [f, o, b, x] of rows) console.log(`  ${f.padEnd(w[0]!)}${o.padStart(w[1]!)}   ${b.padEnd(w[2]!)}${x}`);
  console.log(
    `  SMS: first batch accepted ${s(r.dispatch.firstMs)} after commit (job poller: ≤ 1 s), ${r.dispatch.rejected} refused; ${r.dispatch.jobs}; ${r.dispatch.deadlocks} deadlock(s) detected by PostgreSQL; receipts ${s(r.receipts.firstMs)}–${s(r.receipts.lastMs)} after commit, ${r.receipts.failures} callbacks refused by the platform; ` +
      `deliveries by channel ${JSON.stringify(r.rows.byChannel)}; SSE frames missing ${r.sse.missing}`,
  );
  console.log(`  load average ${os.loadavg()[0]!.toFixed(1)} at the end; server thread busy: approve → receipts ${(r.elu.fanout * 100).toFixed(0)} %, app acks ${(r.elu.acksApp * 100).toFixed(0)} %, SMS acks ${(r.elu.acksSms * 100).toFixed(0)} %; COPY: ${r.copy.how}`);
  const ok = (c: boolean) => (c ? 'met' : 'NOT met');
  const per100k = (r.approve.commitMs / r.rows.recipients) * 100_000;
  const b12 = r.copy.ms + (r.nats.n ? (r.nats.ms * (r.n + r.p)) / r.nats.n : 0);
  const b3 = (r.ackUpdate.n / r.ackUpdate.ms) * 1000;
  const acks = [r.acks.app, r.acks.sms].map((x) => (x.sent / x.elapsedMs) * 1000);
  console.log(
    `  goals (PERFORMANCE.md W2, 2 cores): 100k recorded ≤ 2 s ${ok(per100k <= 2000)} (${s(per100k)} per 100k recipients); recorded ≤ 2× (NATS + COPY) ${ok(r.approve.commitMs <= 2 * b12)} (${(r.approve.commitMs / b12).toFixed(1)}×); ` +
      `connected p99 ≤ 1 s ${ok(Number(q(r.sse, 99)) <= 1000)} (${q(r.sse, 99)} ms), 100 % ≤ 2 s ${ok(!r.sse.missing && Number(q(r.sse, 100)) <= 2000)}; ` +
      `acks ≥ 5,000/s ${ok(Math.min(...acks) >= 5000)} and ≥ 0.5× B3 ${ok(Math.min(...acks) >= 0.5 * b3)} (${acks.map((x) => x.toFixed(0)).join(' / ')} per s)`,
  );
}

function summary(rs: Result[]) {
  console.log('\n[fanout] summary');
  console.log('  engine    transport  N+P            commit   response   SSE p50/p99/max ms   bare p99   app delivered   SMS accepted   receipts/s   app acks/s   SMS acks/s');
  for (const r of rs) {
    console.log(
      `  ${r.engine.padEnd(10)}${r.transport.padEnd(11)}${`${r.n}+${r.p}`.padEnd(13)}${`${(r.approve.commitMs / 1000).toFixed(2)} s`.padStart(8)}${`${(r.approve.responseMs / 1000).toFixed(2)} s`.padStart(11)}` +
        `${`${q(r.sse, 50)}/${q(r.sse, 99)}/${q(r.sse, 100)}`.padStart(21)}${`${q(r.bare, 99)} ms`.padStart(11)}${(r.appDelivered >= r.n ? `${(r.appDeliveredMs / 1000).toFixed(2)} s` : `${r.appDelivered} of ${r.n}`).padStart(16)}${(r.dispatch.accepted >= r.dispatch.expected ? `${(r.dispatch.lastMs / 1000).toFixed(2)} s` : `${r.dispatch.accepted} of ${r.dispatch.expected}`).padStart(15)}` +
        `${Math.round((r.receipts.count / (r.receipts.lastMs - r.receipts.firstMs)) * 1000).toString().padStart(13)}${Math.round((r.acks.app.sent / r.acks.app.elapsedMs) * 1000).toString().padStart(13)}${Math.round((r.acks.sms.sent / r.acks.sms.elapsedMs) * 1000).toString().padStart(13)}`,
    );
  }
}
