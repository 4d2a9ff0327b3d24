import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { closedPort, startReceiver, type Received, type Receiver } from '../../../../test/http-receiver.js';
import { GATEWAY_INBOUND_PATH, startGatewaySimulator, type GatewaySimulator, type GatewaySimulatorOptions } from '../../../simulators/gateway/index.js';
import type { GatewayKind, InboundSms, OutboundMessage, Receipt } from './channel.js';
import { createGatewayChannel, gatewaySignature, isRetryableSendFailure, parseInboundSms, parseReceiptBatch, verifyGatewayCallback } from './gateway-client.js';

const API_KEY = 'client-test-key';
const SECRET = 'client-test-signing-secret';
const FAST = { sms: [20, 60], voice: [20, 60], broadcast: [20, 60] } as const;

const messages = (n: number, text = '【乌海市应急管理局】红色预警：黄河凌汛。请回复 482913 确认收到。'): OutboundMessage[] =>
  Array.from({ length: n }, (_, i) => ({ deliveryId: `d-${i}`, to: `139${String(i).padStart(8, '0')}`, text }));

describe('gateway client ↔ simulator', () => {
  let platform: Receiver;
  const running: GatewaySimulator[] = [];

  before(async () => {
    platform = await startReceiver();
  });
  beforeEach(() => {
    platform.received.length = 0;
    platform.respond = () => ({ status: 204 });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
  });
  after(async () => platform.close());

  async function gateway(opts: Partial<GatewaySimulatorOptions> = {}) {
    const sim = await startGatewaySimulator({ apiKey: API_KEY, signingSecret: SECRET, latencyMs: FAST, receiptFlushMs: 20, failureRate: 0, ...opts });
    running.push(sim);
    return sim;
  }

  const channel = (kind: GatewayKind, baseUrl: string, more: { apiKey?: string; maxBatch?: number; timeoutMs?: number } = {}) =>
    createGatewayChannel({ kind, baseUrl, apiKey: API_KEY, signingSecret: SECRET, callbackUrl: `${platform.url}/api/warnings/gateway/receipts`, ...more });

  /** What the platform's receipt route would do: check the signature, then parse. */
  function receipts(received: Received[]): Receipt[] {
    return received
      .filter((r) => r.path.endsWith('/receipts'))
      .flatMap((r) => {
        assert.ok(verifyGatewayCallback(SECRET, r.headers, r.body, new Date()), 'signed by the gateway');
        const parsed = parseReceiptBatch(JSON.parse(r.body));
        assert.ok(parsed.ok, JSON.stringify(parsed));
        return parsed.value;
      });
  }

  it('sends a batch, gets per-message outcomes, and later signed receipts for the accepted ones', async () => {
    const sim = await gateway();
    const batch = [...messages(3), { deliveryId: 'bad', to: '12345', text: '预警' }];
    const outcomes = await channel('sms', sim.url).send(batch);
    assert.deepEqual(outcomes.map((o) => o.deliveryId), ['d-0', 'd-1', 'd-2', 'bad'], 'in the order sent');
    assert.deepEqual(outcomes[3], { deliveryId: 'bad', accepted: false, reason: '号码格式错误' });
    assert.equal(isRetryableSendFailure(outcomes[3]), false);
    await platform.waitFor((r) => receipts(r).length === 3);
    const refs = new Map(outcomes.flatMap((o) => (o.accepted ? [[o.deliveryId, o.providerRef] as const] : [])));
    for (const r of receipts(platform.received)) {
      assert.equal(r.providerRef, refs.get(r.deliveryId));
      assert.equal(r.status, 'delivered');
      assert.equal(r.reason, null);
      assert.ok(r.at instanceof Date && !Number.isNaN(r.at.getTime()));
    }
  });

  it('voice receipts say whether the person answered and pressed 1', async () => {
    const sim = await gateway({ voiceAnswerRate: 1, voiceConfirmRate: 1 });
    const outcomes = await channel('voice', sim.url).send(messages(2, '请按1确认收到。'));
    assert.ok(outcomes.every((o) => o.accepted));
    await platform.waitFor((r) => receipts(r).length === 2);
    for (const r of receipts(platform.received)) assert.deepEqual([r.status, r.answered, r.keys], ['delivered', true, '1']);
  });

  it('a reply SMS with the acknowledgement code reaches the inbound URL, signed', async () => {
    const sim = await gateway({ replyRate: 1, replyDelayMs: [10, 10] });
    await channel('sms', sim.url).send(messages(1));
    const inbound = (r: Received[]) => r.filter((x) => x.path === GATEWAY_INBOUND_PATH);
    await platform.waitFor((r) => inbound(r).length === 1);
    const post = inbound(platform.received)[0]!;
    assert.ok(verifyGatewayCallback(SECRET, post.headers, post.body, new Date()));
    const parsed = parseInboundSms(JSON.parse(post.body));
    assert.ok(parsed.ok);
    const sms: InboundSms = parsed.value;
    assert.deepEqual([sms.from, sms.text], ['13900000000', '482913']);
    assert.ok(sms.providerRef && sms.at instanceof Date);
  });

  it('splits a large send into batches of maxBatch, keeping the order', async () => {
    const sim = await gateway();
    const outcomes = await channel('sms', sim.url, { maxBatch: 3 }).send(messages(7));
    assert.equal(sim.stats().batches, 3);
    assert.deepEqual(outcomes.map((o) => [o.deliveryId, o.accepted]), messages(7).map((m) => [m.deliveryId, true]));
  });

  it('a gateway that cannot be reached fails every message with a reason worth retrying, without throwing', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    const outcomes = await channel('sms', down, { maxBatch: 2 }).send(messages(5));
    assert.equal(outcomes.length, 5);
    for (const o of outcomes) {
      assert.equal(o.accepted, false);
      assert.match(!o.accepted ? o.reason : '', /网关暂不可用：无法连接（ECONNREFUSED）/);
      assert.ok(isRetryableSendFailure(o));
    }
    assert.ok(Date.now() - started < 5000);
  });

  it('5xx, 429 and a gateway that never answers are worth retrying; a refused key or batch is not', async () => {
    const stub = await startReceiver();
    try {
      const outcome = async (reply: Parameters<typeof startReceiver>[0], timeoutMs = 5000) => {
        stub.respond = reply!;
        const [o] = await channel('sms', stub.url, { timeoutMs }).send(messages(1));
        assert.ok(o && !o.accepted);
        return { reason: o.reason, retryable: isRetryableSendFailure(o) };
      };
      assert.deepEqual(await outcome(() => ({ status: 503, body: 'maintenance' })), { reason: '网关暂不可用：HTTP 503：maintenance', retryable: true });
      assert.equal((await outcome(() => ({ status: 429 }))).retryable, true);
      const hung = await outcome(() => 'hang', 200);
      assert.deepEqual(hung, { reason: '网关暂不可用：200 ms 内无应答（超时）', retryable: true });
      assert.deepEqual(await outcome(() => ({ status: 401 })), { reason: '网关拒绝了 API 密钥（HTTP 401）', retryable: false });
      assert.deepEqual(await outcome(() => ({ status: 400, body: JSON.stringify({ reason: 'messages: too big' }) })), { reason: '网关拒收该批（HTTP 400：messages: too big）', retryable: false });
      assert.deepEqual(await outcome(() => ({ status: 202, body: '<html>' })), { reason: '网关应答无法识别（HTTP 202）', retryable: false });
    } finally {
      await stub.close();
    }
  });

  it('the simulator refuses a wrong key; the client reports it per message', async () => {
    const sim = await gateway();
    const [o] = await channel('sms', sim.url, { apiKey: 'wrong' }).send(messages(1));
    assert.deepEqual(o, { deliveryId: 'd-0', accepted: false, reason: '网关拒绝了 API 密钥（HTTP 401）' });
  });

  it('throws for programmer errors, not for gateway faults', async () => {
    assert.throws(() => channel('sms', 'not a url'), /baseUrl/);
    assert.throws(() => channel('fax' as GatewayKind, 'http://127.0.0.1:1'), /kind/);
    assert.throws(() => channel('sms', 'http://127.0.0.1:1', { maxBatch: 0 }), /maxBatch/);
    const sms = channel('sms', 'http://127.0.0.1:1');
    await assert.rejects(sms.send([...messages(1), ...messages(1)]), /twice/);
    await assert.rejects(sms.send([{ deliveryId: '', to: '13900000000', text: 'x' }]), /deliveryId/);
    assert.deepEqual(await sms.send([]), []);
  });
});

