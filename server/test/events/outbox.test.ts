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
});
