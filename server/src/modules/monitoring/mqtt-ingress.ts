import net from 'node:net';
import { Aedes, type Client } from 'aedes';
import mqtt from 'mqtt';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../foundation/auth/actor.js';
import type { TelemetryIngester } from './telemetry-ingester.js';

/** `shouwang/telemetry` carries `{readings: [...]}`; `shouwang/telemetry/<point code>` one `{ts, value, id}` or an array of them. */
export const TELEMETRY_TOPIC = 'shouwang/telemetry';
const SHARED_GROUP = '$share/shouwang';

export type MqttStatus = { mode: 'embedded' | 'external' | 'off'; url: string; connected: boolean };

/** Turns one MQTT message into readings; null when the payload is not one of the two documented shapes. */
export function readingsOf(topic: string, payload: Buffer): unknown[] | null {
  let body: unknown;
  try {
    body = JSON.parse(payload.toString('utf8'));
  } catch {
    return null;
  }
  if (topic === TELEMETRY_TOPIC) {
    const readings = (body as { readings?: unknown } | null)?.readings;
    return Array.isArray(readings) && readings.length <= 10_000 ? readings : null;
  }
  const code = topic.slice(TELEMETRY_TOPIC.length + 1);
  if (!code || code.includes('/')) return null;
  const list: unknown[] = Array.isArray(body) ? (body as unknown[]) : [body];
  if (list.length > 10_000) return null;
  return list.map((r): unknown => (typeof r === 'object' && r !== null && !Array.isArray(r) ? { ...(r as Record<string, unknown>), point: code } : r));
}

/**
 * MQTT into the ingester. Embedded (aedes) by default: devices sign in with an API token holding
 * `telemetry:write` as the password, and may only report for points in the token's region. With
 * `MQTT_URL`, the platform subscribes to an external broker (e.g. Mosquitto) through a shared
 * subscription, so several instances split the stream; that broker does the device authentication.
 */
export async function startMqttIngress(deps: {
  ingester: TelemetryIngester;
  log: FastifyBaseLogger;
  url: string | undefined;
  port: number;
  authenticate: (token: string) => Promise<Actor | null>;
}): Promise<{ status: () => MqttStatus; close: () => Promise<void> }> {
  const { ingester, log } = deps;
  /** Resolves once the message's readings are committed (or it was refused): the broker acknowledges it only then. */
  const take = async (topic: string, payload: Buffer, scope: Actor | null): Promise<void> => {
    if (topic !== TELEMETRY_TOPIC && !topic.startsWith(`${TELEMETRY_TOPIC}/`)) return;
    const readings = readingsOf(topic, payload);
    if (!readings) {
      ingester.count('PAYLOAD_INVALID');
      log.warn({ topic, bytes: payload.length }, 'telemetry message rejected: not JSON or not a documented shape');
      return;
    }
    await ingester.submit(readings, scope);
  };

  if (deps.url) {
    const client = mqtt.connect(deps.url, { clientId: `shouwang-ingest-${process.pid}-${Math.random().toString(16).slice(2, 8)}`, reconnectPeriod: 2000 });
    client.on('connect', () => {
      client.subscribe([`${SHARED_GROUP}/${TELEMETRY_TOPIC}`, `${SHARED_GROUP}/${TELEMETRY_TOPIC}/+`], { qos: 1 }, (err) => {
        if (err) log.error({ err }, 'MQTT subscribe failed');
      });
    });
    client.on('error', (err) => log.warn({ err }, 'MQTT connection error'));
    client.on('message', (topic, payload) => void take(topic, payload, null).catch((err: unknown) => log.error({ err, topic }, 'telemetry message not stored')));
    return {
      status: () => ({ mode: 'external', url: deps.url ?? '', connected: client.connected }),
      close: () => client.endAsync().then(() => undefined),
    };
  }

  const actors = new WeakMap<Client, Actor>();
  const broker = await Aedes.createBroker({
    authenticate: (client, _username, password, done) => {
      const token = password?.toString('utf8') ?? '';
      deps
        .authenticate(token)
        .then((actor) => {
          if (!actor || !actor.tokenScopes.has('telemetry:write')) {
            const err = Object.assign(new Error('not authorised'), { returnCode: 4 as const });
            done(err, false);
            return;
          }
          actors.set(client, actor);
          done(null, true);
        })
        .catch((err: unknown) => done(Object.assign(err instanceof Error ? err : new Error(String(err)), { returnCode: 3 as const }), false));
    },
    authorizePublish: (client, packet, callback) => {
      const actor = client ? actors.get(client) : undefined;
      if (client && !actor) return callback(new Error('not authenticated'));
      if (!client || !actor) return callback(null);
      // PUBACK after commit: at-least-once into the database, and a device that outruns the ingester is
      // slowed down by TCP (aedes reads a connection's next chunk only when this chunk's packets are done).
      take(packet.topic, packet.payload as Buffer, actor).then(
        () => callback(null),
        (err: unknown) => {
          log.error({ err, topic: packet.topic }, 'telemetry message not stored; not acknowledged, the device will resend it');
          callback(err instanceof Error ? err : new Error(String(err)));
        },
      );
    },
  });
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : deps.port;
  log.info({ port }, 'embedded MQTT broker listening');
  return {
    status: () => ({ mode: 'embedded', url: `mqtt://localhost:${port}`, connected: server.listening }),
    close: async () => {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
