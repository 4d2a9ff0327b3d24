import { sql, type Kysely } from 'kysely';

// Rescue forces (D3), experts and shelters/facilities (D5). Lists (specialities, skills, fields,
// amenities) are text[] so they filter with `= any(...)` on both engines; equipment and certificates
// are jsonb documents owned by their row.
const LEVELS = sql`('region','prefecture','county','township','village')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resources_teams')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('comprehensive','professional','grassroots','social','enterprise')`))
    .addColumn('specialities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ${LEVELS}`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('lon', 'float8', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'float8', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('base_address', 'text', (c) => c.notNull())
    .addColumn('leader', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('equipment', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('standby').check(sql`status in ('standby','deployed','resting','disbanded')`))
    .addColumn('status_since', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('resources_teams_region_idx').on('resources_teams').column('region_code').execute();
  await sql`create unique index resources_teams_region_name_uq on resources_teams (region_code, name)`.execute(db);

  await db.schema
    .createTable('resources_team_members')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('resources_teams.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('leader','deputy','member')`))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('certificates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('resources_team_members_team_idx').on('resources_team_members').columns(['team_id', 'active']).execute();
  await db.schema.createIndex('resources_team_members_region_idx').on('resources_team_members').column('region_code').execute();

  // Readiness history: one row per status change, the team row holds the current one.
  await db.schema
    .createTable('resources_team_status_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('resources_teams.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('resources_team_status_history_team_idx').on('resources_team_status_history').columns(['team_id', 'at']).execute();

  await db.schema
    .createTable('resources_experts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('available', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('resources_experts_region_idx').on('resources_experts').column('region_code').execute();
  await sql`create unique index resources_experts_uq on resources_experts (region_code, name, phone)`.execute(db);

  await db.schema
    .createTable('resources_facilities')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('shelter','helipad','water_source','fire_station','rescue_base')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ${LEVELS}`))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('lon', 'float8', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'float8', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('manager', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('shelter_class', 'text', (c) => c.check(sql`shelter_class in ('emergency','fixed','central')`))
    .addColumn('capacity', 'integer', (c) => c.check(sql`capacity >= 0`))
    .addColumn('occupancy', 'integer', (c) => c.notNull().defaultTo(0).check(sql`occupancy >= 0`))
    .addColumn('area_m2', 'float8', (c) => c.check(sql`area_m2 > 0`))
    .addColumn('amenities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('resources_facilities_region_idx').on('resources_facilities').columns(['region_code', 'kind']).execute();
  await sql`create unique index resources_facilities_uq on resources_facilities (region_code, kind, name)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['resources_facilities', 'resources_experts', 'resources_team_status_history', 'resources_team_members', 'resources_teams']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
