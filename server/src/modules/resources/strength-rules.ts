import type { ForceLevel, StrengthReport, TeamKind } from '@shouwang/contracts';

export type StrengthRule = { kind: TeamKind; level: ForceLevel; minimum: number; source: string };

const ORDOS = '鄂尔多斯市提升基层应急能力若干措施';

/**
 * Minimum active members per team, from the Ordos grassroots measures: (六) city and banner/district
 * comprehensive rescue teams ≥ 50 and ≥ 30; (七) township 应急突击队 ≥ 20, village forces ≥ 10.
 * Data, not law: another region's rules replace this list.
 */
export const DEFAULT_STRENGTH_RULES: readonly StrengthRule[] = [
  { kind: 'comprehensive', level: 'prefecture', minimum: 50, source: `${ORDOS}（六）` },
  { kind: 'comprehensive', level: 'county', minimum: 30, source: `${ORDOS}（六）` },
  { kind: 'grassroots', level: 'township', minimum: 20, source: `${ORDOS}（七）` },
  { kind: 'grassroots', level: 'village', minimum: 10, source: `${ORDOS}（七）` },
];

/** Region tree level (1 province … 5 village) that a force level answers to. */
export const REGION_LEVEL_OF: Record<ForceLevel, 1 | 2 | 3 | 4 | 5> = { region: 1, prefecture: 2, county: 3, township: 4, village: 5 };

type TeamStrength = { id: string; name: string; kind: TeamKind; level: ForceLevel; regionCode: string; members: number };

/** Teams under their rule's minimum, and regions at a rule's level that have no such team at all. */
export function checkStrength(
  rules: readonly StrengthRule[],
  teams: readonly TeamStrength[],
  regionsAt: (level: ForceLevel) => readonly { code: string; name: string }[],
): Omit<StrengthReport, 'rules' | 'checkedTeams'> {
  const understrength: StrengthReport['understrength'] = [];
  const missing: StrengthReport['missing'] = [];
  for (const rule of rules) {
    const covered = teams.filter((t) => t.kind === rule.kind && t.level === rule.level);
    for (const t of covered) {
      if (t.members < rule.minimum) {
        understrength.push({ teamId: t.id, name: t.name, kind: t.kind, level: t.level, regionCode: t.regionCode, minimum: rule.minimum, actual: t.members, shortfall: rule.minimum - t.members });
      }
    }
    const withTeam = new Set(covered.map((t) => t.regionCode));
    for (const r of regionsAt(rule.level)) {
      if (!withTeam.has(r.code)) missing.push({ regionCode: r.code, regionName: r.name, level: rule.level, kind: rule.kind, minimum: rule.minimum });
    }
  }
  understrength.sort((a, b) => b.shortfall - a.shortfall || a.regionCode.localeCompare(b.regionCode));
  return { understrength, missing };
}
