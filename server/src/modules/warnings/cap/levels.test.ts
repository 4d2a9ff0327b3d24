import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CapLevelMapping, CapSeverity, WARNING_LEVELS, type WarningLevel } from '@shouwang/contracts';
import {
  DEFAULT_CAP_LEVEL_MAPPING,
  capColourValueForLevel,
  capSeverityForLevel,
  capUrgencyForLevel,
  feedCode,
  levelForCapSeverity,
  levelOfColour,
  parseFeedCode,
  parseWarningLevel,
  warningLevelTitle,
} from './levels.js';

const LEVELS: WarningLevel[] = [1, 2, 3, 4];

describe('warning levels (✔ 应对法 第四十二条, feed convention)', () => {
  it('names every level: 一级 红 highest … 四级 蓝', () => {
    assert.deepEqual(
      LEVELS.map((l) => {
        const w = WARNING_LEVELS[l];
        return [w.level, w.zh, w.roman, w.colour, w.colourZh, w.gradeZh, w.feedCode];
      }),
      [
        [1, '一级', 'Ⅰ', 'red', '红色', '特别严重', '04'],
        [2, '二级', 'Ⅱ', 'orange', '橙色', '严重', '03'],
        [3, '三级', 'Ⅲ', 'yellow', '黄色', '较重', '02'],
        [4, '四级', 'Ⅳ', 'blue', '蓝色', '一般', '01'],
      ],
    );
  });
  it('colour → level', () => {
    assert.deepEqual(
      (['red', 'orange', 'yellow', 'blue'] as const).map(levelOfColour),
      [1, 2, 3, 4],
    );
  });
  it('titles in the display form 黄色预警[Ⅲ级/较重]', () => {
    assert.deepEqual(LEVELS.map(warningLevelTitle), ['红色预警[Ⅰ级/特别严重]', '橙色预警[Ⅱ级/严重]', '黄色预警[Ⅲ级/较重]', '蓝色预警[Ⅳ级/一般]']);
  });
  it('reads the ways levels are written', () => {
    const forms: Record<WarningLevel, string[]> = {
      1: ['1', '一级', '一', 'Ⅰ', 'Ⅰ级', 'I', 'i级', '红', '红色', '红色预警', 'red', 'Red', ' RED '],
      2: ['2', '二级', 'Ⅱ级', 'II', '橙', '橙色', '橙色预警', 'orange'],
      3: ['3', '三级', 'Ⅲ', 'III级', '黄', '黄色', 'Yellow'],
      4: ['4', '四级', 'Ⅳ', 'IV', '蓝', '蓝色预警', 'blue'],
    };
    for (const level of LEVELS) for (const f of forms[level]) assert.equal(parseWarningLevel(f), level, f);
    for (const f of ['', '0', '5', '五级', 'Ⅴ', 'V', '白色', 'white', '紫', 'reddish', '1级2']) assert.equal(parseWarningLevel(f), null, f);
  });
});

describe('feed codes TT+LL', () => {
  it('reads every level code and white', () => {
    assert.deepEqual(parseFeedCode('0204'), { typeCode: '02', levelCode: '04', level: 1, colour: 'red' });
    assert.deepEqual(parseFeedCode('0103'), { typeCode: '01', levelCode: '03', level: 2, colour: 'orange' });
    assert.deepEqual(parseFeedCode('0902'), { typeCode: '09', levelCode: '02', level: 3, colour: 'yellow' });
    assert.deepEqual(parseFeedCode('0501'), { typeCode: '05', levelCode: '01', level: 4, colour: 'blue' });
    assert.deepEqual(parseFeedCode('1391'), { typeCode: '13', levelCode: '91', level: null, colour: 'white' });
  });
  it('refuses other codes', () => {
    for (const c of ['0905', '0900', '902', '09021', 'ab02', '']) assert.equal(parseFeedCode(c), null, c);
  });
  it('writes codes', () => {
    assert.deepEqual(
      LEVELS.map((l) => feedCode('02', l)),
      ['0204', '0203', '0202', '0201'],
    );
    for (const l of LEVELS) assert.equal(parseFeedCode(feedCode('07', l))?.level, l);
    assert.throws(() => feedCode('2', 1));
  });
});

describe('level ↔ CAP (◐ data/cap-level-mapping.json)', () => {
  it('the default mapping is the REFERENCE convention, marked unconfirmed', () => {
    assert.equal(DEFAULT_CAP_LEVEL_MAPPING.status, '◐');
    assert.deepEqual(LEVELS.map((l) => capSeverityForLevel(l)), ['Extreme', 'Severe', 'Moderate', 'Minor']);
    assert.deepEqual(LEVELS.map((l) => capColourValueForLevel(l)), ['Red', 'Orange', 'Yellow', 'Blue']);
  });
  it('every CAP severity → level; Unknown has none', () => {
    assert.deepEqual(
      CapSeverity.options.map((s) => [s, levelForCapSeverity(s)]),
      [
        ['Extreme', 1],
        ['Severe', 2],
        ['Moderate', 3],
        ['Minor', 4],
        ['Unknown', null],
      ],
    );
    for (const l of LEVELS) assert.equal(levelForCapSeverity(capSeverityForLevel(l)), l);
  });
  it('urgency is not derived from a level (✖: no source gives it)', () => {
    for (const l of LEVELS) assert.equal(capUrgencyForLevel(l), null);
  });
  it('a tenant mapping overrides the default', () => {
    const mapping = CapLevelMapping.parse({
      status: '✔',
      source: 'GB/T 35965.1-2018 (example)',
      levels: [
        { level: 1, severity: 'Extreme', colourValue: 'red', urgency: 'Immediate' },
        { level: 2, severity: 'Severe', colourValue: 'orange', urgency: 'Immediate' },
        { level: 3, severity: 'Moderate', colourValue: null, urgency: 'Expected' },
        { level: 4, severity: 'Minor', colourValue: null, urgency: null },
      ],
    });
    assert.deepEqual(LEVELS.map((l) => capUrgencyForLevel(l, mapping)), ['Immediate', 'Immediate', 'Expected', null]);
    assert.equal(capColourValueForLevel(1, mapping), 'red');
    assert.equal(levelForCapSeverity('Severe', mapping), 2);
  });
  it('refuses a mapping that cannot be reversed or misses a level', () => {
    const base = { status: '◐', source: 's', levels: DEFAULT_CAP_LEVEL_MAPPING.levels };
    assert.ok(CapLevelMapping.safeParse(base).success);
    const dupSeverity = base.levels.map((l) => (l.level === 2 ? { ...l, severity: 'Extreme' } : l));
    assert.equal(CapLevelMapping.safeParse({ ...base, levels: dupSeverity }).success, false);
    const dupLevel = base.levels.map((l) => (l.level === 2 ? { ...l, level: 1 } : l));
    assert.equal(CapLevelMapping.safeParse({ ...base, levels: dupLevel }).success, false);
    assert.equal(CapLevelMapping.safeParse({ ...base, levels: base.levels.slice(0, 3) }).success, false);
    const unknown = base.levels.map((l) => (l.level === 4 ? { ...l, severity: 'Unknown' } : l));
    assert.equal(CapLevelMapping.safeParse({ ...base, levels: unknown }).success, false);
  });
});
