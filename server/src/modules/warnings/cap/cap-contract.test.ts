import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CapAlert,
  CapIdentifier,
  capDateTimeToDate,
  formatCapCircle,
  formatCapPolygon,
  isCapDateTime,
  joinCapList,
  parseCapCircle,
  parseCapPolygon,
  splitCapList,
  toCapDateTime,
} from '@shouwang/contracts';
import { decodeXmlText, escapeXmlText } from './xml-text.js';

describe('CAP date-times (contracts)', () => {
  it('accepts YYYY-MM-DDThh:mm:ss±hh:mm with a real calendar day', () => {
    for (const s of ['2026-11-23T08:30:00+08:00', '2012-05-02T23:21:04-00:00', '2024-02-29T00:00:00+00:00', '2000-02-29T23:59:59-14:00', '2026-12-31T00:00:00+05:45'])
      assert.ok(isCapDateTime(s), s);
  });
  it('refuses Z, fractions, missing offsets and impossible values', () => {
    for (const s of [
      '2026-11-23T00:30:00Z',
      '2026-11-23T08:30:00.000+08:00',
      '2026-11-23T08:30:00',
      '2026-11-23T08:30+08:00',
      '2026-02-29T08:30:00+08:00',
      '1900-02-29T08:30:00+08:00',
      '2026-04-31T08:30:00+08:00',
      '2026-13-01T08:30:00+08:00',
      '2026-11-23T24:00:00+08:00',
      '2026-11-23T23:60:00+08:00',
      '2026-11-23T23:59:60+08:00',
      '2026-11-23T08:30:00+14:30',
      '2026-11-23T08:30:00,08:00',
      '0000-01-01T00:00:00+00:00',
    ])
      assert.equal(isCapDateTime(s), false, s);
  });
  it('formats an instant in Beijing time by default, UTC as -00:00', () => {
    const at = new Date('2026-11-23T00:30:00.999Z');
    assert.equal(toCapDateTime(at), '2026-11-23T08:30:00+08:00');
    assert.equal(toCapDateTime(at, 0), '2026-11-23T00:30:00-00:00');
    assert.equal(toCapDateTime(at, -300), '2026-11-22T19:30:00-05:00');
    assert.equal(toCapDateTime(new Date('2026-12-31T16:00:00Z')), '2027-01-01T00:00:00+08:00');
    assert.throws(() => toCapDateTime(at, 15 * 60));
    assert.equal(capDateTimeToDate('2026-11-23T08:30:00+08:00')?.toISOString(), '2026-11-23T00:30:00.000Z');
    assert.equal(capDateTimeToDate('2012-05-02T23:21:04-00:00')?.toISOString(), '2012-05-02T23:21:04.000Z');
    assert.equal(capDateTimeToDate('2026-11-23T00:30:00Z'), null);
  });
});

describe('CAP geometry (contracts)', () => {
  it('polygons: closed rings of ≥ 4 lat,lon pairs', () => {
    assert.deepEqual(parseCapPolygon('38.47,-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14'), [
      { lat: 38.47, lon: -120.14 },
      { lat: 38.34, lon: -119.95 },
      { lat: 38.52, lon: -119.74 },
      { lat: 38.47, lon: -120.14 },
    ]);
    assert.ok(parseCapPolygon(' 1,2\n3,4\t5,6  1.0,2.00 '), 'any whitespace between pairs; numerically equal ends');
    for (const bad of ['', '1,2 3,4 1,2', '1,2 3,4 5,6 7,8', '1,2 3,4 5,6 1,2,3', '91,0 1,1 2,2 91,0', '0,181 1,1 2,2 0,181', '1;2 3,4 5,6 1;2', '1, 2 3,4 5,6 1,2', 'a,b c,d e,f a,b'])
      assert.equal(parseCapPolygon(bad), null, bad);
    assert.equal(formatCapPolygon([{ lat: 1, lon: 2 }, { lat: 3, lon: 4 }, { lat: 5, lon: 6 }]), '1,2 3,4 5,6 1,2');
    assert.equal(formatCapPolygon([{ lat: 1, lon: 2 }, { lat: 3, lon: 4 }, { lat: 5, lon: 6 }, { lat: 1, lon: 2 }]), '1,2 3,4 5,6 1,2');
  });
  it('circles: lat,lon radius', () => {
    assert.deepEqual(parseCapCircle('-35.3888,147.0598 25.0'), { centre: { lat: -35.3888, lon: 147.0598 }, radiusKm: 25 });
    assert.deepEqual(parseCapCircle('-16.053,-173.274 0.0'), { centre: { lat: -16.053, lon: -173.274 }, radiusKm: 0 });
    for (const bad of ['1,2', '1,2 -1', '1 2 3', '1,2,3', '91,2 3', '1,2 3 4', '1,2 3km']) assert.equal(parseCapCircle(bad), null, bad);
    assert.equal(formatCapCircle({ lat: 39.68, lon: 106.82 }, 5), '39.68,106.82 5');
  });
});

