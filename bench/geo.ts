// Spatial index (foundation/geo/point-index) on 1M synthetic points in Inner Mongolia, each beside a
// baseline measured in the same run on the same points:
// 1. build: our index (1M upserts + packed rebuild) vs a bare flatbush add/finish;
// 2. nearest-10 by great-circle distance vs bare flatbush neighbors() (planar degrees, so not the
//    same answer; the cost floor), plus a brute-force haversine scan over 100k as a sanity reference;
// 3. a bbox returning ~10k features vs bare flatbush search();
// 4. moves (upserts) per second including the rebuilds they trigger, then queries checked against a
//    brute-force oracle; and nearest-10 latency with a full delta (just below the rebuild threshold).
import Flatbush from 'flatbush';
import { distanceMetres } from '../server/src/foundation/geo/distance.js';
import { PointIndex } from '../server/src/foundation/geo/point-index.js';
import { type Figures, measure, report } from './stats.js';
import { rng } from '../server/test/random.js';

const N = Number(process.env.BENCH_GEO_N ?? 1_000_000);
const Q = Number(process.env.BENCH_GEO_Q ?? 2000);

const once = (ms: number, items = 1): Figures => ({ n: 1, totalMs: ms, perSec: (items / ms) * 1000, p50: ms, p99: ms });

type Item = { kind: number };

