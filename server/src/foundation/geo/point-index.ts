// In-memory dynamic point index: exact k-nearest by great-circle distance and bbox search over
// WGS-84 lon/lat points, designed for ~1M points with frequent small changes.
//
// Design
// - A static packed Hilbert R-tree (flatbush, Float64 boxes) holds a snapshot of the points.
// - Changes never touch the tree: an upsert that moves a point (or adds one) puts it in a small
//   *delta* map and tombstones its old tree slot; a remove tombstones the slot (or drops it from the
//   delta). Both are O(1). An upsert that keeps the coordinates just replaces the item in place, so
//   attribute-only changes (free capacity, stock) never grow the delta.
// - Queries merge the tree and a linear scan of the delta, skipping tombstones, so they are correct
//   immediately after every change.
// - When delta + tombstones reach `rebuildThreshold`, a rebuild is scheduled with setImmediate (off
//   the caller's path, still on the event loop: ~0.5 s per 1M points); a query that finds the
//   threshold exceeded before that ran rebuilds first (lazily). `rebuild()` forces one.
//
// Nearest is exact great-circle (haversine) ranking, never planar degrees: the tree is traversed
// best-first with a lower bound of the great-circle distance from the query to each node's lon/lat
// box (the bound geokdbush uses), so a node is opened only if it could still hold something closer
// than the current n-th result. Antimeridian wrap-around is not handled (not needed in China).
//
// Filters: a filter is evaluated lazily, only on candidates that reach the front of the queue. A
// filter that rejects most points therefore makes the traversal walk outward until it has found n
// matches, i.e. cost grows like 1/selectivity and in the worst case (fewer than n matches) every
// point is examined. This is never silent: `onSlowQuery` is called when one query examines more
// than `slowQueryExamined` points. Keep one index per kind (see PointIndexes) so that filters only
// express attributes with reasonable selectivity, and pass `maxDistanceMetres` to bound the work.
import Flatbush from 'flatbush';
import { distanceMetres } from './distance.js';
import type { LonLat } from './gcj02.js';

export type BBox = { minLon: number; minLat: number; maxLon: number; maxLat: number };
export type NearestHit<T, Id = string> = { id: Id; item: T; lon: number; lat: number; distanceMetres: number };
export type BBoxHit<T, Id = string> = { id: Id; item: T; lon: number; lat: number };
export type SlowQueryInfo = { op: 'nearest' | 'within'; examined: number; size: number; returned: number };

export type PointIndexOptions = {
  /** Delta entries + tombstones that trigger a rebuild. Default: clamp(size / 128, 1024, 8192), re-evaluated per change. */
  rebuildThreshold?: number;
  /** 'deferred' (default): schedule a rebuild with setImmediate when the threshold is reached, and
   *  rebuild lazily in a query if it has not run yet. 'lazy': only in queries. 'manual': only rebuild(). */
  rebuild?: 'deferred' | 'lazy' | 'manual';
  /** Tree node size (flatbush). Default 16. */
  nodeSize?: number;
  /** Called when one query examines more than `slowQueryExamined` points (default 50 000). */
  onSlowQuery?: (info: SlowQueryInfo) => void;
  slowQueryExamined?: number;
};

export type PointIndexStats = {
  size: number;
  treeSize: number;
  delta: number;
  tombstones: number;
  rebuilds: number;
  lastRebuildMs: number;
};

type Rec<T, Id> = { id: Id; lon: number; lat: number; cosLat: number; item: T; slot: number };

const RAD = Math.PI / 180;
const EARTH_RADIUS_M = 6_371_008.8; // same mean radius as distance.ts

function hav(theta: number): number {
  const s = Math.sin(theta / 2);
  return s * s;
}

/** Haversine of the central angle for a distance in metres (monotonic in distance). */
function metresToHav(m: number): number {
  if (!(m < Math.PI * EARTH_RADIUS_M)) return Infinity;
  return hav(m / EARTH_RADIUS_M);
}

/**
 * Lower bound (as haversine of the central angle) of the great-circle distance from a point to any
 * point of a lon/lat box. Exact minimum, after geokdbush (ISC, Vladimir Agafonkin).
 */
