import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DutyNow, DutyPerson, DutyPersonInput, DutyShift, DutyShiftCreate, DutyShiftListQuery, DutyShiftUpdate, ShiftHandoverCreate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { parentCodeOf } from '../../foundation/scope/region-code.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { dutyPersonIncomplete, regionNotFound, shiftHandedOver, shiftNotFound, shiftNotStarted, shiftOverlap, shiftStarted, shiftTimesInvalid, userNotFound } from './duty.errors.js';
import { dutyDb, dutyRepository as repo, json } from './duty.repository.js';
import { resolveOnDuty, shiftTimesProblem } from './shift-rules.js';

type Create = z.output<typeof DutyShiftCreate>;
type Update = z.output<typeof DutyShiftUpdate>;
type PersonIn = z.output<typeof DutyPersonInput>;

/** A user's name and phone, read through the caller's handle (so only users the caller may see). */
export type UserContactLookup = (db: Kysely<FoundationTables>, id: string) => Promise<{ id: string; name: string; phone: string | null } | null>;

export type RosterDeps = {
  data: DataLayer;
  clock: Clock;
  users: UserContactLookup;
  regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
};

const chainOf = (code: string) => {
  const chain: string[] = [];
  for (let c: string | null = code; c; c = parentCodeOf(c)) chain.push(c);
  return chain;
};

