import type { Kysely, Selectable } from 'kysely';
import type { CommandBody, CommandBodyKind, CommandMember, DutyShift, OrgUnit } from '@shouwang/contracts';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import type { DutyTables } from './duty.tables.js';

export type D = Kysely<DutyTables>;
export const dutyDb = (db: Kysely<FoundationTables>): D => moduleDb<DutyTables>(db);
export const json = (v: unknown) => JSON.stringify(v);

export type OrgUnitInfo = { id: string; name: string; kind: OrgUnit['kind']; regionCode: string };
/** Org units by id through the caller's handle (so only the ones the caller may see). */
export type OrgUnitLookup = (db: Kysely<FoundationTables>, ids: string[]) => Promise<Map<string, OrgUnitInfo>>;

type BodyRow = Selectable<DutyTables['duty_command_bodies']>;
type MemberRow = Selectable<DutyTables['duty_command_members']>;
type ShiftRow = Selectable<DutyTables['duty_shifts']>;
type HandoverRow = Selectable<DutyTables['duty_handovers']>;

export function toMember(r: MemberRow, units: Map<string, OrgUnitInfo>): CommandMember {
  const unit = units.get(r.org_unit_id);
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    unitName: unit?.name ?? '（单位不可见）',
    unitKind: unit?.kind ?? 'other',
    role: r.role,
    duties: r.duties,
    contact: r.contact ?? null,
    sortOrder: r.sort_order,
  };
}

export function toBody(r: BodyRow, members: MemberRow[], units: Map<string, OrgUnitInfo>): CommandBody {
  const roleOrder = { office: 0, lead: 1, member: 2 } as const;
  return {
    id: r.id,
    regionCode: r.region_code,
    kind: r.kind as CommandBodyKind,
    name: r.name,
    speciality: r.speciality,
    incidentTypes: r.incident_types,
    commander: r.commander ?? null,
    description: r.description,
    members: members
      .filter((m) => m.body_id === r.id)
      .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.sort_order - b.sort_order || a.id.localeCompare(b.id))
      .map((m) => toMember(m, units)),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toShift(r: ShiftRow, handover: HandoverRow | undefined): DutyShift {
  return {
    id: r.id,
    regionCode: r.region_code,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    leader: r.leader,
    officers: r.officers,
    note: r.note,
    handover: handover
      ? { at: handover.at.toISOString(), by: { id: handover.by_id, name: handover.by_name }, log: handover.log, openMatters: handover.open_matters, receivedBy: handover.received_by, nextShiftId: handover.next_shift_id }
      : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export const dutyRepository = {
  /** Command bodies with their members, the unit names read through `unitsDb` (the caller's or the system handle). */
  async bodies(db: D, orgUnits: OrgUnitLookup, unitsDb: Kysely<FoundationTables>, f: { ids?: string[]; regionCode?: string | undefined; regionCodes?: string[]; kind?: string | undefined; limit: number; offset: number }) {
    let q = db.selectFrom('duty_command_bodies');
    if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
    if (f.regionCode) q = q.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
    if (f.regionCodes) q = q.where('region_code', 'in', f.regionCodes.length ? f.regionCodes : ['']);
    if (f.kind) q = q.where('kind', '=', f.kind);
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('region_code').orderBy('kind').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const members = rows.length ? await db.selectFrom('duty_command_members').selectAll().where('body_id', 'in', rows.map((r) => r.id)).execute() : [];
    const units = members.length ? await orgUnits(unitsDb, [...new Set(members.map((m) => m.org_unit_id))]) : new Map<string, OrgUnitInfo>();
    return { items: rows.map((r) => toBody(r, members, units)), total: Number(total.n) };
  },

  async shifts(db: D, f: { ids?: string[]; regionCode?: string | undefined; regionCodes?: string[]; from?: Date | undefined; to?: Date | undefined; limit: number; offset: number }) {
    let q = db.selectFrom('duty_shifts');
    if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
    if (f.regionCode) q = q.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
    if (f.regionCodes) q = q.where('region_code', 'in', f.regionCodes.length ? f.regionCodes : ['']);
    if (f.from) q = q.where('ends_at', '>', f.from);
    if (f.to) q = q.where('starts_at', '<', f.to);
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('starts_at').orderBy('region_code').limit(f.limit).offset(f.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const handovers = rows.length ? await db.selectFrom('duty_handovers').selectAll().where('shift_id', 'in', rows.map((r) => r.id)).execute() : [];
    return { items: rows.map((r) => toShift(r, handovers.find((h) => h.shift_id === r.id))), total: Number(total.n) };
  },
};
