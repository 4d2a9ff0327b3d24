import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ApiToken, MeResponse, Role, User } from '@shouwang/contracts';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { PUBLIC } from '../../src/foundation/auth/policy.js';
import { BUILT_IN_ROLES } from '../../src/foundation/auth/roles.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient } from '../platform.js';
import { expectError, orgUnitIdOf, refusedWithoutChange, signIn, uniqueName } from '../support.js';

type TokenCreated = { token: ApiToken; secret: string };

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';

describeEachEngine('accounts over HTTP', ({ p }) => {
  let admin: TestClient;
  let viewer: TestClient;
  let duty: TestClient;

  before(async () => {
    [admin, viewer, duty] = await Promise.all([signIn(p(), 'wuhai-admin'), signIn(p(), 'wuhai-viewer'), signIn(p(), 'wuhai-duty')]);
  });

  /** Creates a user through the API and returns him. */
  async function createUser(over: Record<string, unknown> = {}): Promise<User & { password: string }> {
    const password = 'Flood2026season';
    const res = await admin.request('POST', '/api/users', { username: uniqueName('user'), displayName: '测试用户', password, regionCode: HAIBOWAN, roles: ['viewer'], ...over });
    assert.equal(res.statusCode, 201, res.body);
    return { ...res.json<User>(), password: (over.password as string | undefined) ?? password };
  }

  // Each attempt from its own address: lockout counts per user, the rate limit per address.
  let attempts = 0;
  const login = (username: string, password: string, remoteAddress = `192.0.2.${++attempts % 250}`) =>
    p().app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password } });

  async function sessionsOf(userId: string): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int as n from sessions where user_id = ${userId}`.execute(p().data.system);
    return r.rows[0]?.n ?? -1;
  }

  describe('user administration', () => {
    it('creates a user with roles; he signs in with exactly their permissions', async () => {
      const orgUnitId = await orgUnitIdOf(p(), '海勃湾区应急管理局');
      const user = await createUser({ displayName: '海勃湾区执法队 刘强', phone: '0473-2020202', orgUnitId, roles: ['inspector', 'duty_officer'] });
      assert.deepEqual(user.roles, ['duty_officer', 'inspector']);
      assert.equal(user.regionCode, HAIBOWAN);
      assert.equal(user.disabled, false);
      assert.equal(user.lockedUntil, null);
      assert.ok(!('password' in (await admin.request('GET', `/api/users/${user.id}`)).json()));
      const { password: _pw, ...stored } = user;
      assert.deepEqual((await admin.request('GET', `/api/users/${user.id}`)).json(), stored);

      const me = (await (await signIn(p(), user.username, user.password)).request('GET', '/api/auth/me')).json<MeResponse>();
      const expected = [...new Set(BUILT_IN_ROLES.filter((r) => r.key === 'inspector' || r.key === 'duty_officer').flatMap((r) => r.permissions))].sort();
      assert.deepEqual(me.user.permissions, expected);
      assert.equal(me.user.regionName, '海勃湾区');
      assert.deepEqual(me.user.orgUnit, { id: orgUnitId, name: '海勃湾区应急管理局' });
    });

    it('refuses passwords that break the policy, naming the password field', async () => {
      const cases: [string, RegExp][] = [
        ['short1', /at least 8/],
        ['onlyletters', /letters and digits/],
        ['1234567890', /letters and digits/],
        [`a1${'x'.repeat(255)}`, /.+/],
      ];
      for (const [password, message] of cases) {
        const e = await refusedWithoutChange(p(), () => admin.request('POST', '/api/users', { username: uniqueName('weak'), displayName: '弱口令', password, regionCode: WUHAI, roles: ['viewer'] }), 400, 'VALIDATION_FAILED');
        const details = e.details as { path: string; message: string }[];
        assert.deepEqual(details.map((d) => d.path), ['password'], password);
        assert.match(details[0]?.message ?? '', message);
      }
      const user = await createUser();
      await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/users/${user.id}`, { password: 'short1' }), 400, 'VALIDATION_FAILED');
    });

    it('an unknown role is 400 ROLE_UNKNOWN naming it, and nothing is written', async () => {
      const e = await refusedWithoutChange(
        p(),
        () => admin.request('POST', '/api/users', { username: uniqueName('wizard'), displayName: '巫师', password: 'Wizard2026x', regionCode: WUHAI, roles: ['viewer', 'chief_wizard'] }),
        400,
        'ROLE_UNKNOWN',
      );
      assert.deepEqual(e.details, { roles: ['chief_wizard'] });
      assert.match(e.message, /chief_wizard/);
      const user = await createUser();
      await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/users/${user.id}`, { roles: ['chief_wizard'] }), 400, 'ROLE_UNKNOWN');
      assert.deepEqual((await admin.request('GET', `/api/users/${user.id}`)).json<User>().roles, ['viewer']);
      await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/users/${user.id}`, { roles: [] }), 400, 'VALIDATION_FAILED');
      await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/users/${user.id}`, { roles: ['System Admin'] }), 400, 'VALIDATION_FAILED');
    });

    it('disabling a user ends his sessions at once, and re-enabling does not revive them', async () => {
      const user = await createUser();
      const client = await signIn(p(), user.username, user.password);
      assert.equal((await client.request('GET', '/api/auth/me')).statusCode, 200);
      assert.equal(await sessionsOf(user.id), 1);

      const disabled = await admin.request('PATCH', `/api/users/${user.id}`, { disabled: true });
      assert.equal(disabled.statusCode, 200, disabled.body);
      assert.equal(disabled.json<User>().disabled, true);
      expectError(await client.request('GET', '/api/auth/me'), 401, 'AUTH_REQUIRED');
      assert.equal(await sessionsOf(user.id), 0);
      expectError(await login(user.username, user.password), 401, 'AUTH_DISABLED');

      assert.equal((await admin.request('PATCH', `/api/users/${user.id}`, { disabled: false })).statusCode, 200);
      expectError(await client.request('GET', '/api/auth/me'), 401, 'AUTH_REQUIRED');
      assert.equal((await login(user.username, user.password)).statusCode, 200);
    });

    it('a password change by an administrator lifts a lockout and ends the old sessions', async () => {
      const user = await createUser();
      const client = await signIn(p(), user.username, user.password);
      for (let i = 0; i < 5; i++) {
        const res = await login(user.username, `wrong-${i}`);
        assert.equal(res.statusCode, i < 4 ? 401 : 423, res.body);
      }
      expectError(await login(user.username, user.password), 423, 'AUTH_LOCKED');
      assert.notEqual((await admin.request('GET', `/api/users/${user.id}`)).json<User>().lockedUntil, null);

      const changed = await admin.request('PATCH', `/api/users/${user.id}`, { password: 'NewFlood2027' });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal(changed.json<User>().lockedUntil, null);
      const row = await p().data.system.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { failed_logins: 0, locked_until: null });
      expectError(await client.request('GET', '/api/auth/me'), 401, 'AUTH_REQUIRED');
      expectError(await login(user.username, user.password), 401, 'AUTH_INVALID_CREDENTIALS');
      assert.equal((await login(user.username, 'NewFlood2027')).statusCode, 200);

      const [entry] = await p().data.system.selectFrom('audit_ledger').select(['action', 'data']).where('entity_id', '=', user.id).orderBy('seq', 'desc').where('action', 'like', 'user.%').execute();
      assert.equal(entry?.action, 'user.password-changed');
    });

    it('fewer roles mean fewer permissions from the very next request', async () => {
      const user = await createUser({ roles: ['viewer', 'system_admin'] });
      const client = await signIn(p(), user.username, user.password);
      assert.equal((await client.request('GET', '/api/users')).statusCode, 200);
      const res = await admin.request('PATCH', `/api/users/${user.id}`, { roles: ['viewer'] });
      assert.equal(res.statusCode, 200, res.body);
      expectError(await client.request('GET', '/api/users'), 403, 'AUTH_FORBIDDEN');
      expectError(await client.request('POST', '/api/org-units', { name: uniqueName('降权后'), kind: 'other', regionCode: HAIBOWAN }), 403, 'AUTH_FORBIDDEN');
    });

    it('no ledger entry holds a password hash or an API token secret', async () => {
      await createUser();
      const token = await admin.request('POST', '/api/api-tokens', { name: uniqueName('雨量站'), regionCode: HAIBOWAN, scopes: ['read'] });
      assert.equal(token.statusCode, 201);
      const secret = token.json<TokenCreated>().secret;
      const secretPart = secret.split('_').slice(2).join('_');
      const leaks = await sql<{ n: number }>`select count(*)::int as n from audit_ledger where data::text like '%$argon2%' or data::text like ${`%${secretPart}%`} or data::text like '%password%'`.execute(p().data.system);
      assert.equal(leaks.rows[0]?.n, 0);
      const stored = await p().data.system.selectFrom('api_tokens').select('secret_hash').where('id', '=', token.json<TokenCreated>().token.id).executeTakeFirstOrThrow();
      assert.notEqual(stored.secret_hash, secretPart);
      assert.match(stored.secret_hash, /^[0-9a-f]{64}$/);
    });
  });

  describe('granting roles', () => {
    it('an administrator of a city cannot create an administrator above his own powers, and writes nothing', async () => {
      const duty2 = await signIn(p(), 'wuhai-duty');
      // A duty officer has no user.manage at all: the route refuses him before the grant rule.
      await refusedWithoutChange(p(), () => duty2.request('POST', '/api/users', { username: uniqueName('x'), displayName: 'x', password: 'Flood2026season', regionCode: HAIBOWAN, roles: ['viewer'] }), 403, 'AUTH_FORBIDDEN');
      const grantee = await createUser({ roles: ['viewer'] });
      // A user.manage holder without audit.verify cannot hand it out.
      await sql`insert into roles (key, name, name_en, permissions, built_in) values ('account_clerk', '账号管理员', 'Account clerk', '["user.manage","user.read","region.read","org.read"]'::jsonb, false) on conflict do nothing`.execute(p().data.system);
      const clerkUser = await createUser({ roles: ['account_clerk'] });
      const clerk = await signIn(p(), clerkUser.username, clerkUser.password);
      const e = await refusedWithoutChange(p(), () => clerk.request('PATCH', `/api/users/${grantee.id}`, { roles: ['system_admin'] }), 403, 'ROLE_ABOVE_GRANTER');
      assert.ok((e.details as { permissions: string[] }).permissions.includes('audit.verify'));
      // Operational roles are his to assign.
      const ok = await clerk.request('PATCH', `/api/users/${grantee.id}`, { roles: ['duty_officer'] });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    it('nobody changes his own roles', async () => {
      const me = (await admin.request('GET', '/api/auth/me')).json<MeResponse>();
      await refusedWithoutChange(p(), () => admin.request('PATCH', `/api/users/${me.user.id}`, { roles: ['system_admin', 'bureau_leader'] }), 403, 'ROLE_SELF_CHANGE');
    });
  });

  describe('roles', () => {
    it('lists the built-in roles with their permissions', async () => {
      const res = await admin.request('GET', '/api/roles');
      assert.equal(res.statusCode, 200);
      const roles = res.json<{ items: Role[] }>().items;
      assert.deepEqual(roles.filter((r) => r.builtIn).map((r) => r.key).sort(), BUILT_IN_ROLES.map((r) => r.key).sort());
      for (const r of BUILT_IN_ROLES) {
        const listed = roles.find((x) => x.key === r.key);
        assert.deepEqual(listed, { key: r.key, name: r.name, nameEn: r.nameEn, permissions: r.permissions, builtIn: true });
      }
      const viewerRole = roles.find((r) => r.key === 'viewer');
      assert.ok(viewerRole && !viewerRole.permissions.includes('audit.read') && !viewerRole.permissions.includes('user.read'));
    });

    it('needs user.read', async () => {
      expectError(await viewer.request('GET', '/api/roles'), 403, 'AUTH_FORBIDDEN');
      expectError(await p().app.inject({ method: 'GET', url: '/api/roles' }), 401, 'AUTH_REQUIRED');
    });
  });

  describe('route policy', () => {
    it('a read-only viewer gets 403 on every write and on what he may not read, and nothing changes', async () => {
      const unit = await orgUnitIdOf(p(), '乌海市水务局');
      const someone = (await admin.request('GET', '/api/users?q=wuhai-leader')).json<{ items: User[] }>().items[0]?.id ?? '';
      const token = (await admin.request('POST', '/api/api-tokens', { name: uniqueName('闸门'), regionCode: WUHAI, scopes: ['read'] })).json<TokenCreated>().token.id;
      const writes: ['POST' | 'PATCH', string, object?][] = [
        ['POST', '/api/org-units', { name: uniqueName('只读'), kind: 'other', regionCode: WUHAI }],
        ['PATCH', `/api/org-units/${unit}`, { phone: '110' }],
        ['POST', '/api/users', { username: uniqueName('ro'), displayName: 'x', password: 'Viewer2026x', regionCode: WUHAI, roles: ['viewer'] }],
        ['PATCH', `/api/users/${someone}`, { disabled: true }],
        ['POST', '/api/api-tokens', { name: 'x', regionCode: WUHAI, scopes: ['read'] }],
        ['POST', `/api/api-tokens/${token}/revoke`],
        ['POST', '/api/system/notices', { title: '只读用户的通知' }],
      ];
      for (const [method, url, body] of writes) {
        await refusedWithoutChange(p(), () => viewer.request(method, url, body), 403, 'AUTH_FORBIDDEN');
        await refusedWithoutChange(p(), () => p().app.inject({ method, url, ...(body ? { payload: body } : {}) }), 401, 'AUTH_REQUIRED');
      }
      await refusedWithoutChange(p(), () => viewer.request('POST', '/api/regions/import?dryRun=false', 'code,name\n150302003099,只读村', { 'content-type': 'text/csv' }), 403, 'AUTH_FORBIDDEN');
      for (const url of ['/api/users', '/api/audit', '/api/audit/verify', '/api/api-tokens']) expectError(await viewer.request('GET', url), 403, 'AUTH_FORBIDDEN');
      // What a viewer may do still works.
      assert.equal((await viewer.request('GET', '/api/org-units')).statusCode, 200);
      assert.equal((await viewer.request('GET', '/api/regions')).statusCode, 200);
    });

    it('a duty officer may read users but not manage them', async () => {
      assert.equal((await duty.request('GET', '/api/users')).statusCode, 200);
      await refusedWithoutChange(p(), () => duty.request('POST', '/api/users', { username: uniqueName('duty-made'), displayName: 'x', password: 'Duty2026xx', regionCode: WUHAI, roles: ['system_admin'] }), 403, 'AUTH_FORBIDDEN');
    });

    it('sign-in attempts are limited per client address', async () => {
      const address = '198.51.100.77';
      for (let i = 0; i < 20; i++) {
        const res = await p().app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, payload: { username: '', password: '' } });
        assert.equal(res.statusCode, 400);
      }
      const limited = await p().app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, payload: { username: 'wuhai-duty', password: 'Demo@2026' } });
      expectError(limited, 429, 'RATE_LIMITED');
      assert.equal((await login('wuhai-duty', 'Demo@2026', '198.51.100.78')).statusCode, 200, 'another address is not affected');
    });

    describe('start-up', () => {
      let built: Awaited<ReturnType<typeof buildApp>> | null = null;
      const build = async () => (built = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }), database: p().database }));
      after(async () => {
        await built?.close().catch(() => {});
      });

      it('an /api route without a policy stops the app from starting, naming the route', async () => {
        const { app } = await build();
        await assert.rejects(async () => {
          app.post('/api/unguarded/things', async () => ({ ok: true }));
          await app.ready();
        }, /route POST \/api\/unguarded\/things declares no auth policy/);
        await built?.close().catch(() => {});
        built = null;
      });

      it('a route with a policy, or outside /api, starts fine', async () => {
        const { app } = await build();
        app.get('/api/guarded', { config: { policy: PUBLIC } }, async () => ({ ok: true }));
        app.get('/status.txt', async () => 'ok');
        await app.ready();
        assert.equal((await app.inject({ method: 'GET', url: '/api/guarded' })).statusCode, 200);
        assert.equal((await app.inject({ method: 'GET', url: '/status.txt' })).body, 'ok');
      });
    });
  });
});

