import type { Kysely } from 'kysely';
import type { ReportRules, ReportRulesView } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { Db } from '../../foundation/db/database.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { parentCodeOf } from '../../foundation/scope/region-code.js';
import { scopeAllows } from '../../foundation/scope/scope.js';
import defaults from './data/report-rules.json' with { type: 'json' };
import { regionNotFound } from './incidents.errors.js';
import type { IncidentsTables } from './incidents.tables.js';

export const DEFAULT_REPORT_RULES = defaults.rules as ReportRules;
export const REPORT_RULES_NOTES = defaults.notes;
export type RegionNames = (db: Kysely<FoundationTables>, codes: string[]) => Promise<Map<string, string>>;
export const REPORT_RULES_CHANGED = 'incidents.report-rules-changed';

/**
 * Reporting deadlines per region (REFERENCE §0.2: regional rules override national defaults): a region
 * without its own inherits its nearest ancestor's; the built-in defaults apply where nobody set any.
 * Held in memory (a handful of rows), re-read whenever any instance changes them.
 */
export class ReportRulesStore {
  private byRegion = new Map<string, ReportRules>();

  constructor(private readonly db: Db) {}

  async load(): Promise<void> {
    const rows = await moduleDb<IncidentsTables>(this.db).selectFrom('incidents_report_rules').select(['region_code', 'rules']).execute();
    this.byRegion = new Map(rows.map((r) => [r.region_code, r.rules]));
  }

  resolve(regionCode: string): { rules: ReportRules; from: string | null } {
    for (let code: string | null = regionCode; code; code = parentCodeOf(code)) {
      const rules = this.byRegion.get(code);
      if (rules) return { rules, from: code };
    }
    return { rules: DEFAULT_REPORT_RULES, from: null };
  }
}

/** Reading and setting a region's deadlines; a bureau sets them for its own region and its subtree inherits them. */
export function reportRulesService(deps: { data: DataLayer; store: ReportRulesStore; regionNames: RegionNames; changed: (regionCode: string) => Promise<void> }) {
  const view = (regionCode: string): ReportRulesView => {
    const { rules, from } = deps.store.resolve(regionCode);
    return { regionCode, inheritedFrom: from, rules, notes: REPORT_RULES_NOTES };
  };
  const inScope = (actor: Actor, regionCode: string) => {
    if (!scopeAllows(actor.scope, regionCode)) throw regionNotFound(regionCode);
  };
  return {
    get(actor: Actor, regionCode: string) {
      requirePermission(actor, 'incident.read');
      inScope(actor, regionCode);
      return view(regionCode);
    },
    async put(actor: Actor, regionCode: string, rules: ReportRules) {
      requirePermission(actor, 'duty.manage');
      inScope(actor, regionCode);
      await deps.data.write(actor, async (uow) => {
        if (!(await deps.regionNames(uow.db, [regionCode])).has(regionCode)) throw regionNotFound(regionCode);
        const before = deps.store.resolve(regionCode);
        await moduleDb<IncidentsTables>(uow.db)
          .insertInto('incidents_report_rules')
          .values({ region_code: regionCode, rules: JSON.stringify(rules), updated_at: uow.now })
          .onConflict((oc) => oc.column('region_code').doUpdateSet({ rules: JSON.stringify(rules), updated_at: uow.now }))
          .execute();
        uow.audit({ action: 'incident.report-rules-set', entity: 'incident_report_rules', entityId: regionCode, regionCode, before, after: { rules } });
        uow.emit(REPORT_RULES_CHANGED, regionCode, { regionCode });
      });
      await deps.store.load();
      await deps.changed(regionCode);
      return view(regionCode);
    },
    async remove(actor: Actor, regionCode: string) {
      requirePermission(actor, 'duty.manage');
      inScope(actor, regionCode);
      const removed = await deps.data.write(actor, async (uow) => {
        const gone = await moduleDb<IncidentsTables>(uow.db).deleteFrom('incidents_report_rules').where('region_code', '=', regionCode).returning('rules').executeTakeFirst();
        if (!gone) return false;
        uow.audit({ action: 'incident.report-rules-removed', entity: 'incident_report_rules', entityId: regionCode, regionCode, before: { rules: gone.rules } });
        uow.emit(REPORT_RULES_CHANGED, regionCode, { regionCode });
        return true;
      });
      await deps.store.load();
      if (removed) await deps.changed(regionCode);
      return view(regionCode);
    },
  };
}
export type ReportRulesService = ReturnType<typeof reportRulesService>;
