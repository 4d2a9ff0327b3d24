import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { csvRecords } from '../../foundation/import/csv.js';
import { validateRegionRows, type RowError } from './region-rows.js';

const HEADER = 'code,name,level,parent_code,lon,lat,coord_source';
const validate = (body: string, header = HEADER) => {
  const { header: h, records } = csvRecords(`${header}\n${body}`);
  return validateRegionRows(h, records);
};
const CHINESE = /[\u4e00-\u9fff]/;

/** The single error of a one-row file, checked for row and column; returns its reason. */
function onlyError(body: string, column: string | null, row = 2): string {
  const { errors } = validate(body);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  const e = errors[0] as RowError;
  assert.equal(e.row, row);
  assert.equal(e.column, column);
  assert.match(e.reason, CHINESE);
  return e.reason;
}

describe('region import rows', () => {
  it('the shipped Inner Mongolia file validates without a single error', () => {
    const text = fs.readFileSync(new URL('./data/inner-mongolia.csv', import.meta.url), 'utf8');
    const { header, records } = csvRecords(text);
    const { rows, errors } = validateRegionRows(header, records);
    assert.deepEqual(errors, []);
    assert.equal(rows.length, records.length);
    assert.ok(rows.some((r) => r.code === '150303000000' && r.name === '海南区' && r.level === 3 && r.parentCode === '150300000000'));
  });

  it('derives level and parent from the code and pads 6- and 9-digit codes to 12', () => {
    const { rows, errors } = validate('150302,海勃湾区,,,,,\n150302003,新华街道,,,,,\n150302003101,新华一村,5,150302003000,106.8,39.7,approx-seat');
    assert.deepEqual(errors, []);
    assert.deepEqual(rows, [
      { code: '150302000000', name: '海勃湾区', level: 3, parentCode: '150300000000', lon: null, lat: null, coordSource: null },
      { code: '150302003000', name: '新华街道', level: 4, parentCode: '150302000000', lon: null, lat: null, coordSource: null },
      { code: '150302003101', name: '新华一村', level: 5, parentCode: '150302003000', lon: 106.8, lat: 39.7, coordSource: 'approx-seat' },
    ]);
  });

  it('a province has no parent', () => {
    const { rows, errors } = validate('150000000000,内蒙古自治区,1,,,,');
    assert.deepEqual(errors, []);
    assert.equal(rows[0]?.parentCode, null);
    assert.equal(rows[0]?.level, 1);
  });

  it('needs the code and name columns; only those two are required', () => {
    const missing = validateRegionRows(['name', 'level'], [{ line: 2, values: { name: 'x', level: '3' } }]);
    assert.deepEqual(missing.rows, []);
    assert.deepEqual(missing.errors.map((e) => [e.row, e.column]), [[1, 'code']]);
    assert.match(missing.errors[0]?.reason ?? '', /缺少必填列/);
    const both = validateRegionRows([], []);
    assert.deepEqual(both.errors.map((e) => e.column), ['code', 'name']);
    const minimal = validate('150302003101,新华一村', 'code,name');
    assert.deepEqual(minimal.errors, []);
    assert.equal(minimal.rows.length, 1);
  });

  it('rejects codes that are not 6, 9 or 12 digits', () => {
    for (const bad of ['15030200300A', '1503020', '15', '1503', '', '１５０３０２', '150302 003']) {
      const reason = onlyError(`${bad},某村,,,,,`, 'code');
      assert.match(reason, /应为 6、9 或 12 位数字/);
    }
  });

  it('rejects a code whose segments skip a level (no parent one level up)', () => {
    const reason = onlyError('150300001000,无县乡镇,,,,,', 'code');
    assert.match(reason, /不连续/);
    onlyError('150000000001,无市村,,,,,', 'code');
  });

  it('rejects a code that appears twice, also when written in short and long form', () => {
    const { rows, errors } = validate('150302003101,甲村,,,,,\n150302003101,乙村,,,,,\n150302,海勃湾区,,,,,\n150302000000,海勃湾区,,,,,');
    assert.deepEqual(errors.map((e) => [e.row, e.column]), [[3, 'code'], [5, 'code']]);
    assert.match(errors[0]?.reason ?? '', /重复/);
    assert.deepEqual(rows.map((r) => r.name), ['甲村', '海勃湾区']);
  });

  it('needs a name of at most 100 characters', () => {
    assert.match(onlyError('150302003101,,,,,,', 'name'), /名称不能为空/);
    assert.match(onlyError(`150302003101,${'村'.repeat(101)},,,,,`, 'name'), /超过 100/);
    assert.deepEqual(validate(`150302003101,${'村'.repeat(100)},,,,,`).errors, []);
  });

  it('a given level must agree with the code', () => {
    assert.match(onlyError('150302003101,新华一村,4,,,,', 'level'), /层级“4”与代码推出的层级 5 不一致/);
    onlyError('150302003101,新华一村,五,,,,', 'level');
    assert.deepEqual(validate('150302003101,新华一村,5,,,,').errors, []);
  });

  it('a given parent code must be the one the code implies, in short or long form', () => {
    assert.match(onlyError('150302003101,新华一村,,150302004000,,,', 'parent_code'), /上级代码“150302004000”与代码推出的上级 150302003000 不一致/);
    assert.match(onlyError('150000000000,内蒙古自治区,,150000000000,,,', 'parent_code'), /上级 无/);
    assert.deepEqual(validate('150302003101,新华一村,,150302003,,,').errors, []);
  });

  it('coordinates are WGS-84 decimals within range, given together or not at all', () => {
    assert.match(onlyError('150302003101,村,,,180.5,39,', 'lon'), /经度“180.5”应为 -180 到 180/);
    assert.match(onlyError('150302003101,村,,,106,-90.1,', 'lat'), /纬度“-90.1”应为 -90 到 90/);
    onlyError('150302003101,村,,,东经106,39,', 'lon');
    onlyError('150302003101,村,,,0x6A,39,', 'lon');
    onlyError('150302003101,村,,,106,1e1,', 'lat');
    onlyError('150302003101,村,,,Infinity,39,', 'lon');
    assert.match(onlyError('150302003101,村,,,106.8,,', 'lat'), /同时填写或同时留空/);
    assert.match(onlyError('150302003101,村,,,,39.7,', 'lon'), /同时填写或同时留空/);
    const edges = validate('150302003101,甲,,,-180,-90,\n150302003102,乙,,,180,90,\n150302003103,丙,,,+106.5,.5,');
    assert.deepEqual(edges.errors, []);
    assert.deepEqual(edges.rows.map((r) => [r.lon, r.lat]), [[-180, -90], [180, 90], [106.5, 0.5]]);
  });

  it('reports every problem of a row, each with its column, and keeps checking later rows', () => {
    const { errors } = validate('150302003101,新华一村,4,150302004000,200,,\n15030200310X,坏,,,,,\n150302003102,好村,,,,,');
    assert.deepEqual(errors.map((e) => [e.row, e.column]), [[2, 'level'], [2, 'parent_code'], [2, 'lon'], [3, 'code']]);
    assert.ok(errors.every((e) => CHINESE.test(e.reason)));
  });

  it('row numbers are the rows of the file the user opened', () => {
    const { errors } = validate('\n150302003101,好村,,,,,\n\n15030200310X,坏,,,,,');
    assert.deepEqual(errors.map((e) => e.row), [5]);
  });

  it('an empty coordinate source is stored as none', () => {
    const { rows } = validate('150302003101,村,,,106,39,\n150302003102,村二,,,106,39,amap-gcj02-converted');
    assert.deepEqual(rows.map((r) => r.coordSource), [null, 'amap-gcj02-converted']);
  });
});
