import { sql, type Kysely } from 'kysely';

// A red warning writes one recipient row per person and one delivery row per message (100k+ in one
// transaction). Their region codes are copied from rows that already hold a checked one (the contact,
// the subscriber, the warning's target divisions), so the foreign key to regions checked each row again
// for nothing: it cost a fifth of the publishing transaction (measured on PostgreSQL, 110k + 110k rows:
// 3.2 s → 2.6 s). The keys to the warning and to the recipient stay.
const TABLES = ['warning_recipients', 'warning_deliveries'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql`alter table ${sql.table(t)} drop constraint if exists ${sql.ref(`${t}_region_code_fkey`)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql`alter table ${sql.table(t)} add constraint ${sql.ref(`${t}_region_code_fkey`)} foreign key (region_code) references regions (code)`.execute(db);
}
