import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ExpertListQuery, FacilityListQuery, TeamListQuery, WarehouseListQuery, type ImportResult, type ResourceCollection } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { AppError, invalid } from '../../foundation/http/errors.js';
import { zhIssue } from '../../foundation/http/zod-issue-text.js';
import { readSpreadsheet, toCsv, toXlsx, XLSX_TYPE } from '../../foundation/import/spreadsheet.js';
import { formatCell, parseCell } from './cell-parsing.js';
import type { ExpertsService } from './experts.service.js';
import type { FacilitiesService } from './facilities.service.js';
import type { ResourceLocator } from './locator.js';
import { registryDb, registryRepository } from './registry.repository.js';
import { COLLECTIONS, type CollectionSpec, type Column, type MemberRow } from './resource-columns.js';
import type { StockService } from './stock.service.js';
import { stockDb, stockRepository } from './stock.repository.js';
import type { TeamsService } from './teams.service.js';

const EXPORT_MAX = 100_000;
const PREVIEW_ROWS = 50;
type Refresh = (what: 'team' | 'facility' | 'warehouse') => (id: string) => Promise<void>;
type Row = Record<string, unknown>;
type Spec = CollectionSpec<unknown>;

const spec = (c: ResourceCollection) => COLLECTIONS[c] as unknown as Spec;
/** Thrown to roll a dry run (or a file with row errors) back after its writes were tried. */
class RolledBack extends Error {}

