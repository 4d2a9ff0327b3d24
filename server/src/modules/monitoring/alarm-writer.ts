import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AlarmCondition } from '@shouwang/contracts';
import type { UnitOfWork } from '../../foundation/db/data-layer.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { EscalationPolicies } from './escalation-policies.js';
import type { MonitoringTables } from './monitoring.tables.js';

export const ESCALATE_JOB = 'monitoring.alarm-escalate';
/** One key per step: the handler of step n schedules step n + 1 while its own job row is still running. */
export const escalationKey = (alarmId: string, level: number) => `alarm-escalate:${alarmId}:${level}`;
export const ALARM_RAISED = 'monitoring.alarm-raised';
export const ALARM_CHANGED = 'monitoring.alarm-changed';

const CONDITION_TEXT: Record<AlarmCondition, string> = { LL: '低低报', L: '低报', H: '高报', HH: '高高报', RATE: '变化率超限', OFFLINE: '离线' };

export type RaiseInput = { pointId: string; pointCode: string; regionCode: string; condition: AlarmCondition; threshold: number | null; value: number | null; readingAt: Date | null };

/**
 * Writes alarm transitions inside the caller's unit of work, so an alarm is committed with the reading
 * that raised it. One open alarm per point and condition: a repeat reopens it (occurrences + 1) rather
 * than adding a second, whichever instance saw it.
 */
export function alarmWriter(policies: EscalationPolicies) {
  // Entries the platform writes itself (readings, sweeps, timers) are signed 系统 on the timeline people read.
  const entry = (uow: UnitOfWork, alarmId: string, regionCode: string, kind: string, text: string, by = uow.actor.kind === 'system' ? '系统' : uow.actor.name) =>
    moduleDb<MonitoringTables>(uow.db).insertInto('monitoring_alarm_entries').values({ id: randomUUID(), alarm_id: alarmId, region_code: regionCode, kind, at: uow.now, by_name: by, text }).execute();

  return {
    entry,
    async raise(uow: UnitOfWork, a: RaiseInput): Promise<{ id: string; created: boolean }> {
      const db = moduleDb<MonitoringTables>(uow.db);
      const id = randomUUID();
      const next = policies.nextAt(a.regionCode, uow.now, 0);
      const row = await db
        .insertInto('monitoring_alarms')
        .values({
          id,
          point_id: a.pointId,
          region_code: a.regionCode,
          condition: a.condition,
          status: 'raised',
          threshold: a.threshold,
          value: a.value,
          peak_value: a.value,
          raised_at: uow.now,
          reading_at: a.readingAt,
          escalated_to: '[]',
          next_escalation_at: next,
          updated_at: uow.now,
        })
        .onConflict((oc) =>
          oc
            .columns(['point_id', 'condition'])
            .where('status', '<>', 'closed')
            .doUpdateSet({ occurrences: sql`monitoring_alarms.occurrences + 1`, condition_cleared_at: null, reading_at: a.readingAt, updated_at: uow.now }),
        )
        .returning(['id', sql<boolean>`(xmax = 0)`.as('created')])
        .executeTakeFirstOrThrow();
      const created = row.created;
      const text = `${a.pointCode} ${CONDITION_TEXT[a.condition]}${a.value === null ? '' : `：${a.value}`}${a.threshold === null ? '' : `（限值 ${a.threshold}）`}${created ? '' : '，再次越限'}`;
      await entry(uow, row.id, a.regionCode, 'raised', text);
      uow.audit({ action: created ? 'monitoring.alarm-raised' : 'monitoring.alarm-recurred', entity: 'monitoring_alarm', entityId: row.id, regionCode: a.regionCode, after: { pointId: a.pointId, condition: a.condition, value: a.value, threshold: a.threshold } });
      uow.emit(created ? ALARM_RAISED : ALARM_CHANGED, a.regionCode, { id: row.id, pointId: a.pointId, condition: a.condition, status: 'raised' });
      if (created && next) {
        await uow.schedule({ kind: ESCALATE_JOB, runAt: next, payload: { alarmId: row.id }, regionCode: a.regionCode, dedupeKey: escalationKey(row.id, 0) });
      }
      return { id: row.id, created };
    },

    /** The readings came back inside the limit (消警): recorded on the alarm, which a person still closes. */
    async conditionCleared(uow: UnitOfWork, pointId: string, condition: AlarmCondition, at: Date, value: number | null) {
      const db = moduleDb<MonitoringTables>(uow.db);
      const rows = await db
        .updateTable('monitoring_alarms')
        .set({ condition_cleared_at: at, updated_at: uow.now })
        .where('point_id', '=', pointId)
        .where('condition', '=', condition)
        .where('status', '<>', 'closed')
        .where('condition_cleared_at', 'is', null)
        .returning(['id', 'region_code', 'status'])
        .execute();
      for (const r of rows) {
        await entry(uow, r.id, r.region_code, 'condition_cleared', `${CONDITION_TEXT[condition]}已恢复正常${value === null ? '' : `：${value}`}`);
        uow.audit({ action: 'monitoring.alarm-condition-cleared', entity: 'monitoring_alarm', entityId: r.id, regionCode: r.region_code, after: { conditionClearedAt: at.toISOString(), value } });
        uow.emit(ALARM_CHANGED, r.region_code, { id: r.id, pointId, condition, status: r.status });
      }
    },
  };
}

export type AlarmWriter = ReturnType<typeof alarmWriter>;
