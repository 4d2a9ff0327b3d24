import { sql, type Kysely } from 'kysely';

// Warnings (C4) and CAP exchange (H1). One row per version: an update or cancellation of a published
// warning is a new row pointing at the one it replaces (previous_id), which becomes superseded, so every
// CAP message ever sent stays readable as sent. Target regions, polygons, circles and CAP lists are jsonb
// arrays; an imported alert keeps the whole parsed CAP document (cap_alert) beside the columns, so nothing
// the contract models is lost. (sender, identifier) is unique: CAP's own identity of a message.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('warnings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft','pending_review','published','rejected','cancelled','superseded')`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('authored','import')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('previous_id', 'uuid', (c) => c.references('warnings.id'))
    .addColumn('level', 'integer', (c) => c.check(sql`level between 1 and 4`))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('type_name', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('instruction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('sent', 'timestamptz')
    .addColumn('msg_type', 'text', (c) => c.notNull().check(sql`msg_type in ('Alert','Update','Cancel','Ack','Error')`))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('category', 'jsonb', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('effective', 'timestamptz')
    .addColumn('onset', 'timestamptz')
    .addColumn('expires', 'timestamptz')
    .addColumn('cap_references', 'jsonb', (c) => c.notNull())
    .addColumn('target_regions', 'jsonb', (c) => c.notNull())
    .addColumn('polygons', 'jsonb', (c) => c.notNull())
    .addColumn('circles', 'jsonb', (c) => c.notNull())
    .addColumn('cap_alert', 'jsonb')
    .addColumn('author_id', 'uuid')
    .addColumn('author_name', 'text')
    .addColumn('reviewer_id', 'uuid')
    .addColumn('reviewer_name', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index warnings_cap_identity_uq on warnings (sender, identifier)`.execute(db);
  await db.schema.createIndex('warnings_previous_idx').on('warnings').column('previous_id').execute();
  await db.schema.createIndex('warnings_region_idx').on('warnings').columns(['region_code', 'status', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('warnings').execute();
}
