import { sql, type Kysely } from 'kysely';

// Call-and-respond (叫应, C5). `contacts` is the roster of responsible persons by region and role (the
// 叫应名单, also the contact directory); each published warning gets one `warning_recipients` row per
// person it must wake (responsible: acknowledgement required) or inform (public subscribers), and one
// `warning_deliveries` row per attempt on a channel, so every message sent is traceable. A recipient's
// next timer (`next_due_at`) is a column, not a job per person, so one sweep per warning advances
// thousands of them set-based. Webhook subscribers receive each published warning signed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('org_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('roles', 'jsonb', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('superior_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('contacts_region_idx').on('contacts').column('region_code').execute();
  await db.schema.createIndex('contacts_user_idx').on('contacts').column('user_id').execute();
  await db.schema.createIndex('contacts_phone_idx').on('contacts').column('phone').execute();

  await db.schema
    .createTable('warning_subscribers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index warning_subscribers_uq on warning_subscribers (region_code, phone)`.execute(db);

  await db.schema
    .createTable('warning_callout_policies')
    .addColumn('region_code', sql`text collate "C"`, (c) => c.primaryKey().references('regions.code'))
    .addColumn('policy', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('warning_recipients')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('warning_id', 'uuid', (c) => c.notNull().references('warnings.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('region_level', 'smallint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('responsible','public')`))
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('user_id', 'uuid')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('ack_code', 'text')
    .addColumn('step', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('next_due_at', 'timestamptz')
    .addColumn('reached_at', 'timestamptz')
    .addColumn('read_at', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('ack_via', 'text', (c) => c.check(sql`ack_via in ('app','sms','voice','duty_phone')`))
    .addColumn('ack_by', 'text')
    .addColumn('ack_note', 'text')
    .addColumn('feedback', 'jsonb')
    .addColumn('feedback_at', 'timestamptz')
    .addColumn('feedback_overdue', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('escalated_at', 'timestamptz')
    .addColumn('escalated_from', 'uuid')
    .addColumn('stopped_at', 'timestamptz')
    .addColumn('stop_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index warning_recipients_warning_idx on warning_recipients (warning_id, region_code)`.execute(db);
  await sql`create unique index warning_recipients_contact_uq on warning_recipients (warning_id, contact_id) where contact_id is not null`.execute(db);
  await sql`create index warning_recipients_due_idx on warning_recipients (warning_id, next_due_at) where next_due_at is not null`.execute(db);
  await sql`create index warning_recipients_user_idx on warning_recipients (user_id, created_at) where user_id is not null`.execute(db);
  await sql`create index warning_recipients_code_idx on warning_recipients (phone, ack_code) where ack_code is not null and acknowledged_at is null`.execute(db);

  await db.schema
    .createTable('warning_webhooks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('min_level', 'smallint', (c) => c.notNull().defaultTo(4))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('warning_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('warning_id', 'uuid', (c) => c.notNull().references('warnings.id'))
    .addColumn('recipient_id', 'uuid', (c) => c.references('warning_recipients.id'))
    .addColumn('webhook_id', 'uuid', (c) => c.references('warning_webhooks.id').onDelete('set null'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('app','sms','voice','broadcast','webhook')`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('queued','sending','sent','delivered','failed','cancelled')`))
    .addColumn('attempt', 'smallint', (c) => c.notNull().defaultTo(1))
    .addColumn('reason', 'text')
    .addColumn('provider_ref', 'text')
    .addColumn('answered', 'boolean')
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .execute();
  await sql`create index warning_deliveries_warning_idx on warning_deliveries (warning_id, channel, state)`.execute(db);
  await sql`create index warning_deliveries_queue_idx on warning_deliveries (due_at) where state = 'queued'`.execute(db);
  await sql`create index warning_deliveries_recipient_idx on warning_deliveries (recipient_id)`.execute(db);

  await db.schema
    .createTable('warning_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('recipient_id', 'uuid', (c) => c.notNull().references('warning_recipients.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Warnings drafted from a monitoring alarm keep the alarm they came from.
  await sql`alter table warnings drop constraint warnings_source_check`.execute(db);
  await sql`alter table warnings add constraint warnings_source_check check (source in ('authored','import','alarm'))`.execute(db);
  await sql`alter table warnings add column alarm_id uuid`.execute(db);

  // An event for named users only (a call-out to a person) reaches their live connections whatever the region.
  await sql`alter table event_outbox add column audience jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table event_outbox drop column audience`.execute(db);
  await sql`alter table warnings drop column alarm_id`.execute(db);
  for (const t of ['warning_attachments', 'warning_deliveries', 'warning_webhooks', 'warning_recipients', 'warning_callout_policies', 'warning_subscribers', 'contacts']) await db.schema.dropTable(t).execute();
}
