import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AlarmCondition } from '@shouwang/contracts';
import type { UnitOfWork } from '../../foundation/db/data-layer.js';
import type { ScheduleInput } from '../../foundation/jobs/job-scheduler.js';
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
 * than adding a second, whichever instance saw it. Readings and the offline sweep go through
 * `applyTransitions`, a batch at a time; people's steps add entries with `entry`.
 */
// Entries the platform writes itself (readings, sweeps, timers) are signed 系统 on the timeline people read.
const signer = (uow: UnitOfWork) => (uow.actor.kind === 'system' ? '系统' : uow.actor.name);

export function alarmWriter(policies: EscalationPolicies) {
  const entry = (uow: UnitOfWork, alarmId: string, regionCode: string, kind: string, text: string, by = signer(uow)) =>
    moduleDb<MonitoringTables>(uow.db).insertInto('monitoring_alarm_entries').values({ id: randomUUID(), alarm_id: alarmId, region_code: regionCode, kind, at: uow.now, by_name: by, text }).execute();

  return {
    applyTransitions: (uow: UnitOfWork, list: TransitionIn[]) => applyTransitions(policies, uow, list),
    entry,
  };
}

export type AlarmWriter = ReturnType<typeof alarmWriter>;

export type TransitionIn =
  | { kind: 'raise'; input: RaiseInput }
  | { kind: 'clear'; pointId: string; condition: AlarmCondition; at: Date; value: number | null };

/**
 * A batch's transitions, set-based: one INSERT … ON CONFLICT for all raises (one row per point and
 * condition: later raises of the same pair in the batch are recurrences), one UPDATE for the pairs whose
 * last transition is a clear, then one INSERT each for the entries and escalation jobs. Entries, ledger
 * entries and events stay one per transition, in order, as the one-at-a-time path wrote them.
 */
