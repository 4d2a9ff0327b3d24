import type { Selectable } from 'kysely';
import type { Db } from '../../foundation/db/database.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { PointRule } from './alarm-rules.js';
import type { MonitoringTables } from './monitoring.tables.js';

export type PointInfo = {
  id: string;
  code: string;
  regionCode: string;
  enabled: boolean;
  rule: PointRule;
  expectedIntervalMs: number;
};

type PointRow = Selectable<MonitoringTables['monitoring_points']>;
const COLUMNS = ['id', 'code', 'region_code', 'enabled', 'll', 'l', 'h', 'hh', 'deadband', 'min_duration_s', 'rate_per_minute', 'expected_interval_s'] as const;

const toInfo = (r: Pick<PointRow, (typeof COLUMNS)[number]>): PointInfo => ({
  id: r.id,
  code: r.code,
  regionCode: r.region_code,
  enabled: r.enabled,
  rule: { thresholds: { ll: r.ll, l: r.l, h: r.h, hh: r.hh }, deadband: r.deadband, minDurationMs: r.min_duration_s * 1000, ratePerMinute: r.rate_per_minute },
  expectedIntervalMs: r.expected_interval_s * 1000,
});

const MISS_TTL_MS = 10_000;

/**
 * Point codes → rules, in memory, so the ingester checks and evaluates a reading without a query. Kept
 * current by the points service (and, across instances, by its change event); a code not found is looked
 * up once and remembered as missing for a few seconds, so a device sending garbage cannot flood the database.
 */
export class PointDirectory {
  private readonly byCode = new Map<string, PointInfo>();
  private readonly byId = new Map<string, PointInfo>();
  private readonly missing = new Map<string, number>();

  constructor(private readonly db: Db) {}

  async load(): Promise<number> {
    const rows = await moduleDb<MonitoringTables>(this.db).selectFrom('monitoring_points').select(COLUMNS).execute();
    this.byCode.clear();
    this.byId.clear();
    for (const r of rows) this.put(toInfo(r));
    return rows.length;
  }

  get size() {
    return this.byId.size;
  }

  byPointId(id: string) {
    return this.byId.get(id);
  }

  /** The point for a code if it is in memory (no promise on the hot path). */
  peek(code: string): PointInfo | undefined {
    return this.byCode.get(code);
  }

  /** The point for a code, from memory, or from the database once per code and few seconds. */
  async lookup(code: string, now = Date.now()): Promise<PointInfo | undefined> {
    const hit = this.byCode.get(code);
    if (hit) return hit;
    const missedAt = this.missing.get(code);
    if (missedAt !== undefined && now - missedAt < MISS_TTL_MS) return undefined;
    const row = await moduleDb<MonitoringTables>(this.db).selectFrom('monitoring_points').select(COLUMNS).where('code', '=', code).executeTakeFirst();
    if (!row) {
      if (this.missing.size > 50_000) this.missing.clear();
      this.missing.set(code, now);
      return undefined;
    }
    const info = toInfo(row);
    this.put(info);
    return info;
  }

  /** Re-reads one point after it changed (here or on another instance). */
  async refresh(id: string): Promise<void> {
    const row = await moduleDb<MonitoringTables>(this.db).selectFrom('monitoring_points').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    const old = this.byId.get(id);
    if (old) this.byCode.delete(old.code);
    this.byId.delete(id);
    if (row) {
      this.put(toInfo(row));
      this.missing.delete(row.code);
    }
  }

  private put(info: PointInfo) {
    this.byCode.set(info.code, info);
    this.byId.set(info.id, info);
  }
}
