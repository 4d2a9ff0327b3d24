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
});
