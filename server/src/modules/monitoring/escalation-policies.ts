import type { EscalationStep } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { Db } from '../../foundation/db/database.js';
import { notFound } from '../../foundation/http/errors.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import { isWithin, parentCodeOf } from '../../foundation/scope/region-code.js';
import defaults from './data/monitoring-defaults.json' with { type: 'json' };
import type { MonitoringTables } from './monitoring.tables.js';

export const MONITORING_DEFAULTS = defaults;
const regionNotInScope = (code: string) => notFound('REGION_NOT_FOUND', { zh: `行政区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });
const DEFAULT_STEPS = defaults.escalation as EscalationStep[];

/**
 * Escalation ladders per region: a region without its own inherits its nearest ancestor's, and the
 * built-in default (data) applies where no ancestor set one. Held in memory; re-read on change.
 */
export class EscalationPolicies {
  private byRegion = new Map<string, EscalationStep[]>();

  constructor(private readonly db: Db) {}

  async load(): Promise<void> {
    const rows = await moduleDb<MonitoringTables>(this.db).selectFrom('monitoring_escalation_policies').select(['region_code', 'steps']).execute();
    this.byRegion = new Map(rows.map((r) => [r.region_code, r.steps as EscalationStep[]]));
  }

  /** The ladder that applies in a region and where it was set (null: the default). */
  resolve(regionCode: string): { steps: EscalationStep[]; from: string | null } {
    for (let code: string | null = regionCode; code; code = parentCodeOf(code)) {
      const steps = this.byRegion.get(code);
      if (steps) return { steps, from: code };
    }
    return { steps: DEFAULT_STEPS, from: null };
  }

  /** When the step after `level` steps falls due for an alarm raised at `raisedAt`; null after the last. */
  nextAt(regionCode: string, raisedAt: Date, level: number): Date | null {
    const step = this.resolve(regionCode).steps[level];
    return step ? new Date(raisedAt.getTime() + step.afterMinutes * 60_000) : null;
  }
}

/** Reading and setting a region's ladder: set by a bureau for its own region, inherited below it. */
export function escalationPolicyService(deps: { data: DataLayer; policies: EscalationPolicies }) {
  return {
    get(actor: Actor, regionCode: string) {
      requirePermission(actor, 'alarm.read');
      if (!isWithin(regionCode, actor.regionCode) && actor.kind !== 'system') throw regionNotInScope(regionCode);
      const { steps, from } = deps.policies.resolve(regionCode);
      return { regionCode, inheritedFrom: from, steps };
    },
    async put(actor: Actor, regionCode: string, steps: EscalationStep[]) {
      requirePermission(actor, 'duty.manage');
      await deps.data.write(actor, async (uow) => {
        const db = moduleDb<MonitoringTables>(uow.db);
        const before = deps.policies.resolve(regionCode);
        await db
          .insertInto('monitoring_escalation_policies')
          .values({ region_code: regionCode, steps: JSON.stringify(steps), updated_at: uow.now })
          .onConflict((oc) => oc.column('region_code').doUpdateSet({ steps: JSON.stringify(steps), updated_at: uow.now }))
          .execute();
        uow.audit({ action: 'monitoring.escalation-policy-set', entity: 'monitoring_escalation_policy', entityId: regionCode, regionCode, before, after: { steps } });
        uow.emit(POLICY_CHANGED, regionCode, { regionCode });
      });
      await deps.policies.load();
      return this.get(actor, regionCode);
    },
    /** Removes a region's own ladder, so it inherits again. */
    async remove(actor: Actor, regionCode: string) {
      requirePermission(actor, 'duty.manage');
      await deps.data.write(actor, async (uow) => {
        const gone = await moduleDb<MonitoringTables>(uow.db).deleteFrom('monitoring_escalation_policies').where('region_code', '=', regionCode).returning('steps').executeTakeFirst();
        if (!gone) return;
        uow.audit({ action: 'monitoring.escalation-policy-removed', entity: 'monitoring_escalation_policy', entityId: regionCode, regionCode, before: { steps: gone.steps } });
        uow.emit(POLICY_CHANGED, regionCode, { regionCode });
      });
      await deps.policies.load();
      return this.get(actor, regionCode);
    },
  };
}
export const POLICY_CHANGED = 'monitoring.escalation-policy-changed';
export type EscalationPolicyService = ReturnType<typeof escalationPolicyService>;