export async function applyTransitions(policies: EscalationPolicies, uow: UnitOfWork, list: TransitionIn[]): Promise<number> {
  if (!list.length) return 0;
  type Pair = { pointId: string; condition: AlarmCondition; first: RaiseInput | null; last: RaiseInput | null; raises: number; endsCleared: { at: Date } | null };
  const keyOf = (pointId: string, condition: string) => `${pointId}|${condition}`;
  const pairs = new Map<string, Pair>();
  for (const t of list) {
    const pointId = t.kind === 'raise' ? t.input.pointId : t.pointId;
    const condition = t.kind === 'raise' ? t.input.condition : t.condition;
    const k = keyOf(pointId, condition);
    let p = pairs.get(k);
    if (!p) pairs.set(k, (p = { pointId, condition, first: null, last: null, raises: 0, endsCleared: null }));
    if (t.kind === 'raise') {
      p.first ??= t.input;
      p.last = t.input;
      p.raises++;
      p.endsCleared = null;
    } else {
      p.endsCleared = { at: t.at };
    }
  }
  const alarm = new Map<string, { id: string; created: boolean; region: string; status: string }>();
  const raised = [...pairs.values()].filter((p) => p.first);
  if (raised.length) {
    const col = <T>(f: (p: Pair & { first: RaiseInput; last: RaiseInput }) => T) => raised.map((p) => f(p as Pair & { first: RaiseInput; last: RaiseInput }));
    const rows = await sql<{ id: string; point_id: string; condition: string; region_code: string; status: string; created: boolean }>`
      insert into monitoring_alarms as m (id, point_id, region_code, condition, status, threshold, value, peak_value, raised_at, reading_at, escalated_to, next_escalation_at, updated_at, occurrences)
      select u.id, u.p, u.r, u.c, 'raised', u.th, u.v, u.v, ${uow.now}, u.ra, '[]'::jsonb, u.nx, ${uow.now}, u.n
      from unnest(${col(() => randomUUID())}::uuid[], ${col((p) => p.pointId)}::uuid[], ${col((p) => p.first.regionCode)}::text[], ${col((p) => p.condition)}::text[],
                  ${col((p) => p.first.threshold)}::float8[], ${col((p) => p.first.value)}::float8[], ${col((p) => p.last.readingAt?.toISOString() ?? null)}::timestamptz[],
                  ${col((p) => policies.nextAt(p.first.regionCode, uow.now, 0)?.toISOString() ?? null)}::timestamptz[], ${col((p) => p.raises)}::int[]) as u(id, p, r, c, th, v, ra, nx, n)
      on conflict (point_id, condition) where status <> 'closed'
      do update set occurrences = m.occurrences + excluded.occurrences, condition_cleared_at = null, reading_at = excluded.reading_at, updated_at = excluded.updated_at
      returning m.id, m.point_id, m.condition, m.region_code, m.status, (xmax = 0) as created`.execute(uow.db);
    for (const r of rows.rows) alarm.set(keyOf(r.point_id, r.condition), { id: r.id, created: r.created, region: r.region_code, status: r.status });
  }
  const cleared = [...pairs.values()].filter((p) => p.endsCleared);
  if (cleared.length) {
    const rows = await sql<{ id: string; point_id: string; condition: string; region_code: string; status: string }>`
      update monitoring_alarms a set condition_cleared_at = u.at, updated_at = ${uow.now}
      from unnest(${cleared.map((p) => p.pointId)}::uuid[], ${cleared.map((p) => p.condition)}::text[], ${cleared.map((p) => p.endsCleared!.at.toISOString())}::timestamptz[]) as u(p, c, at)
      where a.point_id = u.p and a.condition = u.c and a.status <> 'closed' and a.condition_cleared_at is null
      returning a.id, a.point_id, a.condition, a.region_code, a.status`.execute(uow.db);
    for (const r of rows.rows) {
      const k = keyOf(r.point_id, r.condition);
      const known = alarm.get(k);
      alarm.set(k, { id: r.id, created: known?.created ?? false, region: r.region_code, status: r.status });
    }
  }

  const entries: Array<{ id: string; alarm_id: string; region_code: string; kind: string; at: Date; by_name: string; text: string }> = [];
  const jobs: ScheduleInput[] = [];
  const seen = new Set<string>();
  let created = 0;
  for (const t of list) {
    const pointId = t.kind === 'raise' ? t.input.pointId : t.pointId;
    const condition = t.kind === 'raise' ? t.input.condition : t.condition;
    const k = keyOf(pointId, condition);
    const a = alarm.get(k);
    if (!a) continue; // a clear with no open alarm (closed by a person meanwhile)
    const entry = (kind: string, text: string) => entries.push({ id: randomUUID(), alarm_id: a.id, region_code: a.region, kind, at: uow.now, by_name: signer(uow), text });
    if (t.kind === 'raise') {
      const isNew = a.created && !seen.has(k);
      seen.add(k);
      const i = t.input;
      entry('raised', `${i.pointCode} ${CONDITION_TEXT[i.condition]}${i.value === null ? '' : `：${i.value}`}${i.threshold === null ? '' : `（限值 ${i.threshold}）`}${isNew ? '' : '，再次越限'}`);
      uow.audit({ action: isNew ? 'monitoring.alarm-raised' : 'monitoring.alarm-recurred', entity: 'monitoring_alarm', entityId: a.id, regionCode: a.region, after: { pointId, condition, value: i.value, threshold: i.threshold } });
      uow.emit(isNew ? ALARM_RAISED : ALARM_CHANGED, a.region, { id: a.id, pointId, condition, status: 'raised' });
      const next = isNew ? policies.nextAt(a.region, uow.now, 0) : null;
      if (next) jobs.push({ kind: ESCALATE_JOB, runAt: next, payload: { alarmId: a.id }, regionCode: a.region, dedupeKey: escalationKey(a.id, 0) });
      if (isNew) created++;
    } else {
      entry('condition_cleared', `${CONDITION_TEXT[condition]}已恢复正常${t.value === null ? '' : `：${t.value}`}`);
      uow.audit({ action: 'monitoring.alarm-condition-cleared', entity: 'monitoring_alarm', entityId: a.id, regionCode: a.region, after: { conditionClearedAt: t.at.toISOString(), value: t.value } });
      uow.emit(ALARM_CHANGED, a.region, { id: a.id, pointId, condition, status: a.status });
    }
  }
  const db = moduleDb<MonitoringTables>(uow.db);
  for (let i = 0; i < entries.length; i += 1000) await db.insertInto('monitoring_alarm_entries').values(entries.slice(i, i + 1000)).execute();
  if (jobs.length) await uow.schedule(jobs);
  return created;
}
