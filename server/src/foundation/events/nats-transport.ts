import { AckPolicy, connect, DeliverPolicy, headers, type ConsumerMessages, type NatsConnection } from 'nats';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { DomainEvent } from './event.js';
import type { EventTransport } from './transport.js';

const STREAM = 'SHOUWANG_EVENTS';
const SUBJECT = 'shouwang.events';
const HANDLERS = 'shouwang-handlers';

/**
 * JetStream carries every event twice over: an ordered consumer per instance feeds its SSE clients,
 * and one durable consumer shared by all instances runs module handlers once per event.
 * The message id is the event id, so a re-published outbox row is dropped as a duplicate.
 */
export function natsTransport(url: string, log: Logger, stream = STREAM): EventTransport {
  let nc: NatsConnection | null = null;
  const loops: ConsumerMessages[] = [];
  const subject = `${SUBJECT}.${stream.toLowerCase()}`;
  return {
    kind: 'nats',
    async start(sinks) {
      nc = await connect({ servers: url, name: 'shouwang', maxReconnectAttempts: -1 });
      const jsm = await nc.jetstreamManager();
      const config = { name: stream, subjects: [`${subject}.>`], max_age: 7 * 24 * 3600 * 1e9, duplicate_window: 120 * 1e9 };
      try {
        await jsm.streams.info(stream);
        await jsm.streams.update(stream, config);
      } catch {
        await jsm.streams.add(config);
      }
      try {
        await jsm.consumers.info(stream, HANDLERS);
      } catch {
        await jsm.consumers.add(stream, { durable_name: HANDLERS, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New, ack_wait: 30e9 });
      }
      const js = nc.jetstream();
      const live = await (await js.consumers.get(stream, { deliver_policy: DeliverPolicy.New })).consume();
      const handlers = await (await js.consumers.get(stream, HANDLERS)).consume();
      loops.push(live, handlers);
      void (async () => {
        for await (const m of live) sinks.live(m.json<DomainEvent>());
      })();
      void (async () => {
        for await (const m of handlers) {
          try {
            await sinks.handle(m.json<DomainEvent>());
            m.ack();
          } catch (err) {
            log.error({ err }, 'event handler failed; will be redelivered');
            m.nak(5000);
          }
        }
      })();
    },
    async publish(event) {
      if (!nc) throw new Error('NATS transport not started');
      const h = headers();
      h.set('Nats-Msg-Id', event.id);
      await nc.jetstream().publish(`${subject}.${event.type}`, JSON.stringify(event), { msgID: event.id, headers: h });
    },
    healthy: () => !!nc && !nc.isClosed(),
    async close() {
      for (const l of loops) l.stop();
      if (nc) await nc.drain();
      nc = null;
    },
  };
}
