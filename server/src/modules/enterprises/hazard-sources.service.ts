import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  HazardCategory,
  PackageRole,
  type ChemicalLine,
  type ChemicalLineInput,
  type HazardAssessment,
  type HazardReference,
  type HazardSource,
  type HazardSourceCreate,
  type HazardSourceUpdate,
  type HazardUnit,
  type HazardUnitInput,
  type PackagePersonsInput,
} from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { GB18218_TABLE1, GB18218_TABLE2 } from './data/gb18218-critical-quantities.js';
import { chemicalsUnresolved, enterpriseNotFound, hazardSourceNotFound, unitNameRepeated, unitUnknown } from './enterprises.errors.js';
import { enterprisesDb, enterprisesRepository as repo, json, type E, type SourceFilter } from './enterprises.repository.js';
import { ALPHA_BANDS, assessChemicals, CATEGORY_BETA, GRADE_BOUNDS, TOXIC_GAS_BETA, type QuantityTables } from './hazard-grading.js';

type Create = z.output<typeof HazardSourceCreate>;
type Update = z.output<typeof HazardSourceUpdate>;
type ChemicalIn = z.output<typeof ChemicalLineInput>;
type UnitIn = z.output<typeof HazardUnitInput>;
type PersonsIn = z.output<typeof PackagePersonsInput>;

const TABLES: QuantityTables = { named: GB18218_TABLE1, byCategory: GB18218_TABLE2 };

const toLine = (c: ChemicalIn): ChemicalLine => ({
  name: c.name,
  cas: c.cas ?? null,
  hazardCategory: c.hazardCategory ?? null,
  criticalQuantityTonnes: c.criticalQuantityTonnes ?? null,
  quantityTonnes: c.quantityTonnes,
  unitName: c.unitName || null,
});

/** A unit keeps its id while its name stays, so what is attached to it survives an edit of the list. */
function withIds(units: UnitIn[], previous: HazardUnit[]): HazardUnit[] {
  const seen = new Set<string>();
  return units.map((u) => {
    if (seen.has(u.name)) throw unitNameRepeated(u.name);
    seen.add(u.name);
    return { id: previous.find((p) => p.name === u.name)?.id ?? randomUUID(), name: u.name, kind: u.kind, description: u.description };
  });
}

function assessOrThrow(chemicals: ChemicalLine[], units: HazardUnit[], exposedPopulation: number): HazardAssessment {
  for (const c of chemicals) if (c.unitName && !units.some((u) => u.name === c.unitName)) throw unitUnknown(c.unitName);
  const result = assessChemicals(chemicals, exposedPopulation, TABLES);
  if ('problems' in result) throw chemicalsUnresolved(result.problems);
  return result.assessment;
}

const gradeOf = (a: HazardAssessment | null) => a && { s: a.s, r: a.r, isMajorHazard: a.isMajorHazard, grade: a.grade };

