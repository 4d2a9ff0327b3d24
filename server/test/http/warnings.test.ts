import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, it, type TestContext } from 'node:test';
import { sql } from 'kysely';
import type { Alarm, PublicWarning, Warning, WarningImportResult } from '@shouwang/contracts';
import { parseCap } from '../../src/modules/warnings/cap/parse-cap.js';
import { validateCapXml } from '../../src/modules/warnings/cap/xsd-check.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const WUDA = '150304000000';
const BAOTOU = '150200000000';
const FIXTURES = new URL('../../src/modules/warnings/cap/fixtures/', import.meta.url);
const fixture = (name: string) => fs.readFileSync(new URL(name, FIXTURES), 'utf8');
const XML = { 'content-type': 'application/cap+xml' };

function assertSchemaValid(t: TestContext, xml: string): void {
  const r = validateCapXml(xml);
  if (!r.available) {
    if (process.env.CI) assert.fail(`${r.reason}; CI must validate CAP against the schema`);
    t.skip(r.reason);
    return;
  }
  assert.ok(r.valid, `schema validation failed:\n${r.output}\n${xml}`);
}

async function rowCounts(p: TestPlatform) {
  const out: Record<string, number> = {};
  // Only the warnings' own rows: the monitoring module's throttled live events may land at any time.
  out.warnings = Number((await sql<{ n: number }>`select count(*)::int as n from warnings`.execute(p.data.system)).rows[0]?.n);
  out.audit_ledger = Number((await sql<{ n: number }>`select count(*)::int as n from audit_ledger where action like 'warning.%'`.execute(p.data.system)).rows[0]?.n);
  out.event_outbox = Number((await sql<{ n: number }>`select count(*)::int as n from event_outbox where type like 'warnings.%'`.execute(p.data.system)).rows[0]?.n);
  return out;
}

