import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import type { Alarm, Contact, Incident, IncidentDetail, IncidentLogEntry, IncidentReview, Warning } from '@shouwang/contracts';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, refusedWithoutChange, signIn, uniqueName } from '../support.js';
import { docxText, zipEntries } from '../zip.js';

const WUHAI = '150300000000';
const WUDA = '150304000000';
const ORDOS = '150600000000';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A fake clock two days ahead of the real one (after the demo's seeded readings), moved by each test. */
const BASE = Math.floor((Date.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR + 2 * DAY + 9 * HOUR;
let now = BASE;
const clock = { now: () => new Date(now) };
const at = (minutes: number) => {
  now = BASE + minutes * MIN;
  return new Date(now).toISOString();
};

type PageOf<T> = { items: T[]; total: number };
const ledger = (p: TestPlatform, entityId: string) =>
  sql<{ action: string }>`select action from audit_ledger where entity_id = ${entityId} order by seq`.execute(p.data.system).then((r) => r.rows.map((x) => x.action));

describeEachEngine(
  'incidents: calls, the linked timeline, the review (总结评估) and the DOCX report over HTTP (fake clock)',
  ({ p }) => {
    let duty: TestClient;
    let leader: TestClient;
    let haibowan: TestClient;
    let ordos: TestClient;
    let viewer: TestClient;
    let root: TestClient;

    /** Signs everyone in at the clock's time: sessions expire on the fake clock too (12 hours). */
    const signInAll = async () => {
      [duty, leader, haibowan, ordos, viewer, root] = await Promise.all([
        signIn(p(), 'wuhai-duty'),
        signIn(p(), 'wuhai-leader'),
        signIn(p(), 'haibowan-duty'),
        signIn(p(), 'ordos-duty'),
        signIn(p(), 'wuhai-viewer'),
        signIn(p(), 'demo-admin'),
      ]);
    };
    before(async () => {
      at(0);
      // Deadline jobs run only when a test asks (runDue), not whenever the fake clock jumps.
      p().jobs.stop();
      await signInAll();
    });

    const send = async <T>(client: TestClient, method: 'POST' | 'PUT' | 'PATCH' | 'GET', url: string, body: unknown, status: number) => {
      const res = await client.request(method, url, body);
      assert.equal(res.statusCode, status, res.body);
      return res.json<T>();
    };
    const report = (over: Record<string, unknown> = {}, client = duty) =>
      send<Incident>(client, 'POST', '/api/incidents', { regionCode: WUDA, type: 'hazchem', occurredAt: new Date(now - 5 * MIN).toISOString(), location: { text: uniqueName('乌达工业园区某化工厂') }, summary: '储罐区泄漏，现场有人员受伤。', ...over }, 201);
    const submit = (id: string, body: Record<string, unknown>) => send(duty, 'POST', `/api/incidents/${id}/reports`, { channel: 'written', signedOffBy: '张军', reportedTo: '乌海市应急管理局', figures: { deaths: 3 }, measuresTaken: '已关闭进料阀，疏散周边群众。', ...body }, 201);
    const initial = (id: string) => submit(id, { stage: 'initial', occurredAt: new Date(BASE - 5 * MIN).toISOString(), location: '乌达工业园区', summary: '储罐区泄漏，3 人死亡。' });
    const final = (id: string) => submit(id, { stage: 'final', summary: '泄漏已封堵。', response: '启动三级响应，处置完毕。', currentState: '现场已恢复。', nextSteps: '善后和调查评估。' });
    const close = async (id: string) => {
      await initial(id);
      await send(duty, 'POST', `/api/incidents/${id}/end`, { note: '险情排除' }, 200);
      await final(id);
    };
    const logOf = async (id: string, query = '', client = duty) => (await send<PageOf<IncidentLogEntry>>(client, 'GET', `/api/incidents/${id}/log${query}`, undefined, 200)).items;
    const publishWarning = async (regionCodes: string[], headline = uniqueName('乌海市暴雨橙色预警')) => {
      const w = await send<Warning>(duty, 'POST', '/api/warnings', { level: 2, type: { code: '02', name: '暴雨' }, headline, description: '强降雨', instruction: '远离河道', category: ['Met'], areas: { regionCodes } }, 201);
      await send(duty, 'POST', `/api/warnings/${w.id}/submit`, {}, 200);
      return send<Warning>(leader, 'POST', `/api/warnings/${w.id}/approve`, {}, 200);
    };

    describe('calls from the contact directory (A4)', () => {
      it('a call made from a contact’s tel: link, and one noted by hand, land on the timeline, audited', async () => {
        at(1);
        const inc = await report();
        const contact = await send<Contact>(duty, 'POST', '/api/contacts', { regionCode: WUDA, name: '李建国', post: '区长', orgName: '乌达区人民政府', phone: '13904731234' }, 201);
        at(3);
        const made = await send<IncidentLogEntry>(duty, 'POST', `/api/incidents/${inc.id}/calls`, { contactId: contact.id, direction: 'outgoing', outcome: 'connected', note: '已报告区长，区长赶赴现场' }, 201);
        assert.equal(made.kind, 'call', 'a call entry');
        assert.equal(made.text, '致电：李建国（乌达区人民政府 区长） 13904731234，已接通。已报告区长，区长赶赴现场', 'who, which number, what came of it');
        assert.deepEqual([made.data.contactId, made.data.name, made.data.phone, made.data.direction], [contact.id, '李建国', '13904731234', 'outgoing'], 'name and phone come from the contact');
        const noted = await send<IncidentLogEntry>(duty, 'POST', `/api/incidents/${inc.id}/calls`, { name: '周志刚', phone: '13904738101', direction: 'incoming', calledAt: new Date(now - 2 * MIN).toISOString() }, 201);
        assert.equal(noted.at, new Date(now - 2 * MIN).toISOString(), 'a call noted afterwards keeps its own time');
        assert.deepEqual((await logOf(inc.id)).map((e) => e.kind), ['reported', 'call', 'call'], 'oldest first');
        assert.equal((await logOf(inc.id))[1]!.id, noted.id, 'the earlier call sorts first');
        assert.deepEqual((await ledger(p(), inc.id)).filter((a) => a.startsWith('incident.call')), ['incident.call-logged', 'incident.call-logged'], 'both calls audited');
      });

      it('refuses a contact or an incident outside the caller’s region, a call in the future and a call without a number', async () => {
        at(5);
        const inc = await report();
        const far = await send<Contact>(ordos, 'POST', '/api/contacts', { regionCode: ORDOS, name: '王刚', phone: '13904770000' }, 201);
        const url = `/api/incidents/${inc.id}/calls`;
        await refusedWithoutChange(p(), () => duty.request('POST', url, { contactId: far.id, direction: 'outgoing' }), 404, 'CONTACT_NOT_FOUND');
        await refusedWithoutChange(p(), () => haibowan.request('POST', url, { name: '张三', phone: '13900000000', direction: 'outgoing' }), 404, 'INCIDENT_NOT_FOUND');
        await refusedWithoutChange(p(), () => viewer.request('POST', url, { name: '张三', phone: '13900000000', direction: 'outgoing' }), 403, 'AUTH_FORBIDDEN');
        await refusedWithoutChange(p(), () => duty.request('POST', url, { name: '张三', phone: '13900000000', direction: 'outgoing', calledAt: new Date(now + HOUR).toISOString() }), 422, 'INCIDENT_CALL_TIME_INVALID');
        await refusedWithoutChange(p(), () => duty.request('POST', url, { name: '张三', direction: 'outgoing' }), 400, 'VALIDATION_FAILED');
      });
    });

    describe('the timeline (E5)', () => {
      it('filters by kind', async () => {
        at(7);
        const inc = await report();
        await send(duty, 'POST', `/api/incidents/${inc.id}/calls`, { name: '张三', phone: '13900000000', direction: 'outgoing' }, 201);
        await initial(inc.id);
        assert.deepEqual((await logOf(inc.id, '?kinds=call')).map((e) => e.kind), ['call'], 'calls only');
        assert.deepEqual((await logOf(inc.id, '?kinds=reported,report_submitted')).map((e) => e.kind), ['reported', 'report_submitted'], 'two kinds');
        expectError(await duty.request('GET', `/api/incidents/${inc.id}/log?kinds=gossip`), 400, 'VALIDATION_FAILED');
      });

      it('shows the source alarm and its later entries, once each however often the events arrive', async () => {
        at(20);
        const token = (await send<{ secret: string }>(root, 'POST', '/api/api-tokens', { name: uniqueName('gateway'), regionCode: WUHAI, scopes: ['telemetry:write'] }, 201)).secret;
        const sent = await p().app.inject({ method: 'POST', url: '/api/telemetry', headers: { authorization: `Bearer ${token}` }, payload: { readings: [{ point: 'WH-HS-VCM-PT01', ts: new Date(now).toISOString(), value: 0.95, id: uniqueName('r') }] } });
        assert.equal(sent.statusCode, 200, sent.body);
        const alarm = (await send<PageOf<Alarm>>(duty, 'GET', '/api/alarms?status=open&limit=50', undefined, 200)).items.find((a) => a.pointCode === 'WH-HS-VCM-PT01' && a.condition === 'HH');
        assert.ok(alarm, 'the reading raised 高高报');
        at(25);
        const inc = await report({ source: { kind: 'alarm', id: alarm.id }, regionCode: undefined });
        const first = (await logOf(inc.id))[0]!;
        assert.equal(first.kind, 'alarm', 'the source alarm comes first: it was raised before the intake');
        assert.match(first.text, /^监测报警：.*氯乙烯球罐压力/, first.text);
        assert.equal(first.at, alarm.raisedAt, 'at the time the alarm was raised');
        at(27);
        await send(duty, 'POST', `/api/alarms/${alarm.id}/acknowledge`, { note: '已通知企业关阀' }, 200);
        const alarmLines = (await logOf(inc.id, '?kinds=alarm')).map((e) => e.text);
        assert.ok(alarmLines.some((t) => t.startsWith('报警已确认')), alarmLines.join(' | '));
        // Redeliver every event about the incident and the alarm (what the outbox relay or NATS may do): nothing doubles.
        const before = (await logOf(inc.id)).length;
        const rows = await sql<{ id: string; type: string; region_code: string; occurred_at: Date; payload: Record<string, unknown> }>`select * from event_outbox where payload->>'id' in (${inc.id}, ${alarm.id})`.execute(p().data.system);
        await p().events.published(rows.rows.map((r) => ({ id: r.id, type: r.type, regionCode: r.region_code, occurredAt: new Date(r.occurred_at).toISOString(), payload: r.payload })));
        assert.equal((await logOf(inc.id)).length, before, 'a redelivered event adds nothing');
        assert.ok((await ledger(p(), inc.id)).includes('incident.timeline-linked'), 'linked lines are audited');
      });

      it('shows the source warning, and later warnings over an open incident’s region (not a closed one’s, nor another region’s)', async () => {
        at(40);
        const source = await publishWarning([WUDA]);
        const fromWarning = await report({ type: 'flood_drought', source: { kind: 'warning', id: source.id } });
        assert.deepEqual((await logOf(fromWarning.id, '?kinds=warning')).map((e) => e.text), [`来源预警：${source.headline}（二级·橙色）`], 'the source warning');
        const closed = await report();
        await close(closed.id);
        const city = await report({ regionCode: WUHAI });
        const elsewhere = await report({ regionCode: ORDOS }, ordos);
        at(50);
        const later = await publishWarning([WUDA]);
        const lines = async (id: string, client = duty) => (await logOf(id, '?kinds=warning', client)).map((e) => e.text);
        assert.ok((await lines(fromWarning.id)).includes(`预警发布：${later.headline}（二级·橙色）`), 'an open incident in the region');
        assert.ok((await lines(city.id)).includes(`预警发布：${later.headline}（二级·橙色）`), 'an open incident of the city above it');
        assert.deepEqual(await lines(closed.id), [], 'not a closed incident');
        assert.deepEqual(await lines(elsewhere.id, ordos), [], 'not another region’s');
        at(55);
        await send(leader, 'POST', `/api/warnings/${later.id}/cancel`, { reason: '降雨减弱' }, 201);
        assert.ok((await lines(fromWarning.id)).some((t) => t.startsWith('预警解除：') && t.endsWith('降雨减弱')), 'the lifting too');
      });
    });

    describe('the review (总结评估) and the exported report (E5)', () => {
      let inc: Incident;
      const T = 100;
      const text = { summary: '储罐区法兰垫片失效导致泄漏。', response: '启动三级响应，消防堵漏，疏散群众 300 人。', assessment: '堵漏及时；初报电话迟报 10 分钟。', lessons: '夜间值守力量不足。', measures: '增设夜间带班人员，每季度开展泄漏处置演练。' };

      it('is refused before the 终报; facts follow the record on the fake clock', async () => {
        at(T);
        inc = await report({ figures: { deaths: 3 } });
        at(T + 35);
        await p().jobs.runDue();
        at(T + 40);
        await initial(inc.id);
        at(T + 45);
        const detail = await send<IncidentDetail>(duty, 'POST', `/api/incidents/${inc.id}/response`, { level: 3, basis: '较大事故' }, 200);
        at(T + 50);
        await send(duty, 'POST', `/api/incidents/${inc.id}/response/level`, { level: 2, reason: '泄漏扩大' }, 200);
        at(T + 60);
        const task = detail.tasks[0]!;
        await send(duty, 'PATCH', `/api/incidents/${inc.id}/tasks/${task.id}`, { status: 'done' }, 200);
        at(T + 300);
        await submit(inc.id, { stage: 'follow_up', progress: '泄漏已控制。' });
        await refusedWithoutChange(p(), () => duty.request('PUT', `/api/incidents/${inc.id}/review`, { ...text, status: 'draft' }), 409, 'INCIDENT_STATUS_INVALID');
        at(T + 400);
        await send(duty, 'POST', `/api/incidents/${inc.id}/response/terminate`, { reason: '险情排除' }, 200);
        at(T + 500);
        await final(inc.id);

        const none = await send<IncidentReview>(duty, 'GET', `/api/incidents/${inc.id}/review`, undefined, 200);
        assert.equal(none.status, 'none', 'nobody wrote one yet');
        const f = none.facts;
        assert.deepEqual(f.reports.map((r) => [r.label, r.late, r.lateBySeconds]), [['初报（书面）', true, 600], ['续报一', false, 0], ['终报', false, 0]], 'the written 初报 came 10 minutes after the phone deadline');
        assert.deepEqual(f.reports[0]!.deadlines.map((d) => [d.label, d.late]), [['初报（电话）', true], ['初报（书面）', false]], 'it met the written deadline');
        assert.deepEqual([f.reportsOnTime, f.reportsLate, f.deadlinesMissed, f.initialReportSeconds], [2, 1, 1, 40 * 60], 'timeliness');
        assert.deepEqual(f.response && [f.response.secondsFromReceived, f.response.firstLevel, f.response.highestLevel, f.response.levelChanges], [45 * 60, 3, 2, 1], 'response 45 minutes after intake, raised once');
        assert.deepEqual([f.tasks.total, f.tasks.done, f.tasks.doneLate], [detail.tasks.length, 1, Date.parse(task.dueAt) < BASE + (T + 60) * MIN ? 1 : 0], 'tasks');
      });

      it('a draft, then final: complete, audited, read-only after', async () => {
        at(T + 600);
        await signInAll();
        const draft = await send<IncidentReview>(duty, 'PUT', `/api/incidents/${inc.id}/review`, { summary: text.summary, status: 'draft' }, 200);
        assert.deepEqual([draft.status, draft.summary, draft.lessons, draft.createdBy?.name], ['draft', text.summary, '', '乌海值班员 王磊'], 'a draft may be partial');
        await refusedWithoutChange(p(), () => duty.request('PUT', `/api/incidents/${inc.id}/review`, { summary: text.summary, status: 'final' }), 422, 'INCIDENT_REVIEW_INCOMPLETE');
        await refusedWithoutChange(p(), () => viewer.request('PUT', `/api/incidents/${inc.id}/review`, { ...text, status: 'draft' }), 403, 'AUTH_FORBIDDEN');
        await refusedWithoutChange(p(), () => haibowan.request('PUT', `/api/incidents/${inc.id}/review`, { ...text, status: 'draft' }), 404, 'INCIDENT_NOT_FOUND');
        expectError(await haibowan.request('GET', `/api/incidents/${inc.id}/review`), 404, 'INCIDENT_NOT_FOUND');
        at(T + 620);
        const done = await send<IncidentReview>(leader, 'PUT', `/api/incidents/${inc.id}/review`, { ...text, status: 'final' }, 200);
        assert.deepEqual([done.status, done.finalisedBy, done.finalisedAt, done.measures], ['final', done.updatedBy?.name, new Date(now).toISOString(), text.measures], 'final');
        await refusedWithoutChange(p(), () => duty.request('PUT', `/api/incidents/${inc.id}/review`, { ...text, status: 'draft' }), 409, 'INCIDENT_REVIEW_FINAL');
        at(T + 700);
        await send(duty, 'POST', `/api/incidents/${inc.id}/calls`, { name: '张三', phone: '13900000000', direction: 'outgoing' }, 201);
        const kept = await send<IncidentReview>(viewer, 'GET', `/api/incidents/${inc.id}/review`, undefined, 200);
        assert.deepEqual(kept.facts, done.facts, 'a final review keeps the facts it was signed off with');
        assert.deepEqual((await ledger(p(), inc.id)).filter((a) => a.startsWith('incident.review')), ['incident.review-saved', 'incident.review-finalised'], 'audited');
        assert.deepEqual((await logOf(inc.id, '?kinds=review_saved,review_finalised')).map((e) => e.text), ['总结评估起草（草稿）', '总结评估定稿'], 'on the timeline');
      });

      it('exports a Chinese DOCX with the title, grade, report chain, timeline and review; only in scope', async () => {
        at(T + 800);
        const res = await viewer.request('GET', `/api/incidents/${inc.id}/report.docx`);
        assert.equal(res.statusCode, 200, res.body.slice(0, 200));
        assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a Word document');
        const disposition = String(res.headers['content-disposition']);
        assert.match(disposition, /^attachment; filename="incident-report-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''%E4%BA%8B%E4%BB%B6%E6%8A%A5%E5%91%8A-/, disposition);
        const file = res.rawPayload;
        const body = docxText(file);
        for (const s of ['突发事件报告', inc.title, '较大（Ⅲ级）', '死亡（含下落不明）人数 3 人：达到3人以上，对应较大', '《生产安全事故报告和调查处理条例》第三条', '初报（书面）', '续报一', '终报', '迟报 10分', '启动Ⅲ级应急响应', 'Ⅲ级 → Ⅱ级', '事件时间线', '总结评估定稿', text.summary, text.lessons, text.measures, '信息报送3次，按时2次，迟报1次', '接报至启动应急响应用时45分']) {
          assert.ok(body.includes(s), `the report says “${s}”`);
        }
        const entries = zipEntries(file);
        for (const part of ['word/document.xml', 'word/styles.xml', '[Content_Types].xml']) assert.equal(XMLValidator.validate(entries.get(part)?.toString('utf8') ?? ''), true, `${part} is well-formed XML`);
        const styles = entries.get('word/styles.xml')?.toString('utf8') ?? '';
        assert.match(styles, /w:eastAsia="宋体"/, 'the default font names a CJK face for East Asian text');
        expectError(await haibowan.request('GET', `/api/incidents/${inc.id}/report.docx`), 404, 'INCIDENT_NOT_FOUND');
      });
    });
  },
  { clock },
);
