import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  RESPONSE_LEVELS,
  type IncidentCommandPostSet,
  type IncidentDetail,
  type IncidentStatus,
  type IncidentTask,
  type IncidentTaskCreate,
  type IncidentTaskUpdate,
  type ResponseActivate,
  type ResponseLevel,
} from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { translateUniqueViolation } from '../../foundation/db/unique-violation.js';
import type { DutyLookup, OrgUnitLookup } from '../duty/index.js';
import type { IncidentWriter } from './incident-writer.js';
import {
  commandBodyNotFound,
  incidentNotFound,
  incidentStatusInvalid,
  noCommandBody,
  orgUnitNotFound,
  responseAlreadyActive,
  responseLevelUnchanged,
  responseNotActive,
  TASK_ZH,
  taskNotFound,
  taskStatusInvalid,
} from './incidents.errors.js';
import { incidentsDb, incidentsRepository as repo, json, toResponse, toTask, type IncidentRow } from './incidents.repository.js';
import type { StoredLevelChange } from './incidents.tables.js';
import { canMoveTask, planTasks, type TaskTemplates } from './task-plan.js';

export type ResponseDeps = {
  data: DataLayer;
  writer: IncidentWriter;
  duty: DutyLookup;
  orgUnits: OrgUnitLookup;
  templates: TaskTemplates;
  detail: (uow: UnitOfWork, id: string) => Promise<IncidentDetail>;
};

const roman = (level: number) => RESPONSE_LEVELS[level as ResponseLevel].roman;

