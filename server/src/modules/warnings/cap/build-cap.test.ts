import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it, type TestContext } from 'node:test';
import { CAP_LANGUAGE_ZH, CapAlert, formatCapCircle, formatCapPolygon, isCapUri, toCapDateTime, type CapAlertInput } from '@shouwang/contracts';
import { buildCap } from './build-cap.js';
import { capSeverityForLevel, warningLevelTitle } from './levels.js';
import { parseCap } from './parse-cap.js';
import { validateCapXml } from './xsd-check.js';

/** Validates against the vendored OASIS schema; skips (fails in CI) without xmllint. */
function assertSchemaValid(t: TestContext, xml: string): void {
  const r = validateCapXml(xml);
  if (!r.available) return skipUnlessCi(t, r.reason);
  assert.ok(r.valid, `schema validation failed:\n${r.output}\n${xml}`);
}

function skipUnlessCi(t: TestContext, reason: string): void {
  if (process.env.CI) assert.fail(`${reason}; CI must validate CAP against the schema`);
  t.skip(reason);
}

const at = (iso: string) => toCapDateTime(new Date(iso));
const SENDER = '15030341600000';
const ID = '15030341600000_20261123083000';
const SENT = at('2026-11-23T00:30:00Z');

const WUHAI_RING = formatCapPolygon([
  { lat: 39.6, lon: 106.75 },
  { lat: 39.75, lon: 106.75 },
  { lat: 39.75, lon: 106.9 },
  { lat: 39.6, lon: 106.9 },
]);

