import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Dispatch, DispatchStatusChange, IncidentDispatches, ReportRules, SupplyDispatchCreate, TeamDispatchCreate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../../foundation/db/data-layer.js';
import { translateUniqueViolation } from '../../../foundation/db/unique-violation.js';
import { distanceMetres } from '../../../foundation/geo/distance.js';
import { DEFAULT_SPEED_KMH, etaMinutes } from '../../../foundation/geo/point-index.js';
import { localTime, type IncidentWriter } from '../incident-writer.js';
import { incidentNotFound, incidentStatusInvalid } from '../incidents.errors.js';
import { incidentsDb, incidentsRepository as repo, type IncidentRow } from '../incidents.repository.js';
import { canMoveDispatch, freesTeam, km, minutes, STEP_ZH } from './dispatch-rules.js';
import { dispatchDb, dispatchRepository as dispatches, toDispatch, type DispatchRow } from './dispatch.repository.js';
import { dispatchNotFound, dispatchStatusInvalid, dispatchTimeInvalid, teamNotAvailable, teamStatusAfterMisplaced } from './dispatch.errors.js';
import { createNearby, type DispatchResources } from './nearby.js';

export type DispatchDeps = {
  data: DataLayer;
  writer: IncidentWriter;
  rulesFor: (regionCode: string) => ReportRules;
  resources: DispatchResources;
};

/** Clock skew we tolerate before calling a reported step time "in the future". */
const SKEW_MS = 60_000;
const STEP_COLUMN = { departed: 'departed_at', arrived: 'arrived_at', returned: 'returned_at', cancelled: 'cancelled_at' } as const;

/** What every new dispatch row starts with: 已派遣 now, by the actor, with the distance and ETA it was sent over. */
function newDispatchFields(uow: UnitOfWork, actor: Actor, r: { distance: number | null; eta: number | null }, note: string | undefined) {
  return {
    distance_m: r.distance,
    eta_minutes: r.eta,
    steps: [{ status: 'dispatched' as const, at: uow.now.toISOString(), by: actor.name, note: note || null }],
    dispatched_at: uow.now,
    departed_at: null,
    arrived_at: null,
    returned_at: null,
    cancelled_at: null,
    dispatched_by_id: actor.id,
    dispatched_by_name: actor.name,
    updated_at: uow.now,
  };
}

/**
 * Dispatch (E3): teams and supplies sent to an incident. Every write runs in one unit of work with the
 * incident row locked first (writer.load), then the team row or the stock batches, through the resources
 * module's own in-transaction operations — so the team's readiness, its history, the stock ledger, the
 * dispatch row, the timeline, the audit entries and the events commit together or not at all.
 */