function boxHav(lon: number, lat: number, cosLat: number, minX: number, minY: number, maxX: number, maxY: number): number {
  if (lon >= minX && lon <= maxX) {
    if (lat < minY) return hav((minY - lat) * RAD);
    if (lat > maxY) return hav((lat - maxY) * RAD);
    return 0;
  }
  // West or east of the box: the closest point lies on the nearer bounding meridian.
  const havDLon = Math.min(hav((lon - minX) * RAD), hav((lon - maxX) * RAD));
  // Latitude on that meridian closest to the query point (foot of the perpendicular great circle).
  const cosDLon = 1 - 2 * havDLon;
  const footLat = cosDLon <= 0 ? (lat > 0 ? 90 : -90) : Math.atan(Math.tan(lat * RAD) / cosDLon) / RAD;
  if (footLat > minY && footLat < maxY) return cosLat * Math.cos(footLat * RAD) * havDLon + hav((lat - footLat) * RAD);
  return Math.min(
    cosLat * Math.cos(minY * RAD) * havDLon + hav((lat - minY) * RAD),
    cosLat * Math.cos(maxY * RAD) * havDLon + hav((lat - maxY) * RAD),
  );
}

/** Binary min-heap of (id, value) pairs. */
class MinHeap {
  ids: number[] = [];
  values: number[] = [];
  length = 0;
  clear() {
    this.length = 0;
  }
  push(id: number, value: number) {
    let pos = this.length++;
    const ids = this.ids;
    const values = this.values;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pv = values[parent]!;
      if (value >= pv) break;
      ids[pos] = ids[parent]!;
      values[pos] = pv;
      pos = parent;
    }
    ids[pos] = id;
    values[pos] = value;
  }
  pop(): number {
    const ids = this.ids;
    const values = this.values;
    const top = ids[0]!;
    const n = --this.length;
    if (n > 0) {
      const id = ids[n]!;
      const value = values[n]!;
      let pos = 0;
      const half = n >> 1;
      while (pos < half) {
        let best = (pos << 1) + 1;
        const right = best + 1;
        if (right < n && values[right]! < values[best]!) best = right;
        if (values[best]! >= value) break;
        ids[pos] = ids[best]!;
        values[pos] = values[best]!;
        pos = best;
      }
      ids[pos] = id;
      values[pos] = value;
    }
    return top;
  }
}

function upperBound(value: number, arr: number[]): number {
  let i = 0;
  let j = arr.length - 1;
  while (i < j) {
    const m = (i + j) >> 1;
    if (arr[m]! > value) j = m;
    else i = m + 1;
  }
  return arr[i]!;
}

function checkLonLat(lon: number, lat: number) {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    throw new RangeError(`invalid WGS-84 coordinates lon=${lon} lat=${lat}`);
  }
}

/**
 * Dynamic point index keyed by id. Coordinates are WGS-84 lon/lat degrees. Not thread-safe (one
 * event loop); items are stored by reference. See the file comment for the design and costs.
 */
export class PointIndex<T, Id = string> {
  private readonly records = new Map<Id, Rec<T, Id>>();
  private readonly delta = new Map<Id, Rec<T, Id>>();
  private tree: Flatbush | null = null;
  private treeRecs: Rec<T, Id>[] = [];
  private treeCos = new Float64Array(0);
  private dead = new Uint8Array(0);
  private deadCount = 0;
  private scheduled = false;
  private rebuilds = 0;
  private lastRebuildMs = 0;
  private readonly heap = new MinHeap();
  private readonly opts: PointIndexOptions;

  constructor(options: PointIndexOptions = {}) {
    this.opts = options;
  }

  get size(): number {
    return this.records.size;
  }

  has(id: Id): boolean {
    return this.records.has(id);
  }

  get(id: Id): BBoxHit<T, Id> | undefined {
    const r = this.records.get(id);
    return r && { id: r.id, item: r.item, lon: r.lon, lat: r.lat };
  }

  /** Insert, move or replace. O(1). Same coordinates: the item is replaced in place. */
  upsert(id: Id, lon: number, lat: number, item: T): void {
    checkLonLat(lon, lat);
    const old = this.records.get(id);
    if (old) {
      if (old.lon === lon && old.lat === lat) {
        old.item = item;
        return;
      }
      this.drop(old);
    }
    const rec: Rec<T, Id> = { id, lon, lat, cosLat: Math.cos(lat * RAD), item, slot: -1 };
    this.records.set(id, rec);
    this.delta.set(id, rec);
    this.changed();
  }

