import type { Kysely } from 'kysely';
import { CalloutPolicy, type CalloutPolicy as Policy } from '@shouwang/contracts';
import { moduleDb } from '../../../foundation/db/module-db.js';
import type { FoundationTables } from '../../../foundation/db/tables.js';
import { parentCodeOf } from '../../../foundation/scope/region-code.js';
import defaults from '../data/callout-defaults.json' with { type: 'json' };
import type { CalloutTables } from './callout.tables.js';

export const DEFAULT_CALLOUT_POLICY: Policy = CalloutPolicy.parse(defaults.policy);
export const BUILT_IN_REGION = '000000000000';

export type ResolvedPolicy = { policy: Policy; from: string; updatedBy: string | null; updatedAt: Date | null };

/**
 * The policy in force in a region: its own, else its nearest ancestor's, else the built-in one. Read
 * through the caller's handle so it is the policy of the transaction that publishes.
 */
export async function resolveCalloutPolicy(db: Kysely<FoundationTables>, regionCode: string): Promise<ResolvedPolicy> {
  const chain: string[] = [];
  for (let c: string | null = regionCode; c; c = parentCodeOf(c)) chain.push(c);
  const rows = await moduleDb<CalloutTables>(db).selectFrom('warning_callout_policies').selectAll().where('region_code', 'in', chain).execute();
  for (const code of chain) {
    const row = rows.find((r) => r.region_code === code);
    if (row) return { policy: row.policy, from: code, updatedBy: row.updated_by, updatedAt: row.updated_at };
  }
  return { policy: DEFAULT_CALLOUT_POLICY, from: BUILT_IN_REGION, updatedBy: null, updatedAt: null };
}

/** Roles the roster is searched for at a warning level (none for a warning without a level). */
export const rolesFor = (policy: Policy, level: number | null): string[] => (level && level >= 1 && level <= 4 ? policy.rolesByLevel[level as 1 | 2 | 3 | 4] : []);
