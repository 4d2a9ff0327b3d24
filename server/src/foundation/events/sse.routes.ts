import { LiveEvent } from '@shouwang/contracts';
import { signedIn } from '../auth/policy.js';
import { actorOf } from '../http/request-context.js';
import type { ZodApp } from '../http/zod-app.js';
import { scopeAllows } from '../scope/scope.js';
import type { DomainEvent } from './event.js';
import type { EventHub } from './event-hub.js';

const HEARTBEAT_MS = 20_000;

/** Called when an event meant for named users was written to one of a user's live connections. */
export type TargetedDeliveryListener = (event: DomainEvent, userId: string) => void;

// Computed once per event, not once per connection: thousands of dashboards share one frame.
const frames = new WeakMap<DomainEvent, string>();
const audiences = new WeakMap<DomainEvent, Set<string>>();
function frameOf(e: DomainEvent): string {
  let f = frames.get(e);
  if (f === undefined) {
    const { audience: _named, ...visible } = e;
    frames.set(e, (f = `id: ${e.id}\ndata: ${JSON.stringify(visible)}\n\n`));
  }
  return f;
}
function isFor(e: DomainEvent, userId: string): boolean {
  let a = audiences.get(e);
  if (!a) audiences.set(e, (a = new Set(e.audience)));
  return a.has(userId);
}

/**
 * Server-Sent Events: each client receives the committed events of its own region subtree, and the
 * events addressed to its user by name (a call-out reaches a village head whatever region issued it).
 */
export function sseRoutes(hub: EventHub, onTargetedDelivery?: TargetedDeliveryListener) {
  return (app: ZodApp) => {
    app.get(
      '/api/events',
      {
        config: { policy: signedIn() },
        schema: {
          operationId: 'streamEvents',
          tags: ['events'],
          summary: 'Live event stream (SSE); each `data:` line is a LiveEvent in the caller’s region subtree',
          response: { 200: LiveEvent.describe('text/event-stream of LiveEvent') },
        },
      },
      (request, reply) => {
        const actor = actorOf(request);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write(`retry: 3000\n: connected ${new Date().toISOString()}\n\n`);
        const off = hub.onLive((e) => {
          if (e.audience) {
            if (!actor.id || !isFor(e, actor.id)) return;
            res.write(frameOf(e));
            onTargetedDelivery?.(e, actor.id);
            return;
          }
          if (!scopeAllows(actor.scope, e.regionCode)) return;
          res.write(frameOf(e));
        });
        const beat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
        request.raw.on('close', () => {
          clearInterval(beat);
          off();
        });
      },
    );
  };
}
