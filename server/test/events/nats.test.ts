import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { connect } from 'nats';
import pino from 'pino';
import { natsTransport } from '../../src/foundation/events/nats-transport.js';
import { openTestDatabase, testEngines, type TestDatabase } from '../databases.js';
import { startTestPlatform, type TestPlatform } from '../platform.js';
import { openSse } from '../sse-client.js';

const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

async function natsReachable() {
  try {
    const nc = await connect({ servers: NATS_URL, timeout: 1500, maxReconnectAttempts: 0 });
    await nc.close();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`NATS is not reachable at ${NATS_URL}; CI must run the cross-instance test`);
    return false;
  }
}

const canRun = (await testEngines()).includes('postgres') && (await natsReachable());

describe('events across instances through NATS JetStream', { skip: canRun ? false : 'needs local PostgreSQL and NATS' }, () => {
  let database: TestDatabase;
  let a: TestPlatform;
  let b: TestPlatform;
  let baseB = '';
  // A stream per run keeps parallel or repeated runs from seeing each other's events.
  const stream = `SW_TEST_${randomBytes(4).toString('hex').toUpperCase()}`;
  const log = pino({ level: 'silent' });

  before(async () => {
    database = await openTestDatabase('postgres');
    a = await startTestPlatform('postgres', { database, transport: natsTransport(NATS_URL, log, stream) });
    // B shares A's database; A's stop drops it.
    b = await startTestPlatform('postgres', { database: { ...database, drop: async () => {} }, transport: natsTransport(NATS_URL, log, stream) });
    baseB = await b.app.listen({ port: 0, host: '127.0.0.1' });
  });

  after(async () => {
    await b?.stop();
    await a?.stop();
    const nc = await connect({ servers: NATS_URL });
    await (await nc.jetstreamManager()).streams.delete(stream).catch(() => false);
    await nc.close();
  });

  it('an event raised on instance A reaches an SSE client of instance B', async () => {
    const wuhaiOnB = await b.as('wuhai-duty');
    const sse = await openSse(`${baseB}/api/events`, wuhaiOnB.cookie);
    try {
      const admin = await a.as('demo-admin');
      const title = `跨实例通知 ${Date.now()}`;
      const res = await admin.request('POST', '/api/system/notices', { title, level: 'urgent', regionCode: '150300000000' });
      assert.equal(res.statusCode, 201, res.body);
      const event = await sse.next((e) => e.payload.title === title, 10_000);
      assert.equal(event.type, 'system.notice-posted');
      const health = await b.app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(health.json().events.transport, 'nats');
    } finally {
      sse.close();
    }
  });

  it('a team created or moved on instance A is found by nearest on instance B', async () => {
    const onA = await a.as('wuhai-admin');
    const onB = await b.as('wuhai-duty');
    const spot = { lon: 106.05, lat: 40.45 };
    const nearestOnB = async () => {
      const res = await onB.request('GET', `/api/resources/nearest?lon=${spot.lon}&lat=${spot.lat}&kind=team&speciality=water_rescue&n=1&maxKm=5`);
      return res.json<{ items: { id: string }[] }>().items[0]?.id;
    };
    const eventually = async (want: string | undefined) => {
      const until = Date.now() + 10_000;
      let got = await nearestOnB();
      while (got !== want && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        got = await nearestOnB();
      }
      return got;
    };
    const res = await onA.request('POST', '/api/resources/teams', { name: `跨实例水域救援队 ${Date.now()}`, kind: 'social', specialities: ['water_rescue'], level: 'county', regionCode: '150300000000', lon: spot.lon, lat: spot.lat, baseAddress: '乌海湖', leader: '郭涛', phone: '13904735555' });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json<{ id: string }>().id;
    assert.equal(await eventually(id), id);
    await onA.request('PATCH', `/api/resources/teams/${id}`, { lon: spot.lon + 1, lat: spot.lat });
    assert.equal(await eventually(undefined), undefined, 'moved 85 km away, outside maxKm on B too');
  });
});
