import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../engines.js';

describeEachEngine('auth over HTTP', ({ p }) => {
  it('signs in, sets an httpOnly session cookie and a readable CSRF cookie, and answers /me', async () => {
    const res = await p().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wuhai-duty', password: 'Demo@2026' } });
    assert.equal(res.statusCode, 200);
    const session = res.cookies.find((c) => c.name === 'sw_session');
    const csrf = res.cookies.find((c) => c.name === 'csrf_token');
    assert.ok(session?.httpOnly);
    assert.ok(csrf && !csrf.httpOnly);
    const me = await p().app.inject({ method: 'GET', url: '/api/auth/me', cookies: { sw_session: session.value } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.regionName, '乌海市');
    assert.equal(me.json().csrfToken, csrf.value);
    // The sign-in is on the ledger as the user's own act.
    const entry = await p().data.system.selectFrom('audit_ledger').select(['actor_id', 'actor_name']).where('action', '=', 'auth.login').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    assert.deepEqual(entry, { actor_id: me.json().user.id, actor_name: '乌海值班员 王磊' });
  });

  it('wrong password is 401 with a bilingual stable code', async () => {
    const zh = await p().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'baotou-duty', password: 'nope' } });
    assert.equal(zh.statusCode, 401);
    assert.equal(zh.json().code, 'AUTH_INVALID_CREDENTIALS');
    assert.equal(zh.json().message, '用户名或密码错误');
    const en = await p().app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en-US,en' }, payload: { username: 'nobody', password: 'nope' } });
    assert.equal(en.statusCode, 401);
    assert.equal(en.json().message, 'Wrong username or password');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await p().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wuhai-viewer', password: `wrong-${i}` } });
      assert.equal(r.statusCode, i < 4 ? 401 : 423);
    }
    const right = await p().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wuhai-viewer', password: 'Demo@2026' } });
    assert.equal(right.statusCode, 423);
    assert.equal(right.json().code, 'AUTH_LOCKED');
  });

  it('refuses a cookie-authenticated write without the CSRF header or from a foreign origin', async () => {
    const c = await p().as('demo-admin');
    const body = { title: 'CSRF probe', level: 'info' };
    const noHeader = await p().app.inject({ method: 'POST', url: '/api/system/notices', headers: { cookie: c.cookie }, payload: body });
    assert.equal(noHeader.statusCode, 403);
    assert.equal(noHeader.json().code, 'AUTH_CSRF');
    const foreign = await c.request('POST', '/api/system/notices', body, { origin: 'https://evil.example' });
    assert.equal(foreign.statusCode, 403);
    assert.equal(foreign.json().code, 'AUTH_ORIGIN');
    const ok = await c.request('POST', '/api/system/notices', body, { origin: 'http://localhost:80' });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  it('logout ends the session', async () => {
    const c = await p().as('baotou-duty');
    assert.equal((await c.request('POST', '/api/auth/logout')).statusCode, 200);
    assert.equal((await c.request('GET', '/api/auth/me')).statusCode, 401);
  });

  it('API tokens authenticate machines within their scopes only', async () => {
    const admin = await p().as('wuhai-admin');
    const created = await admin.request('POST', '/api/api-tokens', { name: '乌海传感器网关', regionCode: '150300000000', scopes: ['read'] });
    assert.equal(created.statusCode, 201, created.body);
    const secret = created.json().secret as string;
    const auth = { authorization: `Bearer ${secret}` };
    // A token cannot use a user-only route.
    const me = await p().app.inject({ method: 'GET', url: '/api/auth/me', headers: auth });
    assert.equal(me.statusCode, 403);
    assert.equal(me.json().code, 'AUTH_USER_ONLY');
    const bad = await p().app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer sw_000000000000_notarealsecretnotarealsecret' } });
    assert.equal(bad.statusCode, 401);
    const revoked = await admin.request('POST', `/api/api-tokens/${created.json().token.id as string}/revoke`);
    assert.equal(revoked.statusCode, 200);
    assert.equal((await p().app.inject({ method: 'GET', url: '/api/auth/me', headers: auth })).json().code, 'AUTH_TOKEN_INVALID');
  });
});
