import { sql, type Kysely } from 'kysely';

// The incident list shows open incidents first, newest first, a page at a time. Without an index in
// that order every request sorted the caller's whole subtree (1M incidents: the city's 80k, the
// province's all). This index walks in list order and checks the region on the index tuple, so a page
// stops after its rows (the page's total is counted on incidents_region_idx).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index incidents_list_idx on incidents ((case when status = 'closed' then 1 else 0 end), received_at desc, id, region_code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index incidents_list_idx`.execute(db);
}
