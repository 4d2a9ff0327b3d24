import { sql } from 'kysely';
import { systemActor } from '../../foundation/auth/actor.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { AlarmWriter } from './alarm-writer.js';
import type { MonitoringTables } from './monitoring.tables.js';

/**
 * No-data (离线) alarms: points silent for `factor` times their reporting interval. Row locks with SKIP
 * LOCKED let several instances sweep at once without raising one alarm twice; the alarm clears when a
 * reading arrives (the ingester does that).
 */
export async function sweepOffline(deps: { data: DataLayer; writer: AlarmWriter }, factor: number): Promise<number> {
  const actor = systemActor('offline-sweep');
  return deps.data.write(actor, async (uow) => {
    const db = moduleDb<MonitoringTables>(uow.db);
    const silent = await sql<{ id: string; code: string; region_code: string; ts: Date | null }>`
      select p.id, p.code, p.region_code, l.ts from monitoring_points p join monitoring_latest l on l.point_id = p.id
      where p.enabled and not l.offline
        and coalesce(l.ts, p.created_at) + make_interval(secs => p.expected_interval_s * ${factor}) < ${uow.now.toISOString()}::timestamptz
      order by p.id limit 1000
      for update of l skip locked`.execute(uow.db);
    if (!silent.rows.length) return 0;
    await db.updateTable('monitoring_latest').set({ offline: true, state: 'offline', updated_at: uow.now }).where('point_id', 'in', silent.rows.map((p) => p.id)).execute();
    await deps.writer.applyTransitions(
      uow,
      silent.rows.map((p) => ({ kind: 'raise' as const, input: { pointId: p.id, pointCode: p.code, regionCode: p.region_code, condition: 'OFFLINE' as const, threshold: null, value: null, readingAt: p.ts ? new Date(p.ts) : null } })),
    );
    return silent.rows.length;
  });
}
