import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parseCapPolygon, type CapAlert, type CapProblem } from '@shouwang/contracts';
import { CAP_LIMITS, parseCap } from './parse-cap.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function parsed(input: string | Uint8Array): CapAlert {
  const r = parseCap(input);
  if (!r.ok) assert.fail(`expected the document to parse:\n${JSON.stringify(r.problems, null, 2)}`);
  return r.alert;
}
function refused(input: string | Uint8Array, limits?: Parameters<typeof parseCap>[1]): CapProblem[] {
  const r = parseCap(input, limits);
  assert.equal(r.ok, false, 'expected the document to be refused');
  if (r.ok) throw new Error('unreachable');
  for (const p of r.problems) {
    assert.match(p.zh, /[\u4e00-\u9fff]/, `Chinese reason expected: ${p.zh}`);
    assert.ok(p.en.length > 0 && !/[\u4e00-\u9fff]{2}/.test(p.en.replace(/"[^"]*"/g, '')), `English reason expected: ${p.en}`);
  }
  return r.problems;
}
/** Asserts one problem at `path` whose English reason matches `en`. */
function has(problems: CapProblem[], path: string, en: RegExp): void {
  assert.ok(
    problems.some((p) => p.path === path && en.test(p.en)),
    `no problem at ${path} matching ${String(en)}; got:\n${problems.map((p) => `${p.path}: ${p.en}`).join('\n')}`,
  );
}

/** A valid CAP 1.2 alert as the platform sends it; tests break one thing at a time. */
const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>15030341600000_20261123083000</identifier>
  <sender>15030341600000</sender>
  <sent>2026-11-23T08:30:00+08:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <language>zh-CN</language>
    <category>Met</category>
    <event>暴雨</event>
    <urgency>Immediate</urgency>
    <severity>Extreme</severity>
    <certainty>Likely</certainty>
    <effective>2026-11-23T08:30:00+08:00</effective>
    <headline>乌海市气象台发布暴雨红色预警[Ⅰ级/特别严重]</headline>
    <area>
      <areaDesc>海勃湾区</areaDesc>
      <polygon>39.60,106.75 39.75,106.75 39.75,106.90 39.60,106.90 39.60,106.75</polygon>
      <circle>39.68,106.82 5</circle>
      <geocode><valueName>GB/T 2260</valueName><value>150302</value></geocode>
    </area>
  </info>
</alert>
`;
const swap = (from: string, to: string, xml = VALID) => {
  assert.ok(xml.includes(from), `test document does not contain ${from}`);
  return xml.replace(from, to);
};

describe('parseCap: the real sample alerts', () => {
  it('43b080713727 (CAP 1.2, DHS): parameter, resource, multi-line text', () => {
    const r = parseCap(fixture('43b080713727.cap'));
    assert.ok(r.ok);
    assert.equal(r.version, '1.2');
    const a = r.alert;
    assert.deepEqual([a.identifier, a.sender, a.sent, a.status, a.msgType, a.scope], ['43b080713727', 'hsas@dhs.gov', '2003-04-02T14:39:01-05:00', 'Actual', 'Alert', 'Public']);
    const info = a.info[0]!;
    assert.deepEqual(info.category, ['Security']);
    assert.deepEqual([info.urgency, info.severity, info.certainty], ['Immediate', 'Severe', 'Likely']);
    assert.equal(info.headline, 'Homeland Security Sets Code ORANGE');
    assert.match(info.description!, /^The Department of Homeland Security has elevated the Homeland Security Advisory \nSystem threat level/);
    assert.match(info.instruction!, /^A High Condition is declared/);
    assert.deepEqual(info.parameter, [{ valueName: 'HSAS', value: 'ORANGE' }]);
    assert.deepEqual(info.resource, [{ resourceDesc: 'Image file (GIF)', mimeType: 'image/gif', uri: 'http://www.dhs.gov/dhspublic/getAdvisoryImage' }]);
    assert.deepEqual(info.area, [{ areaDesc: 'U.S. nationwide and interests worldwide', polygon: [], circle: [], geocode: [] }]);
    assert.equal(info.language, undefined, 'absent language stays absent (CAP default en-US)');
  });

  it('KAR0-0306112239-SW (CAP 1.1, AMBER alert): source, eventCode, contact, geocode', () => {
    const r = parseCap(fixture('KAR0-0306112239-SW.cap'));
    assert.ok(r.ok);
    assert.equal(r.version, '1.1');
    const a = r.alert;
    assert.equal(a.identifier, 'KAR0-0306112239-SW');
    assert.equal(a.sender, 'KARO@CLETS.DOJ.CA.GOV');
    assert.equal(a.source, 'SW');
    const info = a.info[0]!;
    assert.deepEqual(info.category, ['Rescue']);
    assert.equal(info.event, 'Child Abduction');
    assert.deepEqual(info.eventCode, [{ valueName: 'SAME', value: 'CAE' }]);
    assert.match(info.description!, /VICTIM\(S\): KHAYRI DOE JR\. M\/B BLK\/BRO 3'0", 40/);
    assert.equal(info.contact, 'DET. SMITH, 77TH DIV, LOS ANGELES POLICE DEPT-LAPD AT 213 485-2389');
    assert.deepEqual(info.area[0]!.geocode, [{ valueName: 'SAME', value: '006037' }]);
  });

  it('australia (CAP 1.2 with a cap: prefix): two info blocks, escaped HTML, empty value', () => {
    const r = parseCap(fixture('australia.cap'));
    assert.ok(r.ok);
    assert.equal(r.version, '1.2');
    const a = r.alert;
    assert.equal(a.identifier, 'tag:www.rfs.nsw.gov.au2011-10-06:40184');
    assert.equal(a.sent, '2011-10-05T23:04:00+10:00');
    assert.deepEqual(a.code, ['urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0']);
    assert.equal(a.info.length, 2);
    for (const info of a.info) {
      assert.equal(info.language, 'en-AU');
      assert.deepEqual(info.category, ['Fire', 'Met']);
      assert.deepEqual(info.responseType, ['Evacuate']);
      assert.deepEqual([info.urgency, info.severity, info.certainty], ['Expected', 'Minor', 'Observed']);
      assert.equal(info.eventCode.length, 2);
      assert.equal(info.effective, '2011-10-05T23:04:00+10:00');
      assert.equal(info.expires, '2011-10-06T23:04:00+10:00');
      assert.ok(info.description!.startsWith('ALERT LEVEL: Not Applicable<br />LOCATION: 12 Cox Street'), 'entity references are decoded');
      assert.equal(info.parameter.length, 7);
      assert.deepEqual(info.parameter[5], { valueName: 'AllocatedResources', value: '' });
      assert.deepEqual(info.resource, [{ resourceDesc: 'map', mimeType: 'text/html', uri: 'http://www.rfs.nsw.gov.au/dsp_content.cfm?CAT_ID=683' }]);
      assert.deepEqual(info.area[0]!.circle, ['-35.3888,147.0598 25.0']);
    }
    assert.deepEqual(a.info[0]!.area[0]!.geocode, [{ valueName: 'http://www.iso.org/iso/country_codes.html', value: 'AU-NSW' }]);
    assert.deepEqual(a.info[1]!.area[0]!.geocode, [{ valueName: 'http://www.psma.com.au/?product=postcode-boundaries', value: '2642' }]);
  });

  it('canada (CAP 1.2 Update): references, empty optional elements, bilingual info, polygons', () => {
    const r = parseCap(fixture('canada.cap'));
    assert.ok(r.ok);
    const a = r.alert;
    assert.equal(a.msgType, 'Update');
    assert.equal(a.source, 'Environment Canada - Environnement Canada - Toronto (CWTO)');
    assert.deepEqual(a.code, ['profile:CAP-CP:0.4', 'layer:EC-MSC-SMC:1.0', 'layer:SOREM:1.0']);
    assert.deepEqual(a.references, [
      { sender: 'cap@ec.gc.ca', identifier: '2.49.0.1.124.a3f342a4.2012', sent: '2012-05-02T21:45:05-00:00' },
      { sender: 'cap@ec.gc.ca', identifier: '2.49.0.1.124.60f31a3a.2012', sent: '2012-05-02T21:55:21-00:00' },
    ]);
    for (const empty of ['restriction', 'note'] as const) assert.equal(Object.hasOwn(a, empty), false, `<${empty}/> carries nothing`);
    assert.deepEqual([a.addresses, a.incidents], [[], []]);
    assert.deepEqual(
      a.info.map((i) => [i.language, i.event, i.audience]),
      [
        ['en-CA', 'thunderstorm', 'General Public'],
        ['fr-CA', 'orages', 'General Public'],
      ],
    );
    const [en, fr] = a.info as [CapAlert['info'][0], CapAlert['info'][0]];
    assert.deepEqual(en.responseType, ['AllClear']);
    assert.equal(en.urgency, 'Past');
    assert.equal(Object.hasOwn(en, 'contact'), false);
    assert.equal(en.parameter.length, 5);
    assert.equal(fr.headline, "veille d'orages violents");
    assert.match(fr.description!, /créé pour les buts d'essai/);
    assert.equal(en.area.length, 2);
    assert.equal(en.area[0]!.geocode.length, 10);
    assert.equal(en.area[1]!.geocode.length, 3);
    assert.equal(parseCapPolygon(en.area[0]!.polygon[0]!)?.length, 17);
    assert.equal(parseCapPolygon(en.area[1]!.polygon[0]!)?.length, 38);
    assert.deepEqual(parseCapPolygon(en.area[0]!.polygon[0]!)?.[0], { lat: 42.3481, lon: -82.9314 });
    assert.equal(fr.area[0]!.areaDesc, "Windsor - Leamington - comté d'Essex");
  });

  it('earthquake (CAP 1.1, USGS): stylesheet PI, code, 12 parameters, zero-radius circle', () => {
    const r = parseCap(fixture('earthquake.cap'));
    assert.ok(r.ok);
    assert.equal(r.version, '1.1');
    const a = r.alert;
    assert.equal(a.identifier, 'USGS-earthquakes-us2010apcd.6.20100831T000925.496Z');
    assert.deepEqual(a.code, ['IPAWSv1.0']);
    const info = a.info[0]!;
    assert.deepEqual([info.category, info.event, info.severity], [['Geo'], 'Earthquake', 'Unknown']);
    assert.equal(info.expires, '2010-09-02T00:09:25-05:00');
    assert.equal(info.parameter.length, 12);
    assert.deepEqual(info.parameter.find((p) => p.valueName === 'Magnitude'), { valueName: 'Magnitude', value: '6.3' });
    assert.deepEqual(info.area[0]!.circle, ['-16.053,-173.274 0.0']);
  });

  it('no_optional_fields (CAP 1.1): only the required alert elements', () => {
    const r = parseCap(fixture('no_optional_fields.cap'));
    assert.ok(r.ok);
    assert.equal(r.version, '1.1');
    assert.deepEqual(r.alert, {
      identifier: 'USGS-earthquakes-us2010apcd.6.20100831T000925.496Z',
      sender: 'http://earthquake.usgs.gov/research/monitoring/anss/neic/',
      sent: '2010-08-31T00:09:25-05:00',
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      addresses: [],
      code: [],
      references: [],
      incidents: [],
      info: [],
    });
  });

  it('thunderstorm (CAP 1.2, NWS): responseType, polygon, three geocodes', () => {
    const info = parsed(fixture('thunderstorm.cap')).info[0]!;
    assert.deepEqual(info.responseType, ['Shelter']);
    assert.deepEqual(info.eventCode, [{ valueName: 'SAME', value: 'SVR' }]);
    assert.equal(info.contact, 'BARUFFALDI/JUSKIE');
    assert.deepEqual(info.area[0]!.polygon, ['38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14']);
    assert.deepEqual(
      info.area[0]!.geocode.map((g) => g.value),
      ['006109', '006009', '006003'],
    );
  });

  it('weather (CAP 1.1, NWS): comment inside alert, note, multi-line parameter, empty values', () => {
    const r = parseCap(fixture('weather.cap'));
    assert.ok(r.ok);
    assert.equal(r.version, '1.1');
    const a = r.alert;
    assert.match(a.note!, /^Alert for Central and Southern Lewis and Clark/);
    const info = a.info[0]!;
    assert.equal(info.event, 'Flash Flood Watch');
    assert.deepEqual(
      info.parameter.map((p) => p.valueName),
      ['WMOHEADER', 'UGC', 'VTEC', 'TIME...MOT...LOC'],
    );
    assert.equal(info.parameter[0]!.value, '');
    assert.equal(info.parameter[2]!.value, '/O.CON.KTFX.FF.A.0003.000000T0000Z-100830T1800Z/\n/00000.0.ER.000000T0000Z.000000T0000Z.000000T0000Z.OO/');
    assert.deepEqual(info.area[0]!.geocode, [
      { valueName: 'FIPS6', value: '030049' },
      { valueName: 'UGC', value: 'MTZ014' },
    ]);
  });

  it('accepts a string as well as bytes, and a byte-order mark', () => {
    const text = fixture('thunderstorm.cap').toString('utf8');
    assert.deepEqual(parsed(text), parsed(fixture('thunderstorm.cap')));
    assert.deepEqual(parsed(`\uFEFF${text}`), parsed(text));
    assert.deepEqual(parsed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('thunderstorm.cap')])), parsed(text));
  });
});

describe('parseCap: valid details', () => {
  it('reads the platform-style alert', () => {
    const a = parsed(VALID);
    assert.equal(a.info[0]!.event, '暴雨');
    assert.deepEqual(a.info[0]!.area[0]!.geocode, [{ valueName: 'GB/T 2260', value: '150302' }]);
  });
  it('ignores schema-location attributes, comments and processing instructions', () => {
    const xml = swap(
      '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">',
      '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:oasis:names:tc:emergency:cap:1.2 cap12.xsd">',
      swap('<event>暴雨</event>', '<event>暴<!-- 注释 -->雨<?pi ignored?></event>'),
    );
    assert.equal(parsed(xml).info[0]!.event, '暴雨');
  });
  it('keeps CDATA literally and decodes character references', () => {
    const a = parsed(swap('<event>暴雨</event>', '<event><![CDATA[&lt;暴雨>]]> &#x6674;&#26228;</event>'));
    assert.equal(a.info[0]!.event, '&lt;暴雨> 晴晴');
  });
  it('splits addresses and incidents, keeping quoted multi-word items', () => {
    const a = parsed(swap('<scope>Public</scope>', '<scope>Private</scope>\n  <addresses>"乌海市 应急管理局" duty@wuhai</addresses>\n  <incidents>INC-1 "flood 2026"</incidents>'));
    assert.deepEqual(a.addresses, ['乌海市 应急管理局', 'duty@wuhai']);
    assert.deepEqual(a.incidents, ['INC-1', 'flood 2026']);
  });
  it('reads altitude and ceiling as numbers', () => {
    const a = parsed(swap('</geocode>', '</geocode><altitude>100.5</altitude><ceiling>2000</ceiling>'));
    assert.deepEqual([a.info[0]!.area[0]!.altitude, a.info[0]!.area[0]!.ceiling], [100.5, 2000]);
  });
  it('ignores an enveloped XML signature but says the document was signed', () => {
    const r = parseCap(swap('</alert>', '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/><SignatureValue>AAAA</SignatureValue></Signature>\n</alert>'));
    assert.ok(r.ok);
    assert.equal(r.signed, true);
    assert.equal(parseCap(VALID).ok && (parseCap(VALID) as { signed: boolean }).signed, false);
  });
  it('fills the mimeType CAP 1.1 left optional, with a note', () => {
    const xml = swap('urn:oasis:names:tc:emergency:cap:1.2', 'urn:oasis:names:tc:emergency:cap:1.1', swap('<area>', '<resource><resourceDesc>雷达图</resourceDesc><size>2048</size></resource>\n    <area>'));
    const r = parseCap(xml);
    assert.ok(r.ok);
    assert.equal(r.version, '1.1');
    assert.deepEqual(r.alert.info[0]!.resource, [{ resourceDesc: '雷达图', mimeType: 'application/octet-stream', size: 2048 }]);
    assert.equal(r.notes.length, 1);
    assert.equal(r.notes[0]!.path, '/alert/info[1]/resource[1]/mimeType');
    // CAP 1.2 requires it
    has(refused(swap('<area>', '<resource><resourceDesc>雷达图</resourceDesc></resource>\n    <area>')), '/alert/info[1]/resource[1]/mimeType', /required element <mimeType> is missing/);
  });
});

describe('parseCap: invalid documents are refused with the place and the reason', () => {
  it('missing required elements', () => {
    has(refused(swap('<identifier>15030341600000_20261123083000</identifier>', '')), '/alert/identifier', /required element <identifier> is missing/);
    has(refused(swap('<scope>Public</scope>', '')), '/alert/scope', /required element <scope> is missing/);
    has(refused(swap('<category>Met</category>', '')), '/alert/info[1]/category', /at least one <category> element is required/);
    has(refused(swap('<certainty>Likely</certainty>', '')), '/alert/info[1]/certainty', /required element <certainty> is missing/);
    has(refused(swap('<areaDesc>海勃湾区</areaDesc>', '')), '/alert/info[1]/area[1]/areaDesc', /required element <areaDesc> is missing/);
    has(refused(swap('<value>150302</value>', '')), '/alert/info[1]/area[1]/geocode[1]/value', /required element <value> is missing/);
    has(refused(swap('<event>暴雨</event>', '<event> </event>')), '/alert/info[1]/event', /<event> must not be empty/);
  });

  it('values outside the CAP 1.2 enumerations', () => {
    has(refused(swap('<status>Actual</status>', '<status>Real</status>')), '/alert/status', /"Real" is not a CAP 1.2 value of <status> \(allowed: Actual, Exercise, System, Test, Draft\)/);
    has(refused(swap('<msgType>Alert</msgType>', '<msgType>Notice</msgType>')), '/alert/msgType', /not a CAP 1.2 value of <msgType>/);
    has(refused(swap('<scope>Public</scope>', '<scope>public</scope>')), '/alert/scope', /not a CAP 1.2 value of <scope>/);
    has(refused(swap('<category>Met</category>', '<category>Met</category><category>Weather</category>')), '/alert/info[1]/category[2]', /"Weather" is not a CAP 1.2 value of <category>/);
    has(refused(swap('<urgency>Immediate</urgency>', '<urgency>Now</urgency>')), '/alert/info[1]/urgency', /not a CAP 1.2 value/);
    has(refused(swap('<severity>Extreme</severity>', '<severity>Huge</severity>')), '/alert/info[1]/severity', /"Huge" is not a CAP 1.2 value of <severity> \(allowed: Extreme, Severe, Moderate, Minor, Unknown\)/);
    has(refused(swap('<certainty>Likely</certainty>', '<certainty>VeryLikely</certainty>')), '/alert/info[1]/certainty', /not a CAP 1.2 value/);
    has(refused(swap('<event>', '<responseType>Run</responseType><event>')), '/alert/info[1]/responseType[1]', /not a CAP 1.2 value of <responseType>/);
  });

  it('bad dates', () => {
    for (const bad of ['2026-11-23T00:30:00Z', '2026-11-23T08:30:00', '2026-11-23 08:30:00+08:00', '2026-02-30T08:30:00+08:00', '2026-11-23T24:00:00+08:00', '2026-11-23T08:30:00.5+08:00', '2026-11-23T08:30:00+15:00', '20261123083000']) {
      has(refused(swap('<sent>2026-11-23T08:30:00+08:00</sent>', `<sent>${bad}</sent>`)), '/alert/sent', /valid YYYY-MM-DDThh:mm:ss±hh:mm date-time/);
    }
    has(refused(swap('<effective>2026-11-23T08:30:00+08:00</effective>', '<effective>tomorrow</effective>')), '/alert/info[1]/effective', /date-time/);
  });

  it('polygons that are not closed rings of at least 4 lat,lon pairs', () => {
    const poly = '<polygon>39.60,106.75 39.75,106.75 39.75,106.90 39.60,106.90 39.60,106.75</polygon>';
    const at = '/alert/info[1]/area[1]/polygon[1]';
    has(refused(swap(poly, '<polygon>39.60,106.75 39.75,106.75 39.75,106.90 39.60,106.90</polygon>')), at, /not closed/);
    has(refused(swap(poly, '<polygon>39.60,106.75 39.75,106.75 39.60,106.75</polygon>')), at, /only 3 point/);
    has(refused(swap(poly, '<polygon>106.75,39.60 106.75,39.75 106.90,39.75 106.75,39.60</polygon>')), at, /point 1 is out of range/);
    has(refused(swap(poly, '<polygon>39.60;106.75 39.75,106.75 39.75,106.90 39.60,106.75</polygon>')), at, /point 1 "39.60;106.75" is not "lat,lon"/);
    has(refused(swap(poly, `${poly}<polygon>39.6, 106.7 39.7,106.7 39.7,106.9 39.6,106.7</polygon>`)), '/alert/info[1]/area[1]/polygon[2]', /closed ring/);
  });

  it('circles that are not "lat,lon radius"', () => {
    for (const bad of ['39.68,106.82', '39.68 106.82 5', '39.68,106.82 -5', '39.68,106.82 5km', '139.68,106.82 5', '39.68,106.82,5']) {
      has(refused(swap('<circle>39.68,106.82 5</circle>', `<circle>${bad}</circle>`)), '/alert/info[1]/area[1]/circle[1]', /a circle must be "lat,lon radius"/);
    }
  });

  it('structure: duplicates, unknown and foreign elements, stray text, elements inside text', () => {
    has(refused(swap('<status>Actual</status>', '<status>Actual</status><status>Test</status>')), '/alert/status', /<status> may appear only once/);
    has(refused(swap('<event>暴雨</event>', '<event>暴雨</event><event>大风</event>')), '/alert/info[1]/event', /may appear only once/);
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><priority>1</priority>')), '/alert/priority', /element <priority> is not allowed here/);
    has(refused(swap('<areaDesc>', '<polygons/><areaDesc>')), '/alert/info[1]/area[1]/polygons', /not allowed/);
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><x:note xmlns:x="urn:example:other">n</x:note>')), '/alert/x:note', /element <x:note> \(namespace urn:example:other\) is not allowed here/);
    has(refused(swap('<category>Met</category>', 'stray words<category>Met</category>')), '/alert/info[1]', /only elements are allowed here, not the text "stray words"/);
    has(refused(swap('<event>暴雨</event>', '<event>暴<b>雨</b></event>')), '/alert/info[1]/event', /holds text only, not the element <b>/);
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><foo:bar>1</foo:bar>')), '/alert', /undeclared namespace prefix "foo"/);
  });

  it('wrong root, namespace or version', () => {
    has(refused(swap('urn:oasis:names:tc:emergency:cap:1.2', 'http://www.incident.com/cap/1.0')), '/', /root element must be <alert> in the CAP 1.2 or 1.1 namespace.*namespace http:\/\/www.incident.com\/cap\/1.0/);
    has(refused(swap(' xmlns="urn:oasis:names:tc:emergency:cap:1.2"', '')), '/', /namespace none/);
    for (const ns of ['constructor', '__proto__', 'toString']) has(refused(swap('urn:oasis:names:tc:emergency:cap:1.2', ns)), '/', new RegExp(`namespace ${ns}`));
    has(refused('<?xml version="1.0"?><feed xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>'), '/', /found <feed>/);
    has(refused(swap('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">', '<cap:alert>', swap('</alert>', '</cap:alert>'))), '/', /undeclared namespace prefix "cap"/);
    // a CAP 1.2 alert whose children are CAP 1.1 elements is not a CAP 1.2 alert
    has(refused(swap('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">', '<c:alert xmlns:c="urn:oasis:names:tc:emergency:cap:1.2" xmlns="urn:oasis:names:tc:emergency:cap:1.1">', swap('</alert>', '</c:alert>'))), '/alert/identifier', /namespace urn:oasis:names:tc:emergency:cap:1.1/);
  });

  it('scope rules, list fields, references, numbers', () => {
    has(refused(swap('<scope>Public</scope>', '<scope>Restricted</scope>')), '/alert/restriction', /<restriction> is required when scope is Restricted/);
    assert.equal(parsed(swap('<scope>Public</scope>', '<scope>Restricted</scope><restriction>应急管理部门内部</restriction>')).restriction, '应急管理部门内部');
    has(refused(swap('<scope>Public</scope>', '<scope>Private</scope>')), '/alert/addresses', /<addresses> is required when scope is Private/);
    has(refused(swap('<scope>Public</scope>', '<scope>Private</scope><addresses>"a b</addresses>')), '/alert/addresses', /unbalanced double quote/);
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><references>s,id</references>')), '/alert/references', /item 1 "s,id" is not "sender,identifier,sent"/);
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><references>s,id,2026-11-23T08:30:00+08:00 s,id2,yesterday</references>')), '/alert/references', /<references> item 2: must be a valid YYYY-MM-DDThh:mm:ss±hh:mm/);
    has(refused(swap('<sender>15030341600000</sender>', '<sender>乌海 气象台</sender>')), '/alert/sender', /must not contain spaces, commas, < or &/);
    has(refused(swap('</geocode>', '</geocode><altitude>high</altitude>')), '/alert/info[1]/area[1]/altitude', /<altitude> must be a decimal number/);
    has(refused(swap('</geocode>', '</geocode><ceiling>100</ceiling>')), '/alert/info[1]/area[1]/ceiling', /<ceiling> may only be used together with <altitude>/);
    has(refused(swap('<area>', '<resource><resourceDesc>r</resourceDesc><mimeType>image/png</mimeType><size>-1</size></resource><area>')), '/alert/info[1]/resource[1]/size', /whole number of bytes/);
    has(refused(swap('<language>zh-CN</language>', '<language>chinese simplified</language>')), '/alert/info[1]/language', /not a language tag/);
  });

  it('lists every problem of a document at once', () => {
    const xml = swap('<status>Actual</status>', '<status>Real</status>', swap('<severity>Extreme</severity>', '<severity>Huge</severity>', swap('<circle>39.68,106.82 5</circle>', '<circle>x</circle>')));
    const problems = refused(xml);
    assert.deepEqual(problems.map((p) => p.path).sort(), ['/alert/info[1]/area[1]/circle[1]', '/alert/info[1]/severity', '/alert/status']);
  });

  it('not well-formed XML, with the line', () => {
    has(refused(swap('</event>', '</evnt>')), '/', /XML is not well-formed \(line 12, column \d+\)/);
    has(refused(`${VALID}<alert/>`), '/', /not well-formed|exactly one root/);
    has(refused(''), '/', /./);
    has(refused('just text'), '/', /./);
  });
});

describe('parseCap: hostile XML', () => {
  const DTD_REASON = /DOCTYPE and ENTITY declarations are not allowed/;

  it('refuses external entities (XXE) before any parsing', () => {
    const xxe = VALID.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('暴雨</event>', '&xxe;</event>');
    const problems = refused(xxe);
    has(problems, '/', DTD_REASON);
    assert.equal(problems.length, 1);
    assert.ok(!JSON.stringify(problems).includes('root:'), 'no file content leaks into the reasons');
    has(refused('<!DOCTYPE alert SYSTEM "http://127.0.0.1:9/cap.dtd"><alert/>'), '/', DTD_REASON);
    has(refused('<!DOCTYPE alert [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]><alert/>'), '/', DTD_REASON);
  });

  it('refuses entity expansion (billion laughs) at once', () => {
    let dtd = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE alert [${dtd}]>\n${VALID.slice(VALID.indexOf('<alert')).replace('暴雨</event>', '&lol9;</event>')}`;
    const started = process.hrtime.bigint();
    has(refused(bomb), '/', DTD_REASON);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 200, 'refused without expanding');
  });

  it('refuses any DOCTYPE, even one without entities, and ENTITY text anywhere (conservative)', () => {
    has(refused(VALID.replace('<alert ', '<!DOCTYPE alert>\n<alert ')), '/', DTD_REASON);
    has(refused(swap('<event>暴雨</event>', '<event><![CDATA[<!ENTITY x "y">]]></event>')), '/', DTD_REASON);
    has(refused(swap('<event>暴雨</event>', '<event>暴雨</event><!-- <!DOCTYPE x> -->')), '/', DTD_REASON);
  });

  it('refuses references to undefined entities and to characters XML does not allow', () => {
    const undefinedEntity = refused(swap('暴雨</event>', '&xxe;</event>'));
    has(undefinedEntity, '/alert/info[1]/event', /invalid entity or character reference &xxe;/);
    assert.equal(undefinedEntity.length, 1, 'reported once, not also as a missing element');
    has(refused(swap('暴雨</event>', '&nbsp;</event>')), '/alert/info[1]/event', /&nbsp;/);
    has(refused(swap('暴雨</event>', '&#0;</event>')), '/alert/info[1]/event', /&#0;/);
    has(refused(swap('暴雨</event>', '&#xD800;</event>')), '/alert/info[1]/event', /&#xD800;/);
    const bare = refused(swap('暴雨</event>', 'AT&T</event>'));
    assert.ok(bare.length > 0);
    has(refused(swap('暴雨</event>', '\u0001</event>')), '/', /character XML does not allow \(U\+0001\)/);
  });

  it('enforces the size limit on the bytes before parsing', () => {
    assert.equal(CAP_LIMITS.maxBytes, 1024 * 1024);
    const huge = swap('<event>暴雨</event>', `<event>${'雨'.repeat(350_000)}</event>`); // 3 bytes each in UTF-8
    assert.ok(huge.length < CAP_LIMITS.maxBytes && Buffer.byteLength(huge) > CAP_LIMITS.maxBytes);
    has(refused(huge), '/', /document too large: \d+ bytes, limit 1048576/);
    has(refused(Buffer.from(huge)), '/', /document too large/);
    has(refused(VALID, { maxBytes: 500 }), '/', /limit 500/);
    assert.ok(parseCap(swap('<event>暴雨</event>', `<event>${'雨'.repeat(340_000)}</event>`)).ok, 'just under the limit is fine');
  });

  it('limits repeated elements and the element count', () => {
    const codes = (n: number) => swap('<scope>Public</scope>', `<scope>Public</scope>${'<code>c</code>'.repeat(n)}`);
    assert.equal(parsed(codes(CAP_LIMITS.maxRepeat)).code.length, CAP_LIMITS.maxRepeat);
    has(refused(codes(CAP_LIMITS.maxRepeat + 1)), `/alert/code[${CAP_LIMITS.maxRepeat + 1}]`, /too many <code> elements \(limit 1000\)/);
    has(refused(codes(CAP_LIMITS.maxElements + 1)), '/', /too many elements \(limit 10000\)/);
    has(refused(codes(60), { maxElements: 50 }), '/', /too many elements \(limit 50\)/);
    const geocodes = swap('</geocode>', `</geocode>${'<geocode><valueName>GB/T 2260</valueName><value>150302</value></geocode>'.repeat(1000)}`);
    has(refused(geocodes), '/alert/info[1]/area[1]/geocode[1001]', /too many <geocode> elements/);
  });

  it('limits nesting depth without exhausting the stack', () => {
    const deep = swap('<scope>Public</scope>', `<scope>Public</scope>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}`);
    has(refused(deep), '/', /nested too deeply \(limit 12\)/);
  });

  it('cannot pollute prototypes through element names', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      has(refused(swap('<scope>Public</scope>', `<scope>Public</scope><${name}><polluted>yes</polluted></${name}>`)), '/', new RegExp(`element name <${name}> is not allowed`));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><toString>x</toString><hasOwnProperty>y</hasOwnProperty>')), '/alert/__toString', /not allowed/);
  });

  it('refuses bytes that are not UTF-8 and other declared encodings', () => {
    has(refused(Buffer.concat([Buffer.from(VALID.slice(0, 100)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(VALID.slice(100))])), '/', /not valid UTF-8/);
    has(refused(VALID.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')), '/', /only UTF-8 documents are accepted; this one declares ISO-8859-1/);
    assert.ok(parseCap(VALID.replace('encoding="UTF-8"', "encoding='utf-8'")).ok);
  });

  it('what fast-xml-parser itself does with a DTD (why the parser refuses DTDs first)', () => {
    const internal = '<!DOCTYPE a [<!ENTITY e "EXPANDED">]><a>&e;</a>';
    // Default options expand internal entities (bounded by the library's own limits) …
    assert.deepEqual(new XMLParser().parse(internal), { a: 'EXPANDED' });
    // … and refuse external ones with an exception, never reading them.
    assert.throws(() => new XMLParser().parse('<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>'), /External entities are not supported/);
    // With processEntities: false (our setting) nothing is expanded; the reference stays literal.
    assert.deepEqual(new XMLParser({ processEntities: false }).parse(internal), { a: '&e;' });
    // It also honours a DOCTYPE in the middle of the content, which is why the whole text is scanned.
    const midway = '<a><b>1</b><!DOCTYPE z [<!ENTITY e "EXPANDED">]><c>&e;</c></a>';
    assert.deepEqual(new XMLParser().parse(midway), { a: { b: 1, c: 'EXPANDED' } });
    has(refused(swap('<scope>Public</scope>', '<scope>Public</scope><!DOCTYPE z [<!ENTITY e "x">]>')), '/', DTD_REASON);
  });
});