describe('gateway callbacks', () => {
  const body = JSON.stringify({ receipts: [] });
  const now = new Date('2026-07-20T08:00:00+08:00');
  const ts = Math.floor(now.getTime() / 1000);
  const headers = (timestamp: number, signature = gatewaySignature(SECRET, timestamp, body)) => ({ 'x-gateway-timestamp': String(timestamp), 'x-gateway-signature': signature });

  it('accepts a signature made with the secret within five minutes, and nothing else', () => {
    assert.equal(verifyGatewayCallback(SECRET, headers(ts), body, now), true);
    assert.equal(verifyGatewayCallback(SECRET, new Headers(headers(ts - 299)), Buffer.from(body), now), true);
    assert.equal(verifyGatewayCallback('another-secret', headers(ts), body, now), false, 'wrong secret');
    assert.equal(verifyGatewayCallback(SECRET, headers(ts), `${body} `, now), false, 'body changed');
    assert.equal(verifyGatewayCallback(SECRET, headers(ts - 301), body, now), false, 'too old: a replay');
    assert.equal(verifyGatewayCallback(SECRET, headers(ts + 301), body, now), false, 'from the future');
    assert.equal(verifyGatewayCallback(SECRET, { 'x-gateway-timestamp': String(ts) }, body, now), false, 'unsigned');
    assert.equal(verifyGatewayCallback(SECRET, headers(ts, 'sha256=abc'), body, now), false, 'malformed');
    assert.equal(verifyGatewayCallback(SECRET, { ...headers(ts), 'x-gateway-timestamp': `${ts}.5` }, body, now), false);
  });

  it('parses receipts and replies, and names what is wrong with a bad body', () => {
    const ok = parseReceiptBatch({ receipts: [{ ref: 'd1', id: 'VC1', status: 'failed', reason: '无人接听', at: '2026-07-20T08:00:05+08:00', answered: false }] });
    assert.deepEqual(ok, { ok: true, value: [{ deliveryId: 'd1', providerRef: 'VC1', status: 'failed', reason: '无人接听', at: new Date('2026-07-20T00:00:05Z'), answered: false }] });
    const bad = parseReceiptBatch({ receipts: [{ ref: 'd1', id: 'SM1', status: 'read', at: 'yesterday' }] });
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems.map((p) => p.path).sort(), ['receipts.0.at', 'receipts.0.status']);
    const notObject = parseReceiptBatch('nope');
    assert.ok(!notObject.ok && notObject.problems.length === 1 && notObject.problems[0]!.path === '(body)');

    assert.deepEqual(parseInboundSms({ from: '13900000000', text: '482913', at: '2026-07-20T08:01:00+08:00', id: 'MO1' }), {
      ok: true,
      value: { from: '13900000000', text: '482913', at: new Date('2026-07-20T00:01:00Z'), providerRef: 'MO1' },
    });
    const noFrom = parseInboundSms({ text: '收到', at: '2026-07-20T08:01:00+08:00', id: 'MO2' });
    assert.ok(!noFrom.ok && noFrom.problems[0]!.path === 'from');
  });
});
