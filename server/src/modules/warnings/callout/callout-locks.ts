import { sql, type Kysely } from 'kysely';
import type { FoundationTables } from '../../../foundation/db/tables.js';

/**
 * Takes the row locks of deliveries in id order before a set-based update. The dispatcher (marking sent),
 * carrier receipts and app receipts touch overlapping rows concurrently; without one order PostgreSQL
 * finds deadlocks between them and a whole batch is lost (measured by bench/fanout).
 */
export async function lockDeliveries(db: Kysely<FoundationTables>, ids: string[]): Promise<void> {
  if (ids.length) await sql`select id from warning_deliveries where id = any(${ids}::uuid[]) order by id for update`.execute(db);
}
