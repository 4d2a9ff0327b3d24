import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { Alarm, AlarmAck, AlarmClose, AlarmDetail, AlarmListQuery, AlarmNote, EscalationStep, EscalationTarget } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { looksLikeImage, photoInvalid } from '../../foundation/http/image-signature.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import type { Job } from '../../foundation/jobs/job-scheduler.js';
import type { HazardSourceLookup } from '../enterprises/index.js';
import { ALARM_CHANGED, escalationKey, ESCALATE_JOB, type AlarmWriter } from './alarm-writer.js';
import type { EscalationPolicies } from './escalation-policies.js';
import { alarmAlreadyAcknowledged, alarmClosed, alarmNotAcknowledged, alarmNotFound, attachmentNotFound } from './monitoring.errors.js';
import type { Escalated, MonitoringTables } from './monitoring.tables.js';

type M = Kysely<MonitoringTables>;
const mdb = (db: Kysely<FoundationTables>): M => moduleDb<MonitoringTables>(db);
type AlarmRow = Selectable<MonitoringTables['monitoring_alarms']> & { point_code: string; point_name: string; asset_name: string; unit: string; hazard_source_id: string | null };

const OPEN = ['raised', 'acknowledged', 'handling'];
const TARGET_TEXT: Record<EscalationTarget, string> = { operational: '操作负责人', technical: '技术负责人', principal: '主要负责人', county: '县级应急管理局', city: '市级应急管理局', province: '省级应急管理厅' };
const BUREAU_LEVEL = { county: 6, city: 4, province: 2 } as const;

function alarms(db: M, f: Partial<z.output<typeof AlarmListQuery>> & { ids?: string[]; pointIds?: string[] }) {
  let q = db.selectFrom('monitoring_alarms as a').innerJoin('monitoring_points as p', 'p.id', 'a.point_id');
  if (f.ids) q = q.where('a.id', 'in', f.ids.length ? f.ids : [randomUUID()]);
  if (f.pointIds) q = q.where('a.point_id', 'in', f.pointIds.length ? f.pointIds : [randomUUID()]);
  if (f.regionCode) q = q.where((eb) => eb.between('a.region_code', ...subtreeRange(f.regionCode ?? '')));
  if (f.status === 'open') q = q.where('a.status', 'in', OPEN);
  else if (f.status) q = q.where('a.status', '=', f.status);
  if (f.condition) q = q.where('a.condition', '=', f.condition);
  if (f.pointId) q = q.where('a.point_id', '=', f.pointId);
  return q;
}
const columns = ['p.code as point_code', 'p.name as point_name', 'p.asset_name', 'p.unit', 'p.hazard_source_id'] as const;