export function createDispatchService(deps: DispatchDeps) {
  const { data, writer, resources } = deps;
  const nearby = createNearby(deps);

  async function openIncident(uow: UnitOfWork, id: string, action: { zh: string; en: string }) {
    const { row } = await writer.load(uow, id);
    if (row.status === 'closed') throw incidentStatusInvalid('closed', action);
    return row;
  }
  /** Distance and straight-line ETA from a point to the incident, when the incident has a location. */
  const reach = (incident: IncidentRow, from: { lon: number; lat: number }) => {
    if (incident.lon === null || incident.lat === null) return { distance: null, eta: null };
    const distance = distanceMetres(from, { lon: incident.lon, lat: incident.lat });
    return { distance, eta: minutes(etaMinutes(distance, DEFAULT_SPEED_KMH)) };
  };
  const reachText = (r: { distance: number | null; eta: number | null }) => (r.distance === null ? '' : `距 ${km(r.distance).toFixed(1)} km，预计 ${r.eta} 分钟`);
  const emit = (uow: UnitOfWork, type: string, incident: IncidentRow, d: Dispatch) =>
    uow.emit(`incidents.${type}`, incident.region_code, { id: incident.id, status: incident.status, grade: incident.grade, responseLevel: incident.response_level, dispatchId: d.id, dispatchKind: d.kind, dispatchStatus: d.status });
  const reload = async (uow: UnitOfWork, incidentId: string, id: string) => (await dispatches.get(dispatchDb(uow.db), incidentId, id))!;
  /** After commit: this instance's locator shows the team's new readiness before the reply (others follow the event). */
  const teamChanged = (teamId: string | null) => (teamId ? resources.locator.refresh('team', teamId).catch(() => undefined) : undefined);

  async function dispatchTeam(actor: Actor, incidentId: string, input: z.output<typeof TeamDispatchCreate>): Promise<Dispatch> {
    requirePermission(actor, 'incident.command');
    const out = await data.write(actor, async (uow) => {
      const incident = await openIncident(uow, incidentId, { zh: '派遣队伍', en: 'dispatch a team to' });
      const team = await resources.teams.lockIn(uow, input.teamId);
      if (team.status !== 'standby') throw teamNotAvailable(team.name, team.status);
      const r = reach(incident, team);
      const id = randomUUID();
      await resources.teams.setStatusIn(uow, team.id, { status: 'deployed', note: `派往：${incident.title}` });
      const row: DispatchRow = {
        id,
        incident_id: incident.id,
        region_code: incident.region_code,
        kind: 'team',
        status: 'dispatched',
        team_id: team.id,
        warehouse_id: null,
        item_id: null,
        quantity: null,
        subject: { team: { name: team.name, regionCode: team.regionCode, leader: team.leader, phone: team.phone, specialities: team.specialities, lon: team.lon, lat: team.lat } },
        batches: [],
        task: input.task || null,
        note: input.note || null,
        ...newDispatchFields(uow, actor, r, input.note),
      };
      // The team row lock makes this the rule; the index is the backstop for a team left on an open dispatch.
      await translateUniqueViolation(dispatches.insert(dispatchDb(uow.db), row), 'incidents_dispatches_team_open_uq', () => teamNotAvailable(team.name, 'on_dispatch'));
      const d = toDispatch(await reload(uow, incident.id, id));
      const how = [reachText(r), input.task && `任务：${input.task}`].filter(Boolean).join('；');
      await writer.log(uow, incident, 'team_dispatched', `派遣 ${team.name}${how ? `（${how}）` : ''}`, { dispatchId: id, teamId: team.id, distanceKm: d.distanceKm, etaMinutes: d.etaMinutes });
      uow.audit({ action: 'incident.team-dispatched', entity: 'incident_dispatch', entityId: id, regionCode: incident.region_code, after: d });
      emit(uow, 'team-dispatched', incident, d);
      return d;
    });
    await teamChanged(input.teamId);
    return out;
  }

  async function changeStatus(actor: Actor, incidentId: string, id: string, input: z.output<typeof DispatchStatusChange>): Promise<Dispatch> {
    requirePermission(actor, 'incident.command');
    const out = await data.write(actor, async (uow) => {
      // A team may still be brought back (or called off) after the incident closed: otherwise it would stay 出动.
      const incident = freesTeam(input.status) ? (await writer.load(uow, incidentId)).row : await openIncident(uow, incidentId, { zh: '更新派遣状态', en: 'update a dispatch of' });
      const beforeRow = await dispatches.get(dispatchDb(uow.db), incidentId, id, true);
      if (!beforeRow) throw dispatchNotFound(id);
      const before = toDispatch(beforeRow);
      if (!canMoveDispatch(before.kind, before.status, input.status)) throw dispatchStatusInvalid(before.kind, before.status, input.status);
      if (input.teamStatusAfter && !(before.kind === 'team' && freesTeam(input.status))) throw teamStatusAfterMisplaced();
      const at = input.at ? new Date(input.at) : uow.now;
      if (at.getTime() > uow.now.getTime() + SKEW_MS) throw dispatchTimeInvalid('in_future');
      if (at.getTime() < Date.parse(before.steps[before.steps.length - 1]!.at)) throw dispatchTimeInvalid('before_previous');
      const steps = [...before.steps, { status: input.status, at: at.toISOString(), by: actor.name, note: input.note || null }];
      await dispatchDb(uow.db)
        .updateTable('incidents_dispatches')
        .set({ status: input.status, [STEP_COLUMN[input.status]]: at, steps: JSON.stringify(steps), updated_at: uow.now })
        .where('id', '=', id)
        .execute();
      let teamAfter = '';
      if (before.kind === 'team' && freesTeam(input.status)) {
        // Only a team still 出动 is put back: one someone has since set 休整 or 撤编 keeps that status.
        const team = await resources.teams.lockIn(uow, before.team.id);
        if (team.status === 'deployed') {
          const status = input.teamStatusAfter ?? 'standby';
          await resources.teams.setStatusIn(uow, team.id, { status, note: `${STEP_ZH.team[input.status]}：${incident.title}` });
          teamAfter = status === 'standby' ? '，归队待命' : '，转入休整';
        }
      }
      const after = toDispatch(await reload(uow, incidentId, id));
      const what = after.kind === 'team' ? after.team.name : `${after.item.name} ${after.quantity}${after.item.unit}`;
      const when = input.at ? `（${localTime(at, deps.rulesFor(incident.region_code).utcOffsetMinutes)}）` : '';
      const text = input.status === 'cancelled' ? `取消派遣 ${what}${when}` : `${what} ${STEP_ZH[after.kind][input.status]}${when}${teamAfter}`;
      await writer.log(uow, incident, 'dispatch_status_changed', `${text}${input.note ? `：${input.note}` : ''}`, { dispatchId: id, kind: after.kind, from: before.status, to: after.status, at: at.toISOString() });
      uow.audit({ action: 'incident.dispatch-status-changed', entity: 'incident_dispatch', entityId: id, regionCode: incident.region_code, before, after });
      emit(uow, 'dispatch-status-changed', incident, after);
      return after;
    });
    await teamChanged(out.kind === 'team' ? out.team.id : null);
    return out;
  }

  async function dispatchSupply(actor: Actor, incidentId: string, input: z.output<typeof SupplyDispatchCreate>): Promise<Dispatch> {
    requirePermission(actor, 'incident.command');
    return data.write(actor, async (uow) => {
      const incident = await openIncident(uow, incidentId, { zh: '调拨物资', en: 'send supplies to' });
      const out = await resources.stock.dispatchOutIn(uow, { warehouseId: input.warehouseId, itemId: input.itemId, quantity: input.quantity, reference: incident.id, reason: `调拨至突发事件：${incident.title}` });
      const { warehouse, item } = out;
      const r = reach(incident, warehouse);
      const id = randomUUID();
      const row: DispatchRow = {
        id,
        incident_id: incident.id,
        region_code: incident.region_code,
        kind: 'supply',
        status: 'dispatched',
        team_id: null,
        warehouse_id: warehouse.id,
        item_id: item.id,
        quantity: String(input.quantity),
        subject: { warehouse: { name: warehouse.name, regionCode: warehouse.regionCode, lon: warehouse.lon, lat: warehouse.lat }, item: { id: item.id, code: item.code, name: item.name, unit: item.unit } },
        batches: out.lines,
        task: null,
        note: input.note || null,
        ...newDispatchFields(uow, actor, r, input.note),
      };
      await dispatches.insert(dispatchDb(uow.db), row);
      const d = toDispatch(await reload(uow, incident.id, id));
      const from = [warehouse.name, reachText(r)].filter(Boolean).join('，');
      await writer.log(uow, incident, 'supply_dispatched', `调拨 ${item.name} ${input.quantity}${item.unit}（${from}）${input.note ? `：${input.note}` : ''}`, {
        dispatchId: id,
        warehouseId: warehouse.id,
        itemId: item.id,
        quantity: input.quantity,
        movementIds: out.lines.map((l) => l.movementId),
      });
      uow.audit({ action: 'incident.supply-dispatched', entity: 'incident_dispatch', entityId: id, regionCode: incident.region_code, after: d });
      emit(uow, 'supply-dispatched', incident, d);
      return d;
    });
  }

  async function list(actor: Actor, incidentId: string): Promise<IncidentDispatches> {
    requirePermission(actor, 'incident.read');
    const db = data.read(actor);
    if (!(await repo.row(incidentsDb(db), incidentId))) throw incidentNotFound(incidentId);
    const all = (await dispatches.ofIncident(dispatchDb(db), incidentId)).map(toDispatch);
    return { teams: all.filter((d) => d.kind === 'team'), supplies: all.filter((d) => d.kind === 'supply') };
  }

  return { nearby, dispatchTeam, changeStatus, dispatchSupply, list };
}

export type DispatchService = ReturnType<typeof createDispatchService>;
