import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../engines.js';
import { openSse } from '../sse-client.js';

describeEachEngine('live events over SSE', ({ p }) => {
  let base = '';
  before(async () => {
    base = await p().app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await p().app.close();
  });

  it('delivers a committed event to users in its region subtree, and only to them', async () => {
    const wuhai = await p().as('wuhai-duty');
    const haibowan = await p().as('haibowan-duty');
    const baotou = await p().as('baotou-duty');
    const admin = await p().as('demo-admin');
    const streams = await Promise.all([wuhai, haibowan, baotou].map((c) => openSse(`${base}/api/events`, c.cookie)));
    try {
      const title = `黄河凌汛会商通知 ${Date.now()}`;
      const posted = await admin.request('POST', '/api/system/notices', { title, body: '请各区做好巡堤准备', level: 'warning', regionCode: '150300000000' });
      assert.equal(posted.statusCode, 201, posted.body);
      const got = await streams[0]!.next((e) => e.type === 'system.notice-posted' && e.payload.title === title);
      assert.equal(got.regionCode, '150300000000');
      assert.equal(got.payload.author, '演示管理员');
      // A county user is below the notice's region, so it is not in his subtree; 包头 is elsewhere.
      await sleep(300);
      assert.ok(!streams[1]!.events.some((e) => e.payload.title === title));
      assert.ok(!streams[2]!.events.some((e) => e.payload.title === title));
      // A notice to 海勃湾区 reaches both the county user and the city user above it.
      const t2 = `${title} 海勃湾`;
      await admin.request('POST', '/api/system/notices', { title: t2, level: 'info', regionCode: '150302000000' });
      await streams[1]!.next((e) => e.payload.title === t2);
      await streams[0]!.next((e) => e.payload.title === t2);
    } finally {
      for (const s of streams) s.close();
    }
  });

  it('refuses anonymous SSE clients', async () => {
    const res = await fetch(`${base}/api/events`);
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { code: string }).code, 'AUTH_REQUIRED');
  });
});
