import type { Kysely } from 'kysely';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { contactsRoutes } from './contacts.routes.js';
import { createContactsService } from './contacts.service.js';
import type { ContactsTables } from './contacts.tables.js';

export type { ContactsService } from './contacts.service.js';
export type { ContactsTables } from './contacts.tables.js';
/** What another module may learn of a responsible person: enough to name and call them. */
export type ContactRef = { id: string; name: string; phone: string; post: string; orgName: string; regionCode: string };
export type ContactLookup = (db: Kysely<FoundationTables>, id: string) => Promise<ContactRef | null>;

/** The responsible-person directory (A4), which is also the call roster warnings use (叫应名单). */
export function createContactsModule(deps: { data: DataLayer; regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>> }) {
  deps.data.registerScopedTable('contacts');
  const service = createContactsService(deps);
  return {
    service,
    routes: contactsRoutes(service),
    /** One contact by id through the caller's handle (a scoped read or a unit of work): null when out of sight. */
    lookup: async (db: Kysely<FoundationTables>, id: string): Promise<ContactRef | null> => {
      const row = await moduleDb<ContactsTables>(db).selectFrom('contacts').select(['id', 'name', 'phone', 'post', 'org_name', 'region_code']).where('id', '=', id).executeTakeFirst();
      return row ? { id: row.id, name: row.name, phone: row.phone, post: row.post, orgName: row.org_name, regionCode: row.region_code } : null;
    },
  };
}
