import type { Kysely } from 'kysely';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { contactsRoutes } from './contacts.routes.js';
import { createContactsService } from './contacts.service.js';

export type { ContactsService } from './contacts.service.js';
export type { ContactsTables } from './contacts.tables.js';

/** The responsible-person directory (A4), which is also the call roster warnings use (叫应名单). */
export function createContactsModule(deps: { data: DataLayer; regionNames: (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>> }) {
  deps.data.registerScopedTable('contacts');
  const service = createContactsService(deps);
  return { service, routes: contactsRoutes(service) };
}
