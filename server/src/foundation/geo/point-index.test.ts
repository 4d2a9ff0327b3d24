import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceMetres } from './distance.js';
import type { LonLat } from './gcj02.js';
import { type BBox, etaMinutes, PointIndex, PointIndexes } from './point-index.js';
import { rng } from '../../../test/random.js';

type Item = { kind: 'team' | 'warehouse' | 'shelter'; free: number };

const KINDS = ['team', 'warehouse', 'shelter'] as const;

function randomPoint(r: () => number): LonLat {
  return { lon: 97 + r() * 29, lat: 37 + r() * 16 };
}

function randomItem(r: () => number): Item {
  return { kind: KINDS[Math.floor(r() * 3)]!, free: Math.floor(r() * 100) };
}

type Truth = Map<string, { lon: number; lat: number; item: Item }>;

function bruteNearest(truth: Truth, q: LonLat, n: number, filter?: (i: Item) => boolean, maxD = Infinity) {
  return [...truth.entries()]
    .filter(([, v]) => filter === undefined || filter(v.item))
    .map(([id, v]) => ({ id, d: distanceMetres(q, v) }))
    .filter((x) => x.d <= maxD)
    .sort((a, b) => a.d - b.d)
    .slice(0, n);
}

/** Compares distances (ids may legitimately differ only on exact ties). */
function assertNearest(idx: PointIndex<Item>, truth: Truth, q: LonLat, n: number, filter?: (i: Item) => boolean, maxD?: number) {
  const got = idx.nearest(q, n, filter, maxD);
  const want = bruteNearest(truth, q, n, filter, maxD);
  assert.equal(got.length, want.length, `count for n=${n}`);
  for (let i = 0; i < got.length; i++) {
    assert.ok(Math.abs(got[i]!.distanceMetres - want[i]!.d) < 1e-6, `rank ${i}: ${got[i]!.distanceMetres} vs ${want[i]!.d}`);
    const t = truth.get(got[i]!.id)!;
    assert.ok(t, 'returned id exists');
    assert.equal(got[i]!.item, t.item);
    assert.ok(Math.abs(distanceMetres(q, t) - got[i]!.distanceMetres) < 1e-6);
    if (filter) assert.ok(filter(got[i]!.item));
  }
}

function bruteWithin(truth: Truth, b: BBox, filter?: (i: Item) => boolean) {
  return [...truth.entries()]
    .filter(([, v]) => v.lon >= b.minLon && v.lon <= b.maxLon && v.lat >= b.minLat && v.lat <= b.maxLat && (filter === undefined || filter(v.item)))
    .map(([id]) => id)
    .sort();
}

function build(count: number, seed: number, opts?: ConstructorParameters<typeof PointIndex<Item>>[0]) {
  const r = rng(seed);
  const idx = new PointIndex<Item>({ rebuild: 'manual', ...opts });
  const truth: Truth = new Map();
  for (let i = 0; i < count; i++) {
    const p = randomPoint(r);
    const item = randomItem(r);
    idx.upsert(`p${i}`, p.lon, p.lat, item);
    truth.set(`p${i}`, { ...p, item });
  }
  return { idx, truth, r };
}

