import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type Platform } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Clock } from '../src/foundation/clock.js';
import type { Engine } from '../src/foundation/db/database.js';
import type { EventTransport } from '../src/foundation/events/transport.js';
import { DEMO_PASSWORD, seed } from '../src/seed/seed.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

export type TestPlatform = Platform & {
  database: TestDatabase;
  /** Signs in through the real login route and returns a client that sends the cookies and CSRF header. */
  as(username: string, password?: string): Promise<TestClient>;
  stop(): Promise<void>;
};

export type TestClient = {
  csrf: string;
  cookie: string;
  request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
};

/** A full platform (migrated, roles, regions and demo data) on a fresh database of the given engine. */
export async function startTestPlatform(
  engine: Engine,
  opts: { clock?: Clock; transport?: EventTransport; database?: TestDatabase; env?: Record<string, string>; seedDemo?: boolean; demoResources?: boolean } = {},
): Promise<TestPlatform> {
  const database = opts.database ?? (await openTestDatabase(engine));
  const config = loadConfig({ SEED_DEMO: 'true', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', MQTT_PORT: 'off', BACKGROUND_WORK: 'false', ...opts.env });
  const platform = await buildApp({ config, database, ...(opts.clock && { clock: opts.clock }), ...(opts.transport && { transport: opts.transport }) });
  await platform.start();
  await seed(platform, { demo: opts.seedDemo ?? true, resources: opts.demoResources ?? false });
  await platform.app.ready();

  const as = (username: string, password = DEMO_PASSWORD) => signInClient(platform.app, username, password);

  return {
    ...platform,
    database,
    as,
    async stop() {
      await platform.close();
      await database.drop();
    },
  };
}

/** Signs in through the real login route; every request of the client comes from `remoteAddress`. */
export async function signInClient(app: Platform['app'], username: string, password: string, remoteAddress?: string): Promise<TestClient> {
  const from = remoteAddress ? { remoteAddress } : {};
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', ...from, payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const jar = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const csrf = jar.csrf_token ?? '';
  const cookie = Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    csrf,
    cookie,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        ...from,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...headers },
        ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as Record<string, unknown> }),
      }),
  };
}
