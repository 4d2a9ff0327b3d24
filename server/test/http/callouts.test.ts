import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import type { CalloutBoard, MyCallout, Recipient, Warning } from '@shouwang/contracts';
import { verifyLedger } from '../../src/foundation/audit/ledger.js';
import { startGatewaySimulator, type GatewaySimulator } from '../../src/simulators/gateway/index.js';
import { describeEachEngine } from '../engines.js';
import { startReceiver, type Receiver } from '../http-receiver.js';
import type { TestClient } from '../platform.js';
import { expectError, signIn, uniqueName } from '../support.js';

const HAIBOWAN = '150302000000';
const FENGHUANGLING = '150302001000';
const KEY = 'test-gateway-key';
const SECRET = 'test-gateway-signing-secret-0123456789';
let now = Date.now();
const clock = { now: () => new Date(now) };
const minutes = (m: number) => (now += m * 60_000);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d5d1d80000000049454e44ae426082', 'hex');

describeEachEngine(
  'warnings: call-and-respond (叫应) with real gateway simulator and webhooks',
  ({ p }) => {
    let duty: TestClient;
    let leader: TestClient;
    let hbw: TestClient;
    let baotou: TestClient;
    let viewer: TestClient;
    let sim: GatewaySimulator;
    let hook: Receiver;
    let base: string;

    before(async () => {
      duty = await signIn(p(), 'wuhai-duty');
      leader = await signIn(p(), 'wuhai-leader');
      hbw = await signIn(p(), 'haibowan-duty');
      baotou = await signIn(p(), 'baotou-duty');
      viewer = await signIn(p(), 'wuhai-viewer');
      await p().app.listen({ port: 0, host: '127.0.0.1' });
      const addr = p().app.server.address();
      base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      sim = await startGatewaySimulator({ apiKey: KEY, signingSecret: SECRET, latencyMs: { sms: [5, 20], voice: [5, 20], broadcast: [5, 10] }, failureRate: 0, voiceAnswerRate: 1, voiceConfirmRate: 0, replyRate: 0, receiptFlushMs: 10, seed: 7 });
      p().warnings.useGateway({ url: sim.url, apiKey: KEY, signingSecret: SECRET, callbackBase: base });
      hook = await startReceiver();
      const res = await duty.request('POST', '/api/warnings/webhooks', { name: uniqueName('气象局接收'), url: `${hook.url}/warnings`, secret: 'a-webhook-secret-of-16+', minLevel: 2 });
      assert.equal(res.statusCode, 201, res.body);
    });
    after(async () => {
      await sim?.close();
      await hook?.close();
    });

    const publish = async (level: number, regionCodes: string[]) => {
      const d = await duty.request('POST', '/api/warnings', { level, type: { code: '02', name: '暴雨' }, headline: uniqueName('乌海市暴雨预警'), description: '预计未来6小时降雨量50毫米以上。', instruction: '转移危险区域群众。', areas: { regionCodes } });
      assert.equal(d.statusCode, 201, d.body);
      const w = d.json<Warning>();
      assert.equal((await duty.request('POST', `/api/warnings/${w.id}/submit`)).statusCode, 200);
      const a = await leader.request('POST', `/api/warnings/${w.id}/approve`);
      assert.equal(a.statusCode, 200, a.body);
      return w.id;
    };
    const board = async (id: string, client = duty) => {
      const res = await client.request('GET', `/api/warnings/${id}/callout`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json<CalloutBoard>();
    };
    const recipients = async (id: string, query = '') => (await duty.request('GET', `/api/warnings/${id}/recipients?limit=500${query}`)).json<{ items: Recipient[]; total: number }>();
    const drain = async () => {
      while ((await p().jobs.runDue()) > 0);
    };
    const waitFor = async (ok: () => Promise<boolean>, what: string) => {
      for (let i = 0; i < 200; i++) {
        if (await ok()) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      assert.fail(`timed out waiting for ${what}`);
    };
    const signedPost = (path: string, body: unknown) => {
      const raw = JSON.stringify(body);
      const ts = Math.floor(Date.now() / 1000);
      return p().app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json', 'x-gateway-timestamp': String(ts), 'x-gateway-signature': `sha256=${createHmac('sha256', SECRET).update(`${ts}.${raw}`).digest('hex')}` }, payload: raw });
    };

    it('publication calls the roster of every level down to the communities, sends SMS through the gateway and records receipts', { timeout: 90_000 }, async () => {
      const id = await publish(1, [HAIBOWAN]);
      const first = await board(id);
      assert.ok(first.totals.persons > 20, `persons called: ${first.totals.persons}`);
      assert.deepEqual(first.byLevel.map((l) => l.regionLevel), [2, 3, 4, 5], 'city (issuer), district, townships, communities');
      const sms = first.channels.find((c) => c.channel === 'sms')!;
      assert.equal(sms.queued, first.totals.persons + first.public.total, 'one SMS per person and per public subscriber');
      await drain();
      await waitFor(async () => (await board(id)).totals.reached === first.totals.persons, 'every SMS receipt');
      const after = await board(id);
      assert.equal(after.coverage.persons.reached5, after.totals.persons);
      assert.ok(after.public.total > 0 && after.public.delivered === after.public.total, 'public subscribers reached');
      await waitFor(async () => ((await board(id)).channels.find((c) => c.channel === 'broadcast')?.delivered ?? 0) >= 1, 'the emergency broadcast receipt');
      await hook.waitFor((r) => r.some((x) => x.body.includes(id)));
      const got = hook.received.find((x) => x.body.includes(id))!;
      const ts = String(got.headers['x-shouwang-timestamp']);
      assert.equal(got.headers['x-shouwang-signature'], `sha256=${createHmac('sha256', 'a-webhook-secret-of-16+').update(`${ts}.${got.body}`).digest('hex')}`, 'webhook signed');
      // Someone else's region sees nothing of it.
      expectError(await baotou.request('GET', `/api/warnings/${id}/callout`), 404, 'WARNING_NOT_FOUND');
    });

    it('acknowledges through the app, an SMS reply code and the duty officer; nobody else may answer', { timeout: 90_000 }, async () => {
      const id = await publish(2, [HAIBOWAN]);
      await drain();
      const mine = (await hbw.request('GET', '/api/warnings/callouts/mine?open=true')).json<{ items: MyCallout[] }>();
      const own = mine.items.find((m) => m.warning.id === id);
      assert.ok(own, 'the district duty head sees the call-out addressed to him');
      const app = await hbw.request('POST', `/api/warnings/recipients/${own.recipient.id}/acknowledge`, { note: '已收到，正在部署' });
      assert.equal(app.json<Recipient>().ackVia, 'app');

      const list = (await recipients(id)).items;
      const village = list.find((r) => r.regionLevel === 5)!;
      const code = (await sql<{ ack_code: string }>`select ack_code from warning_recipients where id = ${village.id}`.execute(p().data.system)).rows[0]!.ack_code;
      const reply = await signedPost('/api/warnings/gateway/inbound', { from: village.phone, text: `${code} 收到`, at: new Date().toISOString(), id: 'in-1' });
      assert.equal(reply.statusCode, 200, reply.body);
      assert.deepEqual(reply.json(), { matched: true });
      const unsigned = await p().app.inject({ method: 'POST', url: '/api/warnings/gateway/inbound', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ from: village.phone, text: code, at: new Date().toISOString(), id: 'x' }) });
      expectError(unsigned, 403, 'GATEWAY_SIGNATURE_INVALID');

      const town = list.find((r) => r.regionLevel === 4 && r.acknowledgedAt === null)!;
      expectError(await viewer.request('POST', `/api/warnings/recipients/${town.id}/acknowledge`, {}), 403, 'CALLOUT_NOT_YOURS');
      const byOfficer = await duty.request('POST', `/api/warnings/recipients/${town.id}/acknowledge`, { note: '电话联系本人，已收到' });
      assert.equal(byOfficer.json<Recipient>().ackVia, 'duty_phone');

      const after = (await recipients(id)).items;
      assert.equal(after.find((r) => r.id === village.id)!.ackVia, 'sms');
      assert.equal((await board(id)).totals.acknowledged, 3);
      const ledger = await sql<{ n: number }>`select count(*)::int as n from audit_ledger where action = 'warning.callout-acknowledged' and entity_id = any(${[own.recipient.id, village.id, town.id]}::text[])`.execute(p().data.system);
      assert.equal(ledger.rows[0]!.n, 3, 'each answer is on the ledger');
    });

    it('answers arriving together are recorded together, each on the ledger in the name of whoever gave it', { timeout: 90_000 }, async () => {
      const id = await publish(2, [HAIBOWAN]);
      await drain();
      const open = (await recipients(id)).items.filter((r) => r.acknowledgedAt === null && r.kind === 'responsible').slice(0, 12);
      assert.ok(open.length >= 8, `enough open recipients (${open.length})`);
      const codes = await sql<{ id: string; ack_code: string }>`select id, ack_code from warning_recipients where id = any(${open.map((r) => r.id)}::uuid[])`.execute(p().data.system);
      const codeOf = new Map(codes.rows.map((r) => [r.id, r.ack_code]));
      const half = Math.floor(open.length / 2);
      const results = await Promise.all([
        ...open.slice(0, half).map((r) => duty.request('POST', `/api/warnings/recipients/${r.id}/acknowledge`, { note: `电话确认 ${r.name}` })),
        ...open.slice(half).map((r, i) => signedPost('/api/warnings/gateway/inbound', { from: r.phone, text: `${codeOf.get(r.id)} 收到`, at: new Date().toISOString(), id: `batch-${id}-${i}` })),
        // The same person answering twice at once is one answer.
        duty.request('POST', `/api/warnings/recipients/${open[0]!.id}/acknowledge`, {}),
      ]);
      for (const r of results) assert.equal(r.statusCode, 200, r.body);
      const after = new Map((await recipients(id)).items.map((r) => [r.id, r]));
      for (const r of open.slice(0, half)) assert.equal(after.get(r.id)!.ackVia, 'duty_phone', `${r.name} recorded by the duty officer`);
      for (const r of open.slice(half)) assert.equal(after.get(r.id)!.ackVia, 'sms', `${r.name} answered by SMS`);
      const ledger = await sql<{ entity_id: string; actor_name: string; n: number }>`
        select entity_id, min(actor_name) as actor_name, count(*)::int as n from audit_ledger
        where action = 'warning.callout-acknowledged' and entity_id = any(${open.map((r) => r.id)}::text[]) group by entity_id`.execute(p().data.system);
      assert.equal(ledger.rows.length, open.length, 'one ledger entry per person');
      assert.ok(ledger.rows.every((r) => r.n === 1), 'never twice');
      const officer = ledger.rows.filter((r) => open.slice(0, half).some((o) => o.id === r.entity_id));
      const dutyName = (await duty.request('GET', '/api/auth/me')).json<{ user: { displayName: string } }>().user.displayName;
      assert.ok(officer.length === half && officer.every((r) => r.actor_name === dutyName), `the duty officer's answers carry his name (${dutyName}): ${officer.map((r) => r.actor_name).join(',')}`);
      const verify = await verifyLedger(p().data.system);
      assert.equal(verify.ok, true, JSON.stringify(verify));
    });

    it('no answer: a voice call after the read timeout, the superior after the wake deadline, then feedback is chased (fake clock)', { timeout: 90_000 }, async () => {
      const id = await publish(4, [FENGHUANGLING]);
      await drain();
      const start = (await recipients(id)).items;
      const town = start.find((r) => r.role === 'township_principal')!;
      assert.ok(town, 'blue calls the township principal');
      assert.ok(!start.some((r) => r.role === 'gov_principal'), 'blue does not call the district principal at first');
      minutes(2);
      await drain();
      assert.ok(!(await recipients(id)).items.find((r) => r.id === town.id)!.deliveries.some((d) => d.channel === 'voice'), 'no call before 3 minutes');
      minutes(1.5);
      await drain();
      const called = (await recipients(id)).items.find((r) => r.id === town.id)!;
      assert.equal(called.step, 1);
      assert.ok(called.deliveries.some((d) => d.channel === 'voice'), 'voice call placed after 3 minutes');
      minutes(2);
      await drain();
      const late = (await recipients(id)).items;
      assert.ok(late.find((r) => r.id === town.id)!.escalatedAt, 'escalated after 5 minutes');
      const superior = late.find((r) => r.escalatedFromId === town.id);
      assert.ok(superior, 'the superior (district principal) is called');
      assert.equal(superior.role, 'gov_principal');
      assert.ok(superior.deliveries.some((d) => d.channel === 'voice') && superior.deliveries.some((d) => d.channel === 'sms'), 'the superior is called and texted');

      // An acknowledgement without feedback is chased once the feedback deadline passes.
      await duty.request('POST', `/api/warnings/recipients/${town.id}/acknowledge`, {});
      minutes(10);
      await drain();
      assert.equal((await recipients(id)).items.find((r) => r.id === town.id)!.feedbackOverdue, true);
      const fb = await duty.request('POST', `/api/warnings/recipients/${town.id}/feedback`, { commanderOnDuty: '凤凰岭街道 王主任', villagesAffected: 3, peopleTransferred: 120, measures: ['people_transferred', 'roads_closed'], note: '已封闭低洼路段', photos: [{ name: 'scene.png', contentType: 'image/png', dataBase64: PNG.toString('base64') }] });
      assert.equal(fb.statusCode, 200, fb.body);
      const withFeedback = fb.json<Recipient>();
      assert.equal(withFeedback.state, 'feedback');
      const photo = await duty.request('GET', `/api/warnings/recipients/${town.id}/attachments/${withFeedback.feedback!.attachmentIds[0]}`);
      assert.equal(photo.headers['content-type'], 'image/png');
      expectError(await duty.request('POST', `/api/warnings/recipients/${town.id}/feedback`, { commanderOnDuty: 'x', villagesAffected: 0, peopleTransferred: 0, photos: [{ name: 'fake.png', contentType: 'image/png', dataBase64: Buffer.from('not an image').toString('base64') }] }), 422, 'PHOTO_INVALID');
    });

    it('cancelling the warning stops every pending call', { timeout: 90_000 }, async () => {
      const id = await publish(3, [HAIBOWAN]);
      const res = await leader.request('POST', `/api/warnings/${id}/cancel`, { reason: '降雨过程结束' });
      assert.equal(res.statusCode, 201, res.body);
      const b = await board(id);
      assert.ok(b.stoppedAt, 'the call-out is stopped');
      assert.equal(b.totals.pending, 0);
      assert.equal(b.channels.find((c) => c.channel === 'sms')!.queued, 0, 'queued SMS withdrawn');
      minutes(6);
      await drain();
      const list = (await recipients(id)).items;
      assert.ok(list.every((r) => r.state === 'stopped'), 'every recipient stopped');
      assert.ok(list.every((r) => !r.deliveries.some((d) => d.channel === 'voice')), 'no voice call after the cancellation');
      const someone = list[0]!;
      expectError(await duty.request('POST', `/api/warnings/recipients/${someone.id}/acknowledge`, {}), 409, 'CALLOUT_STOPPED');
      expectError(await duty.request('POST', `/api/warnings/recipients/${someone.id}/recall`, { channel: 'voice' }), 409, 'CALLOUT_STOPPED');
    });

    it('reports coverage across warnings against the 90 % goal, and a region sets its own timers', { timeout: 90_000 }, async () => {
      const cov = await duty.request('GET', `/api/warnings/coverage?from=${encodeURIComponent(new Date(now - 86_400_000).toISOString())}&to=${encodeURIComponent(new Date(now + 60_000).toISOString())}`);
      assert.equal(cov.statusCode, 200, cov.body);
      const report = cov.json<{ target: number; overall: { warnings: number; persons: number; personCoverage: number | null } }>();
      assert.equal(report.target, 0.9);
      assert.ok(report.overall.warnings >= 3 && report.overall.persons > 0, `coverage counts the warnings: ${JSON.stringify(report.overall)}`);
      // Each warning carries its own 5/15/30-minute windows (the web's coverage table), never shrinking with time.
      const windows = cov.json<{ warnings: { persons: number; reached5: number; reached15: number; reached30: number; ack5: number; ack15: number; ack30: number }[] }>().warnings;
      for (const w of windows) assert.ok(w.reached5 <= w.reached15 && w.reached15 <= w.reached30 && w.reached30 <= w.persons && w.ack5 <= w.ack15 && w.ack15 <= w.ack30, `windows nest: ${JSON.stringify(w)}`);
      assert.ok(windows.some((w) => w.reached5 > 0), `the simulated gateway reaches people within 5 minutes: ${JSON.stringify(windows)}`);
      const before = await duty.request('GET', `/api/warnings/callout-policy?regionCode=${HAIBOWAN}`);
      assert.equal(before.json<{ inherited: boolean; policy: { readTimeoutMin: number } }>().policy.readTimeoutMin, 3);
      const put = await duty.request('PUT', '/api/warnings/callout-policy', { regionCode: HAIBOWAN, policy: { ...before.json<{ policy: object }>().policy, readTimeoutMin: 2, wakeDeadlineMin: 4 } });
      assert.equal(put.statusCode, 200, put.body);
      const inherited = await duty.request('GET', `/api/warnings/callout-policy?regionCode=${FENGHUANGLING}`);
      assert.deepEqual([inherited.json<{ regionCode: string }>().regionCode, inherited.json<{ policy: { readTimeoutMin: number } }>().policy.readTimeoutMin], [HAIBOWAN, 2]);
      expectError(await duty.request('PUT', '/api/warnings/callout-policy', { regionCode: HAIBOWAN, policy: { ...before.json<{ policy: object }>().policy, readTimeoutMin: 9, wakeDeadlineMin: 4 } }), 400, 'VALIDATION_FAILED');
      expectError(await baotou.request('GET', `/api/warnings/callout-policy?regionCode=${HAIBOWAN}`), 404, 'REGION_NOT_FOUND');
    });
  },
  { clock },
);