describe('CAP lists and identifiers (contracts)', () => {
  it('space-delimited lists with quoted multi-word items', () => {
    assert.deepEqual(splitCapList('a "b c"  d "e  f"'), ['a', 'b c', 'd', 'e  f']);
    assert.deepEqual(splitCapList(''), []);
    const items = ['乌海市应急管理局 值班室', 'duty@wuhai', 'x'];
    assert.equal(joinCapList(items), '"乌海市应急管理局 值班室" duty@wuhai x');
    assert.deepEqual(splitCapList(joinCapList(items)), items);
  });
  it('identifiers without spaces, commas, < or &', () => {
    assert.ok(CapIdentifier.safeParse('11010841600000_20211229072633').success);
    for (const bad of ['a b', 'a,b', 'a<b', 'a&b', '', ' ']) assert.equal(CapIdentifier.safeParse(bad).success, false, bad);
  });
  it('conditional rules of the alert', () => {
    const base = { identifier: 'i', sender: 's', sent: '2026-11-23T08:30:00+08:00', status: 'Actual', msgType: 'Alert', scope: 'Public' } as const;
    assert.ok(CapAlert.safeParse(base).success);
    assert.equal(CapAlert.safeParse({ ...base, scope: 'Restricted' }).success, false);
    assert.ok(CapAlert.safeParse({ ...base, scope: 'Restricted', restriction: 'r' }).success);
    assert.equal(CapAlert.safeParse({ ...base, scope: 'Private' }).success, false);
    assert.ok(CapAlert.safeParse({ ...base, scope: 'Private', addresses: ['a'] }).success);
    assert.equal(CapAlert.safeParse({ ...base, addresses: ['say "hi"'] }).success, false);
    assert.equal(CapAlert.safeParse({ ...base, extra: 1 }).success, false, 'strict: unknown fields are refused');
    const info = { category: ['Met'], event: 'e', urgency: 'Unknown', severity: 'Unknown', certainty: 'Unknown' };
    assert.equal(CapAlert.safeParse({ ...base, info: [{ ...info, area: [{ areaDesc: 'a', ceiling: 10 }] }] }).success, false);
    assert.ok(CapAlert.safeParse({ ...base, info: [{ ...info, area: [{ areaDesc: 'a', altitude: 0, ceiling: 10 }] }] }).success);
    assert.equal(CapAlert.safeParse({ ...base, info: [{ ...info, category: [] }] }).success, false);
  });
  it('trims text and fills empty repeatable elements', () => {
    const a = CapAlert.parse({ identifier: ' i ', sender: 's', sent: '2026-11-23T08:30:00+08:00', status: 'Actual', msgType: 'Alert', scope: 'Public', note: '  n  ' });
    assert.deepEqual([a.identifier, a.note, a.code, a.info, a.references], ['i', 'n', [], [], []]);
  });
});

describe('XML text escaping', () => {
  it('escapes & < > and carriage returns, and decodes them back', () => {
    const s = 'a & b < c > d ]]> e\r\nf "g" \'h\'';
    const escaped = escapeXmlText(s);
    assert.equal(escaped, 'a &amp; b &lt; c &gt; d ]]&gt; e&#13;\nf "g" \'h\'');
    assert.deepEqual(decodeXmlText(escaped), { ok: true, value: s });
  });
  it('decodes only predefined entities and legal character references', () => {
    assert.deepEqual(decodeXmlText('&lt;&gt;&amp;&quot;&apos;&#x6674;&#26228;&#x1F600;'), { ok: true, value: '<>&"\'晴晴😀' });
    for (const bad of ['&nbsp;', '&xxe;', '&#0;', '&#x1;', '&#xD800;', '&#xFFFE;', '& ', '&lt', '&#x110000;', '&constructor;', '&__proto__;'])
      assert.equal(decodeXmlText(`x${bad}y`).ok, false, bad);
  });
});
