import type { Kysely } from 'kysely';
import type { RiskIndex } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { Clock } from '../../foundation/clock.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import { moduleDb } from '../../foundation/db/module-db.js';
import type { FoundationTables } from '../../foundation/db/tables.js';
import type { HazardSourceLookup } from '../enterprises/index.js';
import type { MonitoringTables } from './monitoring.tables.js';
import { riskIndexOn, riskTrend } from './risk-index.js';

const TREND_DAYS = 30;
const LOOKBACK_MS = (TREND_DAYS + 7) * 86_400_000;

/** An enterprise's risk index now and its 30-day trend, computed from its alarm history (nothing cached to go stale). */
export function createRiskService(deps: { data: DataLayer; clock: Clock; sources: HazardSourceLookup; enterpriseExists: (db: Kysely<FoundationTables>, id: string) => Promise<void> }) {
  return {
    async ofEnterprise(actor: Actor, enterpriseId: string): Promise<RiskIndex> {
      requirePermission(actor, 'alarm.read');
      const db = deps.data.read(actor);
      await deps.enterpriseExists(db, enterpriseId);
      const sources = await deps.sources.sourcesOfEnterprise(db, enterpriseId);
      const grade = sources.map((s) => s.assessment.grade).filter((g): g is NonNullable<typeof g> => !!g).sort()[0] ?? null;
      const now = deps.clock.now().getTime();
      const rows = sources.length
        ? await moduleDb<MonitoringTables>(db)
            .selectFrom('monitoring_alarms as a')
            .innerJoin('monitoring_points as p', 'p.id', 'a.point_id')
            .select(['a.condition', 'a.raised_at', 'a.escalation_level', 'a.closed_at'])
            .where('p.hazard_source_id', 'in', sources.map((s) => s.id))
            .where((eb) => eb.or([eb('a.raised_at', '>', new Date(now - LOOKBACK_MS)), eb('a.status', '<>', 'closed')]))
            .execute()
        : [];
      const facts = rows.map((r) => ({ condition: r.condition, raisedAt: r.raised_at.getTime(), escalated: r.escalation_level > 0, closedAt: r.closed_at?.getTime() ?? null }));
      const current = riskIndexOn(now, grade, facts);
      return { enterpriseId, index: current.index, components: current.components, trend: riskTrend(now, TREND_DAYS, grade, facts) };
    },
  };
}
export type RiskService = ReturnType<typeof createRiskService>;