/** Response levels, the command body's tasks and the on-scene command post (E2). */
export function createResponseService(deps: ResponseDeps) {
  const { data, writer } = deps;

  const command = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'incident.command');
    return data.write(actor, work);
  };
  const notClosed = (row: IncidentRow, action: { zh: string; en: string }) => {
    if (row.status === 'closed') throw incidentStatusInvalid('closed', action);
  };
  const emit = (uow: UnitOfWork, type: string, row: IncidentRow, more: Record<string, unknown>) =>
    uow.emit(`incidents.${type}`, row.region_code, { id: row.id, status: row.status, grade: row.grade, responseLevel: row.response_level, ...more });
  async function activeOrThrow(uow: UnitOfWork, id: string) {
    const r = await repo.activeResponse(incidentsDb(uow.db), id);
    if (!r) throw responseNotActive();
    return r;
  }

  async function activate(actor: Actor, id: string, input: z.output<typeof ResponseActivate>): Promise<IncidentDetail> {
    requirePermission(actor, 'incident.command');
    // Before the transaction: the incident must be the caller's, and its command body may be an ancestor region's.
    const visible = await repo.row(incidentsDb(data.read(actor)), id);
    if (!visible) throw incidentNotFound(id);
    const body = await deps.duty.commandBodyForResponse(visible.region_code, visible.type_key, input.commandBodyId);
    if (!body) throw input.commandBodyId ? commandBodyNotFound(input.commandBodyId) : noCommandBody();
    return command(actor, async (uow) => {
      const { row: before, pending } = await writer.load(uow, id);
      if (before.status !== 'active') throw incidentStatusInvalid(before.status as IncidentStatus, { zh: '启动应急响应', en: 'activate a response for' });
      if (before.response_level !== null) throw responseAlreadyActive();
      const db = incidentsDb(uow.db);
      const responseId = randomUUID();
      const commander = input.commander ?? body.commander;
      await translateUniqueViolation(
        db
          .insertInto('incidents_responses')
          .values({
            id: responseId,
            incident_id: id,
            region_code: before.region_code,
            level: input.level,
            status: 'active',
            basis: input.basis,
            command_body: json({ id: body.id, name: body.name, regionCode: body.regionCode }),
            commander: commander ? json(commander) : null,
            started_at: uow.now,
            started_by: actor.name,
            level_changes: json([]),
          })
          .execute(),
        'incidents_responses_active_uq',
        responseAlreadyActive,
      );
      await db.updateTable('incidents').set({ response_level: input.level, updated_at: uow.now }).where('id', '=', id).execute();
      const planned = planTasks(before.type_key, body.members, deps.templates, uow.now);
      if (planned.length) {
        await db
          .insertInto('incidents_tasks')
          .values(
            planned.map((t, i) => ({
              id: randomUUID(),
              incident_id: id,
              region_code: before.region_code,
              response_id: responseId,
              owner_unit_id: t.ownerUnitId,
              owner_unit_name: t.ownerUnitName,
              title: t.title,
              detail: t.detail,
              due_at: t.dueAt,
              status: 'pending',
              note: '',
              origin: 'template',
              template_key: t.templateKey,
              sort_order: i,
              created_at: uow.now,
              updated_at: uow.now,
            })),
          )
          .execute();
      }
      const { row } = await writer.syncDeadlines(uow, id, pending);
      await writer.log(uow, row, 'response_activated', `启动${roman(input.level)}应急响应（${body.name}）：${input.basis}`, { responseId, level: input.level, commandBodyId: body.id });
      if (planned.length) {
        const template = planned[0]!.templateKey.split(':')[0];
        await writer.log(uow, row, 'task_created', `按${template === 'default' ? '通用' : '本类事件'}响应模板向 ${new Set(planned.map((t) => t.ownerUnitId)).size} 个成员单位分派任务 ${planned.length} 项`, { responseId, count: planned.length, template });
      }
      const response = toResponse((await repo.activeResponse(db, id))!);
      uow.audit({ action: 'incident.response-activated', entity: 'incident_response', entityId: responseId, regionCode: row.region_code, after: { ...response, taskCount: planned.length } });
      emit(uow, 'response-activated', row, { responseId, level: input.level, taskCount: planned.length });
      return deps.detail(uow, id);
    });
  }

  return {
    activate,
    changeLevel: (actor: Actor, id: string, level: ResponseLevel, reason: string) =>
      command(actor, async (uow) => {
        const { pending } = await writer.load(uow, id);
        const active = await activeOrThrow(uow, id);
        if (active.level === level) throw responseLevelUnchanged(level);
        const change: StoredLevelChange = { from: active.level as ResponseLevel, to: level, at: uow.now.toISOString(), by: actor.name, reason };
        const db = incidentsDb(uow.db);
        await db.updateTable('incidents_responses').set({ level, level_changes: json([...active.level_changes, change]) }).where('id', '=', active.id).execute();
        await db.updateTable('incidents').set({ response_level: level, updated_at: uow.now }).where('id', '=', id).execute();
        const { row } = await writer.syncDeadlines(uow, id, pending);
        await writer.log(uow, row, 'response_level_changed', `应急响应由${roman(change.from)}调整为${roman(level)}：${reason}`, { responseId: active.id, from: change.from, to: level });
        uow.audit({ action: 'incident.response-level-changed', entity: 'incident_response', entityId: active.id, regionCode: row.region_code, before: toResponse(active), after: toResponse((await repo.activeResponse(db, id))!) });
        emit(uow, 'response-level-changed', row, { responseId: active.id, from: change.from, to: level });
        return deps.detail(uow, id);
      }),

    /** 响应终止: the response ends and with it the emergency; the 终报 clock starts. */
    terminate: (actor: Actor, id: string, reason: string) =>
      command(actor, async (uow) => {
        const { pending } = await writer.load(uow, id);
        const active = await activeOrThrow(uow, id);
        const db = incidentsDb(uow.db);
        await db.updateTable('incidents_responses').set({ status: 'terminated', terminated_at: uow.now, terminated_by: actor.name, terminate_reason: reason }).where('id', '=', active.id).execute();
        await db.updateTable('incidents').set({ response_level: null, status: 'ended', ended_at: uow.now, updated_at: uow.now }).where('id', '=', id).execute();
        const { row } = await writer.syncDeadlines(uow, id, pending);
        await writer.log(uow, row, 'response_terminated', `终止${roman(active.level)}应急响应：${reason}`, { responseId: active.id, level: active.level });
        await writer.log(uow, row, 'ended', '应急处置结束，待报送终报', { responseId: active.id });
        const after = (await repo.responsesOf(db, id)).find((r) => r.id === active.id)!;
        uow.audit({ action: 'incident.response-terminated', entity: 'incident_response', entityId: active.id, regionCode: row.region_code, before: toResponse(active), after: toResponse(after) });
        emit(uow, 'response-terminated', row, { responseId: active.id });
        emit(uow, 'ended', row, {});
        return deps.detail(uow, id);
      }),

    /** 现场指挥部: where it is, who leads it and the live video link; moving it replaces it (history on the timeline). */
    setCommandPost: (actor: Actor, id: string, input: z.output<typeof IncidentCommandPostSet>) =>
      command(actor, async (uow) => {
        const { row: before, pending } = await writer.load(uow, id);
        notClosed(before, { zh: '设置现场指挥部', en: 'set the command post of' });
        const post = { name: input.name, lon: input.lon, lat: input.lat, address: input.address, commander: input.commander ?? null, videoUrl: input.videoUrl ?? null, setAt: uow.now.toISOString(), setBy: actor.name };
        await incidentsDb(uow.db).updateTable('incidents').set({ command_post: json(post), updated_at: uow.now }).where('id', '=', id).execute();
        const { row } = await writer.syncDeadlines(uow, id, pending);
        await writer.log(uow, row, 'command_post_set', `${before.command_post ? '现场指挥部迁至' : '设立现场指挥部'}：${post.name}${post.address ? `（${post.address}）` : ''}`, { ...post });
        uow.audit({ action: 'incident.command-post-set', entity: 'incident', entityId: id, regionCode: row.region_code, before: { commandPost: before.command_post }, after: { commandPost: post } });
        emit(uow, 'command-post-set', row, { lon: post.lon, lat: post.lat });
        return deps.detail(uow, id);
      }),

    async tasks(actor: Actor, id: string): Promise<IncidentTask[]> {
      requirePermission(actor, 'incident.read');
      const db = incidentsDb(data.read(actor));
      if (!(await repo.row(db, id))) throw incidentNotFound(id);
      return (await repo.tasksOf(db, id)).map(toTask);
    },

    addTask: (actor: Actor, id: string, input: z.output<typeof IncidentTaskCreate>) =>
      command(actor, async (uow) => {
        const { row } = await writer.load(uow, id);
        notClosed(row, { zh: '分派任务', en: 'add a task to' });
        const unit = (await deps.orgUnits(uow.db, [input.ownerUnitId])).get(input.ownerUnitId);
        if (!unit) throw orgUnitNotFound(input.ownerUnitId);
        const db = incidentsDb(uow.db);
        const active = await repo.activeResponse(db, id);
        const last = await db.selectFrom('incidents_tasks').select((eb) => eb.fn.max('sort_order').as('m')).where('incident_id', '=', id).executeTakeFirst();
        const taskId = randomUUID();
        await db
          .insertInto('incidents_tasks')
          .values({
            id: taskId,
            incident_id: id,
            region_code: row.region_code,
            response_id: active?.id ?? null,
            owner_unit_id: unit.id,
            owner_unit_name: unit.name,
            title: input.title,
            detail: input.detail,
            due_at: new Date(input.dueAt),
            status: 'pending',
            note: '',
            origin: 'manual',
            template_key: null,
            sort_order: Number(last?.m ?? -1) + 1,
            created_at: uow.now,
            updated_at: uow.now,
          })
          .execute();
        const task = toTask((await db.selectFrom('incidents_tasks').selectAll().where('id', '=', taskId).executeTakeFirst())!);
        await writer.log(uow, row, 'task_created', `分派任务“${task.title}”至${unit.name}`, { taskId, ownerUnitId: unit.id });
        uow.audit({ action: 'incident.task-created', entity: 'incident_task', entityId: taskId, regionCode: row.region_code, after: task });
        emit(uow, 'task-changed', row, { taskId, taskStatus: task.status, change: 'created' });
        return task;
      }),

    updateTask: (actor: Actor, id: string, taskId: string, p: z.output<typeof IncidentTaskUpdate>) =>
      command(actor, async (uow) => {
        const { row } = await writer.load(uow, id);
        notClosed(row, { zh: '更新任务', en: 'update a task of' });
        const db = incidentsDb(uow.db);
        const beforeRow = await db.selectFrom('incidents_tasks').selectAll().where('id', '=', taskId).where('incident_id', '=', id).forUpdate().executeTakeFirst();
        if (!beforeRow) throw taskNotFound(taskId);
        const before = toTask(beforeRow);
        const to = p.status ?? before.status;
        if (!canMoveTask(before.status, to)) throw taskStatusInvalid(before.status, to);
        const finishing = to !== before.status && (to === 'done' || to === 'cancelled');
        await db
          .updateTable('incidents_tasks')
          .set({
            status: to,
            ...(p.note !== undefined && { note: p.note }),
            ...(p.dueAt !== undefined && { due_at: new Date(p.dueAt) }),
            ...(finishing && { finished_at: uow.now }),
            updated_at: uow.now,
          })
          .where('id', '=', taskId)
          .execute();
        const task = toTask((await db.selectFrom('incidents_tasks').selectAll().where('id', '=', taskId).executeTakeFirst())!);
        const parts = [
          to !== before.status && `${TASK_ZH[before.status]} → ${TASK_ZH[to]}`,
          p.dueAt !== undefined && `时限改为 ${p.dueAt}`,
          p.note && `备注：${p.note}`,
        ].filter(Boolean);
        await writer.log(uow, row, 'task_changed', `任务“${task.title}”（${task.ownerUnit.name}）：${parts.join('；') || '更新'}`, { taskId, from: before.status, to });
        uow.audit({ action: 'incident.task-updated', entity: 'incident_task', entityId: taskId, regionCode: row.region_code, before, after: task });
        emit(uow, 'task-changed', row, { taskId, taskStatus: task.status, change: 'updated' });
        return task;
      }),
  };
}

export type ResponseService = ReturnType<typeof createResponseService>;
