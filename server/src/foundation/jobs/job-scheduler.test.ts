import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { systemActor } from '../auth/actor.js';
import type { Clock } from '../clock.js';
import { createDataLayer } from '../db/data-layer.js';
import { EventHub } from '../events/event-hub.js';
import { localTransport } from '../events/transport.js';
import { openTestDatabase, testEngines, type TestDatabase } from '../../../test/databases.js';
import { JobScheduler, type Job } from './job-scheduler.js';

for (const engine of await testEngines()) {
  describe(`durable jobs [${engine}]`, () => {
    let database: TestDatabase;
    let now = new Date('2026-11-23T23:58:00+08:00');
    const clock: Clock = { now: () => now };
    const log = pino({ level: 'silent' });
    let jobs: JobScheduler;
    let data: ReturnType<typeof createDataLayer>;
    const ran: Job[] = [];
    let failuresLeft = 0;

    before(async () => {
      database = await openTestDatabase(engine);
      jobs = new JobScheduler(database.db, clock, log);
      data = createDataLayer({ database, events: new EventHub(database.db, localTransport(), log), clock, jobs });
      jobs.register('test.remind', async (job) => {
        if (failuresLeft-- > 0) throw new Error('gateway down');
        ran.push(job);
      });
    });
    after(async () => database.drop());

    it('runs a job when the clock reaches it, once, across midnight', async () => {
      await data.write(systemActor(), async (uow) => {
        await uow.schedule({ kind: 'test.remind', runAt: new Date(now.getTime() + 5 * 60_000), payload: { n: 1 }, regionCode: '150300000000' });
      });
      assert.equal(await jobs.runDue(), 0);
      now = new Date(now.getTime() + 5 * 60_000); // 00:03 the next day
      assert.equal(await jobs.runDue(), 1);
      assert.equal(await jobs.runDue(), 0);
      assert.deepEqual(ran.map((j) => j.payload), [{ n: 1 }]);
    });

    it('a job scheduled in a transaction that rolls back never exists', async () => {
      await assert.rejects(
        data.write(systemActor(), async (uow) => {
          await uow.schedule({ kind: 'test.remind', runAt: now, payload: { n: 2 }, regionCode: '150300000000' });
          throw new Error('abort');
        }),
      );
      assert.equal(await jobs.runDue(), 0);
    });

    it('retries a failing job with backoff, and a dedupe key reschedules instead of duplicating', async () => {
      ran.length = 0;
      failuresLeft = 1;
      await data.write(systemActor(), async (uow) => {
        await uow.schedule({ kind: 'test.remind', runAt: now, payload: { n: 3 }, regionCode: '150300000000', dedupeKey: 'remind:3' });
        await uow.schedule({ kind: 'test.remind', runAt: now, payload: { n: 4 }, regionCode: '150300000000', dedupeKey: 'remind:3' });
      });
      assert.equal(await jobs.runDue(), 1); // fails
      assert.equal(ran.length, 0);
      assert.equal(await jobs.runDue(), 0); // backing off
      now = new Date(now.getTime() + 10_000);
      assert.equal(await jobs.runDue(), 1);
      assert.deepEqual(ran.map((j) => j.payload), [{ n: 4 }]);
      assert.equal(ran[0]?.attempts, 2);
    });

    it('a cancelled job does not run', async () => {
      ran.length = 0;
      await data.write(systemActor(), async (uow) => {
        await uow.schedule({ kind: 'test.remind', runAt: now, payload: { n: 5 }, regionCode: '150300000000', dedupeKey: 'remind:5' });
      });
      const cancelled = await data.write(systemActor(), (uow) => uow.cancelJob('remind:5'));
      assert.equal(cancelled, true);
      assert.equal(await jobs.runDue(), 0);
      assert.equal(ran.length, 0);
    });
  });
}