  /** Remove by id; false if absent. O(1). */
  remove(id: Id): boolean {
    const old = this.records.get(id);
    if (!old) return false;
    this.records.delete(id);
    this.drop(old);
    this.changed();
    return true;
  }

  clear(): void {
    this.records.clear();
    this.delta.clear();
    this.tree = null;
    this.treeRecs = [];
    this.treeCos = new Float64Array(0);
    this.dead = new Uint8Array(0);
    this.deadCount = 0;
  }

  stats(): PointIndexStats {
    return { size: this.size, treeSize: this.treeRecs.length, delta: this.delta.size, tombstones: this.deadCount, rebuilds: this.rebuilds, lastRebuildMs: this.lastRebuildMs };
  }

  /** Changes not yet folded into the tree (delta entries + tombstones). */
  get pending(): number {
    return this.delta.size + this.deadCount;
  }

  get rebuildThreshold(): number {
    return this.opts.rebuildThreshold ?? Math.max(1024, Math.min(8192, this.records.size >> 7));
  }

  /** Rebuild the packed tree from all current records (synchronous; ~0.5 s per 1M points). */
  rebuild(): void {
    const t0 = performance.now();
    const n = this.records.size;
    const recs = new Array<Rec<T, Id>>(n);
    const cos = new Float64Array(n);
    let tree: Flatbush | null = null;
    if (n > 0) {
      tree = new Flatbush(n, this.opts.nodeSize ?? 16, Float64Array);
      const byInsertion = new Array<Rec<T, Id>>(n);
      let i = 0;
      for (const r of this.records.values()) {
        tree.add(r.lon, r.lat, r.lon, r.lat);
        byInsertion[i++] = r;
      }
      tree.finish();
      // Slots are leaf positions in Hilbert order, so leaf-level reads stay sequential in memory.
      const indices = tree._indices;
      for (let slot = 0; slot < n; slot++) {
        const r = byInsertion[indices[slot]! | 0]!;
        r.slot = slot;
        recs[slot] = r;
        cos[slot] = r.cosLat;
      }
    }
    this.tree = tree;
    this.treeRecs = recs;
    this.treeCos = cos;
    this.dead = new Uint8Array(n);
    this.deadCount = 0;
    this.delta.clear();
    this.rebuilds++;
    this.lastRebuildMs = performance.now() - t0;
  }

  /**
   * The n nearest points by great-circle distance, ascending, optionally only those whose item
   * passes `filter` and that lie within `maxDistanceMetres`. Fewer than n if fewer match.
   */
  nearest(point: LonLat, n: number, filter?: (item: T) => boolean, maxDistanceMetres = Infinity): NearestHit<T, Id>[] {
    checkLonLat(point.lon, point.lat);
    this.maybeRebuildBeforeQuery();
    n = Math.min(Math.floor(n), this.records.size);
    if (!(n > 0)) return [];
    const qLon = point.lon;
    const qLat = point.lat;
    const cosQ = Math.cos(qLat * RAD);
    const maxHav = metresToHav(maxDistanceMetres);

    // Sorted (ascending) best-so-far lists; `worst` is the n-th value once full, else maxHav.
    const bestHav: number[] = [];
    const bestRec: Rec<T, Id>[] = [];
    let worst = maxHav;
    let examined = 0;
    const offer = (h: number, r: Rec<T, Id>) => {
      let i = bestHav.length;
      if (i === n) {
        bestHav.pop();
        bestRec.pop();
        i--;
      }
      while (i > 0 && bestHav[i - 1]! > h) i--;
      bestHav.splice(i, 0, h);
      bestRec.splice(i, 0, r);
      if (bestHav.length === n) worst = Math.min(maxHav, bestHav[n - 1]!);
    };

    // 1. Delta: linear scan (bounded by the rebuild threshold).
    for (const r of this.delta.values()) {
      examined++;
      const h = hav((r.lat - qLat) * RAD) + cosQ * r.cosLat * hav((r.lon - qLon) * RAD);
      const full = bestHav.length === n;
      if ((full ? h < worst : h <= worst) && (filter === undefined || filter(r.item))) offer(h, r);
    }

    // 2. Tree: best-first traversal on great-circle lower bounds. Leaves are encoded odd, nodes even.
    const tree = this.tree;
    if (tree) {
      const boxes = tree._boxes;
      const indices = tree._indices;
      const levelBounds = tree._levelBounds;
      const numItems4 = tree.numItems * 4;
      const nodeSize4 = tree.nodeSize * 4;
      const dead = this.dead;
      const recs = this.treeRecs;
      const cos = this.treeCos;
      const q = this.heap;
      q.clear();
      q.push((boxes.length - 4) * 2, 0);
      while (q.length > 0) {
        const v = q.values[0]!;
        if (bestHav.length === n ? v >= worst : v > worst) break;
        const top = q.pop();
        if (top & 1) {
          const r = recs[top >> 1]!;
          examined++;
          if (filter === undefined || filter(r.item)) offer(v, r);
          continue;
        }
        const nodeIndex = top >> 1;
        const isLeafLevel = nodeIndex < numItems4;
        const end = Math.min(nodeIndex + nodeSize4, upperBound(nodeIndex, levelBounds));
        for (let pos = nodeIndex; pos < end; pos += 4) {
          let h: number;
          const slot = pos >> 2;
          if (isLeafLevel) {
            if (dead[slot] === 1) continue;
            h = hav((boxes[pos + 1]! - qLat) * RAD) + cosQ * cos[slot]! * hav((boxes[pos]! - qLon) * RAD);
          } else {
            h = boxHav(qLon, qLat, cosQ, boxes[pos]!, boxes[pos + 1]!, boxes[pos + 2]!, boxes[pos + 3]!);
          }
          if (bestHav.length === n ? h >= worst : h > worst) continue;
          q.push(isLeafLevel ? (slot << 1) | 1 : (indices[slot]! | 0) << 1, h);
        }
      }
      q.clear();
    }

    this.noteExamined('nearest', examined, bestRec.length);
    return bestRec.map((r) => ({ id: r.id, item: r.item, lon: r.lon, lat: r.lat, distanceMetres: distanceMetres(point, r) }));
  }