export async function run() {
  const r = rng(42);
  const lon = new Float64Array(N);
  const lat = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    lon[i] = 97 + r() * 29;
    lat[i] = 37 + r() * 16;
  }
  const items: Item[] = Array.from({ length: N }, (_, i) => ({ kind: i % 3 }));
  const ids = Array.from({ length: N }, (_, i) => `p${i}`);
  const queries = Array.from({ length: Q }, () => ({ lon: 97 + r() * 29, lat: 37 + r() * 16 }));

  // 1. Build
  let t = performance.now();
  const fb = new Flatbush(N);
  for (let i = 0; i < N; i++) fb.add(lon[i]!, lat[i]!, lon[i], lat[i]);
  fb.finish();
  const fbBuild = performance.now() - t;

  t = performance.now();
  const idx = new PointIndex<Item>({ rebuild: 'lazy' });
  for (let i = 0; i < N; i++) idx.upsert(ids[i]!, lon[i]!, lat[i]!, items[i]!);
  const upsertMs = performance.now() - t;
  idx.rebuild();
  const ourBuild = performance.now() - t;
  report(`[geo] build, ${N} points (points/s; p50/p99 = total ms)`, [
    { name: 'bare flatbush add + finish (baseline)', f: once(fbBuild, N) },
    { name: 'PointIndex: upserts + packed rebuild', f: once(ourBuild, N) },
  ], 'bare flatbush add + finish (baseline)');
  console.log(`  of which upserts into the delta: ${upsertMs.toFixed(0)} ms; rebuild alone: ${idx.stats().lastRebuildMs.toFixed(0)} ms`);

  // 2. Nearest 10
  const bare = await measure(Q, async (i) => fb.neighbors(queries[i]!.lon, queries[i]!.lat, 10));
  const ours = await measure(Q, async (i) => idx.nearest(queries[i]!, 10));
  const thirdKind = await measure(Q, async (i) => idx.nearest(queries[i]!, 10, (it) => it.kind === 0));
  const within50 = await measure(Q, async (i) => idx.nearest(queries[i]!, 10, undefined, 50_000));
  const B = Math.min(100_000, N);
  const brute = await measure(100, async (i) => {
    const q = queries[i]!;
    const best: number[] = [];
    for (let j = 0; j < B; j++) {
      const d = distanceMetres(q, { lon: lon[j]!, lat: lat[j]! });
      if (best.length < 10 || d < best[9]!) {
        best.push(d);
        best.sort((a, b) => a - b);
        if (best.length > 10) best.pop();
      }
    }
    return best;
  });
  report(`[geo] nearest 10 around random points (n=${Q})`, [
    { name: 'bare flatbush neighbors(), planar (baseline)', f: bare },
    { name: 'PointIndex.nearest, great-circle', f: ours },
    { name: 'PointIndex.nearest, filter kind (1/3 pass)', f: thirdKind },
    { name: 'PointIndex.nearest, maxDistance 50 km', f: within50 },
    { name: `brute-force haversine scan over ${B}`, f: brute },
  ], 'bare flatbush neighbors(), planar (baseline)');

  // 3. BBox with ~10k features: density N / (29° × 16°)
  const area = 10_000 / (N / (29 * 16));
  const h = Math.sqrt(area / 1.45);
  const w = area / h;
  const boxes = Array.from({ length: 200 }, () => {
    const minLon = 97 + r() * (29 - w);
    const minLat = 37 + r() * (16 - h);
    return { minLon, minLat, maxLon: minLon + w, maxLat: minLat + h };
  });
  let total = 0;
  const fbBox = await measure(boxes.length, async (i) => {
    const b = boxes[i]!;
    const res = fb.search(b.minLon, b.minLat, b.maxLon, b.maxLat);
    total += res.length;
    return res;
  });
  const ourBox = await measure(boxes.length, async (i) => idx.within(boxes[i]!, 20_000));
  report(`[geo] bbox ${w.toFixed(2)}° × ${h.toFixed(2)}°, mean ${(total / boxes.length).toFixed(0)} features (n=${boxes.length})`, [
    { name: 'bare flatbush search() (baseline)', f: fbBox },
    { name: 'PointIndex.within, limit 20k', f: ourBox },
  ], 'bare flatbush search() (baseline)');

  // 4. Updates: moves of random points, one nearest query per 100 moves (so lazy rebuilds happen
  //    on the query path as they would in the server), then check against a brute-force oracle.
  const U = Number(process.env.BENCH_GEO_U ?? 50_000);
  const rebuildsBefore = idx.stats().rebuilds;
  t = performance.now();
  for (let k = 0; k < U; k++) {
    const i = Math.floor(r() * N);
    lon[i] = 97 + r() * 29;
    lat[i] = 37 + r() * 16;
    idx.upsert(ids[i]!, lon[i], lat[i], items[i]!);
    if (k % 100 === 99) idx.nearest(queries[k % Q]!, 10);
  }
  const updMs = performance.now() - t;
  const rebuilds = idx.stats().rebuilds - rebuildsBefore;
  t = performance.now();
  for (let k = 0; k < U; k++) {
    const i = Math.floor(r() * N);
    idx.upsert(ids[i]!, lon[i]!, lat[i]!, { kind: k % 3 });
  }
  const attrMs = performance.now() - t;
  const bareMoves = new Map<string, number>();
  t = performance.now();
  for (let k = 0; k < U; k++) bareMoves.set(ids[Math.floor(r() * N)]!, k);
  const mapMs = performance.now() - t;
  report(`[geo] ${U} updates on ${N} points (updates/s; p50/p99 = total ms)`, [
    { name: 'bare Map.set (baseline)', f: once(mapMs, U) },
    { name: `moves + 1 nearest/100, ${rebuilds} rebuilds`, f: once(updMs, U) },
    { name: 'attribute-only upserts (same coordinates)', f: once(attrMs, U) },
  ], 'bare Map.set (baseline)');

  let checked = 0;
  for (let k = 0; k < 20; k++) {
    const q = queries[k]!;
    const got = idx.nearest(q, 10);
    const want: number[] = [];
    for (let j = 0; j < N; j++) want.push(distanceMetres(q, { lon: lon[j]!, lat: lat[j]! }));
    const top = want.sort((a, b) => a - b).slice(0, 10);
    for (let m = 0; m < 10; m++) if (Math.abs(top[m]! - got[m]!.distanceMetres) > 1e-6) throw new Error(`nearest mismatch at query ${k} rank ${m}`);
    checked++;
  }
  console.log(`  after the updates: ${checked} nearest-10 queries identical to a brute-force haversine scan of all ${N} points`);

  // Query cost with a full delta (manual rebuild so the delta stays just below the default threshold).
  const manual = new PointIndex<Item>({ rebuild: 'manual' });
  for (let i = 0; i < N; i++) manual.upsert(ids[i]!, lon[i]!, lat[i]!, items[i]!);
  manual.rebuild();
  const pending = idx.rebuildThreshold - 1;
  for (let k = 0; k < pending; k++) {
    const i = Math.floor(r() * N);
    manual.upsert(ids[i]!, 97 + r() * 29, 37 + r() * 16, items[i]!);
  }
  const clean = await measure(Q, async (i) => idx.nearest(queries[i]!, 10));
  const dirty = await measure(Q, async (i) => manual.nearest(queries[i]!, 10));
  report(`[geo] nearest 10 with pending changes (n=${Q})`, [
    { name: 'PointIndex.nearest, freshly rebuilt (baseline)', f: clean },
    { name: `PointIndex.nearest, ${manual.pending} pending changes`, f: dirty },
  ], 'PointIndex.nearest, freshly rebuilt (baseline)');
}