/** Major hazard sources (B4): identified and graded by GB 18218-2018 whenever their inputs change. */
export function createHazardSourcesService(deps: { data: DataLayer }) {
  const { data } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'enterprise.read');
    return enterprisesDb(data.read(actor));
  };
  const manage = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'enterprise.manage');
    return data.write(actor, work);
  };
  async function sourceIn(db: E, id: string) {
    const s = await repo.getSource(db, id);
    if (!s) throw hazardSourceNotFound(id);
    return s;
  }

  async function savePersons(db: E, sourceId: string, regionCode: string, persons: PersonsIn) {
    for (const role of PackageRole.options) {
      const person = persons[role];
      if (person === undefined) continue;
      await db.deleteFrom('enterprises_hazard_persons').where('hazard_source_id', '=', sourceId).where('role', '=', role).execute();
      if (person) await db.insertInto('enterprises_hazard_persons').values({ id: randomUUID(), hazard_source_id: sourceId, region_code: regionCode, role, name: person.name, phone: person.phone, title: person.title }).execute();
    }
  }

  /** Ledger entries carry the grade before and after, so a regrading can be traced without diffing snapshots. */
  function record(uow: UnitOfWork, action: 'created' | 'updated', before: HazardSource | null, after: HazardSource) {
    const grading = { before: gradeOf(before?.assessment ?? null), after: gradeOf(after.assessment) };
    uow.audit({ action: `hazard-source.${action}`, entity: 'hazard_source', entityId: after.id, regionCode: after.regionCode, ...(before && { before }), after: { ...after, grading } });
    uow.emit('enterprises.hazard-source-changed', after.regionCode, { id: after.id, enterpriseId: after.enterpriseId, change: action, grade: after.assessment.grade, gradeBefore: before?.assessment.grade ?? null });
  }

  async function insert(uow: UnitOfWork, enterpriseId: string, input: Create): Promise<HazardSource> {
    const db = enterprisesDb(uow.db);
    const enterprise = await repo.getEnterprise(db, enterpriseId);
    if (!enterprise) throw enterpriseNotFound(enterpriseId);
    const units = withIds(input.units, []);
    const chemicals = input.chemicals.map(toLine);
    const assessment = assessOrThrow(chemicals, units, input.exposedPopulation);
    const id = randomUUID();
    await db
      .insertInto('enterprises_hazard_sources')
      .values({
        id,
        enterprise_id: enterpriseId,
        region_code: enterprise.regionCode,
        name: input.name,
        description: input.description,
        units: json(units),
        chemicals: json(chemicals),
        exposed_population: input.exposedPopulation,
        s: assessment.s,
        r: assessment.r,
        is_major: assessment.isMajorHazard,
        grade: assessment.grade,
        assessment: json(assessment),
        created_at: uow.now,
        updated_at: uow.now,
      })
      .execute();
    await savePersons(db, id, enterprise.regionCode, input.packagePersons);
    const source = await sourceIn(db, id);
    record(uow, 'created', null, source);
    return source;
  }

  async function patch(uow: UnitOfWork, id: string, p: Update): Promise<HazardSource> {
    const db = enterprisesDb(uow.db);
    const before = await sourceIn(db, id);
    const units = p.units ? withIds(p.units, before.units) : before.units;
    const chemicals = p.chemicals ? p.chemicals.map(toLine) : before.chemicals;
    const exposedPopulation = p.exposedPopulation ?? before.exposedPopulation;
    // Always recomputed: the inputs may not have changed, but the tables a stored grade came from may have.
    const assessment = assessOrThrow(chemicals, units, exposedPopulation);
    await db
      .updateTable('enterprises_hazard_sources')
      .set({
        ...(p.name !== undefined && { name: p.name }),
        ...(p.description !== undefined && { description: p.description }),
        units: json(units),
        chemicals: json(chemicals),
        exposed_population: exposedPopulation,
        s: assessment.s,
        r: assessment.r,
        is_major: assessment.isMajorHazard,
        grade: assessment.grade,
        assessment: json(assessment),
        updated_at: uow.now,
      })
      .where('id', '=', id)
      .execute();
    if (p.packagePersons) await savePersons(db, id, before.regionCode, p.packagePersons);
    const after = await sourceIn(db, id);
    record(uow, 'updated', before, after);
    return after;
  }

  return {
    insert,
    list: (actor: Actor, f: SourceFilter & { limit: number; offset: number }) => repo.listSources(read(actor), f),
    get: (actor: Actor, id: string) => sourceIn(read(actor), id),
    create: (actor: Actor, enterpriseId: string, input: Create) => manage(actor, (uow) => insert(uow, enterpriseId, input)),
    update: (actor: Actor, id: string, p: Update) => manage(actor, (uow) => patch(uow, id, p)),
    /** The grade of chemicals not yet saved, for a form that shows the working as it is filled in. */
    assess(actor: Actor, input: { chemicals: ChemicalIn[]; exposedPopulation: number }): HazardAssessment {
      requirePermission(actor, 'enterprise.read');
      const chemicals = input.chemicals.map(toLine);
      const result = assessChemicals(chemicals, input.exposedPopulation, TABLES);
      if ('problems' in result) throw chemicalsUnresolved(result.problems);
      return result.assessment;
    },
    reference(actor: Actor): HazardReference {
      requirePermission(actor, 'enterprise.read');
      return {
        standard: 'GB 18218-2018 危险化学品重大危险源辨识',
        namedChemicals: GB18218_TABLE1.map((c) => ({ ...c, cas: [...c.cas], aliases: [...c.aliases], confirmed: false })),
        categories: HazardCategory.options.map((category) => ({ category, criticalQuantityTonnes: GB18218_TABLE2[category].criticalQuantityTonnes, beta: CATEGORY_BETA[category], confirmed: GB18218_TABLE2[category].confirmed })),
        toxicGases: TOXIC_GAS_BETA.map((g) => ({ ...g, aliases: [...g.aliases] })),
        alpha: [...ALPHA_BANDS],
        grades: [...GRADE_BOUNDS],
        notes: [
          'Table 1 critical quantities are unconfirmed (◐): check them against the official standard; a Q entered on a line takes precedence.',
          'Table 1 rows are matched by name (common aliases included), not by CAS number, because solutions share CAS numbers with the listed substances.',
          'The W4 critical quantity is unconfirmed (◐).',
        ],
      };
    },
  };
}

export type HazardSourcesService = ReturnType<typeof createHazardSourcesService>;
