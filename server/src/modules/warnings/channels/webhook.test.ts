import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { closedPort, startReceiver, type Receiver } from '../../../../test/http-receiver.js';
import { isSafeWebhookUrl, postWebhook, signWebhook, webhookRetryDelayMs } from './webhook.js';

const SECRET = 'whsec-test-0123456789';

describe('webhook channel', () => {
  let receiver: Receiver;
  before(async () => {
    receiver = await startReceiver();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 204 });
  });
  after(async () => receiver.close());

  const post = (more: { body?: unknown; timeoutMs?: number; url?: string } = {}) =>
    postWebhook({ url: `${receiver.url}/hooks/warnings`, secret: SECRET, event: 'warning.published', body: '{"id":"w1","level":1}', deliveryId: 'dlv-1', ...more });

  it('signs what it sends so the receiver can check it with the shared secret', async () => {
    assert.deepEqual(await post(), { ok: true, status: 204 });
    const [req] = receiver.received;
    assert.ok(req);
    assert.equal(req.body, '{"id":"w1","level":1}');
    assert.equal(req.headers['x-shouwang-event'], 'warning.published');
    assert.equal(req.headers['x-shouwang-delivery'], 'dlv-1');
    assert.equal(req.headers['content-type'], 'application/json');
    const timestamp = String(req.headers['x-shouwang-timestamp']);
    assert.ok(Math.abs(Number(timestamp) - Date.now() / 1000) < 60);
    // The receiver's side, written without our helper:
    const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${req.body}`).digest('hex')}`;
    assert.equal(req.headers['x-shouwang-signature'], expected);
    assert.equal(signWebhook(SECRET, Number(timestamp), req.body), expected);
  });

  it('sends an object body as JSON and signs exactly those bytes', async () => {
    await post({ body: { headline: '黄河凌汛', level: 1 } });
    const [req] = receiver.received;
    assert.deepEqual(JSON.parse(req!.body), { headline: '黄河凌汛', level: 1 });
    assert.equal(req!.headers['x-shouwang-signature'], signWebhook(SECRET, Number(req!.headers['x-shouwang-timestamp']), req!.body));
  });

  it('5xx, 408 and 429 are worth retrying; other 4xx and redirects are not', async () => {
    const answer = async (status: number, body = '') => {
      receiver.respond = () => ({ status, body, ...(status === 301 && { headers: { location: '/elsewhere' } }) });
      return post();
    };
    assert.deepEqual(await answer(500, 'boom'), { ok: false, status: 500, reason: 'HTTP 500：boom', retryable: true });
    const unavailable = await answer(503);
    assert.ok(!unavailable.ok && unavailable.retryable);
    for (const status of [408, 429]) assert.deepEqual(await answer(status), { ok: false, status, reason: `HTTP ${status}`, retryable: true });
    assert.deepEqual(await answer(404), { ok: false, status: 404, reason: 'HTTP 404', retryable: false });
    const refused = await answer(400);
    assert.ok(!refused.ok && !refused.retryable);
    receiver.received.length = 0;
    const moved = await answer(301);
    assert.ok(!moved.ok && moved.status === 301 && !moved.retryable);
    assert.equal(receiver.received.length, 1, 'the redirect is not followed');
  });

  it('a receiver that does not answer in time or cannot be reached is worth retrying', async () => {
    receiver.respond = () => 'hang';
    const started = Date.now();
    assert.deepEqual(await post({ timeoutMs: 200 }), { ok: false, status: null, reason: '200 ms 内无应答 timed out', retryable: true });
    assert.ok(Date.now() - started < 3000);
    const refused = await post({ url: `http://127.0.0.1:${await closedPort()}/hook` });
    assert.ok(!refused.ok && refused.status === null && refused.retryable);
    assert.match(refused.reason, /ECONNREFUSED/);
  });

  it('refuses URLs it must not call, without throwing', async () => {
    assert.deepEqual(await post({ url: 'file:///etc/passwd' }), { ok: false, status: null, reason: '地址无效（只允许 http/https）invalid webhook URL', retryable: false });
    for (const url of ['http://localhost:8080/hook', 'http://10.12.0.5/x', 'https://192.168.1.20:8443/warnings', 'http://[::1]:9000/', 'https://yjj.wuhai.gov.cn/api/hook']) assert.ok(isSafeWebhookUrl(url), url);
    for (const url of ['ftp://10.0.0.1/x', 'javascript:alert(1)', 'file:///etc/passwd', 'gopher://x', 'not a url', 'http://user:pw@10.0.0.1/', `http://x/${'a'.repeat(2100)}`]) assert.ok(!isSafeWebhookUrl(url), url);
  });

  it('retries after 10 s, 30 s, 2 min, 10 min, 30 min and 2 h, then gives up', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(webhookRetryDelayMs), [10_000, 30_000, 120_000, 600_000, 1_800_000, 7_200_000, null]);
    assert.throws(() => webhookRetryDelayMs(0), RangeError);
  });
});
