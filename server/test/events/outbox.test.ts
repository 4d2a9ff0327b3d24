import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { DomainEvent } from '../../src/foundation/events/event.js';
import { systemActor } from '../../src/foundation/auth/actor.js';
import { describeEachEngine } from '../engines.js';

describeEachEngine('event outbox', ({ p }) => {
  it('an event whose handler failed stays in the outbox, is re-published by the relay, and reaches live listeners once', async () => {
    const platform = p();
    const handled: string[] = [];
    let failOnce = true;
    platform.events.subscribe('test.thing-happened', (e) => {
      if (failOnce) {
        failOnce = false;
        throw new Error('handler down');
      }
      handled.push(e.id);
    });
    const live: DomainEvent[] = [];
    const off = platform.events.onLive((e) => {
      if (e.type === 'test.thing-happened') live.push(e);
    });
    try {
      await platform.data.write(systemActor(), async (uow) => {
        uow.emit('test.thing-happened', '150300000000', { n: 1 });
      });
      const pending = await platform.data.system.selectFrom('event_outbox').select(['id', 'published_at']).where('type', '=', 'test.thing-happened').execute();
      assert.equal(pending.length, 1);
      assert.equal(pending[0]?.published_at, null);
      assert.equal(await platform.events.relay(0), 1);
      assert.deepEqual(handled, [pending[0]?.id]);
      assert.equal(live.length, 1);
      const after = await platform.data.system.selectFrom('event_outbox').select('published_at').where('id', '=', pending[0].id).executeTakeFirstOrThrow();
      assert.ok(after.published_at instanceof Date);
      assert.equal(await platform.events.relay(0), 0);
    } finally {
      off();
    }
  });

  it('a re-published event whose handler writes is handled (on PGlite the relay must not hold the one connection)', async () => {
    const platform = p();
    let failOnce = true;
    platform.events.subscribe('test.handler-writes', async (e) => {
      if (failOnce) {
        failOnce = false;
        throw new Error('handler down');
      }
      await platform.data.write(systemActor(), async (uow) => uow.audit({ action: 'test.handled', entity: 'test', entityId: e.id, regionCode: '150300000000' }));
    });
    await platform.data.write(systemActor(), async (uow) => uow.emit('test.handler-writes', '150300000000', { n: 1 }));
    const relayed = await Promise.race([platform.events.relay(0), new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000).unref())]);
    assert.equal(relayed, 1, 'the relay published the event and its handler wrote');
    const handled = await platform.data.system.selectFrom('audit_ledger').select('action').where('action', '=', 'test.handled').execute();
    assert.equal(handled.length, 1, 'the handler’s write committed once');
  });
});
