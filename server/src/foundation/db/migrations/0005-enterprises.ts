import { sql, type Kysely } from 'kysely';

// Enterprise register (B1) and major hazard sources (B4). A hazard source keeps its units and chemical
// lines as jsonb documents beside the assessment computed from them, so the inputs and the grade with its
// working are written by one statement and can never disagree. Units carry stable ids inside the document
// for the monitoring points that will attach to them. Package persons (包保责任人) are rows, one per role,
// so alarms can find who to call. Every table has its region code for region scope.
const GRADES = sql`('level1','level2','level3','level4')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) =>
      c.notNull().check(sql`industry in ('hazchem_production','hazchem_trading','hazchem_use','coal_mine','non_coal_mine','metal_smelting','fireworks','industry_trade','oil_gas_pipeline','other')`),
    )
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull().references('regions.code'))
    .addColumn('lon', 'float8', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'float8', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('principal_name', 'text', (c) => c.notNull())
    .addColumn('principal_phone', 'text', (c) => c.notNull())
    .addColumn('safety_manager_name', 'text', (c) => c.notNull())
    .addColumn('safety_manager_phone', 'text', (c) => c.notNull())
    .addColumn('risk_grade', 'text', (c) => c.check(sql`risk_grade in ('major','significant','general','low')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index enterprises_uscc_uq on enterprises (uscc)`.execute(db);
  await db.schema.createIndex('enterprises_region_idx').on('enterprises').columns(['region_code', 'name']).execute();

  await db.schema
    .createTable('enterprises_hazard_sources')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprises.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('units', 'jsonb', (c) => c.notNull())
    .addColumn('chemicals', 'jsonb', (c) => c.notNull())
    .addColumn('exposed_population', 'integer', (c) => c.notNull().check(sql`exposed_population >= 0`))
    .addColumn('s', 'float8', (c) => c.notNull())
    .addColumn('r', 'float8', (c) => c.notNull())
    .addColumn('is_major', 'boolean', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.check(sql`grade in ${GRADES}`))
    .addColumn('assessment', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('enterprises_hazard_sources_grade_ck', sql`(grade is null) = (not is_major)`)
    .execute();
  await sql`create unique index enterprises_hazard_sources_uq on enterprises_hazard_sources (enterprise_id, name)`.execute(db);
  await db.schema.createIndex('enterprises_hazard_sources_region_idx').on('enterprises_hazard_sources').columns(['region_code', 'grade']).execute();

  await db.schema
    .createTable('enterprises_hazard_persons')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('hazard_source_id', 'uuid', (c) => c.notNull().references('enterprises_hazard_sources.id'))
    .addColumn('region_code', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('principal','technical','operational')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index enterprises_hazard_persons_uq on enterprises_hazard_persons (hazard_source_id, role)`.execute(db);
  await db.schema.createIndex('enterprises_hazard_persons_region_idx').on('enterprises_hazard_persons').column('region_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['enterprises_hazard_persons', 'enterprises_hazard_sources', 'enterprises']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
