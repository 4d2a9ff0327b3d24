import { sql, type Kysely, type Selectable } from 'kysely';
import type { Expert, Facility, Team, TeamMember, TeamStatusEntry } from '@shouwang/contracts';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { RegistryTables } from './registry.tables.js';

export type R = Kysely<RegistryTables>;
export const registryDb = (db: Kysely<FoundationTables>): R => moduleDb<RegistryTables>(db);

type Row<T extends keyof RegistryTables> = Selectable<RegistryTables[T]>;
export type TeamRow = Row<'resources_teams'> & { member_count: number };
export type MemberRow = Row<'resources_team_members'>;
export type FacilityRow = Row<'resources_facilities'>;
export type ExpertRow = Row<'resources_experts'>;

export const json = (v: unknown) => JSON.stringify(v);

export const toTeam = (r: TeamRow): Team => ({
  id: r.id,
  name: r.name,
  kind: r.kind as Team['kind'],
  specialities: r.specialities as Team['specialities'],
  level: r.level as Team['level'],
  regionCode: r.region_code,
  lon: r.lon,
  lat: r.lat,
  baseAddress: r.base_address,
  leader: r.leader,
  phone: r.phone,
  equipment: r.equipment,
  status: r.status as Team['status'],
  statusSince: r.status_since.toISOString(),
  memberCount: Number(r.member_count),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const toMember = (r: MemberRow): TeamMember => ({
  id: r.id,
  teamId: r.team_id,
  name: r.name,
  role: r.role as TeamMember['role'],
  phone: r.phone,
  skills: r.skills,
  certificates: r.certificates,
  active: r.active,
  regionCode: r.region_code,
});

export const toStatusEntry = (r: Row<'resources_team_status_history'>): TeamStatusEntry => ({
  status: r.status as TeamStatusEntry['status'],
  note: r.note,
  at: r.at.toISOString(),
  actorName: r.actor_name,
});

export const toExpert = (r: ExpertRow): Expert => ({
  id: r.id,
  name: r.name,
  fields: r.fields,
  title: r.title,
  organisation: r.organisation,
  phone: r.phone,
  email: r.email,
  regionCode: r.region_code,
  available: r.available,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const toFacility = (r: FacilityRow): Facility => ({
  id: r.id,
  kind: r.kind as Facility['kind'],
  name: r.name,
  level: r.level as Facility['level'],
  regionCode: r.region_code,
  lon: r.lon,
  lat: r.lat,
  address: r.address,
  manager: r.manager,
  phone: r.phone,
  shelterClass: r.shelter_class as Facility['shelterClass'],
  capacity: r.capacity,
  occupancy: r.occupancy,
  areaM2: r.area_m2,
  amenities: r.amenities as Facility['amenities'],
  notes: r.notes,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export type TeamFilter = { regionCode?: string | undefined; kind?: string | undefined; speciality?: string | undefined; status?: string | undefined; level?: string | undefined; q?: string | undefined; ids?: string[] };

/** Teams with the count of their active members. */
function teams(db: R, f: TeamFilter = {}) {
  let query = db.selectFrom('resources_teams as t');
  if (f.ids) query = query.where('t.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.regionCode) query = query.where((eb) => eb.between('t.region_code', ...subtreeRange(f.regionCode ?? '')));
  if (f.kind) query = query.where('t.kind', '=', f.kind);
  if (f.status) query = query.where('t.status', '=', f.status);
  if (f.level) query = query.where('t.level', '=', f.level);
  if (f.speciality) query = query.where(sql<boolean>`${f.speciality} = any(t.specialities)`);
  if (f.q) query = query.where((eb) => eb.or([eb('t.name', 'like', containsPattern(f.q ?? '')), eb('t.base_address', 'like', containsPattern(f.q ?? ''))]));
  return query;
}
const memberCount = sql<number>`(select count(*) from resources_team_members m where m.team_id = t.id and m.active)`.as('member_count');

export const registryRepository = {
  async listTeams(db: R, f: TeamFilter & { limit: number; offset: number }) {
    const [rows, total] = await Promise.all([
      teams(db, f).selectAll('t').select(memberCount).orderBy('t.region_code').orderBy('t.name').limit(f.limit).offset(f.offset).execute(),
      teams(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toTeam), total: Number(total.n) };
  },
  getTeam: (db: R, id: string) => teams(db, { ids: [id] }).selectAll('t').select(memberCount).executeTakeFirst(),
  /** Every team in scope that is not disbanded (strength check, locator). */
  activeTeams: (db: R) => teams(db).selectAll('t').select(memberCount).where('t.status', '<>', 'disbanded').execute(),
  membersOf: (db: R, teamId: string) =>
    db.selectFrom('resources_team_members').selectAll().where('team_id', '=', teamId).orderBy(sql`case role when 'leader' then 0 when 'deputy' then 1 else 2 end`).orderBy('name').execute(),
  historyOf: (db: R, teamId: string) => db.selectFrom('resources_team_status_history').selectAll().where('team_id', '=', teamId).orderBy('at', 'desc').limit(200).execute(),

  async listMembers(db: R, f: { teamId?: string | undefined; regionCode?: string | undefined; limit: number; offset: number }) {
    let query = db.selectFrom('resources_team_members');
    if (f.teamId) query = query.where('team_id', '=', f.teamId);
    if (f.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('region_code').orderBy('team_id').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toMember), total: Number(total.n) };
  },

  async listExperts(db: R, f: { regionCode?: string | undefined; field?: string | undefined; available?: boolean | undefined; q?: string | undefined; limit: number; offset: number }) {
    let query = db.selectFrom('resources_experts');
    if (f.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
    if (f.field) query = query.where(sql<boolean>`${f.field} = any(fields)`);
    if (f.available !== undefined) query = query.where('available', '=', f.available);
    if (f.q) query = query.where((eb) => eb.or([eb('name', 'like', containsPattern(f.q ?? '')), eb('organisation', 'like', containsPattern(f.q ?? ''))]));
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('region_code').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toExpert), total: Number(total.n) };
  },

  async listFacilities(db: R, f: { regionCode?: string | undefined; kind?: string | undefined; level?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    let query = db.selectFrom('resources_facilities');
    if (f.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(f.regionCode ?? '')));
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.level) query = query.where('level', '=', f.level);
    if (f.q) query = query.where((eb) => eb.or([eb('name', 'like', containsPattern(f.q ?? '')), eb('address', 'like', containsPattern(f.q ?? ''))]));
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('region_code').orderBy('kind').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toFacility), total: Number(total.n) };
  },
};
