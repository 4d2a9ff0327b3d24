import type { DomainEvent } from './event.js';

/**
 * How committed events leave this instance. `local` delivers in-process; the NATS transport carries
 * them to every instance (live listeners) and to one instance per event (handlers).
 */
export type EventTransport = {
  readonly kind: 'local' | 'nats';
  start(sinks: { live(e: DomainEvent): void; handle(e: DomainEvent): Promise<void> }): Promise<void>;
  publish(event: DomainEvent): Promise<void>;
  healthy(): boolean;
  close(): Promise<void>;
};

export function localTransport(): EventTransport {
  let sinks: Parameters<EventTransport['start']>[0] | null = null;
  return {
    kind: 'local',
    async start(s) {
      sinks = s;
    },
    async publish(event) {
      sinks?.live(event);
      await sinks?.handle(event);
    },
    healthy: () => true,
    async close() {
      sinks = null;
    },
  };
}
