import { Health } from '@shouwang/contracts';
import client from 'prom-client';
import type { Database } from '../db/database.js';
import type { EventHub } from '../events/event-hub.js';
import { PUBLIC } from '../auth/policy.js';
import type { ZodApp } from './zod-app.js';

const VERSION = '0.1.0';

/** Health for load balancers and monitoring, and Prometheus metrics. */
export function platformRoutes(deps: { database: Database; events: EventHub; registry: client.Registry; mqtt: () => { mode: 'embedded' | 'external' | 'off'; connected: boolean } }) {
  const started = Date.now();
  const requests = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [deps.registry],
  });
  return (app: ZodApp) => {
    app.addHook('onResponse', async (request, reply) => {
      requests.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    });

    app.get(
      '/api/health',
      {
        config: { policy: PUBLIC },
        schema: { operationId: 'health', tags: ['platform'], summary: 'Database, event-broker and MQTT status', response: { 200: Health, 503: Health } },
      },
      async (_request, reply) => {
        let latencyMs: number | null = null;
        try {
          latencyMs = Math.round((await deps.database.ping()) * 100) / 100;
        } catch {
          latencyMs = null;
        }
        const eventsOk = deps.events.healthy();
        const mqtt = deps.mqtt();
        const mqttOk = mqtt.mode === 'off' || mqtt.connected;
        const ok = latencyMs !== null && eventsOk && mqttOk;
        return reply.code(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          version: VERSION,
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
          database: { engine: deps.database.engine, ok: latencyMs !== null, latencyMs },
          events: { transport: deps.events.transportKind, ok: eventsOk },
          mqtt: { mode: mqtt.mode, ok: mqttOk },
        });
      },
    );

    app.get('/metrics', { config: { policy: PUBLIC }, schema: { hide: true } }, async (_request, reply) => {
      reply.header('content-type', deps.registry.contentType);
      return deps.registry.metrics();
    });
  };
}