/** Alarms (C2): 产生 → 确认 → 处置 → 关闭, escalation when nobody acknowledges, offline detection, risk index. */
export function createAlarmsService(deps: { data: DataLayer; clock: Clock; sources: HazardSourceLookup; policies: EscalationPolicies; writer: AlarmWriter; regionNames: (codes: string[]) => Promise<Map<string, string>> }) {
  const { data, sources, policies, writer } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'alarm.read');
    return data.read(actor);
  };
  const handle = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'alarm.handle');
    return data.write(actor, work);
  };

  async function present(db: Kysely<FoundationTables>, rows: AlarmRow[]): Promise<Alarm[]> {
    const ids = [...new Set(rows.map((r) => r.hazard_source_id).filter((x): x is string => !!x))];
    const found = new Map((await sources.sourcesByIds(db, ids)).map((s) => [s.id, s]));
    return rows.map((r) => {
      const s = r.hazard_source_id ? found.get(r.hazard_source_id) : undefined;
      return {
        id: r.id,
        pointId: r.point_id,
        pointCode: r.point_code,
        pointName: r.point_name,
        assetName: r.asset_name,
        unit: r.unit,
        regionCode: r.region_code,
        enterpriseId: s?.enterpriseId ?? null,
        enterpriseName: s?.enterpriseName ?? null,
        hazardSourceId: r.hazard_source_id,
        condition: r.condition as Alarm['condition'],
        status: r.status as Alarm['status'],
        threshold: r.threshold,
        value: r.value,
        peakValue: r.peak_value,
        raisedAt: r.raised_at.toISOString(),
        readingAt: r.reading_at?.toISOString() ?? null,
        conditionClearedAt: r.condition_cleared_at?.toISOString() ?? null,
        acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
        acknowledgedBy: r.acknowledged_by,
        closedAt: r.closed_at?.toISOString() ?? null,
        closedBy: r.closed_by,
        closeReason: r.close_reason as Alarm['closeReason'],
        escalationLevel: r.escalation_level,
        escalatedTo: (r.escalated_to).map((e) => ({ ...e, target: e.target as EscalationTarget })),
        nextEscalationAt: r.next_escalation_at?.toISOString() ?? null,
      };
    });
  }

  async function alarmIn(db: Kysely<FoundationTables>, id: string, lock = false): Promise<Alarm> {
    let q = alarms(mdb(db), { ids: [id] }).selectAll('a').select(columns);
    if (lock) q = q.forUpdate('a');
    const [a] = await present(db, await q.execute());
    if (!a) throw alarmNotFound(id);
    return a;
  }

  async function detail(db: Kysely<FoundationTables>, id: string): Promise<AlarmDetail> {
    const alarm = await alarmIn(db, id);
    const m = mdb(db);
    const entries = await m.selectFrom('monitoring_alarm_entries').selectAll().where('alarm_id', '=', id).orderBy('seq').execute();
    const files = await m.selectFrom('monitoring_attachments').select(['id', 'entry_id', 'name', 'content_type', 'size']).where('alarm_id', '=', id).execute();
    return {
      ...alarm,
      entries: entries.map((e) => ({
        id: e.id,
        kind: e.kind as AlarmDetail['entries'][number]['kind'],
        at: e.at.toISOString(),
        by: e.by_name,
        text: e.text,
        attachments: files.filter((f) => f.entry_id === e.id).map((f) => ({ id: f.id, name: f.name, contentType: f.content_type, size: f.size })),
      })),
    };
  }

  function record(uow: UnitOfWork, action: string, before: Alarm, after: Alarm) {
    uow.audit({ action: `monitoring.alarm-${action}`, entity: 'monitoring_alarm', entityId: after.id, regionCode: after.regionCode, before, after });
    uow.emit(ALARM_CHANGED, after.regionCode, { id: after.id, pointId: after.pointId, condition: after.condition, status: after.status });
  }

  /**
   * Who a ladder step reaches: the hazard source's package persons, or the bureau duty desk at a level.
   * Read before the escalation's transaction: region names come from another module's handle, which on
   * PGlite's single connection must not be used inside an open transaction.
   */
  async function targetsFor(actor: Actor, alarm: Alarm, step: EscalationStep, at: string): Promise<Escalated[]> {
    const [source] = alarm.hazardSourceId ? await sources.sourcesByIds(data.read(actor), [alarm.hazardSourceId]) : [];
    const bureauCode = (t: keyof typeof BUREAU_LEVEL) => alarm.regionCode.slice(0, BUREAU_LEVEL[t]).padEnd(12, '0');
    const bureaus = step.notify.filter((t): t is keyof typeof BUREAU_LEVEL => t in BUREAU_LEVEL);
    const names = bureaus.length ? await deps.regionNames(bureaus.map(bureauCode)) : new Map<string, string>();
    return step.notify.map((target): Escalated => {
      if (target in BUREAU_LEVEL) {
        const code = bureauCode(target as keyof typeof BUREAU_LEVEL);
        return { target, name: `${names.get(code) ?? code}${TARGET_TEXT[target].slice(2)}值班室`, phone: null, at };
      }
      const person = source?.packagePersons[target as 'operational' | 'technical' | 'principal'];
      return { target, name: person?.name ?? `${TARGET_TEXT[target]}（未登记）`, phone: person?.phone ?? null, at };
    });
  }

  return {
    list: async (actor: Actor, f: z.output<typeof AlarmListQuery>) => {
      const db = read(actor);
      const pointIds = f.enterpriseId
        ? (await mdb(db).selectFrom('monitoring_points').select('id').where('hazard_source_id', 'in', [randomUUID(), ...(await sources.sourcesOfEnterprise(db, f.enterpriseId)).map((s) => s.id)]).execute()).map((r) => r.id)
        : undefined;
      const filter = { ...f, ...(pointIds && { pointIds }) };
      const [rows, total] = await Promise.all([
        alarms(mdb(db), filter).selectAll('a').select(columns).orderBy(sql`case when a.status = 'closed' then 1 else 0 end`).orderBy('a.raised_at', 'desc').limit(f.limit).offset(f.offset).execute(),
        alarms(mdb(db), filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await present(db, rows), total: Number(total.n) };
    },
    get: (actor: Actor, id: string) => detail(read(actor), id),

    acknowledge: (actor: Actor, id: string, body: z.output<typeof AlarmAck>) =>
      handle(actor, async (uow) => {
        const before = await alarmIn(uow.db, id, true);
        if (before.status === 'closed') throw alarmClosed(id);
        if (before.acknowledgedAt) throw alarmAlreadyAcknowledged(id, before.acknowledgedBy ?? '');
        await mdb(uow.db).updateTable('monitoring_alarms').set({ status: 'acknowledged', acknowledged_at: uow.now, acknowledged_by: actor.name, next_escalation_at: null, updated_at: uow.now }).where('id', '=', id).execute();
        await uow.cancelJob(escalationKey(id, before.escalationLevel));
        await writer.entry(uow, id, before.regionCode, 'acknowledged', body.note || '已确认');
        const after = await alarmIn(uow.db, id);
        record(uow, 'acknowledged', before, after);
        return after;
      }),

    addNote: (actor: Actor, id: string, body: z.output<typeof AlarmNote>) =>
      handle(actor, async (uow) => {
        const before = await alarmIn(uow.db, id, true);
        if (before.status === 'closed') throw alarmClosed(id);
        const m = mdb(uow.db);
        const entryId = randomUUID();
        await m.insertInto('monitoring_alarm_entries').values({ id: entryId, alarm_id: id, region_code: before.regionCode, kind: 'note', at: uow.now, by_name: actor.name, text: body.text }).execute();
        for (const photo of body.photos) {
          const bytes = Buffer.from(photo.dataBase64, 'base64');
          if (!looksLikeImage(bytes, photo.contentType)) throw photoInvalid(photo.name);
          await m.insertInto('monitoring_attachments').values({ id: randomUUID(), entry_id: entryId, alarm_id: id, region_code: before.regionCode, name: photo.name, content_type: photo.contentType, size: bytes.length, data: bytes }).execute();
        }
        // A handling note on an acknowledged alarm moves it to 处置; notes before acknowledgement keep it raised.
        if (before.status === 'acknowledged') await m.updateTable('monitoring_alarms').set({ status: 'handling', updated_at: uow.now }).where('id', '=', id).execute();
        const after = await alarmIn(uow.db, id);
        record(uow, 'noted', before, after);
        return detail(uow.db, id);
      }),

    close: (actor: Actor, id: string, body: z.output<typeof AlarmClose>) =>
      handle(actor, async (uow) => {
        const before = await alarmIn(uow.db, id, true);
        if (before.status === 'closed') throw alarmClosed(id);
        if (!before.acknowledgedAt) throw alarmNotAcknowledged(id);
        await mdb(uow.db).updateTable('monitoring_alarms').set({ status: 'closed', closed_at: uow.now, closed_by: actor.name, close_reason: body.reason, next_escalation_at: null, updated_at: uow.now }).where('id', '=', id).execute();
        await uow.cancelJob(escalationKey(id, before.escalationLevel));
        await writer.entry(uow, id, before.regionCode, 'closed', body.note);
        const after = await alarmIn(uow.db, id);
        record(uow, 'closed', before, after);
        return after;
      }),

    async attachment(actor: Actor, alarmId: string, attachmentId: string) {
      const db = read(actor);
      await alarmIn(db, alarmId);
      const row = await mdb(db).selectFrom('monitoring_attachments').select(['name', 'content_type', 'data']).where('id', '=', attachmentId).where('alarm_id', '=', alarmId).executeTakeFirst();
      if (!row) throw attachmentNotFound(attachmentId);
      return row;
    },

    /** The durable timer: nobody acknowledged in time, so the next step of the ladder is told, and the one after scheduled. */
    async escalate(job: Job, actor: Actor): Promise<void> {
      const alarmId = job.payload.alarmId as string;
      const seen = await alarmIn(data.read(actor), alarmId).catch(() => null);
      if (!seen || seen.status !== 'raised') return;
      const step = policies.resolve(seen.regionCode).steps[seen.escalationLevel];
      if (!step) return;
      const reached = await targetsFor(actor, seen, step, deps.clock.now().toISOString());
      await data.write(actor, async (uow) => {
        // Re-read under the row lock: someone may have acknowledged it, or another instance escalated it, meanwhile.
        const before = await alarmIn(uow.db, alarmId, true);
        if (before.status !== 'raised' || before.escalationLevel !== seen.escalationLevel) return;
        const level = before.escalationLevel + 1;
        const next = policies.nextAt(before.regionCode, new Date(before.raisedAt), level);
        await mdb(uow.db)
          .updateTable('monitoring_alarms')
          .set({ escalation_level: level, escalated_to: JSON.stringify([...before.escalatedTo, ...reached]), next_escalation_at: next, updated_at: uow.now })
          .where('id', '=', alarmId)
          .execute();
        await writer.entry(uow, alarmId, before.regionCode, 'escalated', `${step.afterMinutes} 分钟未确认，升级通知：${reached.map((r) => `${TARGET_TEXT[r.target as EscalationTarget]} ${r.name}${r.phone ? ` ${r.phone}` : ''}`).join('、')}`);
        const after = await alarmIn(uow.db, alarmId);
        record(uow, 'escalated', before, after);
        uow.emit('monitoring.alarm-escalated', before.regionCode, { id: alarmId, level, targets: reached });
        if (next) await uow.schedule({ kind: ESCALATE_JOB, runAt: next, payload: { alarmId }, regionCode: before.regionCode, dedupeKey: escalationKey(alarmId, level) });
      });
    },

    detail,
  };
}

export type AlarmsService = ReturnType<typeof createAlarmsService>;
