import { sql, type Kysely, type Selectable } from 'kysely';
import type { Enterprise, HazardGrade, HazardSource, PackagePersons, PackageRole } from '@shouwang/contracts';
import { containsPattern } from '../../foundation/db/like.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { subtreeRange } from '../../foundation/scope/region-code.js';
import type { EnterprisesTables } from './enterprises.tables.js';

export type E = Kysely<EnterprisesTables>;
export const enterprisesDb = (db: Kysely<FoundationTables>): E => moduleDb<EnterprisesTables>(db);

type EnterpriseRow = Selectable<EnterprisesTables['enterprises']> & { hazard_source_count: number | string; major_count: number | string; highest_grade: string | null };
type SourceRow = Selectable<EnterprisesTables['enterprises_hazard_sources']> & { enterprise_name: string };
type PersonRow = Selectable<EnterprisesTables['enterprises_hazard_persons']>;

export const json = (v: unknown) => JSON.stringify(v);

export const toEnterprise = (r: EnterpriseRow): Enterprise => ({
  id: r.id,
  name: r.name,
  uscc: r.uscc,
  industry: r.industry as Enterprise['industry'],
  regionCode: r.region_code,
  lon: r.lon,
  lat: r.lat,
  address: r.address,
  principal: { name: r.principal_name, phone: r.principal_phone },
  safetyManager: { name: r.safety_manager_name, phone: r.safety_manager_phone },
  riskGrade: r.risk_grade as Enterprise['riskGrade'],
  hazardSourceCount: Number(r.hazard_source_count),
  majorHazardSourceCount: Number(r.major_count),
  highestHazardGrade: r.highest_grade as HazardGrade | null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const noPersons = (): PackagePersons => ({ principal: null, technical: null, operational: null });

export const toHazardSource = (r: SourceRow, persons: PersonRow[]): HazardSource => {
  const packagePersons = noPersons();
  for (const p of persons) packagePersons[p.role as PackageRole] = { name: p.name, phone: p.phone, title: p.title };
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    regionCode: r.region_code,
    name: r.name,
    description: r.description,
    units: r.units,
    chemicals: r.chemicals,
    exposedPopulation: r.exposed_population,
    packagePersons,
    assessment: r.assessment,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
};

export type EnterpriseFilter = { regionCode?: string | undefined; industry?: string | undefined; riskGrade?: string | undefined; q?: string | undefined; majorOnly?: boolean | undefined; ids?: string[] };

function enterprises(db: E, f: EnterpriseFilter = {}) {
  let query = db.selectFrom('enterprises as e');
  if (f.ids) query = query.where('e.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.regionCode) query = query.where((eb) => eb.between('e.region_code', ...subtreeRange(f.regionCode ?? '')));
  if (f.industry) query = query.where('e.industry', '=', f.industry);
  if (f.riskGrade) query = query.where('e.risk_grade', '=', f.riskGrade);
  if (f.majorOnly) query = query.where(sql<boolean>`exists (select 1 from enterprises_hazard_sources h where h.enterprise_id = e.id and h.is_major)`);
  if (f.q) query = query.where((eb) => eb.or([eb('e.name', 'like', containsPattern(f.q ?? '')), eb('e.uscc', 'like', containsPattern((f.q ?? '').toUpperCase()))]));
  return query;
}
// The sources share their enterprise's region, so these unscoped subqueries see nothing the row does not.
const sourceCounts = [
  sql<number>`(select count(*) from enterprises_hazard_sources h where h.enterprise_id = e.id)`.as('hazard_source_count'),
  sql<number>`(select count(*) from enterprises_hazard_sources h where h.enterprise_id = e.id and h.is_major)`.as('major_count'),
  sql<string | null>`(select min(h.grade) from enterprises_hazard_sources h where h.enterprise_id = e.id)`.as('highest_grade'),
] as const;

export type SourceFilter = { regionCode?: string | undefined; enterpriseId?: string | undefined; grade?: string | undefined; majorOnly?: boolean | undefined; q?: string | undefined; ids?: string[] };

function sources(db: E, f: SourceFilter = {}) {
  let query = db.selectFrom('enterprises_hazard_sources as h').innerJoin('enterprises as e', 'e.id', 'h.enterprise_id');
  if (f.ids) query = query.where('h.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.regionCode) query = query.where((eb) => eb.between('h.region_code', ...subtreeRange(f.regionCode ?? '')));
  if (f.enterpriseId) query = query.where('h.enterprise_id', '=', f.enterpriseId);
  if (f.grade) query = query.where('h.grade', '=', f.grade);
  if (f.majorOnly) query = query.where('h.is_major', '=', true);
  if (f.q) query = query.where((eb) => eb.or([eb('h.name', 'like', containsPattern(f.q ?? '')), eb('e.name', 'like', containsPattern(f.q ?? ''))]));
  return query;
}

async function withPersons(db: E, rows: SourceRow[]): Promise<HazardSource[]> {
  if (!rows.length) return [];
  const persons = await db.selectFrom('enterprises_hazard_persons').selectAll().where('hazard_source_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => toHazardSource(r, persons.filter((p) => p.hazard_source_id === r.id)));
}

export const enterprisesRepository = {
  async listEnterprises(db: E, f: EnterpriseFilter & { limit: number; offset: number }) {
    const [rows, total] = await Promise.all([
      enterprises(db, f).selectAll('e').select(sourceCounts).orderBy('e.region_code').orderBy('e.name').limit(f.limit).offset(f.offset).execute(),
      enterprises(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toEnterprise), total: Number(total.n) };
  },
  async getEnterprise(db: E, id: string) {
    const row = await enterprises(db, { ids: [id] }).selectAll('e').select(sourceCounts).executeTakeFirst();
    return row && toEnterprise(row);
  },

  async listSources(db: E, f: SourceFilter & { limit: number; offset: number }) {
    const [rows, total] = await Promise.all([
      sources(db, f).selectAll('h').select('e.name as enterprise_name').orderBy('h.region_code').orderBy('e.name').orderBy('h.name').limit(f.limit).offset(f.offset).execute(),
      sources(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: await withPersons(db, rows), total: Number(total.n) };
  },
  async sourcesOf(db: E, enterpriseId: string) {
    return withPersons(db, await sources(db, { enterpriseId }).selectAll('h').select('e.name as enterprise_name').orderBy('h.name').execute());
  },
  async getSource(db: E, id: string) {
    const row = await sources(db, { ids: [id] }).selectAll('h').select('e.name as enterprise_name').executeTakeFirst();
    return row && (await withPersons(db, [row]))[0];
  },
};
