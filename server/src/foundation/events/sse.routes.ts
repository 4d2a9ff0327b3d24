import { LiveEvent } from '@shouwang/contracts';
import { signedIn } from '../auth/policy.js';
import { actorOf } from '../http/request-context.js';
import type { ZodApp } from '../http/zod-app.js';
import { scopeAllows } from '../scope/scope.js';
import type { EventHub } from './event-hub.js';

const HEARTBEAT_MS = 20_000;

/** Server-Sent Events: each client receives the committed events of its own region subtree. */
export function sseRoutes(hub: EventHub) {
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
          if (!scopeAllows(actor.scope, e.regionCode)) return;
          res.write(`id: ${e.id}\ndata: ${JSON.stringify(e)}\n\n`);
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
