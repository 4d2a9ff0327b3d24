import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ForceLevel, StrengthReport, Team, TeamCreate, TeamDetail, TeamMemberCreate, TeamMemberUpdate, TeamStatus, TeamStatusChange, TeamUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { notFound } from '../../foundation/http/errors.js';
import { isWithin } from '../../foundation/scope/region-code.js';
import { json, registryDb, registryRepository as repo, toMember, toStatusEntry, toTeam, type R, type TeamFilter } from './registry.repository.js';
import { checkStrength, DEFAULT_STRENGTH_RULES, REGION_LEVEL_OF } from './strength-rules.js';

type Create = z.output<typeof TeamCreate>;
type Update = z.output<typeof TeamUpdate>;
type MemberCreate = z.output<typeof TeamMemberCreate>;

const teamNotFound = (id: string) => notFound('TEAM_NOT_FOUND', { zh: `救援队伍 ${id} 不存在或不在您的管辖范围内`, en: `Team ${id} not found in your scope` });
const memberNotFound = (id: string) => notFound('TEAM_MEMBER_NOT_FOUND', { zh: `队员 ${id} 不存在或不在您的管辖范围内`, en: `Team member ${id} not found in your scope` });

export type TeamsDeps = {
  data: DataLayer;
  /** Regions of a tree level inside the actor's scope (from the regions module). */
  regionsAtLevel: (actor: Actor, level: 1 | 2 | 3 | 4 | 5) => Promise<{ code: string; name: string }[]>;
  /** Called after a committed change so this instance's locator is current before the reply. */
  changed: (id: string) => Promise<void>;
};

