import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CasNumber, HazardCategory, type ChemicalLine } from '@shouwang/contracts';
import { GB18218_TABLE1, GB18218_TABLE2 } from './data/gb18218-critical-quantities.js';
import { alphaFor, assess, assessChemicals, CATEGORY_BETA, gradeFor, resolveChemical, TOXIC_GAS_BETA, type GradingInput, type QuantityTables } from './hazard-grading.js';

const TABLES: QuantityTables = { named: GB18218_TABLE1, byCategory: GB18218_TABLE2 };
const line = (over: Partial<ChemicalLine> & { name: string; quantityTonnes: number }): ChemicalLine => ({ cas: null, hazardCategory: null, criticalQuantityTonnes: null, unitName: null, ...over });
/** A term with β = 1 and an entered Q, so q/Q is exactly what the test names. */
const term = (q: number, Q = 1, beta = 1): GradingInput => ({ name: 'x', cas: null, quantityTonnes: q, criticalQuantityTonnes: Q, criticalQuantitySource: 'entered', beta, betaSource: 'table4' });
const graded = (lines: ChemicalLine[], people: number) => {
  const r = assessChemicals(lines, people, TABLES);
  if (!('assessment' in r)) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

describe('GB 18218-2018 identification: S = Σ q/Q ≥ 1', () => {
  it('is a major hazard source at S = 1 exactly, not just below', () => {
    assert.equal(assess([term(1)], 10).isMajorHazard, true);
    assert.equal(assess([term(0.999)], 10).isMajorHazard, false);
    assert.equal(assess([term(1.001)], 10).isMajorHazard, true);
    assert.equal(assess([term(0.5), term(0.5)], 10).s, 1);
  });

  it('sums without binary noise: ten chemicals at a tenth of Q make S = 1', () => {
    const a = assess(Array.from({ length: 10 }, () => term(1, 10)), 10);
    assert.equal(a.s, 1);
    assert.equal(a.isMajorHazard, true);
  });

  it('gives no grade below S = 1, but still shows R', () => {
    const a = graded([line({ name: '苯', quantityTonnes: 20, hazardCategory: 'W5.3' }), line({ name: '甲苯', quantityTonnes: 100, hazardCategory: 'W5.3' })], 10);
    assert.deepEqual([a.s, a.isMajorHazard, a.grade, a.r], [0.6, false, null, 0.6]);
  });
});

describe('GB 18218-2018 grading: R = α Σ β q/Q', () => {
  it('puts each bound in the higher grade (以上 includes the number)', () => {
    const at = (weighted: number, people: number) => assess([term(weighted)], people);
    assert.deepEqual([at(50, 100).r, at(50, 100).grade], [100, 'level1']);
    assert.equal(at(49.995, 100).grade, 'level2');
    assert.deepEqual([at(50, 1).r, at(50, 1).grade], [50, 'level2']);
    assert.equal(at(49.99, 1).grade, 'level3');
    assert.deepEqual([at(10, 1).r, at(10, 1).grade], [10, 'level3']);
    assert.equal(at(9.99, 1).grade, 'level4');
    assert.equal(at(1, 0).grade, 'level4');
  });

  it('grades R on a bound as on it even when floating point lands a hair below', () => {
    // 1.2 × 250/3 is 99.99999999999999 in binary floating point.
    const a = assess([term(250, 3)], 30);
    assert.deepEqual([a.alpha, a.r, a.grade], [1.2, 100, 'level1']);
  });

  it('maps R to grades directly', () => {
    assert.deepEqual([100, 99.999, 50, 49.999, 10, 9.999, 0].map(gradeFor), ['level1', 'level2', 'level2', 'level3', 'level3', 'level4', 'level4']);
  });

  it('takes α from the people within 500 m, each band bound included', () => {
    const cases: [number, number][] = [[0, 0.5], [1, 1.0], [29, 1.0], [30, 1.2], [49, 1.2], [50, 1.5], [99, 1.5], [100, 2.0], [250_000, 2.0]];
    for (const [people, alpha] of cases) assert.equal(alphaFor(people), alpha, `${people} people`);
  });

  it('takes β from Table 4 for every category', () => {
    const expected: Record<string, number> = { J1: 4, J2: 1, J3: 2, J4: 2, J5: 1, 'W1.1': 2, 'W1.2': 2, 'W1.3': 2, W2: 1.5, W3: 1, W4: 1, 'W5.1': 1.5, 'W5.2': 1, 'W5.3': 1, 'W5.4': 1, 'W6.1': 1.5, 'W6.2': 1, 'W7.1': 1.5, 'W7.2': 1, W8: 1, 'W9.1': 1, 'W9.2': 1, W10: 1, W11: 1 };
    assert.deepEqual(Object.keys(CATEGORY_BETA).sort(), [...HazardCategory.options].sort());
    for (const category of HazardCategory.options) {
      const r = resolveChemical(line({ name: '某未列名物质', quantityTonnes: 1, hazardCategory: category }), TABLES);
      assert.ok(typeof r !== 'string');
      assert.deepEqual([r.beta, r.betaSource, r.criticalQuantitySource], [expected[category], 'table4', 'table2'], category);
    }
  });

  it('takes β from Table 3 for the named toxic gases, by name or common alias, whatever category is given', () => {
    const expected: [string, number][] = [['一氧化碳', 2], ['二氧化硫', 2], ['液氨', 2], ['环氧乙烷', 2], ['氯化氢', 3], ['溴甲烷', 3], ['液氯', 4], ['氯气', 4], ['硫化氢', 5], ['氟化氢', 5], ['二氧化氮', 10], ['氰化氢', 10], ['光气', 20], ['磷化氢', 20], ['异氰酸甲酯', 20]];
    assert.equal(TOXIC_GAS_BETA.length, 14);
    for (const [name, beta] of expected) {
      const r = resolveChemical(line({ name, quantityTonnes: 1, hazardCategory: 'W2', criticalQuantityTonnes: 10 }), TABLES);
      assert.ok(typeof r !== 'string');
      assert.deepEqual([r.beta, r.betaSource], [beta, 'table3'], name);
    }
  });
});

describe('critical quantities and where they come from', () => {
  it('uses an entered Q over Table 1, Table 1 by name or alias over Table 2', () => {
    const get = (l: ChemicalLine) => {
      const r = resolveChemical(l, TABLES);
      assert.ok(typeof r !== 'string', `${l.name}: ${JSON.stringify(r)}`);
      return [r.criticalQuantityTonnes, r.criticalQuantitySource];
    };
    assert.deepEqual(get(line({ name: '液氯', quantityTonnes: 1 })), [5, 'table1']);
    assert.deepEqual(get(line({ name: ' 液 氨 ', quantityTonnes: 1 })), [10, 'table1']);
    assert.deepEqual(get(line({ name: '氯化氢(无水)', quantityTonnes: 1 })), [20, 'table1'], 'half-width brackets match');
    assert.deepEqual(get(line({ name: '甲醇', quantityTonnes: 1, hazardCategory: 'W5.3' })), [500, 'table1']);
    assert.deepEqual(get(line({ name: '甲醇', quantityTonnes: 1, hazardCategory: 'W5.3', criticalQuantityTonnes: 400 })), [400, 'entered']);
    assert.deepEqual(get(line({ name: '丙烷', quantityTonnes: 1, hazardCategory: 'W2' })), [10, 'table2']);
  });

  it('names what is missing or contradictory', () => {
    assert.equal(resolveChemical(line({ name: '某未列名物质', quantityTonnes: 1 }), TABLES), 'critical_quantity_unknown');
    assert.equal(resolveChemical(line({ name: '甲醇', quantityTonnes: 1 }), TABLES), 'category_required', 'Q is in Table 1, β needs the category');
    assert.equal(resolveChemical(line({ name: '甲醇', cas: '71-43-2', quantityTonnes: 1, hazardCategory: 'W5.3' }), TABLES), 'cas_mismatch');
    const r = assessChemicals([line({ name: '液氯', quantityTonnes: 1 }), line({ name: '甲醇', quantityTonnes: 1 })], 0, TABLES);
    assert.deepEqual(r, { problems: [{ index: 1, name: '甲醇', problem: 'category_required' }] });
  });

  it('ships Table 1 rows with valid CAS numbers, unique names, and Table 3 gases agreeing on their aliases', () => {
    const names = GB18218_TABLE1.flatMap((r) => [r.name, ...r.aliases]);
    assert.equal(new Set(names).size, names.length);
    for (const r of GB18218_TABLE1) {
      assert.ok(r.criticalQuantityTonnes > 0, r.name);
      for (const cas of r.cas) assert.ok(CasNumber.safeParse(cas).success, `${r.name} ${cas}`);
    }
    assert.equal(GB18218_TABLE1.length, 61);
    for (const gas of TOXIC_GAS_BETA) {
      const inTable1 = GB18218_TABLE1.find((r) => r.name === gas.name || r.aliases.includes(gas.name));
      if (inTable1) for (const alias of gas.aliases) assert.ok([inTable1.name, ...inTable1.aliases].includes(alias), `${gas.name}: ${alias}`);
    }
  });
});

describe('worked examples', () => {
  it('a liquid-chlorine tank farm with 40 people nearby: S = 24, R = 1.2 × 96 = 115.2 → 一级', () => {
    const a = graded([line({ name: '液氯', quantityTonnes: 120 })], 40);
    assert.deepEqual([a.s, a.weightedSum, a.alpha, a.r, a.grade], [24, 96, 1.2, 115.2, 'level1']);
    assert.deepEqual(a.terms.map((t) => [t.ratio, t.beta, t.weightedRatio]), [[24, 4, 96]]);
  });

  it('methanol and ammonia with nobody within 500 m: S = 7, R = 0.5 × 10 = 5 → 四级', () => {
    const a = graded([line({ name: '甲醇', quantityTonnes: 2000, hazardCategory: 'W5.3' }), line({ name: '液氨', quantityTonnes: 30 })], 0);
    assert.deepEqual([a.s, a.weightedSum, a.alpha, a.r, a.grade], [7, 10, 0.5, 5, 'level4']);
  });

  it('LPG and hydrogen with 60 people nearby: S = 8 + 2, R = 1.5 × 1.5 × 10 = 22.5 → 三级', () => {
    const a = graded([line({ name: '液化石油气', quantityTonnes: 400, hazardCategory: 'W2' }), line({ name: '氢气', quantityTonnes: 10, hazardCategory: 'W2' })], 60);
    assert.deepEqual([a.s, a.weightedSum, a.r, a.grade], [10, 15, 22.5, 'level3']);
  });
});
