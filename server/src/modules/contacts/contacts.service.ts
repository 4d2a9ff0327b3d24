import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { Contact, ContactCreate, ContactListQuery, ContactUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { normalizeRegionCode, subtreeRange } from '../../foundation/scope/region-code.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { contactNotFound, regionNotFound, superiorInvalid, userNotFound } from './contacts.errors.js';
import type { ContactsTables } from './contacts.tables.js';

type C = Kysely<ContactsTables>;
type Row = Selectable<ContactsTables['contacts']>;
type RegionNames = (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
const contactsDb = (db: Kysely<FoundationTables>): C => moduleDb<ContactsTables>(db);

/** Responsible persons by region and role (A4): the contact directory and the warnings' call roster. */
export function createContactsService(deps: { data: DataLayer; regionNames: RegionNames }) {
  const { data } = deps;

  async function toContacts(db: Kysely<FoundationTables>, rows: Row[]): Promise<Contact[]> {
    const names = await deps.regionNames(db, [...new Set(rows.map((r) => r.region_code))]);
    const superiorIds = [...new Set(rows.map((r) => r.superior_id).filter((x): x is string => !!x))];
    const superiors = superiorIds.length ? await contactsDb(db).selectFrom('contacts').select(['id', 'name']).where('id', 'in', superiorIds).execute() : [];
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      regionName: names.get(r.region_code) ?? r.region_code,
      name: r.name,
      post: r.post,
      orgName: r.org_name,
      phone: r.phone,
      roles: r.roles,
      userId: r.user_id,
      superiorId: r.superior_id,
      // A superior in a region above the reader's scope is still named: the reader needs to know who is called.
      superiorName: superiors.find((s) => s.id === r.superior_id)?.name ?? (r.superior_id ? '上级责任人' : null),
      active: r.active,
      note: r.note,
      updatedAt: r.updated_at.toISOString(),
    }));
  }
  async function rowIn(db: C, id: string): Promise<Row> {
    const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw contactNotFound(id);
    return row;
  }
  async function one(uow: UnitOfWork, id: string) {
    return (await toContacts(uow.db, [await rowIn(contactsDb(uow.db), id)]))[0]!;
  }

  /**
   * A superior may sit in a region above the writer's scope (the county head of a village), so the chain is
   * read by id only, in the writing transaction, and nothing of it is returned but whether it is valid.
   */
  async function checkSuperior(uow: UnitOfWork, id: string | null, superiorId: string | null) {
    if (!superiorId) return;
    if (superiorId === id) throw superiorInvalid();
    let at: string | null = superiorId;
    for (let hops = 0; at && hops < 20; hops++) {
      const row: { superior_id: string | null } | undefined = (await sql<{ superior_id: string | null }>`select superior_id from contacts where id = ${at}`.execute(uow.db)).rows[0];
      if (!row) throw contactNotFound(superiorId);
      if (row.superior_id === id && id) throw superiorInvalid();
      at = row.superior_id;
    }
  }
  async function checkUser(uow: UnitOfWork, userId: string | null) {
    if (!userId) return;
    const found = await uow.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!found) throw userNotFound(userId);
  }

  return {
    async list(actor: Actor, q: z.output<typeof ContactListQuery>) {
      requirePermission(actor, 'duty.read');
      const db = contactsDb(data.read(actor));
      let query = db.selectFrom('contacts');
      if (q.regionCode) query = query.where((eb) => eb.between('region_code', ...subtreeRange(normalizeRegionCode(q.regionCode ?? ''))));
      if (q.role) query = query.where(sql<boolean>`roles @> ${JSON.stringify([q.role])}::jsonb`);
      if (q.active) query = query.where('active', '=', q.active === 'true');
      if (q.q) {
        const p = containsPattern(q.q);
        query = query.where((eb) => eb.or([eb('name', 'ilike', p), eb('post', 'ilike', p), eb('org_name', 'ilike', p), eb('phone', 'like', p)]));
      }
      const [rows, total] = await Promise.all([
        query.selectAll().orderBy('region_code').orderBy('name').orderBy('id').limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await toContacts(data.read(actor), rows), total: Number(total.n) };
    },

    async get(actor: Actor, id: string) {
      requirePermission(actor, 'duty.read');
      const db = data.read(actor);
      return (await toContacts(db, [await rowIn(contactsDb(db), id)]))[0]!;
    },

    create(actor: Actor, input: z.output<typeof ContactCreate>) {
      requirePermission(actor, 'duty.manage');
      return data.write(actor, async (uow) => {
        const regionCode = normalizeRegionCode(input.regionCode);
        if (!scopeAllows(actor.scope, regionCode) || !(await deps.regionNames(uow.db, [regionCode])).has(regionCode)) throw regionNotFound(regionCode);
        await checkSuperior(uow, null, input.superiorId);
        await checkUser(uow, input.userId);
        const row = await contactsDb(uow.db)
          .insertInto('contacts')
          .values({ region_code: regionCode, name: input.name, post: input.post, org_name: input.orgName, phone: input.phone, roles: JSON.stringify([...new Set(input.roles)]), user_id: input.userId, superior_id: input.superiorId, active: input.active, note: input.note, created_at: uow.now, updated_at: uow.now })
          .returning('id')
          .executeTakeFirstOrThrow();
        const c = await one(uow, row.id);
        uow.audit({ action: 'contact.created', entity: 'contact', entityId: c.id, regionCode, after: c });
        return c;
      });
    },

    update(actor: Actor, id: string, p: z.output<typeof ContactUpdate>) {
      requirePermission(actor, 'duty.manage');
      return data.write(actor, async (uow) => {
        const before = await one(uow, id);
        if (p.superiorId !== undefined) await checkSuperior(uow, id, p.superiorId);
        if (p.userId !== undefined) await checkUser(uow, p.userId);
        await contactsDb(uow.db)
          .updateTable('contacts')
          .set({
            ...(p.name !== undefined && { name: p.name }),
            ...(p.post !== undefined && { post: p.post }),
            ...(p.orgName !== undefined && { org_name: p.orgName }),
            ...(p.phone !== undefined && { phone: p.phone }),
            ...(p.roles !== undefined && { roles: JSON.stringify([...new Set(p.roles)]) }),
            ...(p.userId !== undefined && { user_id: p.userId }),
            ...(p.superiorId !== undefined && { superior_id: p.superiorId }),
            ...(p.active !== undefined && { active: p.active }),
            ...(p.note !== undefined && { note: p.note }),
            updated_at: uow.now,
          })
          .where('id', '=', id)
          .execute();
        const after = await one(uow, id);
        uow.audit({ action: 'contact.updated', entity: 'contact', entityId: id, regionCode: after.regionCode, before, after });
        return after;
      });
    },

    /** Deactivates rather than deletes: past call-outs keep naming the person they called. */
    deactivate(actor: Actor, id: string) {
      return this.update(actor, id, { active: false });
    },
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
