import type { IncidentFigures, IncidentGrade, IncidentGradeBasis, IncidentGrading, IncidentGradingRule } from '@shouwang/contracts';

/**
 * Production-safety accident grades, 493号令 第三条 ✔ (REFERENCE §1.5): any one criterion reaches a
 * grade and the most serious grade reached applies. 以上 includes the bound, 以下 excludes it, so
 * “10人以上30人以下” is 10 ≤ n < 30. 重伤 includes acute industrial poisoning; loss in yuan.
 */
export const PRODUCTION_SAFETY_BOUNDS = {
  deaths: { grade1: 30, grade2: 10, grade3: 3 },
  seriousInjuries: { grade1: 100, grade2: 50, grade3: 10 },
  directLossYuan: { grade1: 100_000_000, grade2: 50_000_000, grade3: 10_000_000 },
} as const;
export const BOUNDS_SOURCE = '《生产安全事故报告和调查处理条例》(国务院令第493号) 第三条 ✔';

export type GradingSettings = {
  /** ✖ whether the missing count with the dead (data, not law). */
  missingCountsAsDeaths: boolean;
  /** ◐ 较大涉险事故 bounds (总局21号令). */
  nearMiss: { endangered: number; trappedOrMissing: number; evacuated: number };
  reportTo: Record<'grade1' | 'grade2' | 'grade3' | 'grade4', 'city' | 'province' | 'national'>;
};

type Criterion = keyof typeof PRODUCTION_SAFETY_BOUNDS;

/** The grade one criterion reaches and the bound that put it there (null for 一般, which has no lower bound). */
export function gradeFor(criterion: Criterion, value: number): { grade: IncidentGrade; bound: number | null } {
  const b = PRODUCTION_SAFETY_BOUNDS[criterion];
  if (value >= b.grade1) return { grade: 1, bound: b.grade1 };
  if (value >= b.grade2) return { grade: 2, bound: b.grade2 };
  if (value >= b.grade3) return { grade: 3, bound: b.grade3 };
  return { grade: 4, bound: null };
}

/** The more serious of two grades (1 is the most serious); null means not graded. */
export const moreSerious = (a: IncidentGrade | null, b: IncidentGrade | null): IncidentGrade | null => (a === null ? b : b === null ? a : (Math.min(a, b) as IncidentGrade));

/**
 * Grades an incident. Production-safety types are graded from the figures; other types have no numeric
 * rule in the reference and are graded by a person (`assessed`). A person's grade may raise a computed
 * one (e.g. an unusual social impact) but never lower it: `assessedBelowRule` tells the service to refuse.
 */
export function gradeIncident(input: { rule: IncidentGradingRule; figures: IncidentFigures; assessed?: IncidentGrade | null }, settings: GradingSettings): IncidentGrading & { assessedBelowRule: boolean } {
  const f = input.figures;
  const assessed = input.assessed ?? null;
  let computed: IncidentGrade | null = null;
  const basis: IncidentGradeBasis[] = [];
  const reasons: IncidentGrading['largerNearMiss']['reasons'] = [];
  if (input.rule === 'production_safety') {
    const deaths = f.deaths + (settings.missingCountsAsDeaths ? f.missing : 0);
    for (const [criterion, value] of [['deaths', deaths], ['seriousInjuries', f.seriousInjuries], ['directLossYuan', f.directLossYuan]] as const) {
      const reached = gradeFor(criterion, value);
      basis.push({ criterion, value, ...reached });
      computed = moreSerious(computed, reached.grade);
    }
    const nm = settings.nearMiss;
    if (f.endangered >= nm.endangered) reasons.push({ criterion: 'endangered', value: f.endangered, bound: nm.endangered });
    if (f.trapped + f.missing >= nm.trappedOrMissing) reasons.push({ criterion: 'trappedOrMissing', value: f.trapped + f.missing, bound: nm.trappedOrMissing });
    if (f.evacuated >= nm.evacuated) reasons.push({ criterion: 'evacuated', value: f.evacuated, bound: nm.evacuated });
  }
  const grade = moreSerious(computed, assessed);
  return {
    rule: input.rule,
    computed,
    assessed,
    grade,
    basis,
    largerNearMiss: { applies: reasons.length > 0, reasons },
    missingCountsAsDeaths: settings.missingCountsAsDeaths,
    reportTo: grade === null ? null : settings.reportTo[`grade${grade}`],
    assessedBelowRule: computed !== null && assessed !== null && assessed > computed,
  };
}
