import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { apiLogin } from './support/api.js';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { DEMO_PASSWORD, loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';

/** A seeded demo point (server/src/seed/demo-monitoring.ts): 1# 液氯储罐压力 at a chlor-alkali plant, 高高报 1.2 MPa. */
const POINT_CODE = 'WH-HS-CL2-PT01';
const WUHAI = '150300000000';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

interface LogEntry {
  kind: string;
  text: string;
}
interface Dispatches {
  teams: { id: string; status: string; team: { name: string; specialities: string[] } }[];
  supplies: { id: string; quantity: number; item: { name: string }; warehouse: { regionCode: string } }[];
}

let env: ReturnType<typeof useServerAndBrowser>;
const newPage = (viewport: { width: number; height: number } = LAPTOP) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);
const url = (path: string) => `${env.server().baseUrl}${path}`;

async function api<T>(page: Page, path: string): Promise<T> {
  // page.request shares the browser's session cookie: it sees exactly what the page may see.
  const response = await page.request.get(url(path));
  assert.equal(response.status(), 200, `GET ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A plant's gateway posts one reading with an API token (telemetry:write), as in the monitoring journey. */
async function postReading(pointCode: string, value: number): Promise<void> {
  const admin = await apiLogin(env.server().baseUrl, 'wuhai-admin', DEMO_PASSWORD);
  const created = await admin.post('/api/api-tokens', { name: `e2e-incident-gateway-${Date.now()}`, regionCode: WUHAI, scopes: ['telemetry:write'] });
  assert.equal(created.status, 201, `POST /api/api-tokens: ${await created.clone().text()}`);
  const { secret } = (await created.json()) as { secret: string };
  const response = await fetch(url('/api/telemetry'), {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ readings: [{ point: pointCode, ts: new Date().toISOString(), value, id: `e2e-inc-${Date.now()}` }] }),
    signal: AbortSignal.timeout(15_000),
  });
  assert.equal(response.status, 200, `POST /api/telemetry: ${await response.text()}`);
}

/** The page never scrolls sideways (tables scroll inside themselves). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
/** The live dropdown (antd keeps closed ones in the DOM). */
const dropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();
/** A textarea by its class, whether antd put the class on the textarea or on a wrapper round it. */
const textarea = (scope: Locator, cls: string) => scope.locator(`textarea.${cls}, .${cls} textarea`).first();
const tab = (scope: Locator, name: string) => scope.locator('.ant-tabs-tab', { hasText: name }).first();

describe('incidents journey', { timeout: 600_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('a 高高报 alarm becomes an incident; the duty officer grades it 较大, activates level III, dispatches the nearest 危化 team and 500 编织袋, and the timeline shows it all', { timeout: 420_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await page.goto(url('/monitoring?tab=alarms'));
      await page.locator('.sw-live-status[data-live-status="open"]').waitFor();

      // The chlorine tank's pressure crosses 高高报 (1.2 MPa); the alarm arrives in the queue by itself.
      await postReading(POINT_CODE, 1.36);
      const points = await api<{ items: { id: string; code: string }[] }>(page, `/api/monitoring/points?q=${POINT_CODE}`);
      const pointId = points.items.find((p) => p.code === POINT_CODE)?.id;
      const alarms = await api<{ items: { id: string; condition: string }[] }>(page, `/api/alarms?pointId=${pointId}&status=open`);
      const alarm = alarms.items.find((a) => a.condition === 'HH');
      assert.ok(alarm, `a 高高报 alarm is open: ${JSON.stringify(alarms.items)}`);
      const row = page.locator(`.sw-mon-alarm-table tr[data-alarm-id="${alarm.id}"]`);
      await row.waitFor();

      await page.waitForTimeout(500);
      await screenshot(page, 'incidents-00-alarm-queue');

      // 转为事件: the intake opens filled from the alarm (plant, place, time, reading, type 危险化学品事故).
      await row.locator('.sw-mon-to-incident').click();
      await page.waitForURL(/\/incidents\?fromAlarm=/);
      const intake = page.locator('.sw-inc-intake-drawer');
      await intake.locator('.sw-inc-intake-source[data-source-kind="alarm"]').waitFor();
      // The new-alarm notifications (高报 and 高高报) followed the officer here; put them away.
      const toasts = page.locator('.sw-mon-alarm-toast');
      await toasts.first().waitFor();
      for (let n = 0; n < 10 && (await toasts.count()) > 0; n++) {
        await toasts.first().locator('.ant-notification-notice-close').click({ timeout: 2_000 }).catch(() => undefined);
        await page.waitForTimeout(400);
      }
      assert.match((await intake.locator('.sw-inc-place').inputValue()) ?? '', /恒晟氯碱/, 'the place names the plant');
      assert.match(await intake.locator('.sw-inc-summary textarea').inputValue(), /1\.36/, 'the summary carries the reading');
      assert.match((await intake.locator('.sw-inc-type-picker').textContent()) ?? '', /危险化学品事故/, 'the plant is a hazardous-chemical one');
      // Two workers slightly hurt: the live grade, worked out by the server as the officer types, says 一般.
      await intake.locator('.sw-inc-figure-injuries input').fill('2');
      await intake.locator('.sw-inc-figure-evacuated input').fill('120');
      await intake.locator('.sw-inc-live-grade .sw-inc-working[data-grade="4"]').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'incidents-01-intake-from-alarm');
      await intake.locator('.sw-inc-intake-submit').click();

      // The new incident's file opens.
      const file = page.locator('.sw-inc-drawer .sw-inc-file');
      await file.waitFor();
      const incidentId = await file.getAttribute('data-incident-id');
      assert.ok(incidentId, 'the file names its incident');
      assert.equal(await file.getAttribute('data-grade'), '4', 'graded 一般 at intake');
      await page.locator('.sw-inc-drawer .sw-duty-strip[data-on-duty="yes"]').waitFor();

      // 12 workers poisoned (重伤 includes acute poisoning): the duty officer corrects the figures, the grade becomes 较大.
      await file.locator('.sw-inc-regrade').click();
      const regrade = page.locator('.sw-inc-regrade-modal');
      await regrade.locator('.sw-inc-figure-seriousInjuries input').fill('12');
      await regrade.locator('.sw-inc-regrade-submit').click();
      await regrade.waitFor({ state: 'hidden' });
      await page.locator('.sw-inc-drawer .sw-inc-file[data-grade="3"]').waitFor();
      await file.locator('.sw-inc-working[data-grade="3"] .sw-inc-working-decisive[data-criterion="seriousInjuries"]').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'incidents-02-graded');

      // 启动三级响应: level III comes preselected from the grade; every member unit gets its tasks.
      await tab(file, '应急响应').click();
      const activate = file.locator('.sw-inc-activate-form');
      await activate.waitFor();
      assert.equal(await activate.locator('.sw-inc-level-picker .ant-radio-button-wrapper-checked').textContent(), '三级', 'level III is preselected for a 较大 incident');
      await activate.locator('.sw-inc-basis').fill('液氯泄漏致 12 人急性中毒，达到危险化学品事故应急预案三级响应条件');
      await activate.locator('.sw-inc-activate-submit').click();
      await page.locator('.sw-inc-drawer .sw-inc-file[data-response-level="3"]').waitFor();
      await file.locator('.sw-inc-response[data-response-status="active"]').waitFor();
      assert.ok((await file.locator('.sw-inc-task-table tr[data-task-id]').count()) >= 4, 'the member units have their tasks');
      const task = file.locator('.sw-inc-task-table tr[data-task-id]').first();
      await task.locator('.sw-inc-task-to-in_progress').click();
      await file.locator('.sw-inc-task-table tr[data-task-id][data-status="in_progress"]').first().waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'incidents-03-response');

      // 调度: the nearest 危化 team (speciality preselected for the type) in one click.
      await tab(file, '调度').click();
      const teams = file.locator('.sw-inc-nearby-team-table');
      const firstTeam = teams.locator('tr[data-team-id]').first();
      await firstTeam.waitFor();
      const teamId = await firstTeam.getAttribute('data-team-id');
      await firstTeam.locator('.sw-inc-dispatch-team').click();
      const sent = file.locator(`.sw-inc-team-dispatch-table tr[data-team-id="${teamId}"]`);
      await sent.waitFor();

      // 500 编织袋 from the nearest warehouse holding that many.
      await file.locator('.sw-inc-supply-item').click();
      await page.keyboard.type('编织袋');
      await dropdown(page).locator('.ant-select-item-option', { hasText: '编织袋' }).first().click();
      await file.locator('.sw-inc-supply-quantity input').fill('500');
      const store = file.locator('.sw-inc-nearby-store-table tr[data-warehouse-id]').first();
      await store.waitFor();
      await store.locator('.sw-inc-dispatch-supply', { hasText: '500' }).click();
      await file.locator('.sw-inc-supply-dispatch-table tr[data-quantity="500"]').waitFor();

      // The team reports by radio: 出发, then 到达.
      await sent.locator('.sw-inc-dispatch-to-departed').click();
      await file.locator(`.sw-inc-team-dispatch-table tr[data-team-id="${teamId}"][data-status="departed"]`).waitFor();
      await sent.locator('.sw-inc-dispatch-to-arrived').click();
      await file.locator(`.sw-inc-team-dispatch-table tr[data-team-id="${teamId}"][data-status="arrived"]`).waitFor();
      await file.locator('.sw-inc-dispatches').scrollIntoViewIfNeeded();
      await page.waitForTimeout(3000); // the step messages fade
      await screenshot(page, 'incidents-04-dispatch');

      const dispatches = await api<Dispatches>(page, `/api/incidents/${incidentId}/dispatches`);
      assert.ok(dispatches.teams[0]?.team.specialities.includes('hazardous_chemicals'), `a 危化 team went: ${JSON.stringify(dispatches.teams)}`);
      assert.equal(dispatches.supplies[0]?.item.name, '编织袋');
      assert.equal(dispatches.supplies[0]?.quantity, 500);
      assert.ok(dispatches.supplies[0]?.warehouse.regionCode.startsWith('1503'), 'from a 乌海 warehouse');

      // 时间线: the alarm, the intake, the grade, the response and the dispatches, in order.
      await tab(file, '时间线').click();
      const timeline = file.locator('.sw-inc-timeline');
      await timeline.locator('.sw-inc-entry[data-kind="dispatch_status_changed"]').first().waitFor();
      await timeline.locator('.sw-inc-entry[data-kind="alarm"]').first().waitFor();
      const kinds = await timeline.locator('.sw-inc-entry').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind')));
      for (const kind of ['alarm', 'reported', 'graded', 'response_activated', 'team_dispatched', 'supply_dispatched', 'dispatch_status_changed']) {
        assert.ok(kinds.includes(kind), `the timeline shows ${kind}: ${kinds.join(', ')}`);
      }
      assert.ok(kinds.indexOf('reported') < kinds.indexOf('graded') && kinds.indexOf('graded') < kinds.indexOf('response_activated') && kinds.indexOf('response_activated') < kinds.indexOf('team_dispatched'), `in order: ${kinds.join(', ')}`);
      await page.waitForTimeout(300);
      await screenshot(page, 'incidents-05-timeline');

      const log = await api<{ items: LogEntry[] }>(page, `/api/incidents/${incidentId}/log`);
      assert.match(log.items.find((e) => e.kind === 'graded')?.text ?? '', /较大/, 'the grade change is written down');

      // On the list, the incident wears its grade and its most urgent report clock.
      await page.locator('.sw-inc-drawer .ant-drawer-close').click();
      await page.locator('.sw-inc-drawer .sw-inc-file').waitFor({ state: 'detached' });
      const listed = page.locator(`.sw-inc-table tr[data-incident-id="${incidentId}"]`);
      await listed.waitFor();
      assert.equal(await listed.getAttribute('data-grade'), '3');
      await listed.locator('.sw-inc-clock').waitFor();
      await page.waitForTimeout(500);
      await screenshot(page, 'incidents-06-list');

      // The one map shows it, with the team that arrived.
      await page.goto(url(`/map?incident=${incidentId}`));
      await page.locator(`.sw-inc-map-panel[data-incident-id="${incidentId}"]`).waitFor();
      // The fire stations' 5-minute circles are one tick away.
      await page.locator('.sw-layer-row', { hasText: '消防 5 分钟响应圈' }).locator('input[type="checkbox"]').check();
      await page.waitForTimeout(2500);
      await screenshot(page, 'incidents-07-map');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('the command post is set with its video; after the 初报 and the 终报 the duty officer writes the review and exports the report', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      const duty = await apiLogin(env.server().baseUrl, 'wuhai-duty', DEMO_PASSWORD);
      const created = await duty.post('/api/incidents', {
        type: 'fire',
        occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        location: { text: '海勃湾区新华街道某住宅小区', lon: 106.8252, lat: 39.6721 },
        figures: { injuries: 1, evacuated: 40 },
        summary: '住宅楼 5 层一户厨房起火，浓烟蔓延至楼道。',
      });
      assert.equal(created.status, 201, `POST /api/incidents: ${await created.clone().text()}`);
      const { id } = (await created.json()) as { id: string };

      await loginViaUi(page, 'wuhai-duty');
      await page.goto(url(`/incidents?incident=${id}`));
      const file = page.locator(`.sw-inc-drawer .sw-inc-file[data-incident-id="${id}"]`);
      await file.waitFor();

      // 初报 by phone, within its clock.
      await tab(file, '信息报送').click();
      await file.locator('.sw-inc-report-new--initial').click();
      const initial = page.locator('.sw-inc-report-modal--initial');
      await textarea(initial, 'sw-inc-report-measures').fill('消防救援站 2 车 10 人到场扑救，疏散居民 40 人。');
      await initial.locator('.sw-inc-report-submit').click();
      await initial.waitFor({ state: 'hidden' });
      await file.locator('.sw-inc-report-head[data-stage="initial"]').waitFor();

      // 现场指挥部 with its live video.
      await tab(file, '应急响应').click();
      await file.locator('.sw-inc-post-edit').click();
      const post = page.locator('.sw-inc-post-modal');
      await post.locator('input[placeholder="rtsp://…"]').fill('rtsp://video.wuhai.example/live/fire-01');
      await post.locator('.sw-inc-post-submit').click();
      await post.waitFor({ state: 'hidden' });
      await file.locator('.sw-inc-command-post[data-set="true"] .sw-inc-video-link').waitFor();
      await screenshot(page, 'incidents-14-command-post');

      // The fire is out: the emergency ends, the 终报 falls due and is made in the form.
      const ended = await duty.post(`/api/incidents/${id}/end`, { note: '明火已扑灭，无复燃风险' });
      assert.equal(ended.status, 200, `POST end: ${await ended.clone().text()}`);
      await page.locator(`.sw-inc-drawer .sw-inc-file[data-incident-id="${id}"][data-status="ended"]`).waitFor();
      await tab(file, '信息报送').click();
      await file.locator('.sw-inc-report-new--final').click();
      const final = page.locator('.sw-inc-report-modal--final');
      await final.locator('.sw-inc-report-signed-off').fill('张军');
      await textarea(final, 'sw-inc-report-response').fill('消防救援站 8 分钟到场，20 分钟扑灭明火，疏散居民 40 人。');
      await textarea(final, 'sw-inc-report-currentState').fill('现场已移交物业，受损住户临时安置。');
      await textarea(final, 'sw-inc-report-nextSteps').fill('配合消防部门开展火灾调查，组织楼道安全检查。');
      await textarea(final, 'sw-inc-report-measures').fill('扑救、疏散、安置。');
      await final.locator('.sw-inc-report-submit').click();
      await final.waitFor({ state: 'hidden' });
      await page.locator(`.sw-inc-drawer .sw-inc-file[data-incident-id="${id}"][data-status="closed"]`).waitFor();

      // 总结评估, finalised; the report downloads as a Word document.
      await tab(file, '总结评估').click();
      const review = file.locator('.sw-inc-review-form[data-review-status="none"]');
      await review.waitFor();
      const sections: [string, string][] = [
        ['summary', '5 层住户厨房油锅起火，引燃橱柜。'],
        ['response', '接报后 2 分钟调派消防救援站，20 分钟扑灭。'],
        ['assessment', '到场及时；楼道堆物影响疏散。'],
        ['lessons', '高层住宅楼道堆物须常态清理。'],
        ['measures', '社区开展楼道清理专项行动。'],
      ];
      for (const [name, text] of sections) await textarea(review, `sw-inc-review-${name}`).fill(text);
      await review.locator('.sw-inc-review-finalise').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await file.locator('.sw-inc-review-form[data-review-status="final"]').waitFor();
      await file.locator('.sw-inc-review-facts').waitFor();
      await file.locator('.sw-inc-export').scrollIntoViewIfNeeded();
      await page.waitForTimeout(3000); // the step messages fade
      await screenshot(page, 'incidents-15-review');
      const href = await file.locator('.sw-inc-export').getAttribute('href');
      assert.ok(href, 'the export is a link');
      const docx = await page.request.get(url(href));
      assert.equal(docx.status(), 200, 'the report downloads');
      assert.match(docx.headers()['content-type'] ?? '', /wordprocessingml/, 'as a Word document');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('on a phone: who is on duty with a call button, and the intake form fits the screen', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage(PHONE);
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await page.goto(url('/duty'));
      const card = page.locator(`.sw-duty-now-card[data-region-code="${WUHAI}"]`);
      await card.locator('.sw-duty-person--leader a[href^="tel:"]').waitFor();
      assert.ok((await card.locator('a[href^="tel:"]').count()) >= 2, 'the leader and the officers dial');
      assert.ok(await fitsWidth(page), 'the duty page does not scroll sideways');
      await screenshot(page, 'incidents-08-phone-duty');

      await page.goto(url('/incidents'));
      await page.locator('.sw-inc-create').click();
      const intake = page.locator('.sw-inc-intake-drawer');
      await intake.locator('.sw-inc-category-picker').waitFor();
      await intake.locator('.sw-inc-category-picker .ant-radio-button-wrapper', { hasText: '事故灾难' }).click();
      await intake.locator('.sw-inc-type-picker').click();
      await dropdown(page).locator('.ant-select-item-option', { hasText: '火灾事故' }).click();
      await intake.locator('.sw-inc-figure-deaths input').fill('3');
      await intake.locator('.sw-inc-live-grade .sw-inc-working[data-grade="3"]').waitFor();
      await intake.locator('.sw-inc-live-grade').scrollIntoViewIfNeeded();
      await screenshot(page, 'incidents-09-phone-intake');
      const drawerFits = await intake.locator('.ant-drawer-body').evaluate((body) => body.scrollWidth <= body.clientWidth + 1);
      assert.ok(drawerFits, 'the intake form does not scroll sideways on a phone');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('the duty officer hands over the shift with a log; the roster and the command bodies show the week and the duty lists', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await page.goto(url('/duty?tab=roster'));
      await page.locator('.sw-duty-roster-table .sw-duty-cell--current').first().waitFor();
      await screenshot(page, 'incidents-10-roster');

      await page.goto(url('/duty?tab=handover'));
      const form = page.locator('.sw-duty-handover-card');
      await form.locator('.sw-duty-handover-log textarea').fill('本班接报液氯储罐高高报 1 起，已转为事件并启动三级响应；通信、视频会商系统正常。');
      await form.locator('.sw-duty-handover-open').fill('跟踪恒晟氯碱事件续报（每 2 小时）。');
      await form.locator('.sw-duty-handover-submit').click();
      await page.locator('.sw-duty-handed-over').waitFor();
      await page.locator('.sw-duty-handover-history .ant-timeline-item').first().waitFor();
      await screenshot(page, 'incidents-11-handover');

      await page.goto(url('/duty?tab=bodies'));
      await page.locator('.sw-duty-body-picker .ant-segmented-item', { hasText: '危险化学品事故应急指挥部' }).click();
      await page.locator('.sw-duty-members .sw-duty-duties li', { hasText: '侦检、堵漏、洗消' }).waitFor();
      await screenshot(page, 'incidents-12-command-bodies');

      await page.goto(url('/duty?tab=contacts'));
      await page.locator('.sw-duty-contact-search input').fill('张军');
      await page.keyboard.press('Enter');
      // His own row (others name him as their superior): the number dials.
      await page.locator('.sw-duty-contact-table tr[data-contact-id]', { has: page.locator('strong', { hasText: /^张军$/ }) }).locator('a[href^="tel:"]').waitFor();
      await screenshot(page, 'incidents-13-contacts');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });
});