describeEachEngine('warnings: authoring, review, publication and CAP over HTTP', ({ p }) => {
  let duty: TestClient;
  let leader: TestClient;
  let baotou: TestClient;
  let viewer: TestClient;
  let root: TestClient;

  before(async () => {
    duty = await signIn(p(), 'wuhai-duty');
    leader = await signIn(p(), 'wuhai-leader');
    baotou = await signIn(p(), 'baotou-duty');
    viewer = await signIn(p(), 'wuhai-viewer');
    root = await signIn(p(), 'demo-admin');
  });

  const draft = async (over: Record<string, unknown> = {}, client = duty) => {
    const res = await client.request('POST', '/api/warnings', {
      level: 2,
      type: { code: '02', name: '暴雨' },
      headline: uniqueName('乌海市应急管理局发布暴雨橙色预警'),
      description: '预计未来6小时海勃湾区、乌达区降雨量将达50毫米以上。',
      instruction: '停止户外作业，远离河道。',
      category: ['Met'],
      expires: '2026-11-24T08:00:00+08:00',
      areas: { regionCodes: [HAIBOWAN, WUDA], polygons: ['39.6,106.75 39.75,106.75 39.75,106.9 39.6,106.75'] },
      ...over,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<Warning>();
  };
  const act = async (client: TestClient, id: string, action: string, body?: unknown, status = 200) => {
    const res = await client.request('POST', `/api/warnings/${id}/${action}`, body ?? {});
    assert.equal(res.statusCode, status, res.body);
    return res.json<Warning>();
  };
  const published = async () => {
    const w = await draft();
    await act(duty, w.id, 'submit');
    return act(leader, w.id, 'approve');
  };
  const ledger = (id: string) => sql<{ action: string }>`select action from audit_ledger where entity_id = ${id} order by seq`.execute(p().data.system).then((r) => r.rows.map((x) => x.action));
  const outbox = (id: string) => sql<{ type: string; region_code: string }>`select type, region_code from event_outbox where payload->>'id' = ${id} order by occurred_at, type`.execute(p().data.system).then((r) => r.rows);

  it('drafts a warning with its level, colour and CAP fields from the level mapping', async () => {
    const w = await draft();
    assert.equal(w.status, 'draft');
    assert.equal(w.regionCode, WUHAI);
    assert.equal(w.level, 2);
    assert.equal(w.colour, 'orange');
    assert.equal(w.cap.severity, 'Severe');
    assert.equal(w.cap.msgType, 'Alert');
    assert.equal(w.cap.event, '暴雨');
    assert.equal(w.version, 1);
    assert.deepEqual(w.areas.regionCodes, [HAIBOWAN, WUDA]);
    assert.equal(w.author?.name.includes('王磊'), true);
    assert.deepEqual(await ledger(w.id), ['warning.drafted']);
  });

  it('drafts a warning from a monitoring alarm the author can see, which then goes through review like any other', async () => {
    const tokenRes = await root.request('POST', '/api/api-tokens', { name: uniqueName('sensors'), regionCode: WUHAI, scopes: ['telemetry:write'] });
    assert.equal(tokenRes.statusCode, 201, tokenRes.body);
    const token = tokenRes.json<{ secret: string }>().secret;
    const sent = await p().app.inject({ method: 'POST', url: '/api/telemetry', headers: { authorization: `Bearer ${token}` }, payload: { readings: [{ point: 'WH-HS-VCM-PT01', ts: new Date().toISOString(), value: 0.95, id: uniqueName('r') }] } });
    assert.equal(sent.statusCode, 200, sent.body);
    const alarms = (await duty.request('GET', '/api/alarms?status=open&limit=100')).json<{ items: Alarm[] }>().items;
    const hh = alarms.find((a) => a.pointCode === 'WH-HS-VCM-PT01' && a.condition === 'HH');
    assert.ok(hh, 'the reading raised a 高高报 alarm');

    const before = await rowCounts(p());
    expectError(await baotou.request('POST', `/api/warnings/from-alarm/${hh.id}`, { level: 2 }), 404, 'ALARM_NOT_FOUND');
    expectError(await duty.request('POST', `/api/warnings/from-alarm/${hh.id}`, {}), 400, 'VALIDATION_FAILED');
    expectError(await viewer.request('POST', `/api/warnings/from-alarm/${hh.id}`, { level: 2 }), 403, 'AUTH_FORBIDDEN');
    assert.deepEqual(await rowCounts(p()), before, 'refusals write nothing');

    const res = await duty.request('POST', `/api/warnings/from-alarm/${hh.id}`, { level: 2, instruction: '企业立即启动应急预案，周边500米内人员撤离。' });
    assert.equal(res.statusCode, 201, res.body);
    const w = res.json<Warning>();
    assert.equal(w.source, 'alarm');
    assert.equal(w.alarmId, hh.id);
    assert.equal(w.status, 'draft');
    assert.equal(w.level, 2);
    assert.deepEqual(w.type, { code: 'HAZCHEM', name: '危险化学品' }, 'an enterprise alarm is a hazardous-chemicals warning by default');
    assert.deepEqual(w.areas.regionCodes, [hh.regionCode], 'aimed at the alarm’s region');
    assert.ok(w.headline.includes(hh.enterpriseName ?? '') && w.headline.includes('高高报'), w.headline);
    assert.ok(w.description.includes(String(hh.value)) && w.description.includes(hh.unit), w.description);
    assert.deepEqual(await ledger(w.id), ['warning.drafted']);
    await act(duty, w.id, 'submit');
    const published = await act(leader, w.id, 'approve');
    assert.equal(published.status, 'published');
    const listed = (await duty.request('GET', '/api/warnings?source=alarm&limit=100')).json<{ items: Warning[] }>().items;
    assert.ok(listed.some((x) => x.id === w.id), 'listed by source');
  });

  it('never lets the author approve his own warning; a second person publishes it', async () => {
    // wuhai-leader holds both warning.write and warning.approve: his own draft is still not his to approve.
    const own = await draft({}, leader);
    await act(leader, own.id, 'submit');
    expectError(await leader.request('POST', `/api/warnings/${own.id}/approve`, {}), 403, 'WARNING_SELF_APPROVAL');
    expectError(await leader.request('POST', `/api/warnings/${own.id}/reject`, { reason: '自己退回' }), 403, 'WARNING_SELF_APPROVAL');
    assert.equal((await leader.request('GET', `/api/warnings/${own.id}`)).json<Warning>().status, 'pending_review');

    const w = await draft();
    expectError(await leader.request('POST', `/api/warnings/${w.id}/approve`, {}), 409, 'WARNING_STATUS_INVALID'); // not yet submitted
    await act(duty, w.id, 'submit');
    expectError(await duty.request('POST', `/api/warnings/${w.id}/approve`, {}), 403, 'AUTH_FORBIDDEN'); // duty officers cannot approve at all
    const pub = await act(leader, w.id, 'approve');
    assert.equal(pub.status, 'published');
    assert.equal(pub.reviewer?.name.includes('张军'), true);
    assert.ok(pub.publishedAt && pub.cap.sent);
    assert.deepEqual(await ledger(w.id), ['warning.drafted', 'warning.submitted', 'warning.published']);
    assert.ok((await outbox(w.id)).some((e) => e.type === 'warnings.published' && e.region_code === WUHAI));
    expectError(await leader.request('POST', `/api/warnings/${w.id}/approve`, {}), 409, 'WARNING_STATUS_INVALID');
    expectError(await duty.request('PATCH', `/api/warnings/${w.id}`, { headline: '改' }), 409, 'WARNING_STATUS_INVALID');
  });

  it('rejects with a reason; the author edits and resubmits', async () => {
    const w = await draft();
    await act(duty, w.id, 'submit');
    expectError(await leader.request('POST', `/api/warnings/${w.id}/reject`, {}), 400, 'VALIDATION_FAILED');
    const rejected = await act(leader, w.id, 'reject', { reason: '影响范围描述不清' });
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.rejectionReason, '影响范围描述不清');
    const edited = await duty.request('PATCH', `/api/warnings/${w.id}`, { level: 1, description: '海勃湾区已出现100毫米以上降雨。' });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<Warning>().colour, 'red');
    assert.equal(edited.json<Warning>().cap.severity, 'Extreme');
    await act(duty, w.id, 'submit');
    const pub = await act(leader, w.id, 'approve');
    assert.equal(pub.status, 'published');
    assert.equal(pub.rejectionReason, null);
    assert.deepEqual(await ledger(w.id), ['warning.drafted', 'warning.submitted', 'warning.rejected', 'warning.edited', 'warning.submitted', 'warning.published']);
  });

  it('updates a published warning by a reviewed new version and cancels by a Cancel version', async () => {
    const v1 = await published();
    const v2 = await act(duty, v1.id, 'revise', { level: 3, headline: '暴雨预警降为黄色' }, 201);
    assert.equal(v2.status, 'draft');
    assert.equal(v2.version, 2);
    assert.equal(v2.previousId, v1.id);
    assert.equal(v2.cap.msgType, 'Update');
    assert.deepEqual(v2.cap.references.map((r) => [r.sender, r.identifier]), [[v1.cap.sender, v1.cap.identifier]]);
    assert.notEqual(v2.cap.identifier, v1.cap.identifier);
    assert.equal(v2.description, v1.description, 'what is not given is copied');
    assert.equal((await duty.request('GET', `/api/warnings/${v1.id}`)).json<Warning>().status, 'published', 'still in force until the update is approved');
    await act(duty, v2.id, 'submit');
    const pub2 = await act(leader, v2.id, 'approve');
    assert.equal(pub2.status, 'published');
    const old = (await duty.request('GET', `/api/warnings/${v1.id}`)).json<Warning>();
    assert.equal(old.status, 'superseded');
    assert.equal(old.nextId, v2.id);
    expectError(await duty.request('POST', `/api/warnings/${v1.id}/revise`, {}), 409, 'WARNING_STATUS_INVALID');

    expectError(await duty.request('POST', `/api/warnings/${v2.id}/cancel`, { reason: '降雨结束' }), 403, 'AUTH_FORBIDDEN');
    const v3 = await act(leader, v2.id, 'cancel', { reason: '降雨结束' }, 201);
    assert.equal(v3.status, 'cancelled');
    assert.equal(v3.cap.msgType, 'Cancel');
    assert.equal(v3.version, 3);
    assert.equal(v3.previousId, v2.id);
    assert.equal(v3.cancelReason, '降雨结束');
    assert.deepEqual(v3.cap.references.map((r) => r.identifier), [v2.cap.identifier]);
    assert.equal((await duty.request('GET', `/api/warnings/${v2.id}`)).json<Warning>().status, 'superseded');
    assert.deepEqual(await ledger(v3.id), ['warning.cancelled']);
    assert.ok((await outbox(v3.id)).some((e) => e.type === 'warnings.cancelled' && e.region_code === WUHAI));
    expectError(await leader.request('POST', `/api/warnings/${v3.id}/cancel`, { reason: '再次' }), 409, 'WARNING_STATUS_INVALID');

    const cancelCap = await duty.request('GET', `/api/warnings/${v3.id}/cap`);
    const parsed = parseCap(cancelCap.body);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.equal(parsed.alert.msgType, 'Cancel');
    assert.equal(parsed.alert.note, '降雨结束');
  });

  it('writes a published warning as CAP 1.2 that validates against the OASIS schema and parses back', async (t) => {
    const w = await published();
    const res = await duty.request('GET', `/api/warnings/${w.id}/cap`);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/cap\+xml/);
    assertSchemaValid(t, res.body);
    const parsed = parseCap(res.body);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const { alert } = parsed;
    assert.equal(parsed.version, '1.2');
    assert.equal(alert.identifier, w.cap.identifier);
    assert.equal(alert.sender, w.cap.sender);
    assert.equal(alert.status, 'Actual');
    assert.equal(alert.msgType, 'Alert');
    const info = alert.info[0]!;
    assert.equal(info.language, 'zh-CN');
    assert.equal(info.severity, 'Severe');
    assert.equal(info.urgency, w.cap.urgency);
    assert.equal(info.headline, w.headline);
    assert.equal(info.description, w.description);
    assert.equal(info.instruction, w.instruction);
    assert.equal(new Date(info.expires!.replace(/-00:00$/, 'Z')).toISOString(), w.cap.expires);
    assert.deepEqual(info.area.flatMap((a) => a.geocode.map((g) => `${g.valueName}=${g.value}`)), ['GB/T 2260=150302', 'GB/T 2260=150304']);
    assert.deepEqual(info.area.map((a) => a.areaDesc).slice(0, 2), ['海勃湾区', '乌达区']);
    assert.deepEqual(info.area.flatMap((a) => a.polygon), w.areas.polygons);

    // A draft's CAP is marked Draft, so it can be previewed without ever passing for an actual alert.
    const d = await draft();
    const preview = parseCap((await duty.request('GET', `/api/warnings/${d.id}/cap`)).body);
    assert.ok(preview.ok);
    assert.equal(preview.alert.status, 'Draft');
  });

  it('publishes an Atom feed of the warnings in force to anyone', async () => {
    const w = await published();
    const res = await p().app.inject({ method: 'GET', url: '/api/warnings/feed.atom' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
    assert.match(res.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.ok(res.body.includes(`urn:uuid:${w.id}`));
    assert.ok(res.body.includes(`/api/warnings/${w.id}/cap`));
    const d = await draft();
    const again = await p().app.inject({ method: 'GET', url: '/api/warnings/feed.atom' });
    assert.ok(!again.body.includes(d.id), 'drafts are not in the feed');

    const pub = await p().app.inject({ method: 'GET', url: '/api/warnings/public?limit=200' });
    assert.equal(pub.statusCode, 200, pub.body);
    const item = pub.json<{ items: Array<PublicWarning & { author?: unknown }> }>().items.find((x) => x.id === w.id);
    assert.ok(item, 'the public list has the warning in force');
    assert.equal(item.issuer, '乌海市应急管理局', 'the issuing bureau by name');
    assert.deepEqual(item.areaNames, ['海勃湾区', '乌达区'], 'the target divisions by name');
    assert.equal(item.author, undefined, 'no staff names in public');

    // The feed's links work for a reader who does not sign in; a draft's CAP stays with the staff.
    const cap = await p().app.inject({ method: 'GET', url: `/api/warnings/${w.id}/cap` });
    assert.equal(cap.statusCode, 200, cap.body);
    assert.match(String(cap.headers['content-type']), /^application\/cap\+xml/);
    assert.ok(cap.body.includes(w.cap.identifier), 'the CAP document of the published warning');
    expectError(await p().app.inject({ method: 'GET', url: `/api/warnings/${d.id}/cap` }), 404, 'WARNING_NOT_FOUND');
    assert.equal((await duty.request('GET', `/api/warnings/${d.id}/cap`)).statusCode, 200, 'the author reads his draft as CAP');
    expectError(await baotou.request('GET', `/api/warnings/${d.id}/cap`), 404, 'WARNING_NOT_FOUND');
  });

  it('imports the real sample alerts, keeping what the contract models, idempotently', async (t) => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.cap'));
    assert.equal(files.length, 8);
    const seen = new Map<string, string>(); // earthquake.cap and no_optional_fields.cap are the same USGS message
    for (const file of files) {
      const xml = fixture(file);
      const expected = parseCap(xml);
      assert.ok(expected.ok, file);
      const res = await duty.request('POST', '/api/warnings/cap', xml, XML);
      const identity = `${expected.alert.sender} ${expected.alert.identifier}`;
      const earlier = seen.get(identity);
      assert.equal(res.statusCode, earlier ? 200 : 201, `${file}: ${res.body}`);
      const { warning, created } = res.json<WarningImportResult>();
      assert.equal(created, !earlier);
      if (earlier) {
        assert.equal(warning.id, earlier, 'the same sender + identifier is the message already stored');
        continue;
      }
      seen.set(identity, warning.id);
      assert.equal(warning.source, 'import');
      assert.equal(warning.status, expected.alert.msgType === 'Cancel' ? 'cancelled' : 'published');
      assert.equal(warning.regionCode, WUHAI, 'issued for the importer’s region');
      assert.equal(warning.cap.identifier, expected.alert.identifier);
      assert.equal(warning.cap.sender, expected.alert.sender);
      assert.equal(warning.cap.msgType, expected.alert.msgType);
      assert.deepEqual(warning.cap.references, expected.alert.references);
      const info = expected.alert.info.find((i) => /^zh/i.test(i.language ?? '')) ?? expected.alert.info[0];
      if (info) {
        assert.equal(warning.cap.event, info.event, file);
        assert.equal(warning.cap.severity, info.severity, file);
        assert.deepEqual(warning.areas.polygons, info.area.flatMap((a) => a.polygon), file);
        assert.deepEqual(warning.areas.circles, info.area.flatMap((a) => a.circle), file);
      }
      // Written back, the whole alert comes out again: every modelled field survives.
      const cap = await duty.request('GET', `/api/warnings/${warning.id}/cap`);
      assertSchemaValid(t, cap.body);
      const back = parseCap(cap.body);
      assert.ok(back.ok, file);
      assert.deepEqual(back.alert, expected.alert, file);

      const again = await duty.request('POST', '/api/warnings/cap', xml, { 'content-type': 'text/xml; charset=utf-8' });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json<WarningImportResult>().created, false);
      assert.equal(again.json<WarningImportResult>().warning.id, warning.id);
    }
    assert.equal(seen.size, 7);
    const list = (await duty.request('GET', '/api/warnings?source=import&limit=100')).json<{ items: Warning[] }>().items;
    for (const id of seen.values()) assert.ok(list.some((w) => w.id === id), 'listed with source=import');
    // Severity maps back to a level (australia.cap: Minor → 四级 blue); Unknown has none.
    const australia = list.find((w) => w.cap.sender === 'webmaster@rfs.nsw.gov.au');
    assert.equal(australia?.level, 4);
    assert.equal(australia?.colour, 'blue');
  });

  it('maps GB/T 2260 geocodes to divisions and accepts API tokens with warnings:import', async () => {
    const xml = (identifier: string, code: string) => `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier><sender>15030341600000</sender><sent>2026-11-23T08:30:00+08:00</sent>
  <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
  <info><language>zh-CN</language><category>Met</category><event>大风</event><urgency>Expected</urgency><severity>Moderate</severity><certainty>Likely</certainty>
    <eventCode><valueName>feed</valueName><value>0702</value></eventCode>
    <headline>乌海市气象台发布大风黄色预警</headline><description>预计今天下午有7级以上大风。</description>
    <area><areaDesc>海勃湾区</areaDesc><geocode><valueName>GB/T 2260</valueName><value>${code}</value></geocode></area>
    <area><areaDesc>包头市</areaDesc><geocode><valueName>GB/T 2260</valueName><value>150200</value></geocode></area>
  </info>
</alert>`;
    const created = await root.request('POST', '/api/api-tokens', { name: uniqueName('气象台'), regionCode: WUHAI, scopes: ['warnings:import'] });
    assert.equal(created.statusCode, 201, created.body);
    const secret = created.json<{ secret: string }>().secret;
    const id = uniqueName('WH-WIND').replace(/[^A-Za-z0-9-]/g, '');
    const res = await p().app.inject({ method: 'POST', url: '/api/warnings/cap', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/xml' }, payload: xml(id, '150302') });
    assert.equal(res.statusCode, 201, res.body);
    const w = res.json<WarningImportResult>().warning;
    assert.equal(w.level, 3);
    assert.equal(w.colour, 'yellow');
    assert.deepEqual(w.type, { code: '0702', name: '大风' });
    assert.deepEqual(w.areas.regionCodes, [HAIBOWAN], 'the 包头 geocode is outside the token’s region and kept only in the stored alert');
    assert.equal(w.regionCode, WUHAI);
    assert.deepEqual(await ledger(w.id), ['warning.imported']);

    const readOnly = await root.request('POST', '/api/api-tokens', { name: uniqueName('只读'), regionCode: WUHAI, scopes: ['read'] });
    const denied = await p().app.inject({ method: 'POST', url: '/api/warnings/cap', headers: { authorization: `Bearer ${readOnly.json<{ secret: string }>().secret}`, 'content-type': 'application/xml' }, payload: xml(`${id}-2`, '150302') });
    expectError(denied, 403, 'AUTH_TOKEN_SCOPE');
    expectError(await viewer.request('POST', '/api/warnings/cap', xml(`${id}-3`, '150302'), XML), 403, 'AUTH_FORBIDDEN');
    // The same message imported in 包头 is refused: its CAP identity is taken, though invisible there.
    expectError(await baotou.request('POST', '/api/warnings/cap', xml(id, '150302'), XML), 409, 'WARNING_CAP_DUPLICATE');
  });

  it('refuses invalid and hostile CAP with its problems and writes nothing', async () => {
    const before = await rowCounts(p());
    const invalid = fixture('thunderstorm.cap').replace('<severity>Severe</severity>', '<severity>Bad</severity>').replace('<identifier>KSTO1055887203</identifier>', '<identifier>KSTO 1</identifier>');
    const bad = expectError(await duty.request('POST', '/api/warnings/cap', invalid, XML), 422, 'WARNING_CAP_INVALID');
    const problems = (bad.details as { problems: { path: string; zh: string; en: string }[] }).problems;
    assert.ok(problems.some((x) => x.path === '/alert/info[1]/severity'), JSON.stringify(problems));
    assert.ok(problems.some((x) => x.path === '/alert/identifier'), JSON.stringify(problems));
    for (const x of problems) assert.ok(x.zh && x.en);

    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>`;
    const lol = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&lol2;</alert>`;
    for (const hostile of [xxe, lol]) {
      const r = expectError(await duty.request('POST', '/api/warnings/cap', hostile, XML), 422, 'WARNING_CAP_INVALID');
      assert.match(JSON.stringify(r.details), /DOCTYPE/);
      assert.doesNotMatch(JSON.stringify(r.details), /root:/);
    }
    expectError(await duty.request('POST', '/api/warnings/cap', 'not xml at all', XML), 422, 'WARNING_CAP_INVALID');
    expectError(await duty.request('POST', '/api/warnings/cap', fixture('canada.cap'), { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const huge = await duty.request('POST', '/api/warnings/cap', `<alert>${' '.repeat(1024 * 1024 + 10)}</alert>`, XML);
    assert.equal(huge.statusCode, 413, huge.body);
    assert.deepEqual(await rowCounts(p()), before);
  });

  it('keeps warnings inside the issuing region subtree', async () => {
    const w = await published();
    const pending = await draft();
    await act(duty, pending.id, 'submit');
    expectError(await baotou.request('GET', `/api/warnings/${w.id}`), 404, 'WARNING_NOT_FOUND');
    // An issued warning's CAP is public (the Atom feed links it); one under review is not.
    assert.equal((await baotou.request('GET', `/api/warnings/${w.id}/cap`)).statusCode, 200, 'issued CAP is public');
    expectError(await baotou.request('GET', `/api/warnings/${pending.id}/cap`), 404, 'WARNING_NOT_FOUND');
    expectError(await baotou.request('POST', `/api/warnings/${w.id}/revise`, {}), 404, 'WARNING_NOT_FOUND');
    expectError(await baotou.request('POST', `/api/warnings/${pending.id}/submit`, {}), 404, 'WARNING_NOT_FOUND');
    expectError(await baotou.request('PATCH', `/api/warnings/${pending.id}`, { headline: '改' }), 404, 'WARNING_NOT_FOUND');
    const theirs = (await baotou.request('GET', '/api/warnings?limit=500')).json<{ items: Warning[] }>().items;
    assert.ok(theirs.every((x) => x.regionCode.startsWith('1502')), 'only 包头 warnings');
    const ours = (await duty.request('GET', '/api/warnings?limit=500')).json<{ items: Warning[] }>().items;
    assert.ok(ours.some((x) => x.id === w.id));
    assert.ok((await root.request('GET', `/api/warnings/${w.id}`)).statusCode === 200, 'the province sees its cities');

    // Targets and the issuing region outside the author's subtree: 404 REGION_NOT_FOUND.
    const outside = await duty.request('POST', '/api/warnings', { level: 4, type: { code: '11', name: '大雾' }, headline: '大雾', description: '大雾', areas: { regionCodes: [HAIBOWAN, BAOTOU] } });
    expectError(outside, 404, 'REGION_NOT_FOUND');
    const foreignIssuer = await duty.request('POST', '/api/warnings', { regionCode: BAOTOU, level: 4, type: { code: '11', name: '大雾' }, headline: '大雾', description: '大雾', areas: { regionCodes: [HAIBOWAN] } });
    expectError(foreignIssuer, 404, 'REGION_NOT_FOUND');
    expectError(await duty.request('POST', '/api/warnings', { level: 4, type: { code: '11', name: '大雾' }, headline: '大雾', description: '大雾', areas: { regionCodes: ['159999000000'] } }), 404, 'REGION_NOT_FOUND');
    const bt = await draft({ areas: { regionCodes: [BAOTOU] } }, baotou);
    assert.equal(bt.regionCode, BAOTOU);
    expectError(await duty.request('GET', `/api/warnings/${bt.id}`), 404, 'WARNING_NOT_FOUND');
  });

  it('answers bad input with 4xx', async () => {
    const base = { level: 2, type: { code: '02', name: '暴雨' }, headline: '暴雨', description: '暴雨', areas: { regionCodes: [HAIBOWAN] } };
    for (const body of [
      { ...base, level: 5 },
      { ...base, level: '2' },
      { ...base, headline: '' },
      { ...base, areas: { regionCodes: [] } },
      { ...base, areas: { regionCodes: ['15'], polygons: ['1,2 3,4'] } },
      { ...base, areas: { regionCodes: ['abc'] } },
      { ...base, expires: 'tomorrow' },
      { ...base, category: ['Weather'] },
      { ...base, unknown: true },
    ]) {
      expectError(await duty.request('POST', '/api/warnings', body), 400, 'VALIDATION_FAILED');
    }
    expectError(await duty.request('GET', '/api/warnings/not-a-uuid'), 400, 'VALIDATION_FAILED');
    expectError(await duty.request('GET', '/api/warnings/00000000-0000-4000-8000-000000000000'), 404, 'WARNING_NOT_FOUND');
    expectError(await duty.request('GET', '/api/warnings?status=live'), 400, 'VALIDATION_FAILED');
    expectError(await viewer.request('POST', '/api/warnings', base), 403, 'AUTH_FORBIDDEN');
    expectError(await p().app.inject({ method: 'GET', url: '/api/warnings' }), 401, 'AUTH_REQUIRED');
  });
});