  /**
   * Up to `limit` points inside the box (edges inclusive) whose item passes `filter`. When more
   * match, which ones are returned is unspecified (recent changes first, then tree order): ask for
   * limit + 1 to detect truncation. Cost is proportional to the points inspected, not the index size.
   */
  within(bbox: BBox, limit: number, filter?: (item: T) => boolean): BBoxHit<T, Id>[] {
    const { minLon, minLat, maxLon, maxLat } = bbox;
    if (![minLon, minLat, maxLon, maxLat].every(Number.isFinite) || minLon > maxLon || minLat > maxLat) {
      throw new RangeError('invalid bbox');
    }
    this.maybeRebuildBeforeQuery();
    const out: BBoxHit<T, Id>[] = [];
    if (!(limit > 0)) return out;
    let examined = 0;
    for (const r of this.delta.values()) {
      if (r.lon < minLon || r.lon > maxLon || r.lat < minLat || r.lat > maxLat) continue;
      examined++;
      if (filter === undefined || filter(r.item)) {
        out.push({ id: r.id, item: r.item, lon: r.lon, lat: r.lat });
        if (out.length >= limit) break;
      }
    }
    const tree = this.tree;
    if (tree && out.length < limit) {
      const boxes = tree._boxes;
      const indices = tree._indices;
      const levelBounds = tree._levelBounds;
      const nodeSize4 = tree.nodeSize * 4;
      const numItems4 = tree.numItems * 4;
      const dead = this.dead;
      const recs = this.treeRecs;
      const stack: number[] = [boxes.length - 4, levelBounds.length - 1];
      outer: while (stack.length > 0) {
        const level = stack.pop()!;
        const nodeIndex = stack.pop()!;
        const end = Math.min(nodeIndex + nodeSize4, levelBounds[level]!);
        const isLeafLevel = nodeIndex < numItems4;
        for (let pos = nodeIndex; pos < end; pos += 4) {
          if (maxLon < boxes[pos]! || maxLat < boxes[pos + 1]! || minLon > boxes[pos + 2]! || minLat > boxes[pos + 3]!) continue;
          if (!isLeafLevel) {
            stack.push(indices[pos >> 2]! | 0, level - 1);
            continue;
          }
          if (dead[pos >> 2] === 1) continue;
          const r = recs[pos >> 2]!;
          examined++;
          if (filter === undefined || filter(r.item)) {
            out.push({ id: r.id, item: r.item, lon: r.lon, lat: r.lat });
            if (out.length >= limit) break outer;
          }
        }
      }
    }
    this.noteExamined('within', examined, out.length);
    return out;
  }

