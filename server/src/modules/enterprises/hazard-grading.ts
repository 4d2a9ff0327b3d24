import type { AssessmentTerm, ChemicalLine, HazardAssessment, HazardCategory, HazardGrade } from '@shouwang/contracts';

/*
 * GB 18218-2018 危险化学品重大危险源辨识: identification S = Σ qᵢ/Qᵢ ≥ 1 (§4.2) and grading
 * R = α Σ βᵢ qᵢ/Qᵢ (§4.3). Source: ../shared/domain/REFERENCE.md §6, where the formula, the R bands and the
 * β tables (3 and 4) are marked ✔; α's table carries no mark of its own under the ✔ definition and matches
 * the standard's Table 5. So they are constants here. The critical quantities Q are partly ◐ and are
 * passed in as data (data/gb18218-critical-quantities.ts).
 */

/** R bands (Table 6): 一级 R ≥ 100, 二级 50 ≤ R < 100, 三级 10 ≤ R < 50, 四级 R < 10 (以上 includes the bound). */
export const GRADE_BOUNDS: readonly { grade: HazardGrade; minR: number }[] = [
  { grade: 'level1', minR: 100 },
  { grade: 'level2', minR: 50 },
  { grade: 'level3', minR: 10 },
  { grade: 'level4', minR: 0 },
];

/** α by the people within 500 m of the plant boundary (Table 5): 100以上 2.0, 50–99 1.5, 30–49 1.2, 1–29 1.0, 0 0.5. */
export const ALPHA_BANDS: readonly { minPeople: number; alpha: number }[] = [
  { minPeople: 100, alpha: 2.0 },
  { minPeople: 50, alpha: 1.5 },
  { minPeople: 30, alpha: 1.2 },
  { minPeople: 1, alpha: 1.0 },
  { minPeople: 0, alpha: 0.5 },
];

/** β of the named toxic gases (Table 3); they take this β whatever category is given. Aliases added here. */
export const TOXIC_GAS_BETA: readonly { name: string; aliases: string[]; beta: number }[] = [
  { name: '一氧化碳', aliases: [], beta: 2 },
  { name: '二氧化硫', aliases: [], beta: 2 },
  { name: '氨', aliases: ['液氨', '氨气'], beta: 2 },
  { name: '环氧乙烷', aliases: [], beta: 2 },
  { name: '氯化氢', aliases: ['氯化氢（无水）', '无水氯化氢'], beta: 3 },
  { name: '溴甲烷', aliases: ['甲基溴'], beta: 3 },
  { name: '氯', aliases: ['液氯', '氯气'], beta: 4 },
  { name: '硫化氢', aliases: [], beta: 5 },
  { name: '氟化氢', aliases: ['无水氟化氢'], beta: 5 },
  { name: '二氧化氮', aliases: [], beta: 10 },
  { name: '氰化氢', aliases: ['无水氢氰酸'], beta: 10 },
  { name: '碳酰氯', aliases: ['光气'], beta: 20 },
  { name: '磷化氢', aliases: [], beta: 20 },
  { name: '异氰酸甲酯', aliases: [], beta: 20 },
];

/** β of every other chemical by its hazard category (Table 4). */
export const CATEGORY_BETA: Readonly<Record<HazardCategory, number>> = {
  J1: 4, J2: 1, J3: 2, J4: 2, J5: 1,
  'W1.1': 2, 'W1.2': 2, 'W1.3': 2, W2: 1.5, W3: 1, W4: 1,
  'W5.1': 1.5, 'W5.2': 1, 'W5.3': 1, 'W5.4': 1,
  'W6.1': 1.5, 'W6.2': 1, 'W7.1': 1.5, 'W7.2': 1, W8: 1,
  'W9.1': 1, 'W9.2': 1, W10: 1, W11: 1,
};

/** The critical-quantity tables, passed in because their values are configurable data. */
export type QuantityTables = {
  named: readonly { name: string; aliases: readonly string[]; cas: readonly string[]; criticalQuantityTonnes: number }[];
  byCategory: Readonly<Record<HazardCategory, { criticalQuantityTonnes: number }>>;
};