describe('PointIndex (great-circle nearest, bbox)', () => {
  it('nearest matches a brute-force haversine oracle, with filters, radius and n > size', () => {
    const { idx, truth, r } = build(3000, 1);
    idx.rebuild();
    for (let k = 0; k < 200; k++) {
      const q = randomPoint(r);
      const n = [1, 5, 10, 50][k % 4]!;
      assertNearest(idx, truth, q, n);
      assertNearest(idx, truth, q, n, (i) => i.kind === 'shelter' && i.free > 50);
      assertNearest(idx, truth, q, n, (i) => i.free === 7); // ~1% selectivity
      assertNearest(idx, truth, q, n, undefined, 50_000 + r() * 150_000);
    }
    assertNearest(idx, truth, { lon: 110, lat: 45 }, 5000);
    assertNearest(idx, truth, { lon: 110, lat: 45 }, 10, () => false);
    assert.equal(idx.nearest({ lon: 110, lat: 45 }, 0).length, 0);
    assert.equal(new PointIndex<Item>().nearest({ lon: 110, lat: 45 }, 3).length, 0);
  });

  it('is correct right after upserts, moves and removes, before and after a rebuild', () => {
    const { idx, truth, r } = build(2000, 2);
    idx.rebuild();
    const check = () => {
      for (let k = 0; k < 40; k++) {
        const q = randomPoint(r);
        assertNearest(idx, truth, q, 10);
        assertNearest(idx, truth, q, 3, (i) => i.kind === 'team');
      }
      const b = { minLon: 100 + r() * 20, minLat: 38 + r() * 10, maxLon: 0, maxLat: 0 };
      b.maxLon = b.minLon + r() * 5;
      b.maxLat = b.minLat + r() * 4;
      assert.deepEqual(idx.within(b, 1e9).map((h) => h.id).sort(), bruteWithin(truth, b));
      assert.equal(idx.size, truth.size);
    };
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 300; k++) {
        const op = r();
        const id = `p${Math.floor(r() * 2600)}`;
        if (op < 0.4) {
          const p = randomPoint(r);
          const item = randomItem(r);
          idx.upsert(id, p.lon, p.lat, item);
          truth.set(id, { ...p, item });
        } else if (op < 0.6 && truth.has(id)) {
          // attribute-only change, same coordinates
          const t = truth.get(id)!;
          const item = randomItem(r);
          idx.upsert(id, t.lon, t.lat, item);
          truth.set(id, { ...t, item });
        } else {
          assert.equal(idx.remove(id), truth.delete(id));
        }
      }
      assert.ok(idx.pending > 0);
      check();
      idx.rebuild();
      assert.equal(idx.pending, 0);
      check();
    }

    // A point moved next to the query wins immediately; once removed it is gone immediately.
    const q = { lon: 111.67, lat: 40.82 };
    idx.upsert('mover', 111.6701, 40.8201, { kind: 'team', free: 1 });
    truth.set('mover', { lon: 111.6701, lat: 40.8201, item: { kind: 'team', free: 1 } });
    assert.equal(idx.nearest(q, 1)[0]!.id, 'mover');
    idx.rebuild();
    idx.upsert('mover', 125, 52, { kind: 'team', free: 1 });
    truth.set('mover', { lon: 125, lat: 52, item: { kind: 'team', free: 1 } });
    assert.notEqual(idx.nearest(q, 1)[0]!.id, 'mover');
    assertNearest(idx, truth, q, 10);
    idx.remove('mover');
    truth.delete('mover');
    assertNearest(idx, truth, { lon: 125, lat: 52 }, 10);
  });

  it('rebuilds on its own when the delta reaches the threshold (lazily and deferred)', async () => {
    const lazy = new PointIndex<Item>({ rebuild: 'lazy', rebuildThreshold: 100 });
    const deferred = new PointIndex<Item>({ rebuildThreshold: 100 });
    const r = rng(3);
    const truth: Truth = new Map();
    for (let i = 0; i < 250; i++) {
      const p = randomPoint(r);
      const item = randomItem(r);
      lazy.upsert(`p${i}`, p.lon, p.lat, item);
      deferred.upsert(`p${i}`, p.lon, p.lat, item);
      truth.set(`p${i}`, { ...p, item });
    }
    assert.equal(lazy.stats().rebuilds, 0);
    assertNearest(lazy, truth, { lon: 110, lat: 42 }, 5);
    assert.equal(lazy.stats().rebuilds, 1);
    assert.equal(lazy.pending, 0);
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(deferred.stats().rebuilds >= 1);
    assertNearest(deferred, truth, { lon: 110, lat: 42 }, 5);
  });

  it('ranks by great-circle distance at high latitude, where planar degrees would be wrong', () => {
    // At 52°N a degree of longitude is ~68.6 km, a degree of latitude ~111 km.
    // A: 0.9° east (~62 km); B: 0.7° north (~78 km). Planar degrees would pick B first.
    const idx = new PointIndex<string>();
    const q = { lon: 122.0, lat: 52.0 };
    idx.upsert('A', 122.9, 52.0, 'east');
    idx.upsert('B', 122.0, 52.7, 'north');
    for (const when of ['delta', 'tree']) {
      if (when === 'tree') idx.rebuild();
      const got = idx.nearest(q, 2);
      assert.deepEqual(got.map((h) => h.id), ['A', 'B'], when);
      assert.ok(got[0]!.distanceMetres < got[1]!.distanceMetres);
      assert.ok(Math.hypot(0.9, 0) > Math.hypot(0, 0.7)); // planar order is the opposite
    }
    // Same effect inside a large tree: many northern decoys must not hide the eastern point.
    const big = new PointIndex<string>({ rebuild: 'manual' });
    for (let i = 0; i < 5000; i++) big.upsert(`n${i}`, 121 + (i % 100) * 0.02, 52.7 + Math.floor(i / 100) * 0.01, 'decoy');
    big.upsert('A', 122.9, 52.0, 'east');
    big.rebuild();
    assert.equal(big.nearest(q, 1)[0]!.id, 'A');
  });

  it('bbox queries match brute force, honour limit and filter, include edges', () => {
    const { idx, truth, r } = build(5000, 4);
    idx.rebuild();
    for (let k = 0; k < 100; k++) {
      const minLon = 97 + r() * 29;
      const minLat = 37 + r() * 16;
      const b = { minLon, minLat, maxLon: minLon + r() * 8, maxLat: minLat + r() * 5 };
      assert.deepEqual(idx.within(b, 1e9).map((h) => h.id).sort(), bruteWithin(truth, b));
      const f = (i: Item) => i.kind === 'warehouse';
      assert.deepEqual(idx.within(b, 1e9, f).map((h) => h.id).sort(), bruteWithin(truth, b, f));
      const all = bruteWithin(truth, b);
      const limited = idx.within(b, 10);
      assert.equal(limited.length, Math.min(10, all.length));
      for (const h of limited) assert.ok(all.includes(h.id));
    }
    const edge = new PointIndex<string>();
    edge.upsert('corner', 110, 40, 'x');
    assert.equal(edge.within({ minLon: 110, minLat: 40, maxLon: 111, maxLat: 41 }, 10).length, 1);
    edge.rebuild();
    assert.equal(edge.within({ minLon: 109, minLat: 39, maxLon: 110, maxLat: 40 }, 10).length, 1);
    assert.throws(() => edge.within({ minLon: 111, minLat: 40, maxLon: 110, maxLat: 41 }, 10), RangeError);
    assert.throws(() => edge.upsert('bad', 200, 40, 'x'), RangeError);
  });

  it('reports queries that examine too many points instead of degrading silently', () => {
    const seen: number[] = [];
    const { idx, truth } = build(3000, 5, { onSlowQuery: (i) => seen.push(i.examined), slowQueryExamined: 1000 });
    idx.rebuild();
    assertNearest(idx, truth, { lon: 110, lat: 45 }, 5);
    assert.equal(seen.length, 0);
    assertNearest(idx, truth, { lon: 110, lat: 45 }, 5, () => false);
    assert.equal(seen.length, 1);
    assert.ok(seen[0]! >= 3000);
  });

  it('PointIndexes keeps one index per kind and moves ids between kinds', () => {
    const all = new PointIndexes<'team' | 'shelter', string>();
    all.upsert('team', 't1', 111.6, 40.8, 'team 1');
    all.upsert('shelter', 's1', 111.61, 40.81, 'shelter 1');
    assert.deepEqual(all.nearest('team', { lon: 111.6, lat: 40.8 }, 5).map((h) => h.id), ['t1']);
    all.upsert('shelter', 't1', 111.6, 40.8, 'now a shelter');
    assert.equal(all.nearest('team', { lon: 111.6, lat: 40.8 }, 5).length, 0);
    assert.deepEqual(all.nearest('shelter', { lon: 111.6, lat: 40.8 }, 5).map((h) => h.id), ['t1', 's1']);
    const box = { minLon: 111, minLat: 40, maxLon: 112, maxLat: 41 };
    assert.equal(all.within(['team', 'shelter'], box, 10).length, 2);
    assert.equal(all.within(['team', 'shelter'], box, 1).length, 1);
    assert.equal(all.remove('t1'), true);
    assert.equal(all.remove('t1'), false);
    assert.equal(all.of('shelter').size, 1);
  });

  it('etaMinutes: straight line × detour factor ÷ speed', () => {
    assert.equal(etaMinutes(60_000, 60, 1), 60);
    assert.ok(Math.abs(etaMinutes(100_000) - 130) < 1e-9); // 100 km × 1.3 at 60 km/h
    assert.equal(etaMinutes(0), 0);
    assert.throws(() => etaMinutes(1000, 0), RangeError);
    assert.throws(() => etaMinutes(-1), RangeError);
  });
});