  private drop(old: Rec<T, Id>) {
    if (old.slot >= 0) {
      this.dead[old.slot] = 1;
      this.deadCount++;
      old.slot = -1;
    } else {
      this.delta.delete(old.id);
    }
  }

  private changed() {
    if (this.scheduled || this.pending < this.rebuildThreshold) return;
    if ((this.opts.rebuild ?? 'deferred') !== 'deferred') return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.pending >= this.rebuildThreshold) this.rebuild();
    }).unref();
  }

  private maybeRebuildBeforeQuery() {
    if (this.opts.rebuild === 'manual') return;
    if (this.pending >= this.rebuildThreshold) this.rebuild();
  }

  private noteExamined(op: SlowQueryInfo['op'], examined: number, returned: number) {
    if (this.opts.onSlowQuery && examined > (this.opts.slowQueryExamined ?? 50_000)) {
      this.opts.onSlowQuery({ op, examined, size: this.size, returned });
    }
  }
}

/**
 * One PointIndex per kind (teams, warehouses, shelters, ...), so that a query for one kind never
 * walks past points of the others and filters only carry attribute predicates. An id belongs to one
 * kind at a time: upserting it under another kind moves it.
 */
export class PointIndexes<K extends string, T, Id = string> {
  private readonly byKind = new Map<K, PointIndex<T, Id>>();
  private readonly kindOf = new Map<Id, K>();

  constructor(private readonly options: PointIndexOptions = {}) {}

  /** The index for a kind (created empty on first use). */
  of(kind: K): PointIndex<T, Id> {
    let idx = this.byKind.get(kind);
    if (!idx) {
      idx = new PointIndex<T, Id>(this.options);
      this.byKind.set(kind, idx);
    }
    return idx;
  }

  upsert(kind: K, id: Id, lon: number, lat: number, item: T): void {
    const prev = this.kindOf.get(id);
    if (prev !== undefined && prev !== kind) this.byKind.get(prev)?.remove(id);
    this.of(kind).upsert(id, lon, lat, item);
    this.kindOf.set(id, kind);
  }

  remove(id: Id): boolean {
    const kind = this.kindOf.get(id);
    if (kind === undefined) return false;
    this.kindOf.delete(id);
    return this.byKind.get(kind)?.remove(id) ?? false;
  }

  nearest(kind: K, point: LonLat, n: number, filter?: (item: T) => boolean, maxDistanceMetres?: number): NearestHit<T, Id>[] {
    return this.byKind.get(kind)?.nearest(point, n, filter, maxDistanceMetres) ?? [];
  }

  /** Points of the given kinds inside the box, up to `limit` in total (kinds in the order given). */
  within(kinds: readonly K[], bbox: BBox, limit: number, filter?: (item: T) => boolean): (BBoxHit<T, Id> & { kind: K })[] {
    const out: (BBoxHit<T, Id> & { kind: K })[] = [];
    for (const kind of kinds) {
      const idx = this.byKind.get(kind);
      if (!idx || out.length >= limit) continue;
      for (const h of idx.within(bbox, limit - out.length, filter)) out.push({ ...h, kind });
    }
    return out;
  }
}

/** Default average speed for a straight-line ETA, km/h (mixed rural roads in Inner Mongolia). */
export const DEFAULT_SPEED_KMH = 60;
/** Default ratio of road distance to great-circle distance (typical circuity of road networks 1.2–1.4). */
export const DEFAULT_DETOUR_FACTOR = 1.3;

/**
 * Rough travel time in minutes: straight-line (great-circle) distance × detour factor ÷ speed.
 * An estimate for ranking and display, not routing: it ignores the road network, terrain, traffic
 * and closures. Pass the vehicle's speed (and 1 as detour factor for aircraft).
 */
export function etaMinutes(distanceMetres: number, speedKmh = DEFAULT_SPEED_KMH, detourFactor = DEFAULT_DETOUR_FACTOR): number {
  if (!(distanceMetres >= 0) || !(speedKmh > 0) || !(detourFactor >= 1)) {
    throw new RangeError(`etaMinutes: bad arguments (${distanceMetres} m, ${speedKmh} km/h, ×${detourFactor})`);
  }
  return ((distanceMetres * detourFactor) / 1000 / speedKmh) * 60;
}
