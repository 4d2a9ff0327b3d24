import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidSupplyCode, supplyTopClass } from './supply-code.js';

describe('GB/T 38565 supply codes', () => {
  it('accepts 7 digits under the three major classes', () => {
    for (const c of ['1010101', '2050301', '3999999', '2050000']) assert.ok(isValidSupplyCode(c), c);
  });
  it('rejects other lengths, major classes and characters', () => {
    for (const c of ['', '205030', '20503011', '4050301', '0050301', '2O50301', ' 2050301', '2 05 03 01']) assert.equal(isValidSupplyCode(c), false, c);
  });
  it('names only the major class', () => {
    assert.deepEqual(supplyTopClass('1010101'), { code: '1', zh: '基本生活保障物资', en: 'Basic living-support supplies' });
    assert.equal(supplyTopClass('2050301')?.zh, '应急装备及配套物资');
    assert.equal(supplyTopClass('3010101')?.zh, '工程材料与机械加工设备');
    assert.equal(supplyTopClass('9010101'), null);
  });
});
