import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Alarm, AlarmDetail, MonitoringPoint, TelemetryResult } from '@shouwang/contracts';

type PageOf<T> = { items: T[]; total: number };
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const HAIBOWAN = '150302000000';
// A 1×1 PNG: the photo check reads the file's signature.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

let serial = 0;
const code = () => `T-${process.pid}-${++serial}`;

/** An API token with telemetry:write for a region, made by an administrator through the API. */
async function telemetryToken(admin: TestClient, regionCode: string): Promise<string> {
  const res = await admin.request('POST', '/api/api-tokens', { name: uniqueName('sensor-gateway'), regionCode, scopes: ['telemetry:write'] });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ secret: string }>().secret;
}

describeEachEngine('monitoring: telemetry and alarms over HTTP', ({ p }) => {
  let root: TestClient;
  let duty: TestClient;
  let baotou: TestClient;
  let wuhaiToken: string;
  let baotouToken: string;

  before(async () => {
    root = await signIn(p(), 'demo-admin');
    duty = await signIn(p(), 'wuhai-duty');
    baotou = await signIn(p(), 'baotou-duty');
    wuhaiToken = await telemetryToken(root, '150300000000');
    baotouToken = await telemetryToken(root, '150200000000');
  });

  const point = async (over: Record<string, unknown> = {}) => {
    const res = await root.request('POST', '/api/monitoring/points', {
      code: code(),
      name: uniqueName('测试压力'),
      regionCode: HAIBOWAN,
      assetKind: 'gas',
      assetName: '测试阀井',
      quantity: 'pressure',
      unit: 'MPa',
      lon: 106.81,
      lat: 39.67,
      thresholds: { l: 0.2, h: 0.4, hh: 0.5 },
      deadband: 0.01,
      ...over,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<MonitoringPoint>();
  };
  const post = (token: string, readings: unknown[]) =>
    p().app.inject({ method: 'POST', url: '/api/telemetry', headers: { authorization: `Bearer ${token}` }, payload: { readings } });
  const send = async (pointCode: string, values: Array<[number, number]>, token = wuhaiToken) => {
    const res = await post(token, values.map(([t, value]) => ({ point: pointCode, ts: new Date(t).toISOString(), value, id: `${pointCode}-${t}` })));
    assert.equal(res.statusCode, 200, res.body);
    return res.json<TelemetryResult>();
  };
  const alarmsOf = async (pointId: string, client = duty) => (await client.request('GET', `/api/alarms?pointId=${pointId}&limit=50`)).json<PageOf<Alarm>>().items;
  const t0 = Date.now() - 3_600_000;

  it('stores each good reading once, rejects the bad ones one by one with a reason, and keeps the good ones of the batch', async () => {
    const pt = await point();
    const res = await post(wuhaiToken, [
      { point: pt.code, ts: new Date(t0).toISOString(), value: 0.3, id: 'a' },
      { point: pt.code, ts: t0 + 1000, value: 0.31, id: 'b' },
      { point: 'NO-SUCH-POINT', ts: t0, value: 1, id: 'c' },
      { point: pt.code, ts: 'yesterday', value: 1, id: 'd' },
      { point: pt.code, ts: t0, value: 'high', id: 'e' },
      { point: pt.code, ts: t0, value: 1 },
      'not an object',
      { point: pt.code, ts: Date.now() + 3_600_000, value: 1, id: 'f' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json<TelemetryResult>();
    assert.equal(body.accepted, 2);
    assert.deepEqual(body.rejected.map((r) => [r.index, r.code]), [[2, 'POINT_UNKNOWN'], [3, 'TS_INVALID'], [4, 'VALUE_INVALID'], [5, 'ID_INVALID'], [6, 'MALFORMED'], [7, 'TS_IN_FUTURE']]);
    assert.match(body.rejected[0]!.reason, /监测点/);

    const again = (await post(wuhaiToken, [{ point: pt.code, ts: new Date(t0).toISOString(), value: 0.3, id: 'a' }])).json<TelemetryResult>();
    assert.deepEqual([again.accepted, again.duplicates], [0, 1], 'a resend is a duplicate, not a second row');
    // A batch mixing a resend, a new reading sent twice, and a new one: each new reading counted once.
    const mixed = (await post(wuhaiToken, [
      { point: pt.code, ts: t0 + 1000, value: 0.31, id: 'b' },
      { point: pt.code, ts: t0 + 2000, value: 0.32, id: 'g' },
      { point: pt.code, ts: new Date(t0 + 2000).toISOString(), value: 0.32, id: 'g' },
      { point: pt.code, ts: t0 + 3000, value: 0.33, id: 'h' },
    ])).json<TelemetryResult>();
    assert.deepEqual([mixed.accepted, mixed.duplicates], [2, 2]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from monitoring_readings where point_id = ${pt.id}`.execute(p().data.system);
    assert.equal(rows.rows[0]?.n, 4);
    const latest = (await duty.request('GET', `/api/monitoring/points/${pt.id}`)).json<MonitoringPoint>();
    assert.deepEqual([latest.value, latest.state, latest.ts], [0.33, 'normal', new Date(t0 + 3000).toISOString()]);
  });

  it('a token reports only for points in its region; others are unknown to it', async () => {
    const pt = await point();
    const res = (await post(baotouToken, [{ point: pt.code, ts: t0, value: 0.3, id: 'x' }])).json<TelemetryResult>();
    assert.deepEqual([res.accepted, res.rejected[0]?.code], [0, 'POINT_UNKNOWN']);
    expectError(await baotou.request('POST', '/api/telemetry', { readings: [] }), 403, 'AUTH_FORBIDDEN');
    expectError(await p().app.inject({ method: 'POST', url: '/api/telemetry', payload: { readings: [{}] } }), 401, 'AUTH_REQUIRED');
  });

  it('raises one alarm per condition, deduplicates repeats while open, and records when the readings come back', async () => {
    const pt = await point();
    await send(pt.code, [[t0, 0.3], [t0 + 1000, 0.55], [t0 + 2000, 0.6]]);
    let list = await alarmsOf(pt.id);
    assert.deepEqual(list.map((a) => a.condition).sort(), ['H', 'HH']);
    const hh = list.find((a) => a.condition === 'HH')!;
    assert.deepEqual([hh.status, hh.value, hh.peakValue, hh.threshold], ['raised', 0.55, 0.6, 0.5]);
    assert.deepEqual([hh.enterpriseName, hh.assetName], [null, '测试阀井'], 'a lifeline alarm names its asset');
    assert.ok(hh.nextEscalationAt, 'the escalation clock runs');

    await send(pt.code, [[t0 + 3000, 0.45], [t0 + 4000, 0.3], [t0 + 5000, 0.58]]);
    list = await alarmsOf(pt.id);
    assert.equal(list.length, 2, 'still one open alarm per condition');
    const detail = (await duty.request('GET', `/api/alarms/${hh.id}`)).json<AlarmDetail>();
    assert.deepEqual(detail.entries.map((e) => e.kind), ['raised', 'condition_cleared', 'raised']);
    assert.equal(detail.peakValue, 0.6);
    const point2 = (await duty.request('GET', `/api/monitoring/points/${pt.id}`)).json<MonitoringPoint>();
    assert.deepEqual([point2.state, point2.openAlarms], ['HH', 2]);
  });

  it('runs the lifecycle 产生 → 确认 → 处置 → 关闭 with photos, refusing steps out of order, each on the ledger', async () => {
    const pt = await point();
    await send(pt.code, [[t0, 0.45]]);
    const [alarm] = await alarmsOf(pt.id);
    assert.ok(alarm);
    expectError(await duty.request('POST', `/api/alarms/${alarm.id}/close`, { reason: 'false_alarm', note: '误报' }), 422, 'ALARM_NOT_ACKNOWLEDGED');

    const ack = await duty.request('POST', `/api/alarms/${alarm.id}/acknowledge`, { note: '已电话通知操作负责人' });
    assert.equal(ack.statusCode, 200, ack.body);
    assert.deepEqual([ack.json<Alarm>().status, ack.json<Alarm>().acknowledgedBy, ack.json<Alarm>().nextEscalationAt], ['acknowledged', '乌海值班员 王磊', null]);
    expectError(await duty.request('POST', `/api/alarms/${alarm.id}/acknowledge`, {}), 409, 'ALARM_ALREADY_ACKNOWLEDGED');

    const before = await sql<{ n: number }>`select count(*)::int as n from monitoring_alarm_entries`.execute(p().data.system);
    expectError(await duty.request('POST', `/api/alarms/${alarm.id}/notes`, { text: '现场照片', photos: [{ name: 'x.png', contentType: 'image/png', dataBase64: Buffer.from('%PDF-1.4').toString('base64') }] }), 422, 'PHOTO_INVALID');
    const afterBad = await sql<{ n: number }>`select count(*)::int as n from monitoring_alarm_entries`.execute(p().data.system);
    assert.equal(afterBad.rows[0]?.n, before.rows[0]?.n, 'a refused note writes nothing');

    const noted = await duty.request('POST', `/api/alarms/${alarm.id}/notes`, { text: '已关闭进气阀，压力回落', photos: [{ name: '现场.png', contentType: 'image/png', dataBase64: PNG }] });
    assert.equal(noted.statusCode, 200, noted.body);
    const d = noted.json<AlarmDetail>();
    assert.equal(d.status, 'handling');
    const photo = d.entries.at(-1)!.attachments[0]!;
    const file = await duty.request('GET', `/api/alarms/${alarm.id}/attachments/${photo.id}`);
    assert.deepEqual([file.statusCode, file.headers['content-type']], [200, 'image/png']);
    expectError(await baotou.request('GET', `/api/alarms/${alarm.id}/attachments/${photo.id}`), 404, 'ALARM_NOT_FOUND');

    const closed = await duty.request('POST', `/api/alarms/${alarm.id}/close`, { reason: 'real_process_handled', note: '压力恢复正常，原因：调压阀故障' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.deepEqual([closed.json<Alarm>().status, closed.json<Alarm>().closeReason], ['closed', 'real_process_handled']);
    expectError(await duty.request('POST', `/api/alarms/${alarm.id}/notes`, { text: '补充' }), 409, 'ALARM_CLOSED');
    expectError(await duty.request('POST', `/api/alarms/${alarm.id}/close`, { reason: 'other', note: 'x' }), 409, 'ALARM_CLOSED');

    const ledger = await sql<{ action: string }>`select action from audit_ledger where entity_id = ${alarm.id} order by seq`.execute(p().data.system);
    assert.deepEqual(ledger.rows.map((r) => r.action), ['monitoring.alarm-raised', 'monitoring.alarm-acknowledged', 'monitoring.alarm-noted', 'monitoring.alarm-closed']);

    // After closing, the same condition again is a new alarm.
    await send(pt.code, [[t0 + 10_000, 0.3], [t0 + 11_000, 0.45]]);
    assert.equal((await alarmsOf(pt.id)).length, 2);
  });

  it('keeps points and alarms inside the region subtree', async () => {
    const pt = await point();
    await send(pt.code, [[t0, 0.45]]);
    const [alarm] = await alarmsOf(pt.id);
    expectError(await baotou.request('GET', `/api/monitoring/points/${pt.id}`), 404, 'POINT_NOT_FOUND');
    expectError(await baotou.request('GET', `/api/alarms/${alarm!.id}`), 404, 'ALARM_NOT_FOUND');
    expectError(await baotou.request('POST', `/api/alarms/${alarm!.id}/acknowledge`, {}), 404, 'ALARM_NOT_FOUND');
    expectError(await baotou.request('GET', `/api/monitoring/points/${pt.id}/series`), 404, 'POINT_NOT_FOUND');
    const theirs = (await baotou.request('GET', '/api/alarms?limit=500')).json<PageOf<Alarm>>().items;
    assert.ok(theirs.every((a) => a.regionCode.startsWith('1502')));
    const points = (await baotou.request('GET', '/api/monitoring/points?limit=500')).json<PageOf<MonitoringPoint>>().items;
    assert.ok(points.every((x) => x.regionCode.startsWith('1502')));
    const lines = (await baotou.request('GET', `/api/monitoring/sparklines?ids=${pt.id}`)).json<Record<string, unknown[]>>();
    assert.deepEqual(lines[pt.id], [], 'another region’s readings stay invisible');
  });

  it('a manager cannot create a point outside his region, attach one to another region’s hazard source, or move one out', async () => {
    const wuhaiAdmin = await signIn(p(), 'wuhai-admin');
    const body = { code: code(), name: '越界点', assetKind: 'gas', quantity: 'pressure', unit: 'MPa', lon: 110, lat: 40.6 };
    const count = async () => (await sql<{ n: number }>`select count(*)::int as n from monitoring_points`.execute(p().data.system)).rows[0]?.n;
    const n = await count();
    expectError(await wuhaiAdmin.request('POST', '/api/monitoring/points', { ...body, regionCode: '150203000000' }), 404, 'REGION_NOT_FOUND');
    const ordosSource = (await root.request('GET', '/api/hazard-sources?regionCode=150600000000&limit=1')).json<PageOf<{ id: string }>>().items[0]!;
    expectError(await wuhaiAdmin.request('POST', '/api/monitoring/points', { ...body, regionCode: HAIBOWAN, assetKind: 'hazard_source', hazardSourceId: ordosSource.id, quantity: 'level', unit: 'm' }), 404, 'HAZARD_SOURCE_NOT_FOUND');
    assert.equal(await count(), n, 'nothing written');
    const pt = await point();
    expectError(await wuhaiAdmin.request('PATCH', `/api/monitoring/points/${pt.id}`, { regionCode: '150203000000' }), 404, 'REGION_NOT_FOUND');
    assert.equal((await duty.request('GET', `/api/monitoring/points/${pt.id}`)).json<MonitoringPoint>().regionCode, HAIBOWAN);
    const moved = await wuhaiAdmin.request('PATCH', `/api/monitoring/points/${pt.id}`, { regionCode: '150303000000', thresholds: { h: 0.45 } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.deepEqual([moved.json<MonitoringPoint>().regionCode, moved.json<MonitoringPoint>().thresholds], ['150303000000', { ll: null, l: 0.2, h: 0.45, hh: 0.5 }]);
    expectError(await wuhaiAdmin.request('PATCH', `/api/monitoring/points/${pt.id}`, { thresholds: { h: 0.6 } }), 422, 'THRESHOLDS_UNORDERED');
    // The next reading is judged by the new limit.
    await send(pt.code, [[t0, 0.46]]);
    assert.deepEqual((await alarmsOf(pt.id, wuhaiAdmin)).map((a) => [a.condition, a.threshold]), [['H', 0.45]]);
  });

  it('validates points: limits must rise, a hazard-source point names a source in scope, codes are unique', async () => {
    const bad = await root.request('POST', '/api/monitoring/points', { code: code(), name: '坏点', regionCode: HAIBOWAN, assetKind: 'gas', quantity: 'pressure', unit: 'MPa', lon: 106.8, lat: 39.6, thresholds: { h: 0.5, hh: 0.4 } });
    expectError(bad, 400, 'VALIDATION_FAILED');
    const noSource = await root.request('POST', '/api/monitoring/points', { code: code(), name: '坏点', regionCode: HAIBOWAN, assetKind: 'hazard_source', quantity: 'level', unit: 'm', lon: 106.8, lat: 39.6 });
    expectError(noSource, 400, 'VALIDATION_FAILED');
    const ghost = await root.request('POST', '/api/monitoring/points', { code: code(), name: '坏点', regionCode: HAIBOWAN, assetKind: 'hazard_source', hazardSourceId: '00000000-0000-4000-8000-000000000000', quantity: 'level', unit: 'm', lon: 106.8, lat: 39.6 });
    expectError(ghost, 404, 'HAZARD_SOURCE_NOT_FOUND');
    const pt = await point();
    expectError(await root.request('POST', '/api/monitoring/points', { code: pt.code, name: '重复', regionCode: HAIBOWAN, assetKind: 'gas', quantity: 'pressure', unit: 'MPa', lon: 106.8, lat: 39.6 }), 409, 'POINT_CODE_TAKEN');
    expectError(await baotou.request('POST', '/api/monitoring/points', { code: code(), name: '越权', regionCode: HAIBOWAN, assetKind: 'gas', quantity: 'pressure', unit: 'MPa', lon: 106.8, lat: 39.6 }), 403, 'AUTH_FORBIDDEN');
  });

  it('sets a region’s own escalation ladder, which its subtree inherits; others cannot set it', async () => {
    const steps = [{ afterMinutes: 3, notify: ['operational', 'technical'] }, { afterMinutes: 10, notify: ['county'] }];
    const put = await duty.request('PUT', '/api/monitoring/escalation-policy?regionCode=150300000000', { steps });
    assert.equal(put.statusCode, 200, put.body);
    const below = (await duty.request('GET', `/api/monitoring/escalation-policy?regionCode=${HAIBOWAN}`)).json<{ inheritedFrom: string; steps: unknown[] }>();
    assert.deepEqual([below.inheritedFrom, below.steps], ['150300000000', steps]);
    const pt = await point();
    await send(pt.code, [[t0, 0.45]]);
    const [alarm] = await alarmsOf(pt.id);
    assert.equal(Date.parse(alarm!.nextEscalationAt!) - Date.parse(alarm!.raisedAt), 3 * 60_000);
    expectError(await baotou.request('PUT', '/api/monitoring/escalation-policy?regionCode=150300000000', { steps }), 404, 'REGION_NOT_FOUND');
    expectError(await duty.request('PUT', '/api/monitoring/escalation-policy?regionCode=150300000000', { steps: [{ afterMinutes: 0, notify: [] }] }), 400, 'VALIDATION_FAILED');
    const ledger = await sql<{ action: string }>`select action from audit_ledger where entity_id = '150300000000' and action like 'monitoring.%'`.execute(p().data.system);
    assert.ok(ledger.rows.length >= 1);
    const removed = (await duty.request('DELETE', '/api/monitoring/escalation-policy?regionCode=150300000000')).json<{ inheritedFrom: string | null }>();
    assert.equal(removed.inheritedFrom, null, 'back to the built-in default');
    const ledger2 = await sql<{ action: string }>`select action from audit_ledger where entity_id = '150300000000' and action like 'monitoring.%' order by seq`.execute(p().data.system);
    assert.deepEqual(ledger2.rows.map((r) => r.action).slice(-2), ['monitoring.escalation-policy-set', 'monitoring.escalation-policy-removed']);
  });

  it('computes an enterprise risk index from its hazard grade and alarm history, with a 30-day trend', async () => {
    const e = (await duty.request('GET', '/api/enterprises?q=恒晟')).json<PageOf<{ id: string }>>().items[0]!;
    const res = await duty.request('GET', `/api/enterprises/${e.id}/risk-index`);
    assert.equal(res.statusCode, 200, res.body);
    const risk = res.json<{ index: number; components: { hazard: number }; trend: Array<{ day: string; index: number }> }>();
    assert.equal(risk.trend.length, 30);
    assert.ok(risk.components.hazard > 0, 'a major hazard source weighs in');
    assert.ok(risk.index >= risk.components.hazard && risk.index <= 100);
    expectError(await baotou.request('GET', `/api/enterprises/${e.id}/risk-index`), 404, 'ENTERPRISE_NOT_FOUND');
  });

  it('gives a trend series with its limits, and demo points with a day of history', async () => {
    const demo = (await duty.request('GET', '/api/monitoring/points?q=WH-HS-CL2-LT01')).json<PageOf<MonitoringPoint>>().items[0];
    assert.ok(demo, 'the demo point is seeded');
    assert.equal(demo.enterpriseName, '乌海恒晟氯碱化工有限公司');
    const series = (await duty.request('GET', `/api/monitoring/points/${demo.id}/series?buckets=48`)).json<{ points: unknown[]; thresholds: { hh: number } }>();
    assert.ok(series.points.length >= 40 && series.points.length <= 49, `got ${series.points.length}`);
    assert.equal(series.thresholds.hh, 2.7);
    expectError(await duty.request('GET', `/api/monitoring/points/${demo.id}/series?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`), 422, 'SERIES_RANGE_INVALID');
  });
});

describe('monitoring: a hazard-source point escalates to its package persons, on a fake clock', () => {
  for (const engine of ['pglite'] as const) {
    it(`escalates step by step until acknowledged, and survives a restart mid-lifecycle [${engine}]`, async () => {
      const { startTestPlatform } = await import('../platform.js');
      // After the seeded day of history (stamped with the real clock), so the readings are the newest.
      let now = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
      const clock = { now: () => new Date(now) };
      const first: TestPlatform = await startTestPlatform(engine, { clock, demoResources: false });
      const keep = { ...first.database, drop: async () => {} };
      let second: TestPlatform | null = null;
      try {
        const admin = await signIn(first, 'demo-admin');
        const token = await telemetryToken(admin, '150000000000');
        const demo = (await admin.request('GET', '/api/monitoring/points?q=WH-HS-CL2-PT01')).json<PageOf<MonitoringPoint>>().items[0]!;
        const post = (pl: TestPlatform, value: number, at: number) =>
          pl.app.inject({ method: 'POST', url: '/api/telemetry', headers: { authorization: `Bearer ${token}` }, payload: { readings: [{ point: demo.code, ts: at, value, id: `r-${at}` }] } });
        assert.equal((await post(first, 1.25, now)).statusCode, 200);
        const [alarm] = (await admin.request('GET', `/api/alarms?pointId=${demo.id}&condition=HH`)).json<PageOf<Alarm>>().items;
        assert.ok(alarm);
        assert.equal(alarm.nextEscalationAt, new Date(now + 5 * 60_000).toISOString(), 'default ladder: 5 minutes');

        now += 4 * 60_000;
        await first.jobs.runDue();
        assert.equal((await admin.request('GET', `/api/alarms/${alarm.id}`)).json<Alarm>().escalationLevel, 0, 'not before its time');
        now += 61_000;
        await first.jobs.runDue();
        let a = (await admin.request('GET', `/api/alarms/${alarm.id}`)).json<AlarmDetail>();
        assert.equal(a.escalationLevel, 1);
        assert.deepEqual(a.escalatedTo.map((e) => [e.target, e.name, e.phone]), [['operational', '马海涛', '13904738103']]);
        assert.match(a.entries.at(-1)!.text, /操作负责人/);

        // Restart: a new platform on the same database carries the alarm, its ladder and the rule state on.
        await first.close();
        second = await startTestPlatform(engine, { clock, database: keep, seedDemo: true, demoResources: false });
        const duty = await signIn(second, 'wuhai-duty');
        now += 5 * 60_000;
        await second.jobs.runDue();
        a = (await duty.request('GET', `/api/alarms/${alarm.id}`)).json<AlarmDetail>();
        assert.equal(a.escalationLevel, 2, 'the ladder continues after the restart');
        assert.equal(a.escalatedTo[1]?.target, 'technical');
        assert.equal((await post(second, 1.3, now)).statusCode, 200);
        assert.equal((await duty.request('GET', `/api/alarms?pointId=${demo.id}&condition=HH&status=open`)).json<PageOf<Alarm>>().total, 1, 'no second alarm after the restart');

        assert.equal((await duty.request('POST', `/api/alarms/${alarm.id}/acknowledge`, {})).statusCode, 200);
        now += 60 * 60_000;
        while ((await second.jobs.runDue()) > 0);
        assert.equal((await duty.request('GET', `/api/alarms/${alarm.id}`)).json<Alarm>().escalationLevel, 2, 'acknowledging stops the ladder');

        // The 高报 alarm beside it was never acknowledged: its ladder reached the bureaus by name.
        const [h] = (await duty.request('GET', `/api/alarms?pointId=${demo.id}&condition=H`)).json<PageOf<Alarm>>().items;
        assert.deepEqual(h!.escalatedTo.map((e) => e.target), ['operational', 'technical', 'principal', 'county', 'city']);
        assert.equal(h!.escalatedTo.find((e) => e.target === 'county')?.name, '乌达区应急管理局值班室');
        assert.equal(h!.nextEscalationAt, null, 'the ladder ends after its last step');

        // Silence: the offline sweep raises 离线 once, and a reading clears it.
        const silent = (await duty.request('GET', '/api/monitoring/points?q=WH-LL-DRN-LT01')).json<PageOf<MonitoringPoint>>().items[0]!;
        assert.ok((await second.monitoring.sweepOffline()) >= 1);
        assert.equal(await second.monitoring.sweepOffline(), 0, 'raised once');
        const off = (await duty.request('GET', `/api/alarms?pointId=${silent.id}&condition=OFFLINE`)).json<PageOf<Alarm>>().items;
        assert.equal(off.length, 1);
        assert.equal((await duty.request('GET', `/api/monitoring/points/${silent.id}`)).json<MonitoringPoint>().state, 'offline');
      } finally {
        await second?.close();
        await first.database.drop();
      }
    });
  }
});