/** Rescue forces (D3): teams, their rosters and their readiness history. */
export function createTeamsService(deps: TeamsDeps) {
  const { data } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'resource.read');
    return registryDb(data.read(actor));
  };
  const manage = async <T>(actor: Actor, id: string | null, work: (uow: UnitOfWork, db: R) => Promise<T & { id?: string }>) => {
    requirePermission(actor, 'resource.manage');
    const out = await data.write(actor, (uow) => work(uow, registryDb(uow.db)));
    await deps.changed(id ?? out.id ?? '');
    return out;
  };

  async function teamIn(db: R, id: string) {
    const t = await repo.getTeam(db, id);
    if (!t) throw teamNotFound(id);
    return t;
  }

  function memberRow(uow: UnitOfWork, teamId: string, regionCode: string, m: MemberCreate) {
    return { id: randomUUID(), team_id: teamId, region_code: regionCode, name: m.name, role: m.role, phone: m.phone, skills: m.skills, certificates: json(m.certificates), active: m.active, created_at: uow.now, updated_at: uow.now };
  }

  function historyRow(uow: UnitOfWork, teamId: string, regionCode: string, status: string, note: string | null) {
    return { id: randomUUID(), team_id: teamId, region_code: regionCode, status, note, actor_id: uow.actor.id, actor_name: uow.actor.name, at: uow.now };
  }

  /**
   * The team, its row locked until the caller's unit of work ends: two units of work that both mean to
   * change its readiness (two dispatches of one team) queue here, and the second sees the first's result.
   * Not found when outside the actor's subtree.
   */
  async function lockIn(uow: UnitOfWork, id: string): Promise<Team> {
    const db = registryDb(uow.db);
    if (!(await db.selectFrom('resources_teams').select('id').where('id', '=', id).forUpdate().executeTakeFirst())) throw teamNotFound(id);
    return toTeam(await teamIn(db, id));
  }

  /**
   * Readiness change in the caller's unit of work (the API's own, or an incident dispatch's): status,
   * history row, audit entry and the event the locators follow. The caller refreshes this instance's
   * locator after commit (`ResourceLocator.refresh('team', id)`) to read its own write at once.
   */
  async function setStatusIn(uow: UnitOfWork, id: string, change: { status: TeamStatus; note?: string | null | undefined }): Promise<Team> {
    const db = registryDb(uow.db);
    const before = await lockIn(uow, id);
    if (before.status === change.status) return before;
    await db.updateTable('resources_teams').set({ status: change.status, status_since: uow.now, updated_at: uow.now }).where('id', '=', id).execute();
    await db.insertInto('resources_team_status_history').values(historyRow(uow, id, before.regionCode, change.status, change.note ?? null)).execute();
    const after = toTeam(await teamIn(db, id));
    uow.audit({ action: 'team.status-changed', entity: 'team', entityId: id, regionCode: after.regionCode, before: { status: before.status }, after: { status: after.status, note: change.note ?? null } });
    uow.emit('resources.team-changed', after.regionCode, { id, change: 'status', status: after.status });
    return after;
  }

  /** Creates a team with its roster in the caller's unit of work (used by the API and the importer). */
  async function insert(uow: UnitOfWork, input: Create): Promise<Team> {
    const db = registryDb(uow.db);
    const id = randomUUID();
    await db
      .insertInto('resources_teams')
      .values({
        id,
        name: input.name,
        kind: input.kind,
        specialities: input.specialities,
        level: input.level,
        region_code: input.regionCode,
        lon: input.lon,
        lat: input.lat,
        base_address: input.baseAddress,
        leader: input.leader,
        phone: input.phone,
        equipment: json(input.equipment),
        status: 'standby',
        status_since: uow.now,
        created_at: uow.now,
        updated_at: uow.now,
      })
      .execute();
    const members = input.members ?? [];
    if (members.length) await db.insertInto('resources_team_members').values(members.map((m) => memberRow(uow, id, input.regionCode, m))).execute();
    await db.insertInto('resources_team_status_history').values(historyRow(uow, id, input.regionCode, 'standby', '组建')).execute();
    const team = toTeam(await teamIn(db, id));
    uow.audit({ action: 'team.created', entity: 'team', entityId: id, regionCode: team.regionCode, after: { ...team, members: members.map((m) => m.name) } });
    uow.emit('resources.team-changed', team.regionCode, { id, change: 'created' });
    return team;
  }

  async function patch(uow: UnitOfWork, id: string, p: Update): Promise<Team> {
    const db = registryDb(uow.db);
    const before = toTeam(await teamIn(db, id));
    await db
      .updateTable('resources_teams')
      .set({
        ...(p.name !== undefined && { name: p.name }),
        ...(p.kind !== undefined && { kind: p.kind }),
        ...(p.specialities !== undefined && { specialities: p.specialities }),
        ...(p.level !== undefined && { level: p.level }),
        ...(p.regionCode !== undefined && { region_code: p.regionCode }),
        ...(p.lon !== undefined && { lon: p.lon }),
        ...(p.lat !== undefined && { lat: p.lat }),
        ...(p.baseAddress !== undefined && { base_address: p.baseAddress }),
        ...(p.leader !== undefined && { leader: p.leader }),
        ...(p.phone !== undefined && { phone: p.phone }),
        ...(p.equipment !== undefined && { equipment: json(p.equipment) }),
        updated_at: uow.now,
      })
      .where('id', '=', id)
      .execute();
    if (p.regionCode !== undefined && p.regionCode !== before.regionCode) {
      // The roster and history follow the team, so whoever sees the team sees all of it.
      await db.updateTable('resources_team_members').set({ region_code: p.regionCode }).where('team_id', '=', id).execute();
      await db.updateTable('resources_team_status_history').set({ region_code: p.regionCode }).where('team_id', '=', id).execute();
    }
    const after = toTeam(await teamIn(db, id));
    uow.audit({ action: 'team.updated', entity: 'team', entityId: id, regionCode: after.regionCode, before, after });
    uow.emit('resources.team-changed', after.regionCode, { id, change: 'updated' });
    return after;
  }

  /** The team with the given name in a region, for the importer's upsert. */
  const findByName = async (uow: UnitOfWork, regionCode: string, name: string) =>
    (await registryDb(uow.db).selectFrom('resources_teams').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst())?.id;

  return {
    insert,
    patch,
    findByName,
    list: (actor: Actor, f: TeamFilter & { limit: number; offset: number }) => repo.listTeams(read(actor), f),
    async get(actor: Actor, id: string): Promise<TeamDetail> {
      const db = read(actor);
      const team = toTeam(await teamIn(db, id));
      const [members, history] = await Promise.all([repo.membersOf(db, id), repo.historyOf(db, id)]);
      return { ...team, members: members.map(toMember), history: history.map(toStatusEntry) };
    },
    create: (actor: Actor, input: Create) => manage(actor, null, (uow) => insert(uow, input)),
    update: (actor: Actor, id: string, p: Update) => manage(actor, id, (uow) => patch(uow, id, p)),

    /** 待命 → 出动 → 休整 …: the team row holds the current status, the history every change. */
    setStatus: (actor: Actor, id: string, change: z.output<typeof TeamStatusChange>) => manage(actor, id, (uow) => setStatusIn(uow, id, change)),
    lockIn,
    setStatusIn,

    listMembers: (actor: Actor, f: { teamId?: string | undefined; regionCode?: string | undefined; limit: number; offset: number }) => repo.listMembers(read(actor), f),
    addMember: (actor: Actor, teamId: string, m: MemberCreate) =>
      manage(actor, teamId, async (uow, db) => {
        const team = await teamIn(db, teamId);
        const row = await db.insertInto('resources_team_members').values(memberRow(uow, teamId, team.region_code, m)).returningAll().executeTakeFirstOrThrow();
        const member = toMember(row);
        uow.audit({ action: 'team.member-added', entity: 'team_member', entityId: member.id, regionCode: member.regionCode, after: member });
        uow.emit('resources.team-changed', member.regionCode, { id: teamId, change: 'members' });
        return member;
      }),
    updateMember: async (actor: Actor, memberId: string, p: z.output<typeof TeamMemberUpdate>) => {
      const out = await manage(actor, null, async (uow, db) => {
        const before = await db.selectFrom('resources_team_members').selectAll().where('id', '=', memberId).executeTakeFirst();
        if (!before) throw memberNotFound(memberId);
        const row = await db
          .updateTable('resources_team_members')
          .set({
            ...(p.name !== undefined && { name: p.name }),
            ...(p.role !== undefined && { role: p.role }),
            ...(p.phone !== undefined && { phone: p.phone }),
            ...(p.skills !== undefined && { skills: p.skills }),
            ...(p.certificates !== undefined && { certificates: json(p.certificates) }),
            ...(p.active !== undefined && { active: p.active }),
            updated_at: uow.now,
          })
          .where('id', '=', memberId)
          .returningAll()
          .executeTakeFirstOrThrow();
        const after = toMember(row);
        uow.audit({ action: 'team.member-updated', entity: 'team_member', entityId: memberId, regionCode: after.regionCode, before: toMember(before), after });
        uow.emit('resources.team-changed', after.regionCode, { id: after.teamId, change: 'members' });
        return { ...after, id: after.teamId, member: after };
      });
      return out.member;
    },

    /** Teams below the minimum strength for their level, and regions with no such team. */
    async strength(actor: Actor, regionCode?: string): Promise<StrengthReport> {
      const inRegion = (code: string) => !regionCode || isWithin(code, regionCode);
      const teams = (await repo.activeTeams(read(actor))).filter((t) => inRegion(t.region_code));
      const levels = [...new Set(DEFAULT_STRENGTH_RULES.map((r) => r.level))];
      const regions = new Map<ForceLevel, { code: string; name: string }[]>();
      // Villages are left out of "missing": the tree rarely holds every village, so absence there proves nothing.
      for (const l of levels) regions.set(l, l === 'village' ? [] : (await deps.regionsAtLevel(actor, REGION_LEVEL_OF[l])).filter((r) => inRegion(r.code)));
      const result = checkStrength(
        DEFAULT_STRENGTH_RULES,
        teams.map((t) => ({ id: t.id, name: t.name, kind: t.kind as Team['kind'], level: t.level as ForceLevel, regionCode: t.region_code, members: Number(t.member_count) })),
        (l) => regions.get(l) ?? [],
      );
      return { rules: [...DEFAULT_STRENGTH_RULES], checkedTeams: teams.length, ...result };
    },
  };
}

export type TeamsService = ReturnType<typeof createTeamsService>;
