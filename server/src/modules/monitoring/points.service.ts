import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import { thresholdsOrdered, type MonitoringPoint, type PointCreate, type PointListQuery, type PointState, type PointUpdate, type Series, type SparklinesQuery } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { translateUniqueViolation } from '../../foundation/db/unique-violation.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import type { HazardSourceLookup } from '../enterprises/index.js';
import { hazardSourceUnknown, pointCodeTaken, pointNotFound, seriesRangeInvalid, thresholdsUnordered } from './monitoring.errors.js';
import type { MonitoringTables } from './monitoring.tables.js';

type M = Kysely<MonitoringTables>;
const mdb = (db: Kysely<FoundationTables>): M => moduleDb<MonitoringTables>(db);
type Create = z.output<typeof PointCreate>;
type Update = z.output<typeof PointUpdate>;
type ListQuery = z.output<typeof PointListQuery>;
export const POINT_CHANGED = 'monitoring.point-changed';

type Row = Selectable<MonitoringTables['monitoring_points']> & { value: number | null; ts: Date | null; state: string | null; open_alarms: number | string };

function points(db: M, f: Partial<ListQuery> & { ids?: string[]; sourceIds?: string[] }) {
  let q = db.selectFrom('monitoring_points as p').leftJoin('monitoring_latest as l', 'l.point_id', 'p.id');
  if (f.ids) q = q.where('p.id', 'in', f.ids.length ? f.ids : [randomUUID()]);
  if (f.sourceIds) q = q.where('p.hazard_source_id', 'in', f.sourceIds.length ? f.sourceIds : [randomUUID()]);
  if (f.regionCode) q = q.where((eb) => eb.between('p.region_code', ...subtreeRange(f.regionCode ?? '')));
  if (f.assetKind) q = q.where('p.asset_kind', '=', f.assetKind);
  if (f.hazardSourceId) q = q.where('p.hazard_source_id', '=', f.hazardSourceId);
  if (f.state === 'offline') q = q.where('l.state', '=', 'offline');
  if (f.state === 'normal') q = q.where('l.state', '=', 'normal');
  if (f.state === 'alarm') q = q.where('l.state', 'in', ['LL', 'L', 'H', 'HH', 'RATE']);
  if (f.q) q = q.where((eb) => eb.or([eb('p.name', 'like', containsPattern(f.q ?? '')), eb('p.code', 'like', containsPattern(f.q ?? '')), eb('p.asset_name', 'like', containsPattern(f.q ?? ''))]));
  return q;
}
const openAlarms = sql<number>`(select count(*) from monitoring_alarms a where a.point_id = p.id and a.status <> 'closed')`.as('open_alarms');

