import type { Kysely, Selectable } from 'kysely';
import type { Dispatch, DispatchStatus, SupplyDispatch, TeamDispatch } from '@shouwang/contracts';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { FoundationTables } from '../../../foundation/db/tables.js';
import type { DispatchTables } from './dispatch.tables.js';

export type D = Kysely<DispatchTables>;
export const dispatchDb = (db: Kysely<FoundationTables>): D => moduleDb<DispatchTables>(db);
export type DispatchRow = Selectable<DispatchTables['incidents_dispatches']>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toDispatch(r: DispatchRow): Dispatch {
  const base = {
    id: r.id,
    incidentId: r.incident_id,
    status: r.status as DispatchStatus,
    note: r.note,
    distanceKm: r.distance_m === null ? null : Math.round(r.distance_m / 100) / 10,
    etaMinutes: r.eta_minutes,
    dispatchedAt: r.dispatched_at.toISOString(),
    dispatchedBy: { id: r.dispatched_by_id, name: r.dispatched_by_name },
    departedAt: iso(r.departed_at),
    arrivedAt: iso(r.arrived_at),
    returnedAt: iso(r.returned_at),
    cancelledAt: iso(r.cancelled_at),
    steps: r.steps,
  };
  const s = r.subject;
  if ('team' in s) return { ...base, kind: 'team', team: { id: r.team_id!, ...s.team }, task: r.task } satisfies TeamDispatch;
  return { ...base, kind: 'supply', warehouse: { id: r.warehouse_id!, ...s.warehouse }, item: s.item, quantity: Number(r.quantity), batches: r.batches } satisfies SupplyDispatch;
}

export const dispatchRepository = {
  ofIncident: (db: D, incidentId: string) => db.selectFrom('incidents_dispatches').selectAll().where('incident_id', '=', incidentId).orderBy('dispatched_at').orderBy('id').execute(),
  get: (db: D, incidentId: string, id: string, lock = false) => {
    const q = db.selectFrom('incidents_dispatches').selectAll().where('id', '=', id).where('incident_id', '=', incidentId);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },
  insert: (db: D, row: DispatchRow) => db.insertInto('incidents_dispatches').values({ ...row, subject: JSON.stringify(row.subject), batches: JSON.stringify(row.batches), steps: JSON.stringify(row.steps) }).execute(),
};
