// The API path of the spatial queries (issue 3, W3 in PERFORMANCE.md) on a real PostgreSQL, each beside
// a baseline measured in the same run on the same points:
// 1. ours: N synthetic teams (60 %) and facilities bulk-loaded into resources_teams/_facilities, a real
//    platform started on them (platform.start() loads the in-memory locator: timed) and listening on a
//    port; GET /api/resources/nearest and /features driven over keep-alive HTTP as demo-admin;
// 2. B1: bare PostGIS on the same team points (geography + GiST), driven by pgbench: KNN `<->` LIMIT 10
//    and a bbox `&&` returning the same ~2 % of the teams as the features boxes;
// 3. B2: bare flatbush neighbors() on the same team points, in-process (planar degrees: the cost floor).
// Needs the local PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; the
// throw-away database shouwang_bench_geo is dropped afterwards); B1 also needs PostGIS and pgbench, and is
// skipped with a message without them. BENCH_GEO_N (points, default 1M), BENCH_GEO_SECONDS (per load,
// default 10), BENCH_GEO_PROFILE=1 (CPU profile of the server thread during the c=16 nearest load and the
// unclustered features load). Node flags show in the output (e.g. NODE_OPTIONS=--max-semi-space-size=64).
// About 2.5 minutes with the defaults on 2 cores.
import { randomUUID } from 'node:crypto';
import { performance as perf } from 'node:perf_hooks';
import Flatbush from 'flatbush';
import pg from 'pg';
import { buildApp, type Platform } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { userActor } from '../server/src/foundation/auth/actor.js';
import { openDatabase, type Database } from '../server/src/foundation/db/database.js';
import { migrateToLatest } from '../server/src/foundation/db/migrate.js';
import { DEMO_PASSWORD, seed } from '../server/src/seed/seed.js';
import { rng } from '../server/test/random.js';
import { TEST_PG_URL } from '../server/test/databases.js';
import { BOX, bulkLoad, counties, featureBoxes, generatePoints } from './geo-data.js';
import { postgisBaseline } from './geo-postgis.js';
import { httpLoad } from './http-load.js';
import { forceGc, gcWatch, profiled } from './profile.js';
import { fromLatencies, measure, type Figures } from './stats.js';

const N = Number(process.env.BENCH_GEO_N ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_GEO_SECONDS ?? 10);
const WARMUP = Math.max(1, Math.min(2, Math.round(SECONDS / 5)));
const Q = 2000;
const Q_IN = 20_000; // in-process queries (cycling over the Q points): long enough to smooth out GC and noise
const DB_NAME = 'shouwang_bench_geo';
type Row = { name: string; f: Figures & { p95?: number }; note?: string };

