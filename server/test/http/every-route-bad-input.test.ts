import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestPlatform, type TestClient, type TestPlatform } from '../platform.js';
import { signIn } from '../support.js';

type OpenApi = { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>> };

const GARBAGE: Array<{ name: string; body: string; type: string }> = [
  { name: 'broken JSON', body: '{"a": ', type: 'application/json' },
  { name: 'a JSON array', body: '[1, 2, 3]', type: 'application/json' },
  { name: 'unknown fields only', body: '{"__proto__": {"x": 1}, "zzz": true}', type: 'application/json' },
  { name: 'wrong types everywhere', body: '{"name": 5, "regionCode": [], "readings": "x", "steps": {}, "lon": "east"}', type: 'application/json' },
  { name: 'a huge string', body: JSON.stringify({ name: 'x'.repeat(200_000), text: 'x'.repeat(200_000) }), type: 'application/json' },
];

/** Fills path parameters with well-formed ids that exist nowhere, so routes reach their validation and lookups. */
const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'code' ? '150302000000' : '00000000-0000-4000-8000-000000000000'));

/**
 * Non-negotiable 3 across the whole API: whatever a client sends to any write route, the answer is a
 * structured 4xx, never a 500 — checked against the live OpenAPI document, so a new route is covered
 * the day it is added.
 */
describe('every write route answers bad input with a 4xx error body', () => {
  let p: TestPlatform;
  let admin: TestClient;
  let routes: Array<{ method: string; path: string }>;

  before(async () => {
    p = await startTestPlatform('pglite');
    admin = await signIn(p, 'demo-admin');
    const doc = (await p.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch'].includes(m))
        .filter(() => !path.startsWith('/api/auth/'))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  after(async () => {
    await p.stop();
  });

  it('covers the routes of every module', () => {
    const prefixes = new Set(routes.map((r) => r.path.split('/')[2]));
    for (const m of ['regions', 'resources', 'enterprises', 'monitoring', 'telemetry', 'alarms', 'users', 'warnings', 'contacts', 'duty', 'incidents']) assert.ok(prefixes.has(m), `no write route under /api/${m}`);
  });

  it('never answers 500', async () => {
    const failures: string[] = [];
    for (const r of routes) {
      for (const g of GARBAGE) {
        const res = await admin.request(r.method as 'POST', fill(r.path), g.body, { 'content-type': g.type });
        const ok = res.statusCode >= 400 && res.statusCode < 500 && typeof res.json<{ code?: unknown }>().code === 'string';
        if (!ok) failures.push(`${r.method} ${r.path} with ${g.name}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
