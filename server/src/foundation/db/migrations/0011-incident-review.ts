import { sql, type Kysely } from 'kysely';

// Incident review (总结评估, E5) and the linked timeline.
//
// incidents_reviews: one structured review per closed incident — 事件经过, 应急处置, 评估, 经验教训, 整改措施 —
// with the facts the server computed from the record (report timeliness, response time, tasks, dispatches)
// frozen beside the text when it becomes final; a final review is read-only.
//
// incidents_log_link_uq: timeline rows that mirror another module's event (the source alarm's entries, a
// warning published over the incident's region) carry a `linkKey` in their data; one row per incident and
// key, so a redelivered event (relay, NATS redelivery) cannot add the same line twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents_reviews')
    .addColumn('incident_id', 'uuid', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft','final')`))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text', (c) => c.notNull())
    .addColumn('lessons', 'text', (c) => c.notNull())
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('facts', 'jsonb', (c) => c.notNull())
    .addColumn('created_by_id', 'text')
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('updated_by_id', 'text')
    .addColumn('updated_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finalised_at', 'timestamptz')
    .addColumn('finalised_by', 'text')
    .execute();
  await db.schema.createIndex('incidents_reviews_region_idx').on('incidents_reviews').column('region_code').execute();

  await sql`create unique index incidents_log_link_uq on incidents_log (incident_id, (data->>'linkKey')) where data->>'linkKey' is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists incidents_log_link_uq`.execute(db);
  await db.schema.dropTable('incidents_reviews').ifExists().execute();
}
