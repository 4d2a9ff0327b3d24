import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWithin, normalizeRegionCode, parentCodeOf, regionLevelOf, subtreePrefix, subtreeRange } from './region-code.js';

describe('region codes (GB/T 2260 + GB/T 10114)', () => {
  it('pads short codes to 12 digits and rejects other lengths', () => {
    assert.equal(normalizeRegionCode('15'), '150000000000');
    assert.equal(normalizeRegionCode('150303'), '150303000000');
    assert.equal(normalizeRegionCode('150303001'), '150303001000');
    assert.throws(() => normalizeRegionCode('1503030'), RangeError);
    assert.throws(() => normalizeRegionCode('15a303'), RangeError);
  });

  it('derives the level from the code', () => {
    assert.equal(regionLevelOf('150000000000'), 1);
    assert.equal(regionLevelOf('150300000000'), 2);
    assert.equal(regionLevelOf('152900000000'), 2); // 阿拉善盟 uses the 21–50 league range
    assert.equal(regionLevelOf('150302000000'), 3);
    assert.equal(regionLevelOf('150302001000'), 4);
    assert.equal(regionLevelOf('150302001001'), 5);
  });

  it('a subtree is a code prefix: a city sees its counties, a county not its sibling', () => {
    assert.equal(subtreePrefix('150300000000'), '1503');
    assert.deepEqual(subtreeRange('150302000000'), ['150302000000', '150302999999']);
    assert.ok(isWithin('150302001001', '150300000000'));
    assert.ok(!isWithin('150200000000', '150300000000'));
    assert.ok(!isWithin('150303000000', '150302000000'));
    assert.ok(isWithin('150300000000', '150000000000'));
  });

  it('finds the structural parent', () => {
    assert.equal(parentCodeOf('150000000000'), null);
    assert.equal(parentCodeOf('150300000000'), '150000000000');
    assert.equal(parentCodeOf('150302001001'), '150302001000');
    assert.equal(parentCodeOf('150271000000'), '150200000000'); // 包头稀土高新区 stays under 包头市
  });
});