export async function run() {
  const admin = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (e) {
    console.log(`  skipped: PostgreSQL not reachable at ${TEST_PG_URL} (${String(e)}); set TEST_DATABASE_URL`);
    return;
  }
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${DB_NAME}`;
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.query(`create database ${DB_NAME}`);
  let database: Database | null = null;
  let platform: Platform | null = null;
  try {
    database = await openDatabase({ databaseUrl: url.toString() });
    await migrateToLatest(database.db);
    platform = await benchDatabase(database, url.toString());
  } finally {
    await platform?.close();
    await database?.close();
    await admin.query(`drop database if exists ${DB_NAME} with (force)`);
    await admin.end();
  }
}

async function benchDatabase(database: Database, url: string): Promise<Platform> {
  const config = loadConfig({ SEED_DEMO: 'true', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', MQTT_PORT: 'off', BACKGROUND_WORK: 'false' });
  // First start: roles, division tree, demo accounts (and the demo resources the seed adds).
  let t = perf.now();
  const first = await buildApp({ config, database });
  await first.start();
  await seed(first, { demo: true });
  await first.close();
  const seedMs = perf.now() - t;

  t = perf.now();
  const all = counties();
  const points = generatePoints(N, 42, all);
  const teams = Math.round(N * 0.6);
  const genMs = perf.now() - t;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let loadMs: number;
  try {
    loadMs = await bulkLoad(client, points, teams);
  } finally {
    await client.end();
  }

  // Second start on the loaded tables: this is what a restart costs.
  const platform = await buildApp({ config, database });
  forceGc();
  const heapBefore = process.memoryUsage().heapUsed;
  const startGc = gcWatch();
  t = perf.now();
  await platform.start();
  const startMs = perf.now() - t;
  const startGcLine = await startGc();
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  // The loaded points sit in the index's delta until its deferred rebuild (setImmediate, after start()
  // returned) packs them into the tree: time that and the first query, which would otherwise wait for it.
  const actor = userActor({ id: randomUUID(), name: 'bench', regionCode: '150000000000', permissions: ['resource.read'] });
  t = perf.now();
  await new Promise((resolve) => setImmediate(resolve));
  await platform.services.locator.nearest(actor, { lon: 111.7, lat: 40.8, kind: 'team', n: 10 });
  const firstMs = perf.now() - t;
  forceGc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (platform.app.server.address() as { port: number }).port;

  console.log(`  ${N} points (${teams} teams, ${N - teams} facilities) over ${all.length} county-level regions; seed ${(seedMs / 1000).toFixed(1)} s, generate ${genMs.toFixed(0)} ms`);
  console.log(`  bulk load (unnest INSERT, 20k rows/statement, with indexes and FK): ${(loadMs / 1000).toFixed(1)} s = ${((N / loadMs) * 1000).toFixed(0)} rows/s`);
  console.log(`  platform.start() with the locator load: ${(startMs / 1000).toFixed(2)} s = ${((N / startMs) * 1000).toFixed(0)} points/s; ${startGcLine}`);
  console.log(`  after start(): deferred index rebuild + first nearest query ${firstMs.toFixed(0)} ms`);
  console.log(`  retained heap of the loaded locator: ${heapMb.toFixed(0)} MB (${((heapMb * 2 ** 20) / N).toFixed(0)} B/point); process RSS after start ${rssMb.toFixed(0)} MB; node flags: ${[...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim() || 'none'}`);

  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-admin', password: DEMO_PASSWORD }) });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

  const r = rng(7);
  const queries = Array.from({ length: Q }, () => ({ lon: BOX.minLon + r() * (BOX.maxLon - BOX.minLon), lat: BOX.minLat + r() * (BOX.maxLat - BOX.minLat) }));
  const nearestPaths = queries.map((q) => `/api/resources/nearest?lon=${q.lon.toFixed(5)}&lat=${q.lat.toFixed(5)}&kind=team&n=10`);
  const boxes = featureBoxes(points, teams, Math.round(teams * 0.02), all);
  const bboxParam = (b: (typeof boxes)[number]) => [b.minLon, b.minLat, b.maxLon, b.maxLat].map((v) => v.toFixed(4)).join(',');

  const rows: { ours: Row; base: Row | null }[] = [];
  const api = async (name: string, paths: string[], concurrency: number, profile = false) => {
    const elu0 = perf.eventLoopUtilization();
    const stopGc = gcWatch();
    const go = () => httpLoad({ port, paths, concurrency, seconds: SECONDS, warmupSeconds: WARMUP, headers: { cookie } });
    const res = profile ? await profiled(name, go) : await go();
    const elu = perf.eventLoopUtilization(elu0).utilization;
    const gcLine = await stopGc();
    if (res.errors) throw new Error(`${name}: ${res.errors} errors, first: ${res.firstError}`);
    const f = fromLatencies(res.latencies, res.elapsedMs);
    return { name, f, note: `server loop ${(elu * 100).toFixed(0)} % busy, ${gcLine}, ${(res.bytes / f.n / 1024).toFixed(1)} KiB/answer` };
  };

  // Ours over HTTP.
  const n2 = await api('GET nearest team n=10, c=2', nearestPaths, 2);
  const profile = process.env.BENCH_GEO_PROFILE === '1';
  const n16 = await api('GET nearest team n=10, c=16', nearestPaths, 16, profile);
  const fAll = await api(`GET features ${boxes[0]!.count} teams, limit 20000, c=2`, boxes.map((b) => `/api/resources/features?bbox=${bboxParam(b)}&kinds=team&limit=20000`), 2, profile);
  const fCl = await api('GET features same boxes, limit 10000, c=2', boxes.map((b) => `/api/resources/features?bbox=${bboxParam(b)}&kinds=team&limit=10000`), 2);
  const probe = await fetch(`http://127.0.0.1:${port}/api/resources/features?bbox=${bboxParam(boxes[0]!)}&kinds=team&limit=10000`, { headers: { cookie } });
  const probeBody = (await probe.json()) as { total: number; clustered: boolean; features: unknown[] };
  const probeAll = (await (await fetch(`http://127.0.0.1:${port}/api/resources/features?bbox=${bboxParam(boxes[0]!)}&kinds=team&limit=20000`, { headers: { cookie } })).json()) as { clustered: boolean; features: unknown[] };
  fAll.note += `; clustered=${String(probeAll.clustered)}, ${probeAll.features.length} features`;
  fCl.note += `; clustered=${String(probeBody.clustered)}: ${probeBody.total} → ${probeBody.features.length} features`;

  // In-process: the locator service without HTTP, and B2 bare flatbush on the same team points.
  const locator = platform.services.locator;
  let stopGc = gcWatch();
  const svc = await measure(Q_IN, async (i) => locator.nearest(actor, { ...queries[i % Q]!, kind: 'team', n: 10 }));
  const svcGc = await stopGc();
  const fb = new Flatbush(teams);
  for (let i = 0; i < teams; i++) fb.add(points.lon[i]!, points.lat[i]!, points.lon[i], points.lat[i]);
  fb.finish();
  const bare = await measure(Q_IN, async (i) => fb.neighbors(queries[i % Q]!.lon, queries[i % Q]!.lat, 10));
  stopGc = gcWatch();
  const svcFeat = await measure(40, async (i) => {
    const b = boxes[i % boxes.length]!;
    return locator.features(actor, { bbox: [b.minLon, b.minLat, b.maxLon, b.maxLat], kinds: ['team'], zoom: 10, limit: 20_000 });
  });
  const svcFeatGc = await stopGc();

  // B1: bare PostGIS through pgbench.
  const apiNearestIds = async (i: number) => ((await (await fetch(`http://127.0.0.1:${port}${nearestPaths[i]}`, { headers: { cookie } })).json()) as { items: { id: string }[] }).items.map((h) => h.id);
  const b1 = await postgisBaseline({ url, seconds: SECONDS, warmupSeconds: WARMUP, boxes, queries, apiNearestIds });
  rows.push({ ours: n2, base: b1 && { name: 'PostGIS KNN <-> LIMIT 10, pgbench c=2', f: b1.knn2 } });
  rows.push({ ours: n16, base: b1 && { name: 'PostGIS KNN <-> LIMIT 10, pgbench c=16', f: b1.knn16 } });
  rows.push({ ours: { name: 'locator.nearest in-process (no HTTP)', f: svc }, base: { name: 'bare flatbush neighbors() (B2)', f: bare } });
  rows.push({ ours: n2, base: { name: 'bare flatbush neighbors() (B2)', f: bare } });
  rows.push({ ours: fAll, base: b1 && { name: `PostGIS geom && envelope, pgbench c=2`, f: b1.bbox } });
  rows.push({ ours: fCl, base: b1 && { name: `PostGIS geom && envelope, pgbench c=2`, f: b1.bbox } });
  rows.push({ ours: { name: 'locator.features in-process, limit 20000', f: svcFeat }, base: b1 && { name: `PostGIS geom && envelope, pgbench c=2`, f: b1.bbox } });
  printTable(rows);
  for (const x of [n2, n16, fAll, fCl]) console.log(`  ${x.name}: ${x.note}`);
  console.log(`  locator.nearest in-process: ${svcGc}; locator.features in-process: ${svcFeatGc}`);
  if (b1) console.log(`  pgbench latency average: KNN c=2 ${b1.knn2.avgMs} ms, c=16 ${b1.knn16.avgMs} ms, bbox ${b1.bbox.avgMs} ms; ${b1.check}`);
  targets(n2, n16, [fAll, fCl], b1, bare);
  return platform;
}

function printTable(rows: { ours: Row; base: Row | null }[]) {
  const num = (v: number, d: number, w: number) => v.toFixed(d).padStart(w);
  const figs = (f: Row['f']) => num(f.perSec, 0, 9) + num(f.p50, 2, 8) + (f.p95 === undefined ? '       –' : num(f.p95, 2, 8)) + num(f.p99, 2, 8);
  console.log(`\n[geo-http] ${N} points, ${SECONDS} s per load (req/s; latency in ms)`);
  console.log('  case (ours)'.padEnd(48) + '    req/s     p50     p95     p99 | ' + 'baseline'.padEnd(42) + '    req/s     p50     p95     p99 | req/s ratio  p99 ratio');
  for (const { ours, base } of rows) {
    const b = base ? `${base.name.padEnd(42)}${figs(base.f)} | ${num(ours.f.perSec / base.f.perSec, 3, 10)}× ${num(ours.f.p99 / base.f.p99, 1, 9)}×` : 'skipped'.padEnd(42);
    console.log(`  ${ours.name}`.padEnd(48) + figs(ours.f) + ' | ' + b);
  }
}

function targets(n2: Row, n16: Row, feats: Row[], b1: Awaited<ReturnType<typeof postgisBaseline>>, b2: Figures) {
  const ok = (c: boolean) => (c ? 'met' : 'NOT met');
  console.log('\n  targets (PERFORMANCE.md W3, 2 cores, 1M features):');
  for (const x of [n2, n16]) console.log(`    ${x.name}: p99 ${x.f.p99.toFixed(1)} ms ≤ 20 ms ${ok(x.f.p99 <= 20)}; ${x.f.perSec.toFixed(0)} req/s ≥ 1000 ${ok(x.f.perSec >= 1000)}`);
  for (const x of feats) console.log(`    ${x.name}: p95 ${x.f.p95!.toFixed(1)} ms ≤ 200 ms ${ok(x.f.p95! <= 200)}`);
  const feat = feats[0]!;
  if (b1) {
    console.log(`    nearest c=2 vs B1: ${(n2.f.perSec / b1.knn2.perSec).toFixed(2)}× tps (≥ 0.5× ${ok(n2.f.perSec >= 0.5 * b1.knn2.perSec)}), p99 ${(n2.f.p99 / b1.knn2.p99).toFixed(1)}× (≤ 3× ${ok(n2.f.p99 <= 3 * b1.knn2.p99)})`);
    console.log(`    features vs bare bbox SQL: p50 ${(feat.f.p50 / b1.bbox.p50).toFixed(1)}× (≤ 2× ${ok(feat.f.p50 <= 2 * b1.bbox.p50)})`);
  }
  console.log(`    nearest c=2 vs B2 query rate: ${(n2.f.perSec / b2.perSec).toFixed(3)}× (≥ 0.3× ${ok(n2.f.perSec >= 0.3 * b2.perSec)})`);
}