export type GradingInput = Omit<AssessmentTerm, 'ratio' | 'weightedRatio'>;
export type ChemicalProblem = 'critical_quantity_unknown' | 'category_required' | 'cas_mismatch';

/** Names compare without spaces and with full-width brackets and subscripts folded (（ → (, ₂ → 2). */
const nameKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const named = <T extends { name: string; aliases: readonly string[] }>(rows: readonly T[], name: string) => {
  const key = nameKey(name);
  return rows.find((r) => nameKey(r.name) === key || r.aliases.some((a) => nameKey(a) === key));
};

/** Where a chemical line's Q and β come from: entered Q, else Table 1 by name, else Table 2 by category. */
export function resolveChemical(line: ChemicalLine, tables: QuantityTables): GradingInput | ChemicalProblem {
  const row = named(tables.named, line.name);
  if (row && line.cas && row.cas.length && !row.cas.includes(line.cas)) return 'cas_mismatch';
  const category = line.hazardCategory ? tables.byCategory[line.hazardCategory] : undefined;
  const [Q, source] =
    line.criticalQuantityTonnes !== null ? [line.criticalQuantityTonnes, 'entered' as const]
    : row ? [row.criticalQuantityTonnes, 'table1' as const]
    : category ? [category.criticalQuantityTonnes, 'table2' as const]
    : [null, null];
  if (Q === null || source === null) return 'critical_quantity_unknown';
  const gas = named(TOXIC_GAS_BETA, line.name);
  const beta = gas ? gas.beta : line.hazardCategory ? CATEGORY_BETA[line.hazardCategory] : null;
  if (beta === null) return 'category_required';
  return { name: line.name, cas: line.cas, quantityTonnes: line.quantityTonnes, criticalQuantityTonnes: Q, criticalQuantitySource: source, beta, betaSource: gas ? 'table3' : 'table4' };
}

export function alphaFor(exposedPopulation: number): number {
  return ALPHA_BANDS.find((b) => exposedPopulation >= b.minPeople)?.alpha ?? 0.5;
}

export function gradeFor(r: number): HazardGrade {
  return GRADE_BOUNDS.find((b) => r >= b.minR)?.grade ?? 'level4';
}

/**
 * Twelve significant digits: removes binary noise (ten terms of 0.1 sum to 0.9999999999999999, 1.2 × 250/3
 * to 99.99999999999999) so a value the arithmetic puts exactly on a bound is graded as on it.
 */
const exact = (x: number) => Number(x.toPrecision(12));

export function assess(inputs: readonly GradingInput[], exposedPopulation: number): HazardAssessment {
  let s = 0;
  let weighted = 0;
  const terms = inputs.map((i) => {
    const ratio = i.quantityTonnes / i.criticalQuantityTonnes;
    s += ratio;
    weighted += i.beta * ratio;
    return { ...i, ratio: exact(ratio), weightedRatio: exact(i.beta * ratio) };
  });
  const alpha = alphaFor(exposedPopulation);
  const r = exact(alpha * weighted);
  const isMajorHazard = exact(s) >= 1;
  return { standard: 'GB 18218-2018', terms, s: exact(s), weightedSum: exact(weighted), exposedPopulation, alpha, r, isMajorHazard, grade: isMajorHazard ? gradeFor(r) : null };
}

/** Resolves every line and assesses them, or names each line that cannot be resolved. */
export function assessChemicals(lines: readonly ChemicalLine[], exposedPopulation: number, tables: QuantityTables): { assessment: HazardAssessment } | { problems: { index: number; name: string; problem: ChemicalProblem }[] } {
  const resolved = lines.map((line, index) => ({ line, index, r: resolveChemical(line, tables) }));
  const problems = resolved.flatMap(({ line, index, r }) => (typeof r === 'string' ? [{ index, name: line.name, problem: r }] : []));
  if (problems.length) return { problems };
  return { assessment: assess(resolved.map(({ r }) => r as GradingInput), exposedPopulation) };
}
