import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mqtt from 'mqtt';
import type { Alarm, MonitoringPoint } from '@shouwang/contracts';
import { startTestPlatform, type TestClient, type TestPlatform } from '../platform.js';
import { signIn, uniqueName } from '../support.js';

const EXTERNAL = process.env.TEST_MQTT_URL ?? 'mqtt://127.0.0.1:1883';
type PageOf<T> = { items: T[]; total: number };

async function eventually<T>(probe: () => Promise<T | null | undefined | false>, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function gasPoint(admin: TestClient) {
  const res = await admin.request('POST', '/api/monitoring/points', {
    code: uniqueName('MQ').replaceAll('-', '_'),
    name: uniqueName('阀井可燃气体'),
    regionCode: '150302000000',
    assetKind: 'gas',
    quantity: 'combustible_gas',
    unit: '%LEL',
    lon: 106.82,
    lat: 39.68,
    thresholds: { h: 25, hh: 50 },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<MonitoringPoint>();
}

describe('telemetry over the embedded MQTT broker', () => {
  let p: TestPlatform;
  let admin: TestClient;
  let url: string;
  let token: string;

  before(async () => {
    p = await startTestPlatform('pglite', { env: { MQTT_PORT: '0' } });
    admin = await signIn(p, 'demo-admin');
    url = p.monitoring.mqttStatus()!.url.replace('localhost', '127.0.0.1');
    const t = await admin.request('POST', '/api/api-tokens', { name: uniqueName('gateway'), regionCode: '150300000000', scopes: ['telemetry:write'] });
    token = t.json<{ secret: string }>().secret;
  });
  after(async () => {
    await p.stop();
  });

  it('stores readings published with a token, raises the alarm, and counts what it cannot read', async () => {
    const pt = await gasPoint(admin);
    const client = await mqtt.connectAsync(url, { username: 'gateway', password: token, reconnectPeriod: 0 });
    const now = Date.now();
    await client.publishAsync(`shouwang/telemetry/${pt.code}`, JSON.stringify({ ts: now - 2000, value: 3, id: 'a' }), { qos: 1 });
    await client.publishAsync('shouwang/telemetry', JSON.stringify({ readings: [{ point: pt.code, ts: now - 1000, value: 55, id: 'b' }, { point: pt.code, ts: 'bad', value: 1, id: 'c' }] }), { qos: 1 });
    await client.publishAsync('shouwang/telemetry', '{not json', { qos: 1 });
    // A resend of the same reading over MQTT is a duplicate, as over HTTP.
    await client.publishAsync(`shouwang/telemetry/${pt.code}`, JSON.stringify([{ ts: now - 2000, value: 3, id: 'a' }]), { qos: 1 });
    await client.endAsync();

    const alarm = await eventually(async () => (await admin.request('GET', `/api/alarms?pointId=${pt.id}&condition=HH`)).json<PageOf<Alarm>>().items[0], 'the HH alarm');
    assert.equal(alarm.value, 55);
    await p.monitoring.ingester.drain();
    const stats = (await admin.request('GET', '/api/telemetry/stats')).json<{ rejected: Record<string, number>; duplicates: number; mqtt: { mode: string } }>();
    assert.equal(stats.mqtt.mode, 'embedded');
    assert.ok((stats.rejected.TS_INVALID ?? 0) >= 1 && (stats.rejected.PAYLOAD_INVALID ?? 0) >= 1, JSON.stringify(stats));
    assert.ok(stats.duplicates >= 1);
    const point = (await admin.request('GET', `/api/monitoring/points/${pt.id}`)).json<MonitoringPoint>();
    assert.deepEqual([point.value, point.state], [55, 'HH']);
  });

  it('refuses a device without a valid telemetry token', async () => {
    await assert.rejects(mqtt.connectAsync(url, { username: 'x', password: 'sw_nope_nope', reconnectPeriod: 0 }), /Bad username or password|Not authorized/i);
    const readOnly = (await admin.request('POST', '/api/api-tokens', { name: uniqueName('reader'), regionCode: '150300000000', scopes: ['read'] })).json<{ secret: string }>().secret;
    await assert.rejects(mqtt.connectAsync(url, { username: 'x', password: readOnly, reconnectPeriod: 0 }), /Bad username or password|Not authorized/i);
  });

  it('a token of another region cannot report for this region’s points', async () => {
    const pt = await gasPoint(admin);
    const other = (await admin.request('POST', '/api/api-tokens', { name: uniqueName('baotou'), regionCode: '150200000000', scopes: ['telemetry:write'] })).json<{ secret: string }>().secret;
    const before = p.monitoring.ingester.counters.rejected.POINT_UNKNOWN ?? 0;
    const client = await mqtt.connectAsync(url, { username: 'baotou', password: other, reconnectPeriod: 0 });
    await client.publishAsync(`shouwang/telemetry/${pt.code}`, JSON.stringify({ ts: Date.now(), value: 60, id: 'x' }), { qos: 1 });
    await client.endAsync();
    await eventually(async () => (p.monitoring.ingester.counters.rejected.POINT_UNKNOWN ?? 0) > before, 'the rejection');
    assert.equal((await admin.request('GET', `/api/monitoring/points/${pt.id}`)).json<MonitoringPoint>().value, null);
  });
});

describe('telemetry through an external broker (Mosquitto)', () => {
  it('subscribes with a shared subscription and stores what a device publishes there', async () => {
    const p = await startTestPlatform('pglite', { env: { MQTT_URL: EXTERNAL } });
    try {
      const admin = await signIn(p, 'demo-admin');
      const pt = await gasPoint(admin);
      await eventually(async () => p.monitoring.mqttStatus()?.connected, 'the broker connection');
      await new Promise((r) => setTimeout(r, 300));
      const device = await mqtt.connectAsync(EXTERNAL, { reconnectPeriod: 0 });
      await device.publishAsync(`shouwang/telemetry/${pt.code}`, JSON.stringify({ ts: Date.now(), value: 30, id: 'ext-1' }), { qos: 1 });
      await device.endAsync();
      const point = await eventually(async () => {
        const x = (await admin.request('GET', `/api/monitoring/points/${pt.id}`)).json<MonitoringPoint>();
        return x.value === null ? null : x;
      }, 'the reading via Mosquitto');
      assert.deepEqual([point.value, point.state], [30, 'H']);
    } finally {
      await p.stop();
    }
  });
});
