import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkStrength, DEFAULT_STRENGTH_RULES } from './strength-rules.js';

const team = (id: string, kind: 'comprehensive' | 'grassroots', level: 'prefecture' | 'county' | 'township' | 'village', regionCode: string, members: number) => ({ id, name: id, kind, level, regionCode, members });

describe('team strength check (Ordos minimums)', () => {
  it('holds each level to its minimum, counting the bound itself as enough', () => {
    const r = checkStrength(
      DEFAULT_STRENGTH_RULES,
      [team('city-50', 'comprehensive', 'prefecture', '150600000000', 50), team('banner-29', 'comprehensive', 'county', '150602000000', 29), team('town-20', 'grassroots', 'township', '150602001000', 20), team('village-9', 'grassroots', 'village', '150602001001', 9)],
      () => [],
    );
    assert.deepEqual(
      r.understrength.map((u) => [u.teamId, u.minimum, u.actual, u.shortfall]),
      [['banner-29', 30, 29, 1], ['village-9', 10, 9, 1]],
    );
  });

  it('lists regions of a rule’s level without a team of that kind; another kind does not count', () => {
    const r = checkStrength(
      DEFAULT_STRENGTH_RULES,
      [team('a', 'comprehensive', 'county', '150602000000', 35), team('b', 'grassroots', 'county', '150603000000', 40)],
      (level) => (level === 'county' ? [{ code: '150602000000', name: '东胜区' }, { code: '150603000000', name: '康巴什区' }] : []),
    );
    assert.deepEqual(r.missing, [{ regionCode: '150603000000', regionName: '康巴什区', level: 'county', kind: 'comprehensive', minimum: 30 }]);
    assert.equal(r.understrength.length, 0);
  });
});
