import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Alarm, Incident, IncidentDetail, IncidentGrading, IncidentLogEntry, IncidentReport, IncidentTask, IncidentTypeCatalogue, ReportClock, ReportRulesView, Warning } from '@shouwang/contracts';
import { describeEachEngine } from '../engines.js';
import type { TestClient, TestPlatform } from '../platform.js';
import { expectError, orgUnitIdOf, refusedWithoutChange, signIn, uniqueName } from '../support.js';

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const WUDA = '150304000000';
const ORDOS = '150600000000';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * The fake clock starts at 23:40 Beijing time two days after the real now: after the demo's seeded
 * readings (stamped with the real clock), so a reading sent here is the newest and can raise an alarm,
 * and close enough to midnight that the first deadlines fall on the next day.
 */
const BASE = (() => {
  const localMidnight = Math.floor((Date.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  return localMidnight + 2 * DAY + 23 * HOUR + 40 * MIN;
})();
let now = BASE;
const clock = { now: () => new Date(now) };
const at = (minutesFromBase: number) => {
  now = BASE + minutesFromBase * MIN;
  return new Date(now).toISOString();
};
/** Local (+08:00) wall-clock time, for readable assertions. */
const local = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(11, 16);
const localDay = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10);

type PageOf<T> = { items: T[]; total: number };
const ledger = (p: TestPlatform, entityId: string) =>
  sql<{ action: string }>`select action from audit_ledger where entity_id = ${entityId} order by seq`.execute(p.data.system).then((r) => r.rows.map((x) => x.action));
const events = (p: TestPlatform, id: string) =>
  sql<{ type: string; region_code: string }>`select type, region_code from event_outbox where payload->>'id' = ${id} order by occurred_at, type`.execute(p.data.system).then((r) => r.rows);

describeEachEngine(
  'incidents: intake, grading, reporting deadlines, response and tasks over HTTP (fake clock)',
  ({ p }) => {
    let duty: TestClient;
    let haibowan: TestClient;
    let baotou: TestClient;
    let ordos: TestClient;
    let viewer: TestClient;
    let inspector: TestClient;
    let root: TestClient;

    before(async () => {
      at(0);
      // Jobs run only when a test asks (runDue): the poller would otherwise fire deadline and escalation
      // jobs whenever the fake clock jumps, in the middle of a check that nothing changed.
      p().jobs.stop();
      [duty, haibowan, baotou, ordos, viewer, inspector, root] = await Promise.all([
        signIn(p(), 'wuhai-duty'),
        signIn(p(), 'haibowan-duty'),
        signIn(p(), 'baotou-duty'),
        signIn(p(), 'ordos-duty'),
        signIn(p(), 'wuhai-viewer'),
        signIn(p(), 'ordos-inspector'),
        signIn(p(), 'demo-admin'),
      ]);
    });

    const report = async (over: Record<string, unknown> = {}, client = duty) => {
      const res = await client.request('POST', '/api/incidents', {
        regionCode: WUDA,
        type: 'hazchem',
        occurredAt: new Date(now - 5 * MIN).toISOString(),
        location: { text: uniqueName('乌达经济开发区某化工厂'), lon: 106.69, lat: 39.47 },
        summary: '氯乙烯球罐区发生泄漏，现场有人员受伤。',
        informant: { name: '周志刚', phone: '13904738101', unit: '乌海恒晟氯碱化工有限公司' },
        ...over,
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json<Incident>();
    };
    const get = async (id: string, client = duty) => {
      const res = await client.request('GET', `/api/incidents/${id}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json<IncidentDetail>();
    };
    const initial = (over: Record<string, unknown> = {}) => ({
      stage: 'initial',
      channel: 'written',
      signedOffBy: '张军',
      reportedTo: '内蒙古自治区应急管理厅',
      figures: { deaths: 3 },
      measuresTaken: '已关闭进料阀，消防救援支队到场堵漏，疏散周边 300 人。',
      occurredAt: new Date(now - 5 * MIN).toISOString(),
      location: '乌达经济开发区',
      summary: '氯乙烯球罐区泄漏，3 人死亡。',
      ...over,
    });
    const submit = async (id: string, body: Record<string, unknown>, client = duty) => {
      const res = await client.request('POST', `/api/incidents/${id}/reports`, body);
      assert.equal(res.statusCode, 201, res.body);
      return res.json<IncidentReport>();
    };
    const logOf = async (id: string, client = duty) => (await client.request('GET', `/api/incidents/${id}/log`)).json<PageOf<IncidentLogEntry>>().items;
    const kinds = (clocks: ReportClock[]) => clocks.map((c) => `${c.kind}:${c.state}`);

    describe('intake and grading (E1)', () => {
      it('a duty officer’s intake is classified, graded from the figures and starts the report clocks', async () => {
        at(0);
        const inc = await report({ figures: { deaths: 2, missing: 1, seriousInjuries: 4 } });
        assert.equal(inc.category, 'accident');
        assert.deepEqual(inc.type, { key: 'hazchem', name: '危险化学品事故' });
        assert.equal(inc.grade, 3, '2 dead + 1 missing counts as 3 → 较大');
        assert.equal(inc.grading.reportTo, 'province');
        assert.deepEqual(inc.grading.basis.map((b) => [b.criterion, b.value, b.grade]), [['deaths', 3, 3], ['seriousInjuries', 4, 4], ['directLossYuan', 0, 4]]);
        assert.match(inc.title, /危险化学品事故（死亡2人、失踪1人、重伤4人）$/);
        assert.equal(inc.status, 'active');
        assert.equal(inc.source.kind, 'call');
        assert.equal(inc.reportedBy.name, '乌海值班员 王磊');
        assert.equal(inc.reportClock?.kind, 'initial_phone');
        const detail = await get(inc.id);
        assert.deepEqual(kinds(detail.clocks), ['initial_phone:ok', 'initial_written:ok']);
        assert.deepEqual((await logOf(inc.id)).map((e) => e.kind), ['reported']);
        assert.deepEqual(await ledger(p(), inc.id), ['incident.reported']);
        assert.deepEqual(await events(p(), inc.id), [{ type: 'incidents.reported', region_code: WUDA }]);
      });

      it('grades at the bounds over HTTP: 以上 includes the bound', async () => {
        const grade = async (type: string, figures: Record<string, number>, assessedGrade?: number) => {
          const res = await duty.request('POST', '/api/incidents/grade', { type, figures, ...(assessedGrade && { assessedGrade }) });
          assert.equal(res.statusCode, 200, res.body);
          return res.json<IncidentGrading>();
        };
        assert.equal((await grade('mining', { deaths: 10 })).grade, 2);
        assert.equal((await grade('mining', { deaths: 9 })).grade, 3);
        assert.equal((await grade('fire', { seriousInjuries: 100 })).grade, 1);
        assert.equal((await grade('fire', { directLossYuan: 9_999_999 })).grade, 4);
        assert.equal((await grade('road_traffic', { evacuated: 500 })).largerNearMiss.applies, true);
        assert.equal((await grade('flood_drought', { deaths: 40 })).grade, null, 'natural disasters are graded by a person');
        assert.equal((await grade('flood_drought', {}, 2)).grade, 2);
        expectError(await duty.request('POST', '/api/incidents/grade', { type: 'volcano', figures: {} }), 422, 'INCIDENT_TYPE_UNKNOWN');
        const types = (await viewer.request('GET', '/api/incidents/types')).json<IncidentTypeCatalogue>();
        assert.deepEqual(types.categories.map((c) => c.zh), ['自然灾害', '事故灾难', '公共卫生事件', '社会安全事件']);
        assert.deepEqual(types.grading.bounds.deaths, { grade1: 30, grade2: 10, grade3: 3 });
      });

      it('a person’s grade may raise the computed one but not lower it; assessed types start ungraded', async () => {
        at(1);
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { regionCode: WUDA, type: 'hazchem', occurredAt: at(1), location: { text: 'x' }, summary: 'x', figures: { deaths: 3 }, gradeAssessment: { grade: 4, reason: '影响小' } }), 422, 'INCIDENT_GRADE_BELOW_RULE');
        const raised = await report({ figures: { deaths: 3 }, gradeAssessment: { grade: 2, reason: '涉及周边居民区，社会影响大' } });
        assert.equal(raised.grade, 2);
        assert.equal(raised.gradeAssessment?.by, '乌海值班员 王磊');
        const flood = await report({ type: 'flood_drought', regionCode: WUHAI, unit: null });
        assert.equal(flood.category, 'natural_disaster');
        assert.equal(flood.grade, null);
        const graded = await duty.request('PATCH', `/api/incidents/${flood.id}`, { gradeAssessment: { grade: 3, reason: '2 个乡镇受灾' } });
        assert.equal(graded.json<Incident>().grade, 3);
        assert.deepEqual((await logOf(flood.id)).map((e) => e.kind), ['reported', 'updated', 'graded']);
        assert.ok((await events(p(), flood.id)).some((e) => e.type === 'incidents.graded'));
        const regraded = await duty.request('PATCH', `/api/incidents/${raised.id}`, { figures: { deaths: 12 } });
        assert.equal(regraded.json<Incident>().grade, 2);
        assert.equal(regraded.json<Incident>().grading.computed, 2);
      });

      it('refuses bad input with stable codes', async () => {
        at(2);
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { regionCode: WUDA, type: 'volcano', occurredAt: at(2), location: { text: 'x' }, summary: 'x' }), 422, 'INCIDENT_TYPE_UNKNOWN');
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { regionCode: WUDA, type: 'fire', occurredAt: new Date(now + HOUR).toISOString(), location: { text: 'x' }, summary: 'x' }), 422, 'INCIDENT_TIME_INVALID');
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { regionCode: WUDA, type: 'fire', occurredAt: at(2), receivedAt: new Date(now + HOUR).toISOString(), location: { text: 'x' }, summary: 'x' }), 422, 'INCIDENT_TIME_INVALID');
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { regionCode: '150399000000', type: 'fire', occurredAt: at(2), location: { text: 'x' }, summary: 'x' }), 404, 'REGION_NOT_FOUND');
        for (const bad of [
          { regionCode: WUDA, type: 'fire', occurredAt: at(2), location: { text: 'x', lon: 106.7 }, summary: 'x' },
          { regionCode: WUDA, type: 'fire', occurredAt: at(2), location: { text: 'x' }, summary: 'x', figures: { deaths: -1 } },
          { regionCode: WUDA, type: 'fire', occurredAt: at(2), location: { text: 'x' }, summary: 'x', figures: { deaths: 1.5 } },
          { regionCode: WUDA, type: 'fire', occurredAt: '昨天', location: { text: 'x' }, summary: 'x' },
          { regionCode: WUDA, type: 'Fire!', occurredAt: at(2), location: { text: 'x' }, summary: 'x' },
          { regionCode: WUDA, type: 'fire', occurredAt: at(2), location: { text: 'x' } },
          { regionCode: WUDA, type: 'fire', occurredAt: at(2), location: { text: 'x' }, summary: 'x', grade: 1 },
        ]) {
          expectError(await duty.request('POST', '/api/incidents', bad), 400, 'VALIDATION_FAILED');
        }
        await refusedWithoutChange(p(), () => viewer.request('POST', '/api/incidents', { regionCode: WUHAI, type: 'fire', occurredAt: at(2), location: { text: 'x' }, summary: 'x' }), 403, 'AUTH_FORBIDDEN');
        await refusedWithoutChange(p(), () => inspector.request('POST', '/api/incidents', { regionCode: ORDOS, type: 'fire', occurredAt: at(2), location: { text: 'x' }, summary: 'x' }), 403, 'AUTH_FORBIDDEN');
      });

      it('from a monitoring alarm (once per alarm, only in scope) and from a warning', async () => {
        at(3);
        const tokenRes = await root.request('POST', '/api/api-tokens', { name: uniqueName('gateway'), regionCode: WUHAI, scopes: ['telemetry:write'] });
        const token = tokenRes.json<{ secret: string }>().secret;
        const sent = await p().app.inject({ method: 'POST', url: '/api/telemetry', headers: { authorization: `Bearer ${token}` }, payload: { readings: [{ point: 'WH-HS-VCM-PT01', ts: new Date(now).toISOString(), value: 0.95, id: uniqueName('r') }] } });
        assert.equal(sent.statusCode, 200, sent.body);
        const alarms = (await duty.request('GET', '/api/alarms?status=open&limit=50')).json<PageOf<Alarm>>().items;
        const hh = alarms.find((a) => a.pointCode === 'WH-HS-VCM-PT01' && a.condition === 'HH');
        assert.ok(hh, 'the reading raised 高高报');
        const inc = await report({ source: { kind: 'alarm', id: hh.id }, regionCode: undefined });
        assert.equal(inc.regionCode, hh.regionCode, 'the region comes from the alarm');
        assert.equal(inc.source.kind, 'alarm');
        assert.equal(inc.source.refId, hh.id);
        assert.match(inc.source.label ?? '', /氯乙烯球罐压力 HH/);
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { type: 'hazchem', occurredAt: at(3), location: { text: 'x' }, summary: 'x', source: { kind: 'alarm', id: hh.id } }), 409, 'INCIDENT_SOURCE_TAKEN');
        await refusedWithoutChange(p(), () => ordos.request('POST', '/api/incidents', { type: 'hazchem', occurredAt: at(3), location: { text: 'x' }, summary: 'x', source: { kind: 'alarm', id: hh.id } }), 404, 'INCIDENT_SOURCE_NOT_FOUND');
        await refusedWithoutChange(p(), () => duty.request('POST', '/api/incidents', { type: 'hazchem', occurredAt: at(3), location: { text: 'x' }, summary: 'x', source: { kind: 'warning', id: '00000000-0000-4000-8000-000000000000' } }), 404, 'INCIDENT_SOURCE_NOT_FOUND');
        const w = await duty.request('POST', '/api/warnings', { level: 2, type: { code: '02', name: '暴雨' }, headline: uniqueName('乌海市暴雨橙色预警'), description: '强降雨', instruction: '远离河道', category: ['Met'], areas: { regionCodes: [HAIBOWAN] } });
        assert.equal(w.statusCode, 201, w.body);
        const warning = w.json<Warning>();
        const flood = await report({ type: 'flood_drought', regionCode: HAIBOWAN, source: { kind: 'warning', id: warning.id } });
        assert.equal(flood.source.kind, 'warning');
        assert.equal(flood.source.label, warning.headline);
        const again = await report({ type: 'flood_drought', regionCode: HAIBOWAN, source: { kind: 'warning', id: warning.id } });
        assert.notEqual(again.id, flood.id, 'one warning may lead to several incidents');
      });

      it('from the API with an incidents:report token, within the token’s region only', async () => {
        at(4);
        const make = async (scopes: string[], regionCode = WUHAI) => (await root.request('POST', '/api/api-tokens', { name: uniqueName('12345-hotline'), regionCode, scopes })).json<{ secret: string }>().secret;
        const post = (token: string, body: Record<string, unknown>) => p().app.inject({ method: 'POST', url: '/api/incidents', headers: { authorization: `Bearer ${token}` }, payload: body });
        const body = { regionCode: HAIBOWAN, type: 'road_traffic', occurredAt: at(4), location: { text: '海勃湾区滨河大道' }, summary: '两车相撞', figures: { injuries: 2 } };
        const token = await make(['incidents:report']);
        const res = await post(token, body);
        assert.equal(res.statusCode, 201, res.body);
        const inc = res.json<Incident>();
        assert.equal(inc.source.kind, 'api');
        assert.match(inc.reportedBy.name, /^token:12345-hotline/);
        assert.deepEqual((await logOf(inc.id)).map((e) => e.kind), ['reported']);
        expectError(await post(await make(['read']), body), 403, 'AUTH_TOKEN_SCOPE');
        expectError(await post(await make(['incidents:report'], HAIBOWAN), { ...body, regionCode: WUDA }), 404, 'REGION_NOT_FOUND');
        expectError(await p().app.inject({ method: 'PATCH', url: `/api/incidents/${inc.id}`, headers: { authorization: `Bearer ${token}` }, payload: { title: 'x' } }), 403, 'AUTH_USER_ONLY');
      });
    });

    describe('the reporting chain on a fake clock (E1)', () => {
      it('clocks turn amber and red across midnight; the overdue list and the deadline job mark it once', async () => {
        at(10); // 23:50
        const inc = await report({ figures: { deaths: 3 } });
        const clocks = (await get(inc.id)).clocks;
        assert.deepEqual(clocks.map((c) => [c.kind, local(c.dueAt)]), [['initial_phone', '00:20'], ['initial_written', '00:50']]);
        assert.notEqual(localDay(clocks[0]!.dueAt), localDay(inc.receivedAt), 'due on the next day');
        at(19); // 23:59
        assert.deepEqual(kinds((await get(inc.id)).clocks), ['initial_phone:ok', 'initial_written:ok']);
        at(35); // 00:15
        assert.deepEqual(kinds((await get(inc.id)).clocks), ['initial_phone:amber', 'initial_written:ok']);
        const amber = (await duty.request('GET', '/api/incidents/overdue?includeAmber=true')).json<{ items: { incident: Incident; clocks: ReportClock[] }[] }>();
        assert.ok(amber.items.some((i) => i.incident.id === inc.id));
        assert.equal((await duty.request('GET', '/api/incidents/overdue')).json<{ items: { incident: Incident }[] }>().items.some((i) => i.incident.id === inc.id), false, 'amber is not overdue');
        at(41); // 00:21
        const detail = await get(inc.id);
        assert.deepEqual(kinds(detail.clocks), ['initial_phone:red', 'initial_written:ok']);
        assert.equal(detail.clocks[0]!.remainingSeconds, -60);
        const overdue = (await duty.request('GET', '/api/incidents/overdue')).json<{ items: { incident: Incident; clocks: ReportClock[] }[] }>();
        const mine = overdue.items.find((i) => i.incident.id === inc.id);
        assert.deepEqual(mine?.clocks.map((c) => c.kind), ['initial_phone']);
        assert.equal(mine?.incident.reportClock?.state, 'red');
        await p().jobs.runDue();
        await p().jobs.runDue();
        const marked = (await logOf(inc.id)).filter((e) => e.kind === 'report_overdue');
        assert.equal(marked.length, 1, 'marked once, however often the job runs');
        assert.match(marked[0]!.text, /初报（电话）超时未报/);
        assert.ok((await events(p(), inc.id)).some((e) => e.type === 'incidents.report-overdue'));
        assert.ok((await ledger(p(), inc.id)).includes('incident.report-overdue'));
        // The phone report, late; then the written one, in time. Each records which deadline it met.
        const phone = await submit(inc.id, initial({ channel: 'phone', signedOffBy: '' }));
        assert.equal(phone.label, '初报（电话）');
        assert.deepEqual(phone.answered.map((a) => [a.kind, a.late]), [['initial_phone', true]]);
        assert.equal(phone.late, true);
        at(60); // 00:40
        const written = await submit(inc.id, initial());
        assert.deepEqual(written.answered.map((a) => [a.kind, a.late]), [['initial_written', false]]);
        const after = await get(inc.id);
        assert.deepEqual(after.clocks.map((c) => [c.kind, c.label, localDay(c.dueAt) === localDay(written.reportedAt) ? 'same day' : 'next day', local(c.dueAt)]), [['follow_up', '续报一', 'next day', '00:40']]);
        assert.equal((await duty.request('GET', '/api/incidents/overdue')).json<{ items: { incident: Incident }[] }>().items.some((i) => i.incident.id === inc.id), false);
        assert.equal((await logOf(inc.id)).filter((e) => e.kind === 'report_submitted').length, 2);
      });

      it('a 续报 that raises the grade moves the next deadline to 08:00/17:00; the chain runs to 终报 and closes', async () => {
        at(100);
        const inc = await report({ figures: { deaths: 3 } });
        await submit(inc.id, initial());
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/reports`, initial()), 409, 'REPORT_STAGE_INVALID');
        at(160); // 02:20
        const follow = await submit(inc.id, { stage: 'follow_up', channel: 'written', signedOffBy: '张军', figures: { deaths: 11 }, measuresTaken: '搜救继续', progress: '又发现 8 名遇难者' });
        assert.equal(follow.label, '续报一');
        assert.equal(follow.gradeAfter, 2);
        const detail = await get(inc.id);
        assert.equal(detail.grade, 2);
        assert.deepEqual(detail.clocks.map((c) => [c.label, local(c.dueAt)]), [['续报二', '08:00']], '重大: by 08:00, at least 2 h after the last report');
        assert.ok((await logOf(inc.id)).some((e) => e.kind === 'graded' && e.text.includes('重大')));
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/reports`, { stage: 'final', channel: 'written', signedOffBy: '张军', figures: { deaths: 11 }, measuresTaken: 'x', summary: 'x', response: 'x', currentState: 'x', nextSteps: 'x' }), 409, 'REPORT_STAGE_INVALID');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/reports`, { stage: 'follow_up', channel: 'written', figures: {}, measuresTaken: 'x', progress: 'x' }), 422, 'REPORT_SIGN_OFF_REQUIRED');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/reports`, { stage: 'follow_up', channel: 'phone', reportedAt: new Date(now + HOUR).toISOString(), figures: {}, measuresTaken: 'x', progress: 'x' }), 422, 'REPORT_TIME_INVALID');
        for (const bad of [{ stage: 'follow_up', channel: 'phone', figures: {}, measuresTaken: 'x' }, { stage: 'initial', channel: 'fax', figures: {}, measuresTaken: 'x' }, { stage: 'interim', channel: 'phone' }, { channel: 'phone' }]) {
          expectError(await duty.request('POST', `/api/incidents/${inc.id}/reports`, bad), 400, 'VALIDATION_FAILED');
        }
        const ended = await duty.request('POST', `/api/incidents/${inc.id}/end`, { note: '泄漏已控制，搜救结束' });
        assert.equal(ended.statusCode, 200, ended.body);
        assert.equal(ended.json<Incident>().status, 'ended');
        const finalClock = (await get(inc.id)).clocks;
        assert.deepEqual(finalClock.map((c) => [c.kind, local(c.dueAt)]), [['final', local(ended.json<Incident>().endedAt!)]], 'the 终报 is due in working days, at the same time of day');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/reports`, { stage: 'follow_up', channel: 'phone', figures: {}, measuresTaken: 'x', progress: 'x' }), 409, 'REPORT_STAGE_INVALID');
        const fin = await submit(inc.id, { stage: 'final', channel: 'written', signedOffBy: '张军', figures: { deaths: 11, seriousInjuries: 3, directLossYuan: 23_000_000 }, measuresTaken: '善后处置中', summary: '泄漏致 11 人死亡', response: '启动二级响应', currentState: '现场已清理', nextSteps: '事故调查' });
        assert.equal(fin.label, '终报');
        const closed = await get(inc.id);
        assert.equal(closed.status, 'closed');
        assert.deepEqual(closed.clocks, []);
        assert.deepEqual(closed.reports.map((r) => r.label), ['初报（书面）', '续报一', '终报']);
        await refusedWithoutChange(p(), () => duty.request('PATCH', `/api/incidents/${inc.id}`, { title: 'x' }), 409, 'INCIDENT_STATUS_INVALID');
        assert.deepEqual((await logOf(inc.id)).map((e) => e.kind).slice(-3), ['ended', 'report_submitted', 'closed']);
        assert.ok((await events(p(), inc.id)).some((e) => e.type === 'incidents.closed'));
      });

      it('deadlines are data per region: a city’s own rules reach its counties’ open incidents', async () => {
        at(200);
        const inc = await report({ figures: { deaths: 1 } });
        const view = (await duty.request('GET', `/api/incidents/report-rules?regionCode=${WUDA}`)).json<ReportRulesView>();
        assert.equal(view.inheritedFrom, null);
        assert.equal(view.rules.initial.grade4.written.value, 1);
        const rules = { ...view.rules, initial: { ...view.rules.initial, grade4: { phone: { value: 20, unit: 'MIN' }, written: { value: 40, unit: 'MIN' } } } };
        await refusedWithoutChange(p(), () => baotou.request('PUT', `/api/incidents/report-rules?regionCode=${WUHAI}`, rules), 404, 'REGION_NOT_FOUND');
        await refusedWithoutChange(p(), () => viewer.request('PUT', `/api/incidents/report-rules?regionCode=${WUHAI}`, rules), 403, 'AUTH_FORBIDDEN');
        expectError(await duty.request('PUT', `/api/incidents/report-rules?regionCode=${WUHAI}`, { ...rules, amberFraction: 2 }), 400, 'VALIDATION_FAILED');
        expectError(await duty.request('PUT', `/api/incidents/report-rules?regionCode=${WUHAI}`, { ...rules, final: { within: { value: 5, unit: 'WEEK' } } }), 400, 'VALIDATION_FAILED');
        const set = await duty.request('PUT', `/api/incidents/report-rules?regionCode=${WUHAI}`, rules);
        assert.equal(set.statusCode, 200, set.body);
        const inherited = (await haibowan.request('GET', `/api/incidents/report-rules?regionCode=${HAIBOWAN}`)).json<ReportRulesView>();
        assert.equal(inherited.inheritedFrom, WUHAI);
        const clocks = (await get(inc.id)).clocks;
        assert.deepEqual(clocks.map((c) => (Date.parse(c.dueAt) - Date.parse(inc.receivedAt)) / MIN), [20, 40]);
        assert.deepEqual(await ledger(p(), WUHAI).then((a) => a.filter((x) => x.startsWith('incident.'))), ['incident.report-rules-set']);
        const removed = await duty.request('DELETE', `/api/incidents/report-rules?regionCode=${WUHAI}`);
        assert.equal(removed.json<ReportRulesView>().inheritedFrom, null);
        assert.deepEqual((await get(inc.id)).clocks.map((c) => (Date.parse(c.dueAt) - Date.parse(inc.receivedAt)) / MIN), [30, 60]);
      });
    });

    describe('response levels, tasks and the command post (E2)', () => {
      it('level III on a county’s 危化 incident uses the city’s 危化 command body and its template; every change is logged', async () => {
        at(300);
        const inc = await report({ figures: { deaths: 3 } });
        const res = await duty.request('POST', `/api/incidents/${inc.id}/response`, { level: 3, basis: '较大危险化学品事故，符合市级预案三级响应条件' });
        assert.equal(res.statusCode, 200, res.body);
        const d = res.json<IncidentDetail>();
        assert.equal(d.responseLevel, 3);
        assert.equal(d.response?.commandBody?.name, '乌海市危险化学品事故应急指挥部');
        assert.equal(d.response?.commander?.title, '副市长');
        const owners = new Set(d.tasks.map((t) => t.ownerUnit.name));
        assert.deepEqual(owners, new Set(['乌海市应急管理局', '乌海市消防救援支队', '乌海市公安局', '乌海市生态环境局', '乌海市卫生健康委员会']), 'every member unit has tasks');
        assert.ok(d.tasks.every((t) => t.status === 'pending' && t.templateKey?.startsWith('hazchem:') && t.responseId === d.response?.id));
        const fire = d.tasks.find((t) => t.templateKey === 'hazchem:fire-rescue')!;
        assert.equal(fire.ownerUnit.name, '乌海市消防救援支队');
        assert.equal((Date.parse(fire.dueAt) - now) / MIN, 20);
        assert.match(d.tasks.find((t) => t.templateKey === 'hazchem:duties' && t.ownerUnit.name === '乌海市公安局')!.detail, /^1\. 负责事发现场警戒/);
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/response`, { level: 2, basis: 'x' }), 409, 'RESPONSE_ALREADY_ACTIVE');

        at(320);
        const up = await duty.request('POST', `/api/incidents/${inc.id}/response/level`, { level: 2, reason: '死亡人数上升，提级响应' });
        assert.equal(up.json<IncidentDetail>().responseLevel, 2);
        assert.deepEqual(up.json<IncidentDetail>().response?.levelChanges.map((c) => [c.from, c.to]), [[3, 2]]);
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/response/level`, { level: 2, reason: 'x' }), 409, 'RESPONSE_LEVEL_UNCHANGED');

        const post = await duty.request('PUT', `/api/incidents/${inc.id}/command-post`, { name: '乌达经济开发区现场指挥部', lon: 106.695, lat: 39.469, address: '开发区管委会', commander: { name: '李志强', phone: '0473-3999002' }, videoUrl: 'rtsp://10.1.2.3:554/live/cp1' });
        assert.equal(post.statusCode, 200, post.body);
        assert.equal(post.json<IncidentDetail>().commandPost?.videoUrl, 'rtsp://10.1.2.3:554/live/cp1');
        expectError(await duty.request('PUT', `/api/incidents/${inc.id}/command-post`, { name: 'x', lon: 106.7, lat: 39.4, videoUrl: 'javascript:alert(1)' }), 400, 'VALIDATION_FAILED');
        expectError(await duty.request('PUT', `/api/incidents/${inc.id}/command-post`, { name: 'x', lon: 200, lat: 39.4 }), 400, 'VALIDATION_FAILED');

        const move = (status: string, note?: string) => duty.request('PATCH', `/api/incidents/${inc.id}/tasks/${fire.id}`, { status, ...(note && { note }) });
        assert.equal((await move('in_progress')).json<IncidentTask>().status, 'in_progress');
        const done = (await move('done', '已完成堵漏')).json<IncidentTask>();
        assert.equal(done.status, 'done');
        assert.equal(done.finishedAt, new Date(now).toISOString());
        await refusedWithoutChange(p(), () => move('in_progress'), 409, 'TASK_STATUS_INVALID');
        expectError(await duty.request('PATCH', `/api/incidents/${inc.id}/tasks/${fire.id}`, {}), 400, 'VALIDATION_FAILED');
        expectError(await duty.request('PATCH', `/api/incidents/${inc.id}/tasks/${fire.id}`, { status: 'finished' }), 400, 'VALIDATION_FAILED');
        await refusedWithoutChange(p(), () => duty.request('PATCH', `/api/incidents/${inc.id}/tasks/00000000-0000-4000-8000-000000000000`, { status: 'done' }), 404, 'TASK_NOT_FOUND');
        const water = await orgUnitIdOf(p(), '乌海市水务局');
        const extra = await duty.request('POST', `/api/incidents/${inc.id}/tasks`, { ownerUnitId: water, title: '保障消防用水', dueAt: new Date(now + HOUR).toISOString() });
        assert.equal(extra.statusCode, 201, extra.body);
        assert.equal(extra.json<IncidentTask>().origin, 'manual');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/tasks`, { ownerUnitId: '00000000-0000-4000-8000-000000000000', title: 'x', dueAt: new Date(now).toISOString() }), 404, 'ORG_UNIT_NOT_FOUND');

        at(400);
        const end = await duty.request('POST', `/api/incidents/${inc.id}/response/terminate`, { reason: '险情消除，转入善后' });
        const ended = end.json<IncidentDetail>();
        assert.equal(ended.status, 'ended');
        assert.equal(ended.responseLevel, null);
        assert.equal(ended.response?.status, 'terminated');
        assert.deepEqual(ended.clocks.map((c) => c.kind), ['initial_phone', 'initial_written', 'final'], 'no 初报 was ever made: still owed, with the 终报');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/response/terminate`, { reason: 'x' }), 409, 'RESPONSE_NOT_ACTIVE');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${inc.id}/response`, { level: 4, basis: 'x' }), 409, 'INCIDENT_STATUS_INVALID');

        assert.deepEqual((await logOf(inc.id)).map((e) => e.kind), ['reported', 'response_activated', 'task_created', 'response_level_changed', 'command_post_set', 'task_changed', 'task_changed', 'task_created', 'response_terminated', 'ended']);
        const actions = await ledger(p(), d.response.id);
        assert.deepEqual(actions, ['incident.response-activated', 'incident.response-level-changed', 'incident.response-terminated']);
        assert.deepEqual(await ledger(p(), fire.id), ['incident.task-updated', 'incident.task-updated']);
        const types = (await events(p(), inc.id)).map((e) => e.type);
        for (const t of ['incidents.response-activated', 'incidents.response-level-changed', 'incidents.command-post-set', 'incidents.task-changed', 'incidents.response-terminated', 'incidents.ended']) assert.ok(types.includes(t), t);
      });

      it('the default template when the type has none; the region’s 应急指挥部 when no special body covers it', async () => {
        at(500);
        const inc = await report({ type: 'earthquake', regionCode: WUHAI, gradeAssessment: { grade: 4, reason: '震级小' } });
        const d = (await duty.request('POST', `/api/incidents/${inc.id}/response`, { level: 4, basis: '一般地震灾害' })).json<IncidentDetail>();
        assert.equal(d.response?.commandBody?.name, '乌海市突发事件应急指挥部');
        assert.ok(d.tasks.length >= 10 && d.tasks.every((t) => t.templateKey?.startsWith('default:')));
        assert.equal(d.tasks.filter((t) => t.templateKey === 'default:office-consult').length, 1, 'only the office consults');
        const other = await report({ type: 'fire', regionCode: WUHAI });
        const bodies = (await duty.request('GET', '/api/duty/command-bodies?kind=safety_committee')).json<{ items: { id: string; name: string }[] }>().items;
        const safety = bodies.find((b) => b.name === '乌海市安全生产委员会')!;
        const chosen = (await duty.request('POST', `/api/incidents/${other.id}/response`, { level: 4, basis: '按安委会方案', commandBodyId: safety.id })).json<IncidentDetail>();
        assert.equal(chosen.response?.commandBody?.id, safety.id);
        const third = await report({ type: 'fire', regionCode: WUHAI });
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${third.id}/response`, { level: 4, basis: 'x', commandBodyId: '00000000-0000-4000-8000-000000000000' }), 404, 'COMMAND_BODY_NOT_FOUND');
        const ordosInc = await report({ type: 'fire', regionCode: ORDOS, location: { text: '鄂尔多斯市东胜区' } }, ordos);
        await refusedWithoutChange(p(), () => ordos.request('POST', `/api/incidents/${ordosInc.id}/response`, { level: 4, basis: 'x' }), 422, 'RESPONSE_NO_COMMAND_BODY');
        await refusedWithoutChange(p(), () => duty.request('POST', `/api/incidents/${third.id}/end`, { note: '' }), 400, 'VALIDATION_FAILED');
      });
    });

    describe('region scope', () => {
      it('a county sees its own incidents; the city sees its counties’; another city nothing', async () => {
        at(600);
        const county = await report({ regionCode: HAIBOWAN, type: 'fire', location: { text: '海勃湾区某商场' } }, haibowan);
        const wuda = await report({ type: 'fire' });
        const countyPage = (await haibowan.request('GET', '/api/incidents?limit=1')).json<PageOf<Incident> & { totalIsLowerBound: boolean }>();
        const countyList = (await haibowan.request('GET', '/api/incidents?limit=500')).json<PageOf<Incident>>().items;
        assert.deepEqual([countyPage.items.length, countyPage.total, countyPage.totalIsLowerBound], [1, countyList.length, false], 'the total counts every match, not the page');
        assert.ok(countyList.some((i) => i.id === county.id));
        assert.ok(countyList.every((i) => i.regionCode.startsWith('150302')));
        const cityList = (await duty.request('GET', `/api/incidents?limit=500&regionCode=${WUHAI}`)).json<PageOf<Incident>>().items;
        assert.ok(cityList.some((i) => i.id === county.id) && cityList.some((i) => i.id === wuda.id));
        assert.equal((await duty.request('GET', `/api/incidents?limit=500&regionCode=${HAIBOWAN}`)).json<PageOf<Incident>>().items.some((i) => i.id === wuda.id), false);
        assert.equal((await baotou.request('GET', '/api/incidents?limit=500')).json<PageOf<Incident>>().items.some((i) => i.regionCode.startsWith('1503')), false);
        assert.equal((await haibowan.request('GET', '/api/incidents/overdue?includeAmber=true')).json<{ items: { incident: Incident }[] }>().items.every((i) => i.incident.regionCode.startsWith('150302')), true);
        await get(county.id, duty);
        for (const [method, url, body] of [
          ['GET', `/api/incidents/${wuda.id}`, undefined],
          ['GET', `/api/incidents/${wuda.id}/log`, undefined],
          ['GET', `/api/incidents/${wuda.id}/reports`, undefined],
          ['GET', `/api/incidents/${wuda.id}/tasks`, undefined],
          ['PATCH', `/api/incidents/${wuda.id}`, { title: 'x' }],
          ['POST', `/api/incidents/${wuda.id}/reports`, initial()],
          ['POST', `/api/incidents/${wuda.id}/response`, { level: 4, basis: 'x' }],
          ['POST', `/api/incidents/${wuda.id}/end`, { note: 'x' }],
          ['PUT', `/api/incidents/${wuda.id}/command-post`, { name: 'x', lon: 106.7, lat: 39.5 }],
        ] as const) {
          const send = () => haibowan.request(method, url, body);
          if (method === 'GET') expectError(await send(), 404, 'INCIDENT_NOT_FOUND');
          else await refusedWithoutChange(p(), send, 404, 'INCIDENT_NOT_FOUND');
        }
        expectError(await baotou.request('GET', `/api/incidents/${county.id}`), 404, 'INCIDENT_NOT_FOUND');
        await refusedWithoutChange(p(), () => haibowan.request('POST', '/api/incidents', { regionCode: WUDA, type: 'fire', occurredAt: at(600), location: { text: 'x' }, summary: 'x' }), 404, 'REGION_NOT_FOUND');
        expectError(await haibowan.request('GET', `/api/incidents/report-rules?regionCode=${WUHAI}`), 404, 'REGION_NOT_FOUND');
      });

      it('a county’s response is commanded by the city’s body above it, and its tasks stay with the county’s incident', async () => {
        at(700);
        const county = await report({ regionCode: HAIBOWAN, type: 'hazchem', location: { text: '海勃湾区瑞通液化气储配站' } }, haibowan);
        const d = (await haibowan.request('POST', `/api/incidents/${county.id}/response`, { level: 4, basis: '一般事故' })).json<IncidentDetail>();
        assert.equal(d.response?.commandBody?.regionCode, WUHAI);
        assert.ok(d.tasks.length > 0);
        const tasks = (await haibowan.request('GET', `/api/incidents/${county.id}/tasks`)).json<IncidentTask[]>();
        assert.equal(tasks.length, d.tasks.length);
        assert.equal((await duty.request('GET', `/api/incidents/${county.id}/tasks`)).json<IncidentTask[]>().length, d.tasks.length);
      });
    });
  },
  { clock },
);
