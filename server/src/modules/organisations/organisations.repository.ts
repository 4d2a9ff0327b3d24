import type { Kysely, Selectable } from 'kysely';
import type { OrgUnit } from '@shouwang/contracts';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { OrganisationsTables } from './organisations.tables.js';

type Q = Kysely<OrganisationsTables>;
export const orgDb = (db: Kysely<FoundationTables>): Q => moduleDb<OrganisationsTables>(db);

export const toOrgUnit = (r: Selectable<OrganisationsTables['org_units']>): OrgUnit => ({
  id: r.id,
  name: r.name,
  kind: r.kind as OrgUnit['kind'],
  regionCode: r.region_code,
  parentId: r.parent_id,
  phone: r.phone,
  createdAt: r.created_at.toISOString(),
});

export const organisationsRepository = {
  async list(db: Q, f: { regionCode?: string | undefined; kind?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    let query = db.selectFrom('org_units');
    if (f.regionCode) query = query.where('region_code', '=', f.regionCode);
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.q) query = query.where('name', 'like', containsPattern(f.q));
    const [rows, total] = await Promise.all([
      query.selectAll().orderBy('region_code').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toOrgUnit), total: Number(total.n) };
  },
  async get(db: Q, id: string) {
    return db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async insert(db: Q, row: Omit<Selectable<OrganisationsTables['org_units']>, 'id' | 'created_at' | 'updated_at'> & { id: string; created_at: Date; updated_at: Date }) {
    return db.insertInto('org_units').values(row).returningAll().executeTakeFirstOrThrow();
  },
  async update(db: Q, id: string, patch: Partial<Omit<Selectable<OrganisationsTables['org_units']>, 'id' | 'created_at'>>) {
    return db.updateTable('org_units').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
  },
};