/** The 24×7 duty roster (A3): shifts with 带班领导 and 值班员, handover with a written log, who is on duty now. */
export function createRosterService(deps: RosterDeps) {
  const { data, clock } = deps;

  const manage = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'duty.manage');
    return data.write(actor, work);
  };
  async function shiftIn(db: Kysely<FoundationTables>, id: string): Promise<DutyShift> {
    const shift = (await repo.shifts(dutyDb(db), { ids: [id], limit: 1, offset: 0 })).items[0];
    if (!shift) throw shiftNotFound(id);
    return shift;
  }

  /** A user's name and phone are captured at the time of rostering; a named person needs both. */
  async function person(uow: UnitOfWork, p: PersonIn, label: string): Promise<DutyPerson> {
    if (p.userId) {
      const user = await deps.users(uow.db, p.userId);
      if (!user) throw userNotFound(p.userId);
      const phone = p.phone ?? user.phone;
      if (!phone) throw dutyPersonIncomplete(label);
      return { userId: user.id, name: p.name ?? user.name, phone };
    }
    if (!p.name || !p.phone) throw dutyPersonIncomplete(label);
    return { userId: null, name: p.name, phone: p.phone };
  }
  const people = async (uow: UnitOfWork, leader: PersonIn, officers: PersonIn[]) => ({
    leader: await person(uow, leader, '带班领导'),
    officers: await Promise.all(officers.map((o, i) => person(uow, o, `值班员 ${i + 1}`))),
  });

  /** Shifts of one region never overlap: checked under a per-region lock so two writers cannot both pass. */
  async function checkSlot(uow: UnitOfWork, regionCode: string, startsAt: Date, endsAt: Date, self?: string) {
    const problem = shiftTimesProblem({ startsAt, endsAt });
    if (problem) throw shiftTimesInvalid(problem);
    await sql`select pg_advisory_xact_lock(hashtext(${`duty_shifts:${regionCode}`}))`.execute(uow.db);
    let q = dutyDb(uow.db).selectFrom('duty_shifts').select(['id', 'starts_at', 'ends_at']).where('region_code', '=', regionCode).where('starts_at', '<', endsAt).where('ends_at', '>', startsAt);
    if (self) q = q.where('id', '<>', self);
    const clash = await q.orderBy('starts_at').executeTakeFirst();
    if (clash) throw shiftOverlap(clash.id, clash.starts_at.toISOString(), clash.ends_at.toISOString());
  }

  function record(uow: UnitOfWork, action: string, after: DutyShift, before?: DutyShift) {
    uow.audit({ action: `duty.${action}`, entity: 'duty_shift', entityId: after.id, regionCode: after.regionCode, ...(before && { before }), after });
    uow.emit(action === 'shift-handed-over' ? 'duty.shift-handed-over' : 'duty.shift-changed', after.regionCode, { id: after.id, change: action, startsAt: after.startsAt, endsAt: after.endsAt });
  }

  async function createIn(uow: UnitOfWork, input: Create): Promise<DutyShift> {
    if (!scopeAllows(uow.actor.scope, input.regionCode) || !(await deps.regionNames(uow.db, [input.regionCode])).has(input.regionCode)) throw regionNotFound(input.regionCode);
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    await checkSlot(uow, input.regionCode, startsAt, endsAt);
    const { leader, officers } = await people(uow, input.leader, input.officers);
    const id = randomUUID();
    await dutyDb(uow.db)
      .insertInto('duty_shifts')
      .values({ id, region_code: input.regionCode, starts_at: startsAt, ends_at: endsAt, leader: json(leader), officers: json(officers), note: input.note, created_at: uow.now, updated_at: uow.now })
      .execute();
    const shift = await shiftIn(uow.db, id);
    record(uow, 'shift-created', shift);
    return shift;
  }

  return {
    list(actor: Actor, f: z.output<typeof DutyShiftListQuery>) {
      requirePermission(actor, 'duty.read');
      return repo.shifts(dutyDb(data.read(actor)), { ...f, from: f.from ? new Date(f.from) : undefined, to: f.to ? new Date(f.to) : undefined });
    },
    get(actor: Actor, id: string) {
      requirePermission(actor, 'duty.read');
      return shiftIn(data.read(actor), id);
    },
    create: (actor: Actor, input: Create) => manage(actor, (uow) => createIn(uow, input)),
    /** Several shifts in one unit of work (a week's roster): all or none. */
    createMany: (actor: Actor, inputs: Create[]) => manage(actor, async (uow) => {
      const out: DutyShift[] = [];
      for (const input of inputs) out.push(await createIn(uow, input));
      return out;
    }),
    update: (actor: Actor, id: string, p: Update) =>
      manage(actor, async (uow) => {
        const before = await shiftIn(uow.db, id);
        if (before.handover) throw shiftHandedOver(id);
        const startsAt = new Date(p.startsAt ?? before.startsAt);
        const endsAt = new Date(p.endsAt ?? before.endsAt);
        if (p.startsAt !== undefined || p.endsAt !== undefined) await checkSlot(uow, before.regionCode, startsAt, endsAt, id);
        const leader = p.leader ? await person(uow, p.leader, '带班领导') : undefined;
        const officers = p.officers ? await Promise.all(p.officers.map((o, i) => person(uow, o, `值班员 ${i + 1}`))) : undefined;
        await dutyDb(uow.db)
          .updateTable('duty_shifts')
          .set({
            starts_at: startsAt,
            ends_at: endsAt,
            ...(leader && { leader: json(leader) }),
            ...(officers && { officers: json(officers) }),
            ...(p.note !== undefined && { note: p.note }),
            updated_at: uow.now,
          })
          .where('id', '=', id)
          .execute();
        const after = await shiftIn(uow.db, id);
        record(uow, 'shift-updated', after, before);
        return after;
      }),
    /** Only a shift that has not started can be taken off the roster. */
    remove: (actor: Actor, id: string) =>
      manage(actor, async (uow) => {
        const before = await shiftIn(uow.db, id);
        if (new Date(before.startsAt).getTime() <= uow.now.getTime()) throw shiftStarted(id);
        await dutyDb(uow.db).deleteFrom('duty_shifts').where('id', '=', id).execute();
        uow.audit({ action: 'duty.shift-removed', entity: 'duty_shift', entityId: id, regionCode: before.regionCode, before });
        uow.emit('duty.shift-changed', before.regionCode, { id, change: 'shift-removed', startsAt: before.startsAt, endsAt: before.endsAt });
        return before;
      }),
    /** 交接班: the written log of a shift that has started, handed to the next shift of the same roster. Once. */
    handover: (actor: Actor, id: string, input: z.output<typeof ShiftHandoverCreate>) =>
      manage(actor, async (uow) => {
        const before = await shiftIn(uow.db, id);
        if (before.handover) throw shiftHandedOver(id);
        if (new Date(before.startsAt).getTime() > uow.now.getTime()) throw shiftNotStarted(id);
        const db = dutyDb(uow.db);
        const next = await db.selectFrom('duty_shifts').select(['id', 'leader']).where('region_code', '=', before.regionCode).where('starts_at', '>=', new Date(before.endsAt)).orderBy('starts_at').executeTakeFirst();
        await db
          .insertInto('duty_handovers')
          .values({
            id: randomUUID(),
            shift_id: id,
            region_code: before.regionCode,
            next_shift_id: next?.id ?? null,
            at: uow.now,
            by_id: actor.id,
            by_name: actor.name,
            received_by: input.receivedBy ?? next?.leader.name ?? null,
            log: input.log,
            open_matters: input.openMatters,
          })
          .execute();
        const after = await shiftIn(uow.db, id);
        record(uow, 'shift-handed-over', after, before);
        return after;
      }),

    /**
     * Who is on duty now in a region the caller may see; when its roster has nobody now, the nearest
     * ancestor's shift answers (a county without a roster reports to the city's duty desk). Ancestors are
     * read unscoped on purpose: everyone must be able to reach the duty desk above them.
     */
    async now(actor: Actor, regionCode?: string): Promise<DutyNow> {
      requirePermission(actor, 'duty.read');
      const code = regionCode ?? actor.regionCode;
      if (!scopeAllows(actor.scope, code) || !(await deps.regionNames(data.read(actor), [code])).has(code)) throw regionNotFound(code);
      const at = clock.now();
      const chain = chainOf(code);
      const db = dutyDb(data.system);
      const covering = (await repo.shifts(db, { regionCodes: chain, from: at, to: new Date(at.getTime() + 1), limit: 50, offset: 0 })).items;
      const found = resolveOnDuty(
        chain,
        covering.map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
        at,
      );
      if (!found) return { regionCode: code, servedBy: null, servedByName: null, inherited: false, shift: null, nextShift: null };
      const shift = covering.find((s) => s.id === found.shift.id) ?? null;
      const next = (await repo.shifts(db, { regionCodes: [found.servedBy], from: found.shift.endsAt, limit: 1, offset: 0 })).items.find((s) => s.id !== found.shift.id) ?? null;
      const names = await deps.regionNames(data.system, [found.servedBy]);
      return { regionCode: code, servedBy: found.servedBy, servedByName: names.get(found.servedBy) ?? null, inherited: found.servedBy !== code, shift, nextShift: next };
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
