import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { OrgUnit, User } from '@shouwang/contracts';
import { buildApp, type Platform } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { PUBLIC } from '../../src/foundation/auth/policy.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient } from '../platform.js';
import { expectError, refusedWithoutChange, signIn, snapshot, uniqueName, type ErrorReply } from '../support.js';

const WUHAI = '150300000000';
const BAOTOU = '150200000000';
const MiB = 1024 * 1024;
const CHINESE = /[\u4e00-\u9fff]/;
const q = encodeURIComponent;

type Detail = { in: string; path: string; message: string };
const detailsOf = (e: ErrorReply) => e.details as Detail[];

describeEachEngine('bad input over HTTP', ({ p }) => {
  let admin: TestClient;
  const json = { 'content-type': 'application/json' };

  before(async () => {
    admin = await signIn(p(), 'wuhai-admin');
  });

  const createUnit = (body: unknown, headers: Record<string, string> = {}) => admin.request('POST', '/api/org-units', body, headers);

  describe('request bodies', () => {
    it('malformed JSON is 400 BAD_JSON and writes nothing', async () => {
      await refusedWithoutChange(p(), () => createUnit('{"name": "乌海', json), 400, 'BAD_JSON');
      await refusedWithoutChange(p(), () => createUnit("{'name': 'single quotes'}", json), 400, 'BAD_JSON');
      const login = await p().app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: '{"username":' });
      expectError(login, 400, 'BAD_JSON');
    });

    it('an empty JSON body is 400 EMPTY_BODY; a missing body fails validation', async () => {
      await refusedWithoutChange(p(), () => createUnit('', json), 400, 'EMPTY_BODY');
      const missing = await refusedWithoutChange(p(), () => createUnit(undefined), 400, 'VALIDATION_FAILED');
      assert.equal(detailsOf(missing)[0]?.in, 'body');
    });

    it('wrong types are 400 VALIDATION_FAILED with a detail naming each field', async () => {
      const e = await refusedWithoutChange(p(), () => createUnit({ name: 5, kind: 'spaceship', regionCode: 150300000000 }), 400, 'VALIDATION_FAILED');
      const paths = detailsOf(e).map((d) => d.path).sort();
      assert.deepEqual(paths, ['kind', 'name', 'regionCode']);
      assert.ok(detailsOf(e).every((d) => d.in === 'body' && d.message.length > 0));

      const user = await refusedWithoutChange(
        p(),
        () => admin.request('POST', '/api/users', { username: 'typed-user', displayName: '类型错误', password: 'Typed2026x', regionCode: WUHAI, roles: 'viewer' }),
        400,
        'VALIDATION_FAILED',
      );
      assert.deepEqual(detailsOf(user).map((d) => d.path), ['roles']);
      const nested = await refusedWithoutChange(
        p(),
        () => admin.request('POST', '/api/users', { username: 'typed-user', displayName: '类型错误', password: 'Typed2026x', regionCode: WUHAI, roles: ['viewer', 7] }),
        400,
        'VALIDATION_FAILED',
      );
      assert.deepEqual(detailsOf(nested).map((d) => d.path), ['roles.1']);
    });

    it('unknown fields are refused by the strict schemas', async () => {
      const e = await refusedWithoutChange(p(), () => createUnit({ name: uniqueName('多字段'), kind: 'other', regionCode: WUHAI, isAdmin: true }), 400, 'VALIDATION_FAILED');
      assert.match(detailsOf(e)[0]?.message ?? '', /isAdmin/);
      const id = (await admin.request('GET', '/api/org-units?limit=1')).json<{ items: OrgUnit[] }>().items[0]?.id;
      assert.ok(id);
      await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/org-units/${id}`, { created_at: '2000-01-01' }), 400, 'VALIDATION_FAILED');
      const login = await p().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wuhai-admin', password: 'Demo@2026', remember: true } });
      expectError(login, 400, 'VALIDATION_FAILED');
    });

    it('a JSON body over 1 MiB is 413 PAYLOAD_TOO_LARGE, also on public routes; CSV is no way around it', async () => {
      const big = JSON.stringify({ name: 'x'.repeat(MiB), kind: 'other', regionCode: WUHAI });
      await refusedWithoutChange(p(), () => createUnit(big, json), 413, 'PAYLOAD_TOO_LARGE');
      const login = await p().app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: JSON.stringify({ username: 'x', password: 'y'.repeat(MiB) }) });
      expectError(login, 413, 'PAYLOAD_TOO_LARGE');
      // The CSV parser exists only inside the region import's context: other routes do not read CSV at all.
      const csvToLogin = await p().app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/csv' }, payload: 'a'.repeat(2 * MiB) });
      expectError(csvToLogin, 415, 'UNSUPPORTED_MEDIA_TYPE');
      await refusedWithoutChange(p(), () => createUnit('a'.repeat(2 * MiB), { 'content-type': 'text/csv' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('the region import alone takes CSV files beyond 1 MiB', async () => {
      const note = 'n'.repeat(2 * MiB);
      const res = await admin.request('POST', '/api/regions/import?dryRun=true', `code,name,note\n150302003201,大文件村,${note}\n`, { 'content-type': 'text/csv' });
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.deepEqual(res.json(), { dryRun: true, rows: 1, created: 1, updated: 0, errors: [] });
    });

    it('a content type the route cannot read is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      await refusedWithoutChange(p(), () => createUnit('<orgUnit name="x"/>', { 'content-type': 'application/xml' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
      await refusedWithoutChange(p(), () => createUnit('--b\r\n\r\nx\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
      await refusedWithoutChange(p(), () => admin.request('POST', '/api/regions/import?dryRun=false', 'code,name', { 'content-type': 'application/vnd.ms-excel' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('a NUL character, which PostgreSQL cannot store, is 400 INVALID_VALUE rather than a server error', async () => {
      await refusedWithoutChange(p(), () => createUnit({ name: `乌海\u0000单位`, kind: 'other', regionCode: WUHAI }), 400, 'INVALID_VALUE');
      await refusedWithoutChange(p(), () => admin.request('POST', '/api/system/notices', { title: '通知', body: `正文\u0000` }), 400, 'INVALID_VALUE');
      expectError(await admin.request('GET', `/api/org-units?q=${q('a\u0000b')}`), 400, 'INVALID_VALUE');
      expectError(await admin.request('GET', `/api/users?q=${q('a\u0000b')}`), 400, 'INVALID_VALUE');
    });
  });

  describe('SQL-looking input', () => {
    const injections = ["'; drop table users; --", "' or 1=1 --", "1' or '1'='1", '"; delete from org_units; --'];

    it('in names is stored literally and harms nothing', async () => {
      const before = await snapshot(p());
      for (const text of injections) {
        const name = `${text} ${uniqueName('n')}`;
        const res = await createUnit({ name, kind: 'other', regionCode: WUHAI });
        assert.equal(res.statusCode, 201, res.body);
        const unit = res.json<OrgUnit>();
        assert.equal(unit.name, name);
        assert.equal((await admin.request('GET', `/api/org-units/${unit.id}`)).json<OrgUnit>().name, name);
      }
      const after = await snapshot(p());
      assert.equal(after.org_units, before.org_units + injections.length);
      assert.equal(after.users, before.users);
      assert.equal(after.headSeq, before.headSeq + injections.length);
      const user = await admin.request('POST', '/api/users', { username: uniqueName('bobby'), displayName: "Robert'); DROP TABLE users;--", password: 'Bobby2026x', regionCode: WUHAI, roles: ['viewer'] });
      assert.equal(user.statusCode, 201, user.body);
      assert.equal(user.json<User>().displayName, "Robert'); DROP TABLE users;--");
      assert.equal((await snapshot(p())).users, before.users + 1);
    });

    it('where a field has a format, is rejected by validation and writes nothing', async () => {
      for (const text of injections) {
        const e = await refusedWithoutChange(p(), () => admin.request('POST', '/api/users', { username: text, displayName: 'x', password: 'Bobby2026x', regionCode: WUHAI, roles: ['viewer'] }), 400, 'VALIDATION_FAILED');
        assert.deepEqual(detailsOf(e).map((d) => d.path), ['username']);
        await refusedWithoutChange(p(), () => createUnit({ name: 'x', kind: 'other', regionCode: text }), 400, 'VALIDATION_FAILED');
      }
    });

    it('in query parameters and path segments matches nothing or is rejected', async () => {
      const before = await snapshot(p());
      for (const text of injections) {
        assert.deepEqual((await admin.request('GET', `/api/users?q=${q(text)}`)).json(), { items: [], total: 0 });
        assert.deepEqual((await admin.request('GET', `/api/audit?entity=${q(text)}`)).json(), { items: [] });
        assert.deepEqual((await admin.request('GET', `/api/audit?entityId=${q(text)}`)).json(), { items: [] });
        expectError(await admin.request('GET', `/api/regions?parent=${q(text)}`), 400, 'VALIDATION_FAILED');
        expectError(await admin.request('GET', `/api/regions/${q(text)}`), 400, 'VALIDATION_FAILED');
        expectError(await admin.request('GET', `/api/org-units/${q(text)}`), 400, 'VALIDATION_FAILED');
        expectError(await admin.request('GET', `/api/org-units?kind=${q(text)}`), 400, 'VALIDATION_FAILED');
        expectError(await admin.request('GET', `/api/users?regionCode=${q(text)}`), 400, 'VALIDATION_FAILED');
      }
      // Names stored by the previous test contain these texts literally; a search finds exactly those.
      for (const text of injections) {
        const orgs = (await admin.request('GET', `/api/org-units?q=${q(text)}&limit=500`)).json<{ items: OrgUnit[] }>();
        assert.equal(orgs.items.length, 1, text);
        assert.ok(orgs.items[0]?.name.startsWith(text));
      }
      assert.deepEqual((await admin.request('GET', `/api/org-units?q=${q("' or 'a'='a")}`)).json(), { items: [], total: 0 });
      assert.deepEqual(await snapshot(p()), before);
    });

    it('LIKE wildcards in a search are matched literally', async () => {
      const allUnits = (await admin.request('GET', '/api/org-units?limit=1')).json<{ total: number }>().total;
      for (const text of ['%', '_', '\\']) {
        assert.deepEqual((await admin.request('GET', `/api/users?q=${q(text)}`)).json(), { items: [], total: 0 }, `users q=${text}`);
        const units = (await admin.request('GET', `/api/org-units?q=${q(text)}&limit=500`)).json<{ items: OrgUnit[]; total: number }>();
        assert.ok(units.total < allUnits, `org units q=${text} must not match everything`);
        assert.ok(units.items.every((u) => u.name.includes(text)), `org units q=${text}`);
      }
      const created = await createUnit({ name: uniqueName('100%_防汛'), kind: 'water', regionCode: WUHAI });
      assert.equal(created.statusCode, 201);
      const found = (await admin.request('GET', `/api/org-units?q=${q('100%_')}`)).json<{ items: OrgUnit[] }>();
      assert.deepEqual(found.items.map((u) => u.id), [created.json<OrgUnit>().id]);
      const some = (await admin.request('GET', `/api/users?q=${q('wuhai-')}`)).json<{ items: User[] }>();
      assert.ok(some.items.length >= 4 && some.items.every((u) => u.username.includes('wuhai-')));
    });
  });

  describe('refusals', () => {
    it('a region code outside the caller’s scope is 404 and writes nothing', async () => {
      const e = await refusedWithoutChange(p(), () => createUnit({ name: uniqueName('包头单位'), kind: 'other', regionCode: BAOTOU }), 404, 'REGION_NOT_FOUND');
      assert.match(e.message, CHINESE);
    });

    it('an unknown route or method is 404 ROUTE_NOT_FOUND, for anyone', async () => {
      expectError(await admin.request('GET', '/api/no-such-thing'), 404, 'ROUTE_NOT_FOUND');
      await refusedWithoutChange(p(), () => admin.request('POST', '/api/org-units/bulk-delete', {}), 404, 'ROUTE_NOT_FOUND');
      const id = (await admin.request('GET', '/api/org-units?limit=1')).json<{ items: OrgUnit[] }>().items[0]?.id ?? '';
      await refusedWithoutChange(p(), () => admin.request('DELETE', `/api/org-units/${id}`), 404, 'ROUTE_NOT_FOUND');
      expectError(await p().app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404, 'ROUTE_NOT_FOUND');
    });

    it('a duplicate username is 409 CONFLICT and writes nothing', async () => {
      const e = await refusedWithoutChange(
        p(),
        () => admin.request('POST', '/api/users', { username: 'wuhai-duty', displayName: '重名用户', password: 'Dupe2026x', regionCode: WUHAI, roles: ['viewer'] }),
        409,
        'CONFLICT',
      );
      assert.match(e.message, CHINESE);
    });

    it('messages follow Accept-Language: Chinese by default, English on request', async () => {
      const cases: [() => Promise<LightMyRequestResponse>, number, string, string][] = [
        [() => createUnit({ name: 1 }, { 'accept-language': 'en' }), 400, 'VALIDATION_FAILED', 'The request is not valid'],
        [() => createUnit('{', { ...json, 'accept-language': 'en-GB,en;q=0.9' }), 400, 'BAD_JSON', 'The request body is not valid JSON'],
        [() => createUnit({ name: 'x', kind: 'other', regionCode: BAOTOU }, { 'accept-language': 'en' }), 404, 'REGION_NOT_FOUND', 'Region not found in your scope'],
        [() => admin.request('GET', '/api/nowhere', undefined, { 'accept-language': 'en-US' }), 404, 'ROUTE_NOT_FOUND', 'No such endpoint'],
        [() => p().app.inject({ method: 'GET', url: '/api/org-units', headers: { 'accept-language': 'en' } }), 401, 'AUTH_REQUIRED', 'Authentication required'],
        [
          () => admin.request('POST', '/api/users', { username: 'wuhai-duty', displayName: 'x', password: 'Dupe2026x', regionCode: WUHAI, roles: ['viewer'] }, { 'accept-language': 'en' }),
          409,
          'CONFLICT',
          'The data conflicts with an existing record',
        ],
      ];
      for (const [send, status, code, english] of cases) assert.equal(expectError(await send(), status, code).message, english);
      for (const lang of [undefined, 'zh-CN,zh;q=0.9,en;q=0.8', 'fr']) {
        const e = expectError(await admin.request('GET', '/api/nowhere', undefined, lang ? { 'accept-language': lang } : {}), 404, 'ROUTE_NOT_FOUND');
        assert.equal(e.message, '接口不存在', `Accept-Language ${lang ?? '(none)'}`);
      }
    });

    it('the request id in an error body is the one in the x-request-id header', async () => {
      const res = await admin.request('GET', '/api/nowhere');
      const e = expectError(res, 404, 'ROUTE_NOT_FOUND');
      assert.equal(res.headers['x-request-id'], e.requestId);
      const other = expectError(await admin.request('GET', '/api/nowhere'), 404, 'ROUTE_NOT_FOUND');
      assert.notEqual(other.requestId, e.requestId);
    });
  });

  describe('server errors', () => {
    let bare: Platform;
    before(async () => {
      // A second app on the same database, with routes that fail the ways real code can.
      bare = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }), database: p().database });
      bare.app.get('/api/test/type-error', { config: { policy: PUBLIC } }, async () => {
        const missing = undefined as unknown as { secret: string };
        return missing.secret;
      });
      bare.app.get('/api/test/db-down', { config: { policy: PUBLIC } }, async () => {
        throw Object.assign(new Error('connect ECONNREFUSED 10.20.30.40:5432 password=hunter2'), { code: 'ECONNREFUSED' });
      });
      bare.app.get('/api/test/pg-internal', { config: { policy: PUBLIC } }, async () => {
        throw Object.assign(new Error('relation "secret_table" does not exist'), { code: '42P01', detail: 'at /srv/shouwang/server/src/x.ts' });
      });
      await bare.app.ready();
    });
    after(async () => {
      await bare.close();
    });

    it('a 5xx carries code, message and request id, and nothing about the failure', async () => {
      for (const url of ['/api/test/type-error', '/api/test/db-down', '/api/test/pg-internal']) {
        for (const lang of ['zh', 'en']) {
          const res = await bare.app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });
          const e = expectError(res, 500, 'INTERNAL');
          assert.deepEqual(Object.keys(e).sort(), ['code', 'message', 'requestId']);
          assert.equal(e.message, lang === 'en' ? 'Internal error; contact the administrator with the request id' : '服务器内部错误，请联系管理员（附请求编号）');
          assert.doesNotMatch(res.body, /secret|ECONNREFUSED|hunter2|10\.20\.30\.40|undefined|TypeError|42P01|\/srv\//);
        }
      }
    });
  });
});
