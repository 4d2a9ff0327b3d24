import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Health } from '@shouwang/contracts';
import { startTestPlatform, type TestPlatform } from '../platform.js';

type Operation = { operationId?: string; responses?: Record<string, unknown> };
type OpenApi = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };

const PUBLIC_CONTRACT = ['/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/regions', '/api/regions/{code}', '/api/audit/verify', '/api/events', '/api/health'];
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

// Platform endpoints do not depend on the database engine: one PGlite platform is enough.
describe('platform endpoints [pglite]', () => {
  let p: TestPlatform;
  before(async () => {
    p = await startTestPlatform('pglite', { seedDemo: false });
  });
  after(async () => {
    await p.stop();
  });

  const get = (url: string) => p.app.inject({ method: 'GET', url });

  it('/api/health reports the database, the event transport and MQTT, without signing in', async () => {
    const res = await get('/api/health');
    assert.equal(res.statusCode, 200);
    const health = res.json<Health>();
    assert.deepEqual(Object.keys(health).sort(), ['database', 'events', 'mqtt', 'status', 'uptimeSeconds', 'version']);
    assert.equal(health.status, 'ok');
    assert.match(health.version, /^\d+\.\d+\.\d+/);
    assert.ok(Number.isInteger(health.uptimeSeconds) && health.uptimeSeconds >= 0);
    assert.equal(health.database.engine, 'pglite');
    assert.equal(health.database.ok, true);
    assert.equal(typeof health.database.latencyMs, 'number');
    assert.deepEqual(health.events, { transport: 'local', ok: true });
    assert.deepEqual(health.mqtt, { mode: 'off', ok: true }, 'test platforms run no broker');
  });

  it('/api/openapi.json is OpenAPI 3.1 covering every public contract path', async () => {
    const res = await get('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json<OpenApi>();
    assert.equal(doc.openapi, '3.1.0');
    assert.match(doc.info.title, /Shouwang/);
    for (const path of PUBLIC_CONTRACT) assert.ok(doc.paths[path], `missing ${path}`);
    assert.ok(doc.paths['/api/auth/login']?.post);
    assert.ok(doc.paths['/api/regions/{code}']?.get);
    // Path parameters are in OpenAPI form, and internal endpoints stay out of the document.
    assert.ok(Object.keys(doc.paths).every((path) => !path.includes(':')));
    for (const hidden of ['/metrics', '/api/openapi.json']) assert.equal(doc.paths[hidden], undefined);
  });

  it('every operation has a unique operationId and documented responses', async () => {
    const doc = (await get('/api/openapi.json')).json<OpenApi>();
    const ids: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.has(method)) continue;
        assert.ok(op.operationId, `${method.toUpperCase()} ${path} has no operationId`);
        assert.ok(op.responses && Object.keys(op.responses).length > 0, `${method.toUpperCase()} ${path} documents no response`);
        ids.push(op.operationId);
      }
    }
    assert.ok(ids.length >= PUBLIC_CONTRACT.length);
    assert.equal(new Set(ids).size, ids.length, 'operationIds must be unique');
  });

  it('/api/docs serves the API documentation page', async () => {
    const res = await get('/api/docs');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html/i);
    assert.match(res.body, /swagger/i);
  });

  it('/metrics is Prometheus text with process metrics and request durations by route', async () => {
    await get('/api/health');
    const res = await get('/metrics');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.match(res.body, /^# HELP process_cpu_user_seconds_total /m);
    assert.match(res.body, /^# TYPE http_request_duration_seconds histogram$/m);
    assert.match(res.body, /^http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [1-9]\d*$/m);
  });

  it('every response carries the security headers', async () => {
    for (const url of ['/api/health', '/api/openapi.json', '/api/no-such-route', '/api/regions']) {
      const res = await get(url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, url);
      assert.match(String(res.headers['content-security-policy']), /object-src 'none'/, url);
      assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN', url);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(res.headers['x-powered-by'], undefined, url);
    }
    // Without COOKIE_SECURE the deployment is plain HTTP (development): no HSTS.
    assert.equal((await get('/api/health')).headers['strict-transport-security'], undefined);
  });

  it('every response names its request id', async () => {
    const a = await get('/api/health');
    const b = await get('/api/health');
    assert.match(String(a.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id']);
  });
});
