import fs from 'node:fs/promises';
import type { Region, RegionImportResult, RegionLevel, RegionPath } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import { csvRecords } from '../../foundation/import/csv.js';
import { normalizeRegionCode } from '../../foundation/scope/region-code.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import { validateRegionRows, type RowError } from './region-rows.js';
import { regionNotFound } from './regions.errors.js';
import { regionsDb, regionsRepository as repo } from './regions.repository.js';

export const SEED_FILE = new URL('./data/inner-mongolia.csv', import.meta.url);

export function createRegionsService(deps: { data: DataLayer }) {
  const { data } = deps;
  const read = (actor: Actor) => regionsDb(data.read(actor));

  /** Children of `parent`; without one, the caller's own root region. */
  async function list(actor: Actor, parent?: string): Promise<Region[]> {
    requirePermission(actor, 'region.read');
    if (!parent) return repo.byCodes(read(actor), [actor.regionCode]);
    const code = normalizeRegionCode(parent);
    const [self] = await repo.byCodes(read(actor), [code]);
    if (!self) throw regionNotFound(code);
    return repo.children(read(actor), code);
  }

  /** A region with its ancestors down from the caller's root (ancestors above it are not in scope). */
  async function get(actor: Actor, input: string): Promise<RegionPath> {
    requirePermission(actor, 'region.read');
    const code = normalizeRegionCode(input);
    const [region] = await repo.byCodes(read(actor), [code]);
    if (!region) throw regionNotFound(code);
    const chain: string[] = [];
    for (let p = region.parentCode; p; ) {
      chain.push(p);
      const [parent] = await repo.byCodes(read(actor), [p]);
      p = parent?.parentCode ?? null;
      if (!parent) chain.pop();
    }
    const ancestors = await repo.byCodes(read(actor), chain);
    return { region, ancestors };
  }

  async function names(actor: Actor, codes: string[]): Promise<Map<string, string>> {
    const rows = await repo.byCodes(read(actor), codes);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** Regions of a level (1 province … 5 village) inside the caller's scope. */
  async function atLevel(actor: Actor, level: RegionLevel): Promise<{ code: string; name: string }[]> {
    requirePermission(actor, 'region.read');
    return repo.atLevel(read(actor), level);
  }

  /** Imports divisions from CSV. A dry run only validates; nothing is written unless every row is valid. */
  async function importCsv(actor: Actor, text: string, dryRun: boolean): Promise<RegionImportResult> {
    requirePermission(actor, 'region.manage');
    const { header, records } = csvRecords(text);
    const validated = validateRegionRows(header, records);
    const errors = validated.errors;
    const existing = await repo.existing(regionsDb(data.system), validated.rows.map((r) => r.code));
    // A file without the coord_source column leaves the stored provenance as it is.
    const rows = header.includes('coord_source') ? validated.rows : validated.rows.map((r) => ({ ...r, coordSource: existing.get(r.code)?.coordSource ?? null }));
    const lineOf = new Map(records.map((r) => [(r.values.code ?? '').padEnd(12, '0'), r.line]));
    const outOfScope: RowError[] = rows
      .filter((r) => !scopeAllows(actor.scope, r.code))
      .map((r) => ({ row: lineOf.get(r.code) ?? 0, column: 'code', reason: `区划 ${r.code} 不在您的管辖范围内` }));
    const inFile = new Set(rows.map((r) => r.code));
    const parents = [...new Set(rows.map((r) => r.parentCode).filter((p): p is string => !!p && !inFile.has(p)))];
    const known = await repo.existing(regionsDb(data.system), parents);
    const orphans: RowError[] = rows
      .filter((r) => r.parentCode && !inFile.has(r.parentCode) && !known.has(r.parentCode))
      .map((r) => ({ row: lineOf.get(r.code) ?? 0, column: 'parent_code', reason: `上级区划 ${r.parentCode ?? ''} 不存在` }));
    const allErrors = [...errors, ...outOfScope, ...orphans].sort((a, b) => a.row - b.row);
    const changed = rows.filter((r) => {
      const e = existing.get(r.code);
      return !e || e.name !== r.name || e.lon !== r.lon || e.lat !== r.lat || e.coordSource !== r.coordSource;
    });
    const created = changed.filter((r) => !existing.has(r.code)).length;
    const result = { dryRun, rows: records.length, created, updated: changed.length - created, errors: allErrors };
    if (dryRun || allErrors.length > 0) return { ...result, dryRun: true };
    await data.write(actor, async (uow) => {
      await repo.upsert(regionsDb(uow.db), [...changed].sort((a, b) => a.code.localeCompare(b.code)), uow.now);
      for (const r of changed) {
        const before = existing.get(r.code);
        uow.audit({ action: before ? 'region.updated' : 'region.created', entity: 'region', entityId: r.code, regionCode: r.code, before, after: r });
      }
      if (changed.length) uow.emit('regions.imported', actor.regionCode, { created, updated: changed.length - created });
    });
    return result;
  }

  /** Loads the shipped Inner Mongolia division file on first start; later starts change nothing. */
  async function seed(actor: Actor): Promise<RegionImportResult> {
    const text = await fs.readFile(SEED_FILE, 'utf8');
    return importCsv(actor, text, false);
  }

  return { list, get, names, atLevel, importCsv, seed, count: () => repo.count(regionsDb(data.system)) };
}

export type RegionsService = ReturnType<typeof createRegionsService>;
