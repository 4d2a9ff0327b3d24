import { sql } from 'kysely';
import type { z } from 'zod';
import type { FeatureCollection, FeaturesQuery, LocatableKind, NearestHit, NearestQuery, Speciality, TeamKind, TeamStatus } from '@shouwang/contracts';
import { requirePermission, systemActor, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { EventHub } from '../../foundation/events/event-hub.js';
import { DEFAULT_SPEED_KMH, etaMinutes, PointIndexes, type BBox } from '../../foundation/geo/point-index.js';
import { invalid } from '../../foundation/http/errors.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { registryDb, registryRepository, type FacilityRow, type TeamRow } from './registry.repository.js';
import { chinaDay } from './stock-rules.js';
import { stockDb } from './stock.repository.js';

/** What the index keeps per point: enough to filter and answer without touching the database. */
export type Located = {
  id: string;
  kind: LocatableKind;
  name: string;
  regionCode: string;
  status?: TeamStatus;
  teamKind?: TeamKind;
  specialities?: Speciality[];
  memberCount?: number;
  capacity?: number | null;
  occupancy?: number;
};

const CLUSTER_GRID = 48;
const REFRESH_EVENTS: Record<string, 'team' | 'facility' | 'warehouse'> = {
  'resources.team-changed': 'team',
  'resources.facility-changed': 'facility',
  'resources.warehouse-created': 'warehouse',
  'resources.warehouse-updated': 'warehouse',
};

const teamPoint = (t: Pick<TeamRow, 'id' | 'name' | 'kind' | 'specialities' | 'status' | 'region_code' | 'member_count'>): Located => ({
  id: t.id,
  kind: 'team',
  name: t.name,
  regionCode: t.region_code,
  status: t.status as TeamStatus,
  teamKind: t.kind as TeamKind,
  specialities: t.specialities as Speciality[],
  memberCount: Number(t.member_count),
});
const facilityPoint = (f: Pick<FacilityRow, 'id' | 'kind' | 'name' | 'region_code' | 'capacity' | 'occupancy'>): Located => ({ id: f.id, kind: f.kind as LocatableKind, name: f.name, regionCode: f.region_code, capacity: f.capacity, occupancy: f.occupancy });

/**
 * Nearest-N and viewport queries over every located resource, served from memory (PointIndex).
 * Loaded from the database at start and kept current by the resources events, which reach every
 * instance; an instance also refreshes right after its own writes, so a client reads its writes.
 * Region scope: every answer is filtered by the caller's scope (`scopeAllows`, the data layer's rule).
 */
export class ResourceLocator {
  private readonly index = new PointIndexes<LocatableKind, Located>({ rebuildThreshold: 2048 });
  private readonly system = systemActor('resources-locator');

  constructor(private readonly deps: { data: DataLayer; clock: Clock }) {}

  /**
   * Loads every point; call before serving. Reads only the columns the index keeps, a page at a time
   * (keyset on id), so a million rows never sit in memory twice.
   */
  async load(pageSize = 50_000): Promise<number> {
    const registry = registryDb(this.deps.data.read(this.system));
    const stock = stockDb(this.deps.data.read(this.system));
    const members = new Map(
      (await registry.selectFrom('resources_team_members').select(['team_id', sql<number>`count(*)`.as('n')]).where('active', '=', true).groupBy('team_id').execute()).map((r) => [r.team_id, Number(r.n)]),
    );
    let loaded = 0;
    const pages = async <R extends { id: string }>(page: (after: string) => Promise<R[]>, put: (r: R) => void) => {
      for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
        const rows = await page(after);
        rows.forEach(put);
        loaded += rows.length;
        if (rows.length < pageSize) return;
        after = rows[rows.length - 1]!.id;
      }
    };
    await pages(
      (after) =>
        registry
          .selectFrom('resources_teams')
          .select(['id', 'name', 'kind', 'specialities', 'status', 'region_code', 'lon', 'lat'])
          .where('status', '<>', 'disbanded')
          .where('id', '>', after)
          .orderBy('id')
          .limit(pageSize)
          .execute(),
      (t) => this.index.upsert('team', t.id, t.lon, t.lat, teamPoint({ ...t, member_count: members.get(t.id) ?? 0 })),
    );
    await pages(
      (after) =>
        registry.selectFrom('resources_facilities').select(['id', 'kind', 'name', 'region_code', 'lon', 'lat', 'capacity', 'occupancy']).where('id', '>', after).orderBy('id').limit(pageSize).execute(),
      (f) => this.index.upsert(f.kind as LocatableKind, f.id, f.lon, f.lat, facilityPoint(f)),
    );
    await pages(
      (after) => stock.selectFrom('resources_warehouses').select(['id', 'name', 'region_code', 'lon', 'lat']).where('id', '>', after).orderBy('id').limit(pageSize).execute(),
      (w) => this.index.upsert('warehouse', w.id, w.lon, w.lat, { id: w.id, kind: 'warehouse', name: w.name, regionCode: w.region_code }),
    );
    return loaded;
  }

  /** Keeps the index current from the events every instance receives. */
  follow(events: EventHub): () => void {
    return events.onLive((e) => {
      const what = REFRESH_EVENTS[e.type];
      const id = e.payload.id;
      if (what && typeof id === 'string') void this.refresh(what, id);
    });
  }

  /** Re-reads one record and updates (or drops) its point. */
  async refresh(what: 'team' | 'facility' | 'warehouse', id: string): Promise<void> {
    if (what === 'team') {
      const t = await registryRepository.getTeam(registryDb(this.deps.data.read(this.system)), id);
      if (!t || t.status === 'disbanded') this.index.remove(id);
      else this.index.upsert('team', id, t.lon, t.lat, teamPoint(t));
    } else if (what === 'facility') {
      const f = await registryDb(this.deps.data.read(this.system)).selectFrom('resources_facilities').selectAll().where('id', '=', id).executeTakeFirst();
      if (!f) this.index.remove(id);
      else this.index.upsert(f.kind as LocatableKind, id, f.lon, f.lat, facilityPoint(f));
    } else {
      const w = await stockDb(this.deps.data.read(this.system)).selectFrom('resources_warehouses').select(['id', 'name', 'region_code', 'lon', 'lat']).where('id', '=', id).executeTakeFirst();
      if (!w) this.index.remove(id);
      else this.index.upsert('warehouse', id, w.lon, w.lat, { id: w.id, kind: 'warehouse', name: w.name, regionCode: w.region_code });
    }
  }

  /** The n nearest points of one kind in the caller's scope, by great-circle distance. */
  async nearest(actor: Actor, q: z.output<typeof NearestQuery>): Promise<NearestHit[]> {
    requirePermission(actor, 'resource.read');
    const stock = q.kind === 'warehouse' && (q.itemId || q.supplyCode) ? await this.usableStock(actor, q) : null;
    const status = q.status ?? 'standby';
    const filter = (p: Located): boolean => {
      if (!scopeAllows(actor.scope, p.regionCode)) return false;
      if (stock && !stock.has(p.id)) return false;
      if (p.kind === 'team') {
        if (p.status !== status) return false;
        if (q.speciality && !p.specialities?.includes(q.speciality)) return false;
        if (q.teamKind && p.teamKind !== q.teamKind) return false;
      }
      if (q.minFreeCapacity && (p.capacity ?? 0) - (p.occupancy ?? 0) < q.minFreeCapacity) return false;
      return true;
    };
    const hits = this.index.nearest(q.kind, q, q.n, filter, q.maxKm ? q.maxKm * 1000 : undefined);
    const speed = q.speedKmh ?? DEFAULT_SPEED_KMH;
    return hits
      .map((h) => ({
        kind: h.item.kind,
        id: h.id,
        name: h.item.name,
        regionCode: h.item.regionCode,
        lon: h.lon,
        lat: h.lat,
        distanceMetres: Math.round(h.distanceMetres),
        etaMinutes: Math.round(etaMinutes(h.distanceMetres, speed) * 10) / 10,
        ...(h.item.kind === 'team' && { status: h.item.status, specialities: h.item.specialities, memberCount: h.item.memberCount }),
        ...(stock && { availableQuantity: stock.get(h.id) }),
        ...(h.item.capacity != null && { freeCapacity: h.item.capacity - (h.item.occupancy ?? 0) }),
      }));
  }

  /**
   * Warehouses (in scope) holding enough usable stock — not expired — of the item or code prefix.
   * Few warehouses hold a given item, so the set is small; the nearest walk then filters by it.
   */
  private async usableStock(actor: Actor, q: z.output<typeof NearestQuery>): Promise<Map<string, number>> {
    const today = chinaDay(this.deps.clock.now());
    let query = stockDb(this.deps.data.read(actor))
      .selectFrom('resources_stock_batches as b')
      .innerJoin('resources_supply_items as i', 'i.id', 'b.item_id')
      .select(['b.warehouse_id', sql<string>`sum(b.quantity)`.as('qty')])
      .where('b.quantity', '>', 0)
      .where((eb) => eb.or([eb('b.expires_on', 'is', null), eb('b.expires_on', '>=', today)]))
      .groupBy('b.warehouse_id');
    if (q.itemId) query = query.where('b.item_id', '=', q.itemId);
    if (q.supplyCode) query = query.where('i.code', 'like', `${q.supplyCode}%`);
    if (q.minQuantity) query = query.having(sql`sum(b.quantity)`, '>=', q.minQuantity);
    return new Map((await query.execute()).map((r) => [r.warehouse_id, Number(r.qty)]));
  }

  /** Points in a viewport; when more than `limit` match, grid clusters per kind instead. */
  features(actor: Actor, q: z.output<typeof FeaturesQuery>): FeatureCollection {
    requirePermission(actor, 'resource.read');
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    if (!(minLon < maxLon && minLat < maxLat)) throw invalid('BBOX_INVALID', { zh: '范围无效：应为 最小经度,最小纬度,最大经度,最大纬度', en: 'Invalid bbox: expected minLon,minLat,maxLon,maxLat' });
    const bbox: BBox = { minLon, minLat, maxLon, maxLat };
    const filter = (p: Located): boolean =>
      scopeAllows(actor.scope, p.regionCode) &&
      (p.kind !== 'team' || ((!q.status || p.status === q.status) && (!q.teamKind || p.teamKind === q.teamKind) && (!q.speciality || (p.specialities?.includes(q.speciality) ?? false))));
    const hits = this.index.within(q.kinds, bbox, Infinity, filter);
    if (hits.length <= q.limit) {
      return { type: 'FeatureCollection', total: hits.length, clustered: false, features: hits.map((h) => pointFeature(h.kind, h.id, h.lon, h.lat, h.item)) };
    }
    const cellW = (maxLon - minLon) / CLUSTER_GRID;
    const cellH = (maxLat - minLat) / CLUSTER_GRID;
    const cells = new Map<string, { kind: LocatableKind; n: number; lon: number; lat: number; first: (typeof hits)[number] }>();
    for (const h of hits) {
      const key = `${h.kind}:${Math.floor((h.lon - minLon) / cellW)}:${Math.floor((h.lat - minLat) / cellH)}`;
      const c = cells.get(key);
      if (c) {
        c.n++;
        c.lon += h.lon;
        c.lat += h.lat;
      } else cells.set(key, { kind: h.kind, n: 1, lon: h.lon, lat: h.lat, first: h });
    }
    const features = [...cells.values()].map((c) =>
      c.n === 1
        ? pointFeature(c.kind, c.first.id, c.first.lon, c.first.lat, c.first.item)
        : { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [c.lon / c.n, c.lat / c.n] as [number, number] }, properties: { kind: c.kind, id: `cluster:${c.first.id}`, name: '', cluster: true, count: c.n } },
    );
    return { type: 'FeatureCollection', total: hits.length, clustered: true, features };
  }

  /** Every point of one kind in scope with what the index keeps of it (fire stations for their circles). */
  located(actor: Actor, kind: LocatableKind): { id: string; lon: number; lat: number; item: Located }[] {
    requirePermission(actor, 'resource.read');
    return this.index.within([kind], { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 }, Infinity, (p) => scopeAllows(actor.scope, p.regionCode));
  }

  /** All points of one kind in scope (GeoJSON export of a layer). */
  all(actor: Actor, kind: LocatableKind): FeatureCollection {
    requirePermission(actor, 'resource.read');
    const hits = this.index.within([kind], { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 }, Infinity, (p) => scopeAllows(actor.scope, p.regionCode));
    return { type: 'FeatureCollection', total: hits.length, clustered: false, features: hits.map((h) => pointFeature(h.kind, h.id, h.lon, h.lat, h.item)) };
  }
}

function pointFeature(kind: LocatableKind, id: string, lon: number, lat: number, p: Located) {
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] },
    properties: { kind, id, name: p.name, cluster: false, count: 1, ...(p.status && { status: p.status }), ...(p.specialities && { specialities: p.specialities.join(',') }) },
  };
}
