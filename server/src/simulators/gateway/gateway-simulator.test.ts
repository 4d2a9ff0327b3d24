import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { startReceiver, type Received, type Receiver } from '../../../test/http-receiver.js';
import { loadConfig } from '../../config.js';
import { GATEWAY_INBOUND_PATH, startEmbeddedGatewayIfConfigured, startGatewaySimulator, type GatewaySimulator, type GatewaySimulatorOptions } from './index.js';

const API_KEY = 'test-key';
const SECRET = 'test-signing-secret-0123456789';
const FAST = { sms: [20, 60], voice: [20, 60], broadcast: [20, 60] } as const;

/** Stats move when the simulator has read the answer, a moment after the receiver has the request. */
async function until(ready: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

type WireReceipt = { ref: string; id: string; status: string; reason: string | null; at: string; answered?: boolean; keys?: string };
type Result = { ref: string; accepted: boolean; id?: string; reason?: string };

describe('gateway simulator', () => {
  let receiver: Receiver;
  const running: GatewaySimulator[] = [];

  before(async () => {
    receiver = await startReceiver();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 204 });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
  });
  after(async () => receiver.close());

  async function simulator(opts: Partial<GatewaySimulatorOptions> = {}) {
    const sim = await startGatewaySimulator({ apiKey: API_KEY, signingSecret: SECRET, latencyMs: FAST, receiptFlushMs: 20, failureRate: 0, ...opts });
    running.push(sim);
    return sim;
  }

  async function submit(sim: GatewaySimulator, body: unknown, key = API_KEY): Promise<{ status: number; json: { results: Result[]; reason?: string } }> {
    const res = await fetch(`${sim.url}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as { results: Result[]; reason?: string } };
  }

  const batch = (channel: string, tos: string[], text = '测试预警') => ({
    channel,
    callbackUrl: `${receiver.url}/receipts`,
    messages: tos.map((to, i) => ({ ref: `${channel}-${i}`, to, text })),
  });
  const mobiles = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `138${String(from + i).padStart(8, '0')}`);
  const receiptsIn = (received: Received[]) => received.filter((r) => r.path === '/receipts').flatMap((r) => (JSON.parse(r.body) as { receipts: WireReceipt[] }).receipts);
  const signedCorrectly = (r: Received) =>
    r.headers['x-gateway-signature'] === `sha256=${createHmac('sha256', SECRET).update(`${String(r.headers['x-gateway-timestamp'])}.${r.body}`).digest('hex')}`;

  it('refuses a missing or wrong key with 401 and sends nothing', async () => {
    const sim = await simulator();
    assert.equal((await submit(sim, batch('sms', mobiles(1)), 'wrong')).status, 401);
    const bare = await fetch(`${sim.url}/v1/messages`, { method: 'POST', body: JSON.stringify(batch('sms', mobiles(1))) });
    assert.equal(bare.status, 401);
    assert.equal(bare.headers.get('www-authenticate'), 'Bearer');
    assert.equal(sim.stats().unauthorized, 2);
    assert.equal(sim.stats().accepted, 0);
  });

  it('refuses a malformed batch with 400 and says why', async () => {
    const sim = await simulator();
    const cases: Array<[unknown, RegExp]> = [
      ['{not json', /JSON/],
      [{ ...batch('sms', mobiles(1)), channel: 'fax' }, /channel/],
      [{ ...batch('sms', mobiles(1)), callbackUrl: 'ftp://x/y' }, /callbackUrl/],
      [batch('sms', []), /messages/],
      [batch('sms', mobiles(1001)), /messages/],
    ];
    for (const [body, reason] of cases) {
      const { status, json } = await submit(sim, body);
      assert.equal(status, 400, JSON.stringify(json));
      assert.match(json.reason ?? '', reason);
    }
    assert.equal(sim.stats().badRequests, cases.length);
  });

  it('rejects numbers a carrier would not take, one by one, and accepts the rest with its own ids', async () => {
    const sim = await simulator();
    const sms = await submit(sim, batch('sms', ['13800000000', '+8619912345678', '10012345678', '12345', '0473-1234567', '']));
    assert.equal(sms.status, 202);
    assert.deepEqual(
      sms.json.results.map((r) => (r.accepted ? 'ok' : r.reason)),
      ['ok', 'ok', '空号', '号码格式错误', '号码格式错误', '号码格式错误'],
    );
    const ids = sms.json.results.filter((r) => r.accepted).map((r) => r.id!);
    assert.equal(new Set(ids).size, 2);
    // A voice call can ring a duty room's landline; a broadcast goes to a terminal or area code.
    const voice = await submit(sim, batch('voice', ['0473-1234567', '047312345']));
    assert.deepEqual(voice.json.results.map((r) => r.accepted), [true, false]);
    const broadcast = await submit(sim, batch('broadcast', ['150303000000', 'bad code!']));
    assert.deepEqual(broadcast.json.results.map((r) => (r.accepted ? 'ok' : r.reason)), ['ok', '终端编码格式错误']);
  });

  it('posts the receipts due together in one signed callback', async () => {
    const sim = await simulator({ latencyMs: { sms: [80, 80] } });
    const { json } = await submit(sim, batch('sms', mobiles(5)));
    await receiver.waitFor((r) => receiptsIn(r).length === 5);
    assert.equal(receiver.received.length, 1, 'five receipts due at once go out as one callback');
    const post = receiver.received[0]!;
    assert.ok(signedCorrectly(post), 'HMAC-SHA256 over `${timestamp}.${body}`');
    assert.ok(Math.abs(Number(post.headers['x-gateway-timestamp']) - Date.now() / 1000) < 60);
    const receipts = receiptsIn(receiver.received);
    assert.deepEqual(receipts.map((r) => [r.ref, r.id, r.status, r.reason]), json.results.map((r) => [r.ref, r.id, 'delivered', null]));
    await until(() => sim.stats().receiptsPosted === 5, 'receiptsPosted 5');
  });

  it('with a seed, fails the same messages with the carriers’ reasons every run', async () => {
    const run = async (channel: 'sms' | 'voice' | 'broadcast', opts: Partial<GatewaySimulatorOptions>) => {
      receiver.received.length = 0;
      const sim = await simulator({ seed: 42, ...opts });
      await submit(sim, batch(channel, channel === 'broadcast' ? mobiles(40).map((_, i) => `1503030000${String(i).padStart(2, '0')}`) : mobiles(40)));
      await receiver.waitFor((r) => receiptsIn(r).length === 40);
      await sim.close();
      return new Map(receiptsIn(receiver.received).map((r) => [r.ref, r.reason]));
    };
    const reasons = (m: Map<string, string | null>) => new Set([...m.values()].filter((r) => r !== null));

    const sms = await run('sms', { failureRate: 0.5 });
    assert.deepEqual(await run('sms', { failureRate: 0.5 }), sms, 'same seed, same fates');
    const smsFailed = [...sms.values()].filter((r) => r !== null).length;
    assert.ok(smsFailed > 0 && smsFailed < 40, `about half fail (${smsFailed})`);
    for (const r of reasons(sms)) assert.ok(['UNDELIV 用户关机', 'UNDELIV 用户停机', 'REJECTD 用户拒收', 'UNDELIV 网络拥塞'].includes(r), r);

    const voice = await run('voice', { failureRate: 0.3, voiceAnswerRate: 0.5 });
    assert.ok(reasons(voice).has('无人接听'));
    for (const r of reasons(voice)) assert.ok(['无人接听', '用户忙', '拒接'].includes(r), r);

    const broadcast = await run('broadcast', { failureRate: 0.5 });
    for (const r of reasons(broadcast)) assert.ok(['终端离线', '终端故障'].includes(r), r);
    assert.notDeepEqual(await run('sms', { failureRate: 0.5, seed: 7 }), sms, 'another seed, other fates');
  });

  it('voice: a picked-up call reports answered and the key pressed; one nobody answers fails 无人接听', async () => {
    const fates = async (opts: Partial<GatewaySimulatorOptions>) => {
      receiver.received.length = 0;
      const sim = await simulator(opts);
      await submit(sim, batch('voice', mobiles(3), '这里是乌海市应急管理局，现发布红色预警。请按1确认收到。'));
      await receiver.waitFor((r) => receiptsIn(r).length === 3);
      return receiptsIn(receiver.received).map((r) => ({ status: r.status, reason: r.reason, answered: r.answered, keys: r.keys }));
    };
    const confirmed = { status: 'delivered', reason: null, answered: true, keys: '1' };
    assert.deepEqual(await fates({ voiceAnswerRate: 1, voiceConfirmRate: 1 }), [confirmed, confirmed, confirmed]);
    assert.deepEqual(await fates({ voiceAnswerRate: 1, voiceConfirmRate: 0 }), Array(3).fill({ ...confirmed, keys: '' }));
    assert.deepEqual(await fates({ voiceAnswerRate: 0 }), Array(3).fill({ status: 'failed', reason: '无人接听', answered: false, keys: undefined }));
  });

  it('a recipient replies with the code in the SMS, signed, to the inbound URL on the callback’s origin', async () => {
    const sim = await simulator({ replyRate: 1, replyDelayMs: [30, 30] });
    await submit(sim, {
      channel: 'sms',
      callbackUrl: `${receiver.url}/receipts`,
      messages: [
        { ref: 'a', to: '+8613800000001', text: '【乌海市应急管理局】红色预警：黄河凌汛。请回复 482913 确认收到。' },
        { ref: 'b', to: '13800000002', text: '【乌海市应急管理局】蓝色预警：大风。' },
      ],
    });
    await submit(sim, batch('voice', mobiles(1)));
    const inbound = (r: Received[]) => r.filter((x) => x.path === GATEWAY_INBOUND_PATH);
    await receiver.waitFor((r) => inbound(r).length === 2 && receiptsIn(r).length === 3);
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(inbound(receiver.received).length, 2, 'only SMS recipients reply');
    const replies = inbound(receiver.received).map((r) => {
      assert.ok(signedCorrectly(r));
      return JSON.parse(r.body) as { from: string; text: string; at: string; id: string };
    });
    assert.deepEqual(replies.map((r) => [r.from, r.text]).sort(), [['13800000001', '482913'], ['13800000002', '收到']]);
    for (const r of replies) assert.ok(r.id && !Number.isNaN(Date.parse(r.at)));
    await until(() => sim.stats().repliesPosted === 2, 'repliesPosted 2');
  });

  it('sends no faster than its rate: the rest waits in the queue, none is dropped', async () => {
    const sim = await simulator({ ratePerSecond: 20, latencyMs: { sms: [0, 0] } });
    const started = Date.now();
    const { json } = await submit(sim, batch('sms', mobiles(30)));
    assert.ok(json.results.every((r) => r.accepted), 'a carrier accepts the batch and queues it');
    await new Promise((r) => setTimeout(r, 300));
    const { sent, queued } = sim.stats();
    const elapsed = (Date.now() - started) / 1000;
    // A bucket of 2 plus 20 per second is the most that can have left, however slow this machine is.
    assert.ok(sent <= 2 + 20 * elapsed + 1, `sent ${sent} after ${elapsed} s`);
    assert.equal(sent + queued, 30);
    await receiver.waitFor((r) => receiptsIn(r).length === 30, 10_000);
    assert.deepEqual(new Set(receiptsIn(receiver.received).map((r) => r.ref)).size, 30);
    assert.equal(sim.stats().queued, 0);
  });

  it('answers a re-sent ref with its first id and sends it once', async () => {
    const sim = await simulator();
    const first = await submit(sim, batch('sms', mobiles(2)));
    const again = await submit(sim, batch('sms', mobiles(2)));
    assert.deepEqual(again.json.results, first.json.results);
    assert.equal(sim.stats().duplicates, 2);
    await receiver.waitFor((r) => receiptsIn(r).length >= 2);
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(receiptsIn(receiver.received).length, 2);
  });

  it('posts a refused callback again later', async () => {
    let refusals = 1;
    receiver.respond = () => (refusals-- > 0 ? { status: 503 } : { status: 204 });
    const sim = await simulator({ callbackRetryMs: [50] });
    await submit(sim, batch('sms', mobiles(1)));
    await receiver.waitFor((r) => r.length === 2);
    assert.equal(receiver.received[0]!.body, receiver.received[1]!.body, 'the same receipts');
    assert.ok(signedCorrectly(receiver.received[1]!));
    await until(() => sim.stats().receiptsPosted === 1, 'receiptsPosted 1');
    assert.equal(sim.stats().callbackFailures, 1);
  });

  it('close() drops what is pending and posts nothing afterwards', async () => {
    const sim = await simulator({ latencyMs: { voice: [200, 200] }, replyRate: 1 });
    await submit(sim, batch('voice', mobiles(3)));
    const started = Date.now();
    await sim.close();
    assert.ok(Date.now() - started < 2000, 'close does not wait for pending calls');
    await new Promise((r) => setTimeout(r, 350));
    assert.equal(receiver.received.length, 0);
    await assert.rejects(fetch(`${sim.url}/v1/health`));
  });

  it('runs embedded unless GATEWAY_URL names a gateway or turns the channels off', async () => {
    assert.equal(await startEmbeddedGatewayIfConfigured(loadConfig({ GATEWAY_URL: 'off' }), receiver.url), null);
    const external = await startEmbeddedGatewayIfConfigured(loadConfig({ GATEWAY_URL: 'http://10.1.2.3:8080', GATEWAY_API_KEY: 'k', GATEWAY_SIGNING_SECRET: SECRET }), receiver.url);
    assert.deepEqual({ ...external, close: null }, { mode: 'external', url: 'http://10.1.2.3:8080', apiKey: 'k', signingSecret: SECRET, simulator: null, close: null });

    const embedded = await startEmbeddedGatewayIfConfigured(loadConfig({ GATEWAY_SIM_REPLY_RATE: '1' }), `${receiver.url}/`, { latencyMs: FAST, replyDelayMs: [10, 10], receiptFlushMs: 20, callbackRetryMs: [] });
    assert.ok(embedded?.simulator);
    try {
      const sms = { channel: 'sms', callbackUrl: 'http://127.0.0.1:9/receipts', messages: [{ ref: 'r', to: '13800000000', text: '请回复 123456 确认' }] };
      const res = await fetch(`${embedded.url}/v1/messages`, { method: 'POST', headers: { authorization: `Bearer ${embedded.apiKey}` }, body: JSON.stringify(sms) });
      assert.equal(res.status, 202);
      assert.equal(embedded.simulator.stats().accepted, 1);
      // The reply goes to callbackBase, not to the (unreachable) receipt callback's origin.
      await receiver.waitFor((r) => r.some((x) => x.path === GATEWAY_INBOUND_PATH));
    } finally {
      await embedded.close();
    }
  });
});