/** Spreadsheet import (preview, then all-or-nothing commit) and export of every resource list (H1). */
export function createResourceIo(deps: {
  data: DataLayer;
  /** Names of the given region codes that exist inside the actor's scope. */
  regionNames: (actor: Actor, codes: string[]) => Promise<Map<string, string>>;
  teams: TeamsService; experts: ExpertsService; facilities: FacilitiesService; stock: StockService; locator: ResourceLocator; refresh: Refresh }) {
  const { data } = deps;

  /** Checks every row; returns the bodies that would be written and every problem with row and column. */
  function validate(s: Spec, header: string[], records: { line: number; values: Record<string, string> }[]) {
    const errors: ImportResult['errors'] = [];
    const importable = s.columns.filter((c): c is Column<unknown> & { key: string } => c.key !== undefined);
    const headerOf = new Map(importable.map((c) => [c.key, c.header]));
    const present = importable.filter((c) => header.includes(c.header) || header.includes(c.key));
    const shape = (s.schema as z.ZodObject).shape as Record<string, z.ZodType>;
    for (const c of importable) {
      if (!present.includes(c) && !shape[c.key]?.safeParse(undefined).success) errors.push({ row: 1, column: c.header, reason: `缺少必填列“${c.header}”` });
    }
    if (errors.length) return { rows: [] as { line: number; body: Row }[], errors };
    const rows: { line: number; body: Row }[] = [];
    for (const r of records) {
      const body: Row = {};
      const unreadable = new Set<string>();
      for (const c of present) {
        const cell = parseCell(c.type, r.values[c.header] ?? r.values[c.key] ?? '');
        if (!cell.ok) {
          errors.push({ row: r.line, column: c.header, reason: cell.reason });
          unreadable.add(c.key);
        } else if (cell.value !== undefined) body[c.key] = cell.value;
      }
      const parsed = s.schema.safeParse(body);
      // A cell that could not be read is reported once, not again as "missing".
      const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !unreadable.has(String(i.path[0])));
      for (const issue of issues) errors.push({ row: r.line, column: headerOf.get(String(issue.path[0])) ?? null, reason: zhIssue(issue) });
      if (parsed.success && unreadable.size === 0) rows.push({ line: r.line, body: parsed.data as Row });
    }
    return { rows, errors };
  }

  /** Writes one validated row: updates the record with the same natural key in the caller's scope, or creates it. */
  async function upsert(uow: UnitOfWork, c: ResourceCollection, b: Row): Promise<{ created: boolean; id: string }> {
    const region = b.regionCode as string;
    switch (c) {
      case 'teams': {
        const id = await deps.teams.findByName(uow, region, b.name as string);
        if (id) return { created: false, id: (await deps.teams.patch(uow, id, b)).id };
        return { created: true, id: (await deps.teams.insert(uow, b as Parameters<TeamsService['insert']>[1])).id };
      }
      case 'members': {
        const teamId = await deps.teams.findByName(uow, b.teamRegionCode as string, b.teamName as string);
        if (!teamId) throw invalid('IMPORT_TEAM_NOT_FOUND', { zh: `所属队伍“${String(b.teamName)}”不存在或不在您的管辖范围内`, en: `Team "${String(b.teamName)}" not found in your scope` });
        const { teamName: _n, teamRegionCode: _r, ...member } = b;
        const existing = await registryDb(uow.db).selectFrom('resources_team_members').select('id').where('team_id', '=', teamId).where('name', '=', member.name as string).where('phone', '=', member.phone as string).executeTakeFirst();
        if (existing) {
          await registryDb(uow.db).updateTable('resources_team_members').set({ role: member.role as string, skills: member.skills as string[], active: member.active as boolean, updated_at: uow.now }).where('id', '=', existing.id).execute();
          uow.audit({ action: 'team.member-updated', entity: 'team_member', entityId: existing.id, regionCode: b.teamRegionCode as string, after: member });
          return { created: false, id: teamId };
        }
        const row = await registryDb(uow.db)
          .insertInto('resources_team_members')
          .values({ id: randomUUID(), team_id: teamId, region_code: b.teamRegionCode as string, name: member.name as string, role: member.role as string, phone: member.phone as string, skills: member.skills as string[], certificates: '[]', active: member.active as boolean, created_at: uow.now, updated_at: uow.now })
          .returning('id')
          .executeTakeFirstOrThrow();
        uow.audit({ action: 'team.member-added', entity: 'team_member', entityId: row.id, regionCode: b.teamRegionCode as string, after: member });
        uow.emit('resources.team-changed', b.teamRegionCode as string, { id: teamId, change: 'members' });
        return { created: true, id: teamId };
      }
      case 'experts': {
        const id = await deps.experts.findByName(uow, region, b.name as string, b.phone as string);
        if (id) return { created: false, id: (await deps.experts.patch(uow, id, b)).id };
        return { created: true, id: (await deps.experts.insert(uow, b as Parameters<ExpertsService['insert']>[1])).id };
      }
      case 'facilities': {
        const id = await deps.facilities.findByName(uow, region, b.kind as string, b.name as string);
        if (id) return { created: false, id: (await deps.facilities.patch(uow, id, b)).id };
        return { created: true, id: (await deps.facilities.insert(uow, b as Parameters<FacilitiesService['insert']>[1])).id };
      }
      case 'warehouses': {
        const id = await deps.stock.findWarehouse(uow, region, b.name as string);
        if (id) return { created: false, id: (await deps.stock.patchWarehouse(uow, id, b)).id };
        return { created: true, id: (await deps.stock.insertWarehouse(uow, b as Parameters<StockService['insertWarehouse']>[1])).id };
      }
    }
  }

  const located: Partial<Record<ResourceCollection, 'team' | 'facility' | 'warehouse'>> = { teams: 'team', members: 'team', facilities: 'facility', warehouses: 'warehouse' };

  /** Rows whose region is unknown or outside the caller's subtree become row errors before anything is written. */
  async function checkRegions(actor: Actor, s: Spec, rows: { line: number; body: Row }[], errors: ImportResult['errors']) {
    const key = s.columns.some((col) => col.key === 'teamRegionCode') ? 'teamRegionCode' : 'regionCode';
    const header = s.columns.find((col) => col.key === key)?.header ?? key;
    const codes = [...new Set(rows.map((r) => r.body[key] as string))];
    const known = await deps.regionNames(actor, codes);
    return rows.filter((r) => {
      const code = r.body[key] as string;
      if (known.has(code)) return true;
      errors.push({ row: r.line, column: header, reason: `区划 ${code} 不存在或不在您的管辖范围内` });
      return false;
    });
  }

  /**
   * Validates every row, then writes them all in one unit of work. A dry run does the same writes and
   * rolls them back, so its created/updated counts are exactly what a commit would do.
   */
  async function importFile(actor: Actor, c: ResourceCollection, file: Buffer, dryRun: boolean): Promise<ImportResult> {
    requirePermission(actor, 'resource.manage');
    const s = spec(c);
    let sheet;
    try {
      sheet = await readSpreadsheet(file);
    } catch {
      throw invalid('IMPORT_UNREADABLE', { zh: '无法读取文件：请上传 UTF-8 编码的 CSV 或 Excel（.xlsx）文件', en: 'Unreadable file: upload UTF-8 CSV or Excel (.xlsx)' });
    }
    if (sheet.records.length === 0) throw invalid('IMPORT_EMPTY', { zh: '文件中没有数据行', en: 'The file has no data rows' });
    const checked = validate(s, sheet.header, sheet.records);
    const errors = checked.errors;
    const rows = checked.rows.length ? await checkRegions(actor, s, checked.rows, errors) : [];
    const result: ImportResult = { dryRun, rows: sheet.records.length, created: 0, updated: 0, errors, preview: rows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.line, ...r.body })), columns: s.columns.filter((col) => col.key).map((col) => col.header) };
    if (errors.length) return { ...result, dryRun: true };
    const touched: string[] = [];
    try {
      await data.write(actor, async (uow) => {
        for (const r of rows) {
          try {
            const out = await upsert(uow, c, r.body);
            if (out.created) result.created++;
            else result.updated++;
            touched.push(out.id);
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            errors.push({ row: r.line, column: null, reason: err.text.zh });
          }
        }
        if (dryRun || errors.length) throw new RolledBack();
      });
    } catch (err) {
      if (!(err instanceof RolledBack)) throw err;
      return errors.length ? { ...result, dryRun: true, created: 0, updated: 0 } : result;
    }
    const what = located[c];
    if (what) for (const id of new Set(touched)) await deps.refresh(what)(id);
    return result;
  }

  /** Every row of a filtered list in the caller's scope (up to EXPORT_MAX). */
  async function rowsOf(actor: Actor, c: ResourceCollection, query: Record<string, string>): Promise<unknown[]> {
    requirePermission(actor, 'resource.read');
    const page = { limit: EXPORT_MAX, offset: 0 };
    const filters = <S extends z.ZodObject>(schema: S) => {
      const r = schema.omit({ limit: true, offset: true }).safeParse(query);
      if (!r.success) throw invalid('EXPORT_FILTER_INVALID', { zh: '导出筛选条件无效', en: 'Invalid export filters' }, r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return { ...(r.data as Record<string, string | undefined>), ...page };
    };
    switch (c) {
      case 'teams':
        return (await registryRepository.listTeams(registryDb(data.read(actor)), filters(TeamListQuery))).items;
      case 'members': {
        const db = registryDb(data.read(actor));
        const members = (await registryRepository.listMembers(db, { ...page, ...(query.teamId && { teamId: query.teamId }) })).items;
        const teams = new Map((await registryRepository.listTeams(db, { ...page })).items.map((t) => [t.id, t]));
        return members.map((m): MemberRow => ({ ...m, teamName: teams.get(m.teamId)?.name ?? '', teamRegionCode: teams.get(m.teamId)?.regionCode ?? m.regionCode }));
      }
      case 'experts':
        return (await registryRepository.listExperts(registryDb(data.read(actor)), filters(ExpertListQuery))).items;
      case 'facilities':
        return (await registryRepository.listFacilities(registryDb(data.read(actor)), filters(FacilityListQuery))).items;
      case 'warehouses':
        return (await stockRepository.listWarehouses(stockDb(data.read(actor)), filters(WarehouseListQuery))).items;
    }
  }

  async function exportFile(actor: Actor, c: ResourceCollection, format: 'csv' | 'xlsx' | 'geojson', query: Record<string, string>) {
    const s = spec(c);
    if (format === 'geojson' && !s.hasPoints) throw invalid('EXPORT_NO_GEOMETRY', { zh: '该类资源没有位置，无法导出 GeoJSON', en: 'This collection has no locations to export as GeoJSON' });
    const rows = await rowsOf(actor, c, query);
    if (format === 'geojson') {
      const features = (rows as ({ id: string; lon: number; lat: number } & Row)[]).map((r) => ({
        type: 'Feature',
        id: r.id,
        geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
        properties: { id: r.id, ...Object.fromEntries(s.columns.filter((col) => col.key !== 'lon' && col.key !== 'lat').map((col): [string, string | number | null] => [col.header, formatCell(col, r)])) },
      }));
      return { body: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })), type: 'application/geo+json', ext: 'geojson', sheet: s.sheet };
    }
    const header = s.columns.map((col) => col.header);
    const cells = rows.map((r) => s.columns.map((col) => formatCell(col, r)));
    if (format === 'csv') return { body: toCsv(header, cells.map((r) => r.map((v) => (v === null ? '' : String(v))))), type: 'text/csv; charset=utf-8', ext: 'csv', sheet: s.sheet };
    return { body: await toXlsx(s.sheet, header, cells), type: XLSX_TYPE, ext: 'xlsx', sheet: s.sheet };
  }

  /** An empty sheet with the importable columns, for users to fill in. */
  async function template(c: ResourceCollection, format: 'csv' | 'xlsx') {
    const s = spec(c);
    const header = s.columns.filter((col) => col.key).map((col) => col.header);
    if (format === 'csv') return { body: toCsv(header, []), type: 'text/csv; charset=utf-8', ext: 'csv', sheet: `${s.sheet}导入模板` };
    return { body: await toXlsx(s.sheet, header, []), type: XLSX_TYPE, ext: 'xlsx', sheet: `${s.sheet}导入模板` };
  }

  return { importFile, exportFile, template };
}

export type ResourceIo = ReturnType<typeof createResourceIo>;
