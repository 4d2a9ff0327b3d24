import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CommandBody, CommandBodyCreate, CommandBodyListQuery, CommandBodyUpdate, CommandMemberInput, CommandMemberUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { translateUniqueViolation } from '../../foundation/db/unique-violation.js';
import { isWithin, parentCodeOf } from '../../foundation/scope/region-code.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { commandBodyNameTaken, commandBodyNotFound, incidentTypeUnknown, memberDuplicate, memberNotFound, memberOutsideRegion, orgUnitNotFound, regionNotFound } from './duty.errors.js';
import { dutyDb, dutyRepository as repo, json, type OrgUnitLookup } from './duty.repository.js';

type Create = z.output<typeof CommandBodyCreate>;
type Update = z.output<typeof CommandBodyUpdate>;
type MemberIn = z.output<typeof CommandMemberInput>;
type MemberPatch = z.output<typeof CommandMemberUpdate>;

export type CommandBodiesDeps = {
  data: DataLayer;
  orgUnits: OrgUnitLookup;
  regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
  incidentTypeKnown: (key: string) => boolean;
};

const uniqueName = <T>(name: string, write: Promise<T>) => translateUniqueViolation(write, 'duty_command_bodies_name_uq', () => commandBodyNameTaken(name));
const uniqueMember = <T>(unitName: string, write: Promise<T>) => translateUniqueViolation(write, 'duty_command_members_uq', () => memberDuplicate(unitName));

