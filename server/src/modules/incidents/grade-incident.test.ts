import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IncidentFigures } from '@shouwang/contracts';
import { gradeFor, gradeIncident, PRODUCTION_SAFETY_BOUNDS, type GradingSettings } from './grade-incident.js';

const settings: GradingSettings = {
  missingCountsAsDeaths: true,
  nearMiss: { endangered: 10, trappedOrMissing: 3, evacuated: 500 },
  reportTo: { grade1: 'national', grade2: 'national', grade3: 'province', grade4: 'city' },
};
const zero: IncidentFigures = { deaths: 0, missing: 0, seriousInjuries: 0, injuries: 0, trapped: 0, endangered: 0, evacuated: 0, directLossYuan: 0 };
const accident = (f: Partial<IncidentFigures>, s = settings) => gradeIncident({ rule: 'production_safety', figures: { ...zero, ...f } }, s);

describe('incident grading (493号令 第三条: 以上 includes the bound, 以下 excludes it)', () => {
  // Every bound of every criterion: exactly at the bound reaches the grade, one below stays in the grade under it.
  const cases: Array<{ criterion: keyof typeof PRODUCTION_SAFETY_BOUNDS; field: keyof IncidentFigures; below: number }> = [
    { criterion: 'deaths', field: 'deaths', below: 1 },
    { criterion: 'seriousInjuries', field: 'seriousInjuries', below: 1 },
    { criterion: 'directLossYuan', field: 'directLossYuan', below: 1 },
  ];
  for (const { criterion, field, below } of cases) {
    const b = PRODUCTION_SAFETY_BOUNDS[criterion];
    it(`${criterion}: ${b.grade1} → 特别重大, ${b.grade1 - below} → 重大`, () => {
      assert.equal(accident({ [field]: b.grade1 }).grade, 1);
      assert.equal(accident({ [field]: b.grade1 - below }).grade, 2);
    });
    it(`${criterion}: ${b.grade2} → 重大, ${b.grade2 - below} → 较大`, () => {
      assert.equal(accident({ [field]: b.grade2 }).grade, 2);
      assert.equal(accident({ [field]: b.grade2 - below }).grade, 3);
    });
    it(`${criterion}: ${b.grade3} → 较大, ${b.grade3 - below} → 一般`, () => {
      assert.equal(accident({ [field]: b.grade3 }).grade, 3);
      assert.equal(accident({ [field]: b.grade3 - below }).grade, 4);
    });
  }

  it('the bounds are those of the regulation', () => {
    assert.deepEqual(PRODUCTION_SAFETY_BOUNDS, {
      deaths: { grade1: 30, grade2: 10, grade3: 3 },
      seriousInjuries: { grade1: 100, grade2: 50, grade3: 10 },
      directLossYuan: { grade1: 100_000_000, grade2: 50_000_000, grade3: 10_000_000 },
    });
  });

  it('a loss a fen short of a bound stays below it', () => {
    assert.equal(accident({ directLossYuan: 9_999_999.99 }).grade, 4);
    assert.equal(accident({ directLossYuan: 49_999_999.99 }).grade, 3);
    assert.equal(accident({ directLossYuan: 99_999_999.99 }).grade, 2);
  });

  it('nothing at all is 一般, reported to the city', () => {
    const g = accident({});
    assert.equal(g.grade, 4);
    assert.equal(g.reportTo, 'city');
    assert.deepEqual(g.basis.map((b) => [b.criterion, b.grade, b.bound]), [['deaths', 4, null], ['seriousInjuries', 4, null], ['directLossYuan', 4, null]]);
  });

  it('the most serious criterion wins and the working names each', () => {
    const g = accident({ deaths: 2, seriousInjuries: 52, directLossYuan: 12_000_000 });
    assert.equal(g.grade, 2);
    assert.equal(g.reportTo, 'national');
    assert.deepEqual(g.basis.map((b) => [b.criterion, b.value, b.grade, b.bound]), [['deaths', 2, 4, null], ['seriousInjuries', 52, 2, 50], ['directLossYuan', 12_000_000, 3, 10_000_000]]);
  });

  it('the missing count with the dead when the setting says so, and not otherwise', () => {
    assert.equal(accident({ deaths: 2, missing: 1 }).grade, 3, '2 dead + 1 missing = 3 → 较大');
    assert.equal(accident({ deaths: 2, missing: 1 }).reportTo, 'province');
    assert.equal(accident({ deaths: 2, missing: 1 }, { ...settings, missingCountsAsDeaths: false }).grade, 4);
    assert.equal(accident({ deaths: 9, missing: 1 }).grade, 2);
    assert.equal(accident({ deaths: 29, missing: 1 }).grade, 1);
    assert.equal(accident({ deaths: 29, missing: 1 }, { ...settings, missingCountsAsDeaths: false }).grade, 2);
  });

  it('injuries other than 重伤, the trapped and the evacuated do not change the grade', () => {
    assert.equal(accident({ injuries: 500, trapped: 50, evacuated: 10_000, endangered: 300 }).grade, 4);
  });

  describe('较大涉险事故 (◐ data, 以上 includes the bound)', () => {
    it('涉险 10 人以上', () => {
      assert.deepEqual(accident({ endangered: 10 }).largerNearMiss, { applies: true, reasons: [{ criterion: 'endangered', value: 10, bound: 10 }] });
      assert.equal(accident({ endangered: 9 }).largerNearMiss.applies, false);
    });
    it('被困或者下落不明 3 人以上 (together)', () => {
      assert.equal(accident({ trapped: 3 }).largerNearMiss.applies, true);
      assert.equal(accident({ trapped: 2, missing: 1 }).largerNearMiss.applies, true);
      assert.equal(accident({ trapped: 1, missing: 1 }).largerNearMiss.applies, false);
      assert.equal(accident({ missing: 2 }).largerNearMiss.applies, false);
    });
    it('紧急疏散 500 人以上', () => {
      assert.equal(accident({ evacuated: 500 }).largerNearMiss.applies, true);
      assert.equal(accident({ evacuated: 499 }).largerNearMiss.applies, false);
    });
  });

  describe('assessed grades', () => {
    it('types without a numeric rule are ungraded until a person grades them', () => {
      const none = gradeIncident({ rule: 'assessed', figures: { ...zero, deaths: 40 } }, settings);
      assert.equal(none.grade, null);
      assert.equal(none.computed, null);
      assert.equal(none.reportTo, null);
      assert.deepEqual(none.basis, []);
      assert.equal(none.largerNearMiss.applies, false, 'the near-miss class is a production-safety notion');
      const graded = gradeIncident({ rule: 'assessed', figures: zero, assessed: 3 }, settings);
      assert.equal(graded.grade, 3);
      assert.equal(graded.assessedBelowRule, false);
    });
    it('a person may raise a computed grade but not lower it', () => {
      const raised = gradeIncident({ rule: 'production_safety', figures: { ...zero, deaths: 3 }, assessed: 2 }, settings);
      assert.equal(raised.computed, 3);
      assert.equal(raised.grade, 2);
      assert.equal(raised.assessedBelowRule, false);
      const lowered = gradeIncident({ rule: 'production_safety', figures: { ...zero, deaths: 3 }, assessed: 4 }, settings);
      assert.equal(lowered.grade, 3);
      assert.equal(lowered.assessedBelowRule, true);
    });
  });

  it('gradeFor names the bound reached', () => {
    assert.deepEqual(gradeFor('deaths', 10), { grade: 2, bound: 10 });
    assert.deepEqual(gradeFor('deaths', 0), { grade: 4, bound: null });
  });
});