/** Monitoring points (C1): what is measured where, against which limits, and its latest value. */
export function createPointsService(deps: { data: DataLayer; clock: Clock; sources: HazardSourceLookup; changed: (id: string) => Promise<void> }) {
  const { data, sources } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'alarm.read');
    return data.read(actor);
  };

  async function present(db: Kysely<FoundationTables>, rows: Row[]): Promise<MonitoringPoint[]> {
    const sourceIds = [...new Set(rows.map((r) => r.hazard_source_id).filter((x): x is string => !!x))];
    const found = new Map((await sources.sourcesByIds(db, sourceIds)).map((s) => [s.id, s]));
    return rows.map((r) => {
      const s = r.hazard_source_id ? found.get(r.hazard_source_id) : undefined;
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        regionCode: r.region_code,
        assetKind: r.asset_kind as MonitoringPoint['assetKind'],
        assetName: r.asset_name,
        hazardSourceId: r.hazard_source_id,
        hazardSourceName: s?.name ?? null,
        enterpriseId: s?.enterpriseId ?? null,
        enterpriseName: s?.enterpriseName ?? null,
        quantity: r.quantity as MonitoringPoint['quantity'],
        unit: r.unit,
        lon: r.lon,
        lat: r.lat,
        thresholds: { ll: r.ll, l: r.l, h: r.h, hh: r.hh },
        deadband: r.deadband,
        minDurationSeconds: r.min_duration_s,
        rateLimitPerMinute: r.rate_per_minute,
        expectedIntervalSeconds: r.expected_interval_s,
        enabled: r.enabled,
        value: r.value,
        ts: r.ts ? r.ts.toISOString() : null,
        state: (r.state ?? 'no_data') as PointState,
        openAlarms: Number(r.open_alarms),
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      };
    });
  }

  async function pointIn(db: Kysely<FoundationTables>, id: string): Promise<MonitoringPoint> {
    const rows = await points(mdb(db), { ids: [id] }).selectAll('p').select(['l.value', 'l.ts', 'l.state', openAlarms]).execute();
    const [p] = await present(db, rows);
    if (!p) throw pointNotFound(id);
    return p;
  }

  /** A hazard-source point takes its region from the source, so it is seen exactly where the source is. */
  async function sourceRegion(uow: UnitOfWork, sourceId: string | null | undefined, fallback: string) {
    if (!sourceId) return fallback;
    const [s] = await sources.sourcesByIds(uow.db, [sourceId]);
    if (!s) throw hazardSourceUnknown(sourceId);
    return s.regionCode;
  }

  const uniqueCode = <T>(code: string, write: Promise<T>) => translateUniqueViolation(write, 'monitoring_points_code_uq', () => pointCodeTaken(code));

  async function insert(uow: UnitOfWork, input: Create): Promise<MonitoringPoint> {
    const db = mdb(uow.db);
    const id = randomUUID();
    const regionCode = await sourceRegion(uow, input.assetKind === 'hazard_source' ? input.hazardSourceId : null, input.regionCode);
    const t = input.thresholds;
    await uniqueCode(
      input.code,
      db
        .insertInto('monitoring_points')
        .values({
          id,
          code: input.code,
          name: input.name,
          region_code: regionCode,
          asset_kind: input.assetKind,
          asset_name: input.assetName,
          hazard_source_id: input.assetKind === 'hazard_source' ? (input.hazardSourceId ?? null) : null,
          quantity: input.quantity,
          unit: input.unit,
          lon: input.lon,
          lat: input.lat,
          ll: t.ll ?? null,
          l: t.l ?? null,
          h: t.h ?? null,
          hh: t.hh ?? null,
          deadband: input.deadband,
          min_duration_s: input.minDurationSeconds,
          rate_per_minute: input.rateLimitPerMinute ?? null,
          expected_interval_s: input.expectedIntervalSeconds,
          enabled: input.enabled,
          created_at: uow.now,
          updated_at: uow.now,
        })
        .execute(),
    );
    await db.insertInto('monitoring_latest').values({ point_id: id, region_code: regionCode, state: 'no_data', eval_state: JSON.stringify({ lastTs: null, lastValue: null, conditions: {} }), offline: false, updated_at: uow.now }).execute();
    const point = await pointIn(uow.db, id);
    uow.audit({ action: 'monitoring.point-created', entity: 'monitoring_point', entityId: id, regionCode, after: point });
    uow.emit(POINT_CHANGED, regionCode, { id, change: 'created' });
    return point;
  }

  async function patch(uow: UnitOfWork, id: string, p: Update): Promise<MonitoringPoint> {
    const db = mdb(uow.db);
    const before = await pointIn(uow.db, id);
    const assetKind = p.assetKind ?? before.assetKind;
    const sourceId = assetKind === 'hazard_source' ? (p.hazardSourceId !== undefined ? p.hazardSourceId : before.hazardSourceId) : null;
    const regionCode = await sourceRegion(uow, sourceId, p.regionCode ?? before.regionCode);
    const t = { ...before.thresholds, ...p.thresholds };
    // The body's own limits were checked by the contract; merged with the stored ones they must still rise.
    if (p.thresholds && !thresholdsOrdered(t)) {
      throw thresholdsUnordered();
    }
    await uniqueCode(
      p.code ?? before.code,
      db
        .updateTable('monitoring_points')
        .set({
          ...(p.code !== undefined && { code: p.code }),
          ...(p.name !== undefined && { name: p.name }),
          ...(p.assetName !== undefined && { asset_name: p.assetName }),
          ...(p.quantity !== undefined && { quantity: p.quantity }),
          ...(p.unit !== undefined && { unit: p.unit }),
          ...(p.lon !== undefined && { lon: p.lon }),
          ...(p.lat !== undefined && { lat: p.lat }),
          ...(p.thresholds !== undefined && { ll: t.ll ?? null, l: t.l ?? null, h: t.h ?? null, hh: t.hh ?? null }),
          ...(p.deadband !== undefined && { deadband: p.deadband }),
          ...(p.minDurationSeconds !== undefined && { min_duration_s: p.minDurationSeconds }),
          ...(p.rateLimitPerMinute !== undefined && { rate_per_minute: p.rateLimitPerMinute }),
          ...(p.expectedIntervalSeconds !== undefined && { expected_interval_s: p.expectedIntervalSeconds }),
          ...(p.enabled !== undefined && { enabled: p.enabled }),
          asset_kind: assetKind,
          hazard_source_id: sourceId ?? null,
          region_code: regionCode,
          updated_at: uow.now,
        })
        .where('id', '=', id)
        .execute(),
    );
    if (regionCode !== before.regionCode) {
      // Latest values and open alarms follow the point, so whoever sees it sees its state.
      await db.updateTable('monitoring_latest').set({ region_code: regionCode }).where('point_id', '=', id).execute();
      await db.updateTable('monitoring_alarms').set({ region_code: regionCode }).where('point_id', '=', id).where('status', '<>', 'closed').execute();
    }
    const after = await pointIn(uow.db, id);
    uow.audit({ action: 'monitoring.point-updated', entity: 'monitoring_point', entityId: id, regionCode, before, after });
    uow.emit(POINT_CHANGED, regionCode, { id, change: 'updated' });
    return after;
  }

  return {
    insert,
    pointIn,
    async list(actor: Actor, f: ListQuery) {
      const db = read(actor);
      const sourceIds = f.enterpriseId ? (await sources.sourcesOfEnterprise(db, f.enterpriseId)).map((s) => s.id) : undefined;
      const filter = { ...f, ...(sourceIds && { sourceIds }) };
      const [rows, total] = await Promise.all([
        points(mdb(db), filter).selectAll('p').select(['l.value', 'l.ts', 'l.state', openAlarms]).orderBy('p.region_code').orderBy('p.asset_name').orderBy('p.name').limit(f.limit).offset(f.offset).execute(),
        points(mdb(db), filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await present(db, rows), total: Number(total.n) };
    },
    get: (actor: Actor, id: string) => pointIn(read(actor), id),
    async create(actor: Actor, input: Create) {
      requirePermission(actor, 'enterprise.manage');
      const point = await data.write(actor, (uow) => insert(uow, input));
      await deps.changed(point.id);
      return point;
    },
    async update(actor: Actor, id: string, p: Update) {
      requirePermission(actor, 'enterprise.manage');
      const point = await data.write(actor, (uow) => patch(uow, id, p));
      // This instance's ingester uses the new limits from the next reading; others follow the change event.
      await deps.changed(id);
      return point;
    },

    /** Readings of one point between two times, averaged into at most `buckets` buckets (min and max kept). */
    async series(actor: Actor, id: string, q: { from?: string | undefined; to?: string | undefined; buckets: number }): Promise<Series> {
      const db = read(actor);
      const point = await pointIn(db, id);
      const to = q.to ? new Date(q.to) : deps.clock.now();
      const from = q.from ? new Date(q.from) : new Date(to.getTime() - 86_400_000);
      const span = to.getTime() - from.getTime();
      if (span <= 0 || span > 90 * 86_400_000) throw seriesRangeInvalid();
      const bucketSeconds = Math.max(1, Math.ceil(span / 1000 / q.buckets));
      const rows = await sql<{ b: string | number; v: number; mn: number; mx: number }>`
        select floor(extract(epoch from ts) / ${bucketSeconds})::bigint as b, avg(value)::float8 as v, min(value) as mn, max(value) as mx
        from monitoring_readings where point_id = ${id} and ts >= ${from.toISOString()}::timestamptz and ts <= ${to.toISOString()}::timestamptz
        group by 1 order by 1`.execute(db);
      return {
        pointId: id,
        unit: point.unit,
        thresholds: point.thresholds,
        bucketSeconds,
        points: rows.rows.map((r) => ({ ts: new Date(Number(r.b) * bucketSeconds * 1000).toISOString(), value: r.v, min: r.mn, max: r.mx })),
      };
    },

    /** Recent values of up to 100 points for the board's sparklines, about 60 per point. */
    async sparklines(actor: Actor, q: z.output<typeof SparklinesQuery>): Promise<Record<string, Array<[number, number]>>> {
      const db = read(actor);
      const ids = [...new Set(q.ids.split(',').map((s) => s.trim()).filter((s) => /^[0-9a-f-]{36}$/i.test(s)))].slice(0, 100);
      if (!ids.length) return {};
      const to = deps.clock.now();
      const from = new Date(to.getTime() - q.minutes * 60_000);
      const bucket = Math.max(1, Math.round((q.minutes * 60) / 60));
      const rows = await sql<{ p: string; b: string | number; v: number }>`
        select point_id as p, floor(extract(epoch from ts) / ${bucket})::bigint as b, avg(value)::float8 as v
        from monitoring_readings where point_id = any(${ids}::uuid[]) and ts >= ${from.toISOString()}::timestamptz and ts <= ${to.toISOString()}::timestamptz
        group by 1, 2 order by 1, 2`.execute(db);
      const out: Record<string, Array<[number, number]>> = {};
      for (const id of ids) out[id] = [];
      for (const r of rows.rows) out[r.p]?.push([Number(r.b) * bucket * 1000, r.v]);
      return out;
    },
  };
}

export type PointsService = ReturnType<typeof createPointsService>;