/** Command bodies (A2): 应急指挥部, 安委会, 减灾委 and 专项指挥部 per region, with member units and their duty lists. */
export function createCommandBodiesService(deps: CommandBodiesDeps) {
  const { data, orgUnits } = deps;

  const manage = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'duty.manage');
    return data.write(actor, work);
  };
  async function bodyIn(db: Kysely<FoundationTables>, id: string): Promise<CommandBody> {
    const body = (await repo.bodies(dutyDb(db), orgUnits, db, { ids: [id], limit: 1, offset: 0 })).items[0];
    if (!body) throw commandBodyNotFound(id);
    return body;
  }
  function checkTypes(keys: string[] | undefined) {
    for (const k of keys ?? []) if (!deps.incidentTypeKnown(k)) throw incidentTypeUnknown(k);
  }
  /** The unit must be visible to the actor and lie in the body's region subtree. */
  async function unitFor(uow: UnitOfWork, regionCode: string, orgUnitId: string) {
    const unit = (await orgUnits(uow.db, [orgUnitId])).get(orgUnitId);
    if (!unit) throw orgUnitNotFound(orgUnitId);
    if (!isWithin(unit.regionCode, regionCode)) throw memberOutsideRegion(unit.name);
    return unit;
  }
  async function insertMember(uow: UnitOfWork, bodyId: string, regionCode: string, m: MemberIn, order: number) {
    const unit = await unitFor(uow, regionCode, m.orgUnitId);
    const id = randomUUID();
    await uniqueMember(
      unit.name,
      dutyDb(uow.db)
        .insertInto('duty_command_members')
        .values({ id, body_id: bodyId, region_code: regionCode, org_unit_id: m.orgUnitId, role: m.role, duties: json(m.duties), contact: m.contact ? json(m.contact) : null, sort_order: m.sortOrder ?? order, updated_at: uow.now })
        .execute(),
    );
    return id;
  }
  function record(uow: UnitOfWork, action: string, after: CommandBody, before?: CommandBody) {
    uow.audit({ action: `duty.${action}`, entity: 'command_body', entityId: after.id, regionCode: after.regionCode, ...(before && { before }), after });
    uow.emit('duty.command-body-changed', after.regionCode, { id: after.id, change: action });
  }
  async function memberChange(actor: Actor, bodyId: string, action: string, change: (uow: UnitOfWork, before: CommandBody) => Promise<void>) {
    return manage(actor, async (uow) => {
      const before = await bodyIn(uow.db, bodyId);
      await change(uow, before);
      await dutyDb(uow.db).updateTable('duty_command_bodies').set({ updated_at: uow.now }).where('id', '=', bodyId).execute();
      const after = await bodyIn(uow.db, bodyId);
      record(uow, action, after, before);
      return after;
    });
  }

  return {
    list(actor: Actor, f: z.output<typeof CommandBodyListQuery>) {
      requirePermission(actor, 'duty.read');
      const db = data.read(actor);
      return repo.bodies(dutyDb(db), orgUnits, db, f);
    },
    get(actor: Actor, id: string) {
      requirePermission(actor, 'duty.read');
      return bodyIn(data.read(actor), id);
    },
    create: (actor: Actor, input: Create) =>
      manage(actor, async (uow) => {
        if (!scopeAllows(actor.scope, input.regionCode) || !(await deps.regionNames(uow.db, [input.regionCode])).has(input.regionCode)) throw regionNotFound(input.regionCode);
        checkTypes(input.incidentTypes);
        const id = randomUUID();
        await uniqueName(
          input.name,
          dutyDb(uow.db)
            .insertInto('duty_command_bodies')
            .values({
              id,
              region_code: input.regionCode,
              kind: input.kind,
              name: input.name,
              speciality: input.speciality ?? null,
              incident_types: json(input.incidentTypes),
              commander: input.commander ? json(input.commander) : null,
              description: input.description,
              created_at: uow.now,
              updated_at: uow.now,
            })
            .execute(),
        );
        for (const [i, m] of input.members.entries()) await insertMember(uow, id, input.regionCode, m, i);
        const body = await bodyIn(uow.db, id);
        record(uow, 'command-body-created', body);
        return body;
      }),
    update: (actor: Actor, id: string, p: Update) =>
      manage(actor, async (uow) => {
        const before = await bodyIn(uow.db, id);
        checkTypes(p.incidentTypes);
        await uniqueName(
          p.name ?? before.name,
          dutyDb(uow.db)
            .updateTable('duty_command_bodies')
            .set({
              ...(p.kind !== undefined && { kind: p.kind }),
              ...(p.name !== undefined && { name: p.name }),
              ...(p.speciality !== undefined && { speciality: p.speciality }),
              ...(p.incidentTypes !== undefined && { incident_types: json(p.incidentTypes) }),
              ...(p.commander !== undefined && { commander: p.commander ? json(p.commander) : null }),
              ...(p.description !== undefined && { description: p.description }),
              updated_at: uow.now,
            })
            .where('id', '=', id)
            .execute(),
        );
        const after = await bodyIn(uow.db, id);
        record(uow, 'command-body-updated', after, before);
        return after;
      }),
    addMember: (actor: Actor, bodyId: string, m: MemberIn) =>
      memberChange(actor, bodyId, 'command-member-added', async (uow, before) => {
        await insertMember(uow, bodyId, before.regionCode, m, before.members.length);
      }),
    updateMember: (actor: Actor, bodyId: string, memberId: string, p: MemberPatch) =>
      memberChange(actor, bodyId, 'command-member-updated', async (uow, before) => {
        if (!before.members.some((m) => m.id === memberId)) throw memberNotFound(memberId);
        await dutyDb(uow.db)
          .updateTable('duty_command_members')
          .set({
            ...(p.role !== undefined && { role: p.role }),
            ...(p.duties !== undefined && { duties: json(p.duties) }),
            ...(p.contact !== undefined && { contact: p.contact ? json(p.contact) : null }),
            ...(p.sortOrder !== undefined && { sort_order: p.sortOrder }),
            updated_at: uow.now,
          })
          .where('id', '=', memberId)
          .execute();
      }),
    removeMember: (actor: Actor, bodyId: string, memberId: string) =>
      memberChange(actor, bodyId, 'command-member-removed', async (uow, before) => {
        if (!before.members.some((m) => m.id === memberId)) throw memberNotFound(memberId);
        await dutyDb(uow.db).deleteFrom('duty_command_members').where('id', '=', memberId).execute();
      }),

    /**
     * For the incidents module, before its transaction: the body a response in `regionCode` uses — the
     * one named, else the 专项指挥部 covering the incident type, else the 应急指挥部, of the region or
     * its nearest ancestor that has one. Read unscoped on purpose: a county's incident may be commanded
     * by the city's body; the caller has already checked it may act on the incident.
     */
    async forResponse(regionCode: string, typeKey: string, bodyId?: string): Promise<CommandBody | null> {
      const chain: string[] = [];
      for (let c: string | null = regionCode; c; c = parentCodeOf(c)) chain.push(c);
      const all = (await repo.bodies(dutyDb(data.system), orgUnits, data.system, { regionCodes: chain, limit: 500, offset: 0 })).items;
      if (bodyId) return all.find((b) => b.id === bodyId) ?? null;
      for (const code of chain) {
        const here = all.filter((b) => b.regionCode === code);
        const pick = here.find((b) => b.kind === 'special_command' && b.incidentTypes.includes(typeKey)) ?? here.find((b) => b.kind === 'emergency_command');
        if (pick) return pick;
      }
      return null;
    },
  };
}

export type CommandBodiesService = ReturnType<typeof createCommandBodiesService>;