/** A red rainstorm warning with every field the contract models. */
const RED_RAINSTORM: CapAlertInput = {
  identifier: ID,
  sender: SENDER,
  sent: SENT,
  status: 'Actual',
  msgType: 'Alert',
  source: '国家预警信息发布中心',
  scope: 'Public',
  code: ['profile:CN-GB/T-35965.1'],
  note: '演示数据 & <测试>',
  incidents: ['INC-2026-001'],
  info: [
    {
      language: CAP_LANGUAGE_ZH,
      category: ['Met', 'Safety'],
      event: '暴雨',
      responseType: ['Prepare', 'Avoid'],
      urgency: 'Immediate',
      severity: capSeverityForLevel(1),
      certainty: 'Likely',
      audience: '海勃湾区、乌达区居民',
      eventCode: [{ valueName: 'feed', value: '0204' }],
      effective: SENT,
      onset: at('2026-11-23T01:00:00Z'),
      expires: at('2026-11-24T00:30:00Z'),
      senderName: '乌海市气象台',
      headline: `乌海市气象台发布暴雨${warningLevelTitle(1)}`,
      description: '过去3小时海勃湾区降雨量已达100毫米以上，且降雨仍将持续。\n注意："引号" \'单引号\' <b>尖括号</b> & ]]> 均需转义。',
      instruction: '1. 停止集会、停课、停业；\n2. 做好山洪、滑坡、泥石流等灾害的防御和抢险工作。',
      web: 'https://www.example.gov.cn/yj/warning?id=1&lang=zh',
      contact: '0473-1234567',
      parameter: [
        { valueName: 'level', value: '1' },
        { valueName: 'colour', value: '红色' },
        { valueName: 'empty', value: '' },
      ],
      resource: [{ resourceDesc: '雷达回波图', mimeType: 'image/png', size: 20480, uri: 'https://www.example.gov.cn/radar.png', digest: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' }],
      area: [
        {
          areaDesc: '海勃湾区',
          polygon: [WUHAI_RING],
          circle: [formatCapCircle({ lat: 39.68, lon: 106.82 }, 5)],
          geocode: [{ valueName: 'GB/T 2260', value: '150302' }],
          altitude: 1100,
          ceiling: 3000.5,
        },
        { areaDesc: '乌达区', geocode: [{ valueName: 'GB/T 2260', value: '150304' }] },
      ],
    },
  ],
};

const UPDATE: CapAlertInput = {
  identifier: '15030341600000_20261123093000',
  sender: SENDER,
  sent: at('2026-11-23T01:30:00Z'),
  status: 'Actual',
  msgType: 'Update',
  scope: 'Public',
  references: [{ sender: SENDER, identifier: ID, sent: SENT }],
  info: [
    {
      language: CAP_LANGUAGE_ZH,
      category: ['Met'],
      event: '暴雨',
      urgency: 'Expected',
      severity: capSeverityForLevel(2),
      certainty: 'Likely',
      headline: `乌海市气象台将暴雨红色预警降级为${warningLevelTitle(2)}`,
      area: [
        { areaDesc: '海勃湾区', geocode: [{ valueName: 'GB/T 2260', value: '150302' }] },
        { areaDesc: '乌达区', geocode: [{ valueName: 'GB/T 2260', value: '150304' }] },
        { areaDesc: '海南区', polygon: ['39.40,106.80 39.50,106.80 39.50,106.95 39.40,106.80'] },
      ],
    },
    {
      language: 'en-US',
      category: ['Met'],
      event: 'Rainstorm',
      urgency: 'Expected',
      severity: 'Severe',
      certainty: 'Likely',
      headline: 'Rainstorm warning lowered to orange',
      area: [{ areaDesc: 'Haibowan District', circle: ['39.68,106.82 5.5', '39.70,106.80 0'] }],
    },
  ],
};

const CANCEL: CapAlertInput = {
  identifier: '15030341600000_20261123120000',
  sender: SENDER,
  sent: at('2026-11-23T04:00:00Z'),
  status: 'Actual',
  msgType: 'Cancel',
  scope: 'Public',
  references: [
    { sender: SENDER, identifier: ID, sent: SENT },
    { sender: SENDER, identifier: '15030341600000_20261123093000', sent: at('2026-11-23T01:30:00Z') },
  ],
  info: [
    {
      language: CAP_LANGUAGE_ZH,
      category: ['Met'],
      event: '暴雨',
      responseType: ['AllClear'],
      urgency: 'Past',
      severity: 'Minor',
      certainty: 'Observed',
      headline: '乌海市气象台解除暴雨预警',
      area: [{ areaDesc: '乌海市', geocode: [{ valueName: 'GB/T 2260', value: '150300' }] }],
    },
  ],
};

const RESTRICTED: CapAlertInput = {
  identifier: 'restricted-1',
  sender: SENDER,
  sent: at('2026-11-23T02:00:00Z'),
  status: 'Exercise',
  msgType: 'Alert',
  scope: 'Restricted',
  restriction: '仅限应急管理部门',
  info: [{ category: ['Other'], event: '演练', urgency: 'Future', severity: 'Unknown', certainty: 'Unlikely' }],
};

const PRIVATE_ACK: CapAlertInput = {
  identifier: 'ack-1',
  sender: 'wuhai-duty@example.gov.cn',
  sent: toCapDateTime(new Date('2026-11-23T02:05:00Z'), 0),
  status: 'System',
  msgType: 'Ack',
  scope: 'Private',
  addresses: ['乌海市应急管理局 值班室', 'duty@wuhai'],
  note: '已收到',
  references: [{ sender: SENDER, identifier: ID, sent: SENT }],
};

const ERROR_DRAFT: CapAlertInput = { identifier: 'err-1', sender: SENDER, sent: SENT, status: 'Draft', msgType: 'Error', scope: 'Public', note: 'references 中的消息无法识别' };
const TEST_NO_INFO: CapAlertInput = { identifier: 'test-1', sender: SENDER, sent: SENT, status: 'Test', msgType: 'Alert', scope: 'Public' };

const ALERTS = { RED_RAINSTORM, UPDATE, CANCEL, RESTRICTED, PRIVATE_ACK, ERROR_DRAFT, TEST_NO_INFO };

describe('buildCap', () => {
  it('writes dates in Beijing time with the offset', () => {
    assert.equal(SENT, '2026-11-23T08:30:00+08:00');
    assert.match(buildCap(RED_RAINSTORM), /<sent>2026-11-23T08:30:00\+08:00<\/sent>/);
    assert.match(buildCap(PRIVATE_ACK), /<sent>2026-11-23T02:05:00-00:00<\/sent>/);
  });

  it('writes the CAP 1.2 namespace, zh-CN and the elements in schema order', () => {
    const xml = buildCap(RED_RAINSTORM);
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n'));
    assert.match(xml, /<language>zh-CN<\/language>/);
    const order = (names: string[]) => {
      const positions = names.map((n) => xml.indexOf(`<${n}>`));
      assert.ok(positions.every((p) => p >= 0), `all of ${names.join(', ')} present`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, `order ${names.join(' < ')}`);
    };
    order(['identifier', 'sender', 'sent', 'status', 'msgType', 'source', 'scope', 'code', 'note', 'incidents', 'info']);
    order(['language', 'category', 'event', 'responseType', 'urgency', 'severity', 'certainty', 'audience', 'eventCode', 'effective', 'onset', 'expires', 'senderName', 'headline', 'description', 'instruction', 'web', 'contact', 'parameter', 'resource', 'area']);
    order(['resourceDesc', 'mimeType', 'size', 'uri', 'digest']);
    order(['areaDesc', 'polygon', 'circle', 'geocode', 'altitude', 'ceiling']);
    const restricted = buildCap(RESTRICTED);
    assert.ok(restricted.indexOf('<scope>') < restricted.indexOf('<restriction>') && restricted.indexOf('<restriction>') < restricted.indexOf('<info>'));
    const update = buildCap(UPDATE);
    assert.ok(update.indexOf('<scope>') < update.indexOf('<references>') && update.indexOf('<references>') < update.indexOf('<info>'));
    const ack = buildCap(PRIVATE_ACK);
    assert.ok(ack.indexOf('<addresses>') < ack.indexOf('<note>') && ack.indexOf('<note>') < ack.indexOf('<references>'));
  });

  it('escapes every text', () => {
    const xml = buildCap(RED_RAINSTORM);
    assert.match(xml, /<note>演示数据 &amp; &lt;测试&gt;<\/note>/);
    assert.match(xml, /&lt;b&gt;尖括号&lt;\/b&gt; &amp; \]\]&gt; 均需转义/);
    assert.match(xml, /<web>https:\/\/www.example.gov.cn\/yj\/warning\?id=1&amp;lang=zh<\/web>/);
    const injected = buildCap({ ...TEST_NO_INFO, note: '</note><identifier>evil</identifier><note>' });
    const back = parseCap(injected);
    assert.ok(back.ok);
    assert.equal(back.alert.identifier, 'test-1');
    assert.equal(back.alert.note, '</note><identifier>evil</identifier><note>');
  });

  it('writes Update and Cancel references as sender,identifier,sent triples', () => {
    assert.match(buildCap(UPDATE), /<references>15030341600000,15030341600000_20261123083000,2026-11-23T08:30:00\+08:00<\/references>/);
    assert.match(
      buildCap(CANCEL),
      /<references>15030341600000,15030341600000_20261123083000,2026-11-23T08:30:00\+08:00 15030341600000,15030341600000_20261123093000,2026-11-23T09:30:00\+08:00<\/references>/,
    );
    assert.match(buildCap(PRIVATE_ACK), /<addresses>"乌海市应急管理局 值班室" duty@wuhai<\/addresses>/);
  });

  for (const [name, alert] of Object.entries(ALERTS)) {
    it(`${name}: validates against the OASIS CAP 1.2 schema`, (t) => {
      assertSchemaValid(t, buildCap(alert));
    });
    it(`${name}: build → parse gives the same alert`, () => {
      const r = parseCap(buildCap(alert));
      if (!r.ok) assert.fail(JSON.stringify(r.problems, null, 2));
      assert.equal(r.version, '1.2');
      assert.deepEqual(r.alert, CapAlert.parse(alert));
      assert.deepEqual(r.notes, []);
    });
  }

  it('keeps line breaks, carriage returns, tabs and surrounding text exactly', () => {
    const alert = { ...TEST_NO_INFO, note: 'a\r\nb\tc\n\nd  e' };
    const r = parseCap(buildCap(alert));
    assert.ok(r.ok);
    assert.equal(r.alert.note, 'a\r\nb\tc\n\nd  e');
  });

  it('writes decimals without exponents', (t) => {
    const tiny = { ...(RED_RAINSTORM as CapAlert) };
    tiny.info = [{ ...RED_RAINSTORM.info![0]!, area: [{ areaDesc: 'x', altitude: 1e-7, ceiling: 0.5 }] } as CapAlert['info'][0]];
    const xml = buildCap(tiny);
    assert.match(xml, /<altitude>0.0000001<\/altitude>/);
    assertSchemaValid(t, xml);
  });

  it('web and resource uri: what the contract accepts is a valid xs:anyURI, what libxml2 rejects it refuses', (t) => {
    const accepted = ['http://x/"q"', 'http://x/{a}|b^c`d\\e', 'http://x y/', 'http://例子.中国/路径', 'http://x/a%20b', 'http://x:80/', 'http://u:p@x/', 'http://[::1]:8080/a', '//x/y', '?q', '#frag', 'a/b:c', 'a+b.c-d:e', 'x:', 'mailto:a@b', 'urn:oasis:names:tc:emergency:cap:1.2', ''];
    const rejected = ['not a uri %%', 'http://x/%zz', 'a%', 'http://x/a#b#c', 'http://x:8a/', 'http://x:/', '1a:b', 'x y:z', ':x', '::::', 'http://[::1', 'http://x/a[', 'http://x/]'];
    const info = (web: string) => ({ category: ['Met' as const], event: 'e', urgency: 'Past' as const, severity: 'Minor' as const, certainty: 'Likely' as const, web, resource: [{ resourceDesc: 'r', mimeType: 'text/html', uri: web }] });
    for (const u of accepted) {
      assert.ok(isCapUri(u), u);
      if (u === '') continue; // empty text is left out
      const r = validateCapXml(buildCap({ ...TEST_NO_INFO, info: [info(u)] }));
      if (!r.available) return skipUnlessCi(t, r.reason);
      assert.ok(r.valid, `${u}: ${r.output}`);
    }
    const placeholder = buildCap({ ...TEST_NO_INFO, info: [info('http://placeholder/')] });
    for (const u of rejected) {
      assert.equal(isCapUri(u), false, u);
      const r = validateCapXml(placeholder.replaceAll('http://placeholder/', u.replace(/&/g, '&amp;').replace(/</g, '&lt;')));
      if (!r.available) return skipUnlessCi(t, r.reason);
      assert.equal(r.valid, false, `libxml2 accepts ${u}; the contract could allow it`);
    }
  });

  it('refuses an alert the contract refuses, instead of writing invalid CAP', () => {
    assert.throws(() => buildCap({ ...TEST_NO_INFO, sent: '2026-11-23T00:30:00Z' }));
    assert.throws(() => buildCap({ ...TEST_NO_INFO, identifier: 'has space' }));
    assert.throws(() => buildCap({ ...TEST_NO_INFO, note: 'bell \u0007' }));
    assert.throws(() => buildCap({ ...TEST_NO_INFO, scope: 'Private' }));
    assert.throws(() => buildCap({ ...UPDATE, info: [{ ...UPDATE.info![0]!, area: [{ areaDesc: 'open', polygon: ['39.4,106.8 39.5,106.8 39.5,106.9 39.4,106.9'] }] }] }));
  });

  it('the schema check bites: xmllint rejects what the schema forbids', (t) => {
    const xml = buildCap(RED_RAINSTORM);
    const bad = [
      xml.replace('<severity>Extreme</severity>', '<severity>Huge</severity>'),
      xml.replace(' xmlns="urn:oasis:names:tc:emergency:cap:1.2"', ''),
      xml.replace('<sent>2026-11-23T08:30:00+08:00</sent>', '<sent>2026-11-23T00:30:00Z</sent>'),
      xml.replace(/<status>Actual<\/status>\n(\s*)<msgType>Alert<\/msgType>/, '<msgType>Alert</msgType>\n$1<status>Actual</status>'),
    ];
    for (const doc of bad) {
      const r = validateCapXml(doc);
      if (!r.available) return skipUnlessCi(t, r.reason);
      assert.equal(r.valid, false, `xmllint should reject:\n${doc.slice(0, 400)}`);
    }
  });
});

describe('validateCapXml', () => {
  it('reports a missing xmllint instead of passing silently', () => {
    const r = validateCapXml('<x/>', { command: 'xmllint-not-installed-here' });
    assert.deepEqual(r, { available: false, reason: 'xmllint not found (install the Debian package libxml2-utils)' });
  });
});

describe('the real sample alerts: parse → build → schema → parse', () => {
  const dir = new URL('./fixtures/', import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cap'))) {
    it(file, (t) => {
      const first = parseCap(fs.readFileSync(new URL(file, dir)));
      if (!first.ok) assert.fail(JSON.stringify(first.problems, null, 2));
      const xml = buildCap(first.alert);
      assertSchemaValid(t, xml);
      const second = parseCap(xml);
      if (!second.ok) assert.fail(JSON.stringify(second.problems, null, 2));
      assert.equal(second.version, '1.2', 'CAP 1.1 input is written as CAP 1.2');
      assert.deepEqual(second.alert, first.alert);
    });
  }
});
