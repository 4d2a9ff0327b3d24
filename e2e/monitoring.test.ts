import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { apiLogin } from './support/api.js';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { DEMO_PASSWORD, loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';
import { stripedPng } from './support/images.js';

/** A seeded demo point (server/src/seed/demo-monitoring.ts): 1# 液氯储罐压力, 高报 1.0 / 高高报 1.2 MPa, no minimum duration. */
const POINT_CODE = 'WH-HS-CL2-PT01';
const POINT_NAME = '1# 液氯储罐压力';
const ENTERPRISE = '乌海恒晟氯碱化工有限公司';
const WUHAI = '150300000000';
const PHONE = { width: 390, height: 844 };

interface AlarmItem {
  id: string;
  pointId: string;
  condition: string;
  status: string;
}
interface AlarmDetail extends AlarmItem {
  closeReason: string | null;
  entries: { kind: string; text: string; attachments: { id: string; contentType: string }[] }[];
}

let env: ReturnType<typeof useServerAndBrowser>;

const newPage = (viewport?: { width: number; height: number }) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);

async function api<T>(page: Page, path: string): Promise<T> {
  // page.request shares the browser's session cookie: it sees exactly what the page may see.
  const response = await page.request.get(`${env.server().baseUrl}${path}`);
  assert.equal(response.status(), 200, `GET ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Posts one reading the way a plant's gateway does: with an API token (telemetry:write) that an
 * administrator made. No built-in role holds telemetry.write, so a duty officer's session cannot.
 */
async function postReading(pointCode: string, value: number): Promise<void> {
  const baseUrl = env.server().baseUrl;
  const admin = await apiLogin(baseUrl, 'wuhai-admin', DEMO_PASSWORD);
  const created = await admin.post('/api/api-tokens', { name: `e2e-gateway-${Date.now()}`, regionCode: WUHAI, scopes: ['telemetry:write'] });
  assert.equal(created.status, 201, `POST /api/api-tokens: ${await created.clone().text()}`);
  const { secret } = (await created.json()) as { secret: string };
  const response = await fetch(`${baseUrl}/api/telemetry`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ readings: [{ point: pointCode, ts: new Date().toISOString(), value, id: `e2e-${Date.now()}` }] }),
    signal: AbortSignal.timeout(15_000),
  });
  const result = (await response.json()) as { accepted: number; rejected: unknown[] };
  assert.equal(response.status, 200, `POST /api/telemetry: ${JSON.stringify(result)}`);
  assert.deepEqual([result.accepted, result.rejected], [1, []], 'the reading is stored');
}

/** Signs in and opens 监测预警 from the menu (or its tab by URL on a phone, where the menu is a drawer). */
async function openMonitoring(page: Page, username: string, tab: 'board' | 'alarms'): Promise<void> {
  await loginViaUi(page, username);
  await page.goto(`${env.server().baseUrl}/monitoring?tab=${tab}`);
  await page.locator('.sw-live-status[data-live-status="open"]').waitFor();
  if (tab === 'board') await page.locator(`.sw-mon-tile[data-point-code="${POINT_CODE}"]`).waitFor();
  else await page.locator('.sw-mon-alarm-table').waitFor();
}

const tile = (page: Page) => page.locator(`.sw-mon-tile[data-point-code="${POINT_CODE}"]`);
const alarmRow = (page: Page, id: string) => page.locator(`.sw-mon-alarm-table tr[data-alarm-id="${id}"]`);

/** Picks an option in an antd select inside `scope`; the dropdown opened last is the live one. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last().locator('.ant-select-item-option', { hasText: option }).first().click();
}

describe('monitoring journey', { timeout: 420_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('a reading past 高高报 shows on the board and in the queue without reload; the duty officer acknowledges, notes with a photo and closes it', { timeout: 300_000 }, async () => {
    const desk = await newPage();
    const phone = await newPage(PHONE);
    const errors = collectPageErrors(desk.page);
    const phoneErrors = collectPageErrors(phone.page);
    try {
      const { page } = desk;
      await openMonitoring(page, 'wuhai-duty', 'board');
      await openMonitoring(phone.page, 'wuhai-duty', 'alarms');
      assert.equal(await tile(page).getAttribute('data-state'), 'normal', `${POINT_NAME} starts normal`);
      await page.locator('.sw-mon-summary').waitFor();
      await page.waitForTimeout(800); // sparklines draw
      await screenshot(page, 'monitoring-01-board');

      // The gateway reports 1.32 MPa: past 高报 (1.0) and 高高报 (1.2). Nobody reloads anything.
      await postReading(POINT_CODE, 1.32);
      await page.locator(`.sw-mon-tile[data-point-code="${POINT_CODE}"][data-state="HH"]`).waitFor();
      assert.equal(await tile(page).getAttribute('data-severity'), 'danger', 'the tile turns red');
      assert.match((await tile(page).locator('.sw-mon-value').textContent()) ?? '', /1\.32\s*MPa/);
      const pointId = (await api<{ items: { id: string; code: string }[] }>(page, `/api/monitoring/points?q=${POINT_CODE}`)).items.find((p) => p.code === POINT_CODE)?.id;
      assert.ok(pointId, 'the point is listed by the API');
      const open = await api<{ items: AlarmItem[] }>(page, `/api/alarms?pointId=${pointId}&status=open`);
      const alarm = open.items.find((a) => a.condition === 'HH');
      assert.ok(alarm, `a 高高报 alarm is open: ${JSON.stringify(open.items)}`);

      // A new alarm is announced on any page, with a way to its file.
      const toast = page.locator(`.sw-mon-alarm-toast`).filter({ hasText: `${POINT_NAME} 高高报` });
      await toast.waitFor();
      assert.match((await toast.textContent()) ?? '', new RegExp(ENTERPRISE));
      await page.waitForTimeout(500);
      await screenshot(page, 'monitoring-02-board-alarm');

      // The notification opens the alarm's file; closing it leaves the queue.
      await toast.locator('.sw-mon-toast-open').click();
      await page.waitForURL(/tab=alarms/);
      await page.locator(`.sw-mon-alarm-drawer [data-alarm-id="${alarm.id}"]`).waitFor();
      await page.locator('.sw-mon-alarm-drawer .ant-drawer-close').click();
      await page.locator('.sw-mon-alarm-drawer').waitFor({ state: 'hidden' });

      // The phone had the queue open: the alarm arrives there by itself.
      await alarmRow(phone.page, alarm.id).waitFor();
      assert.equal(await alarmRow(phone.page, alarm.id).getAttribute('data-status'), 'raised');
      // The phone got the notifications too; they cover the queue on a small screen, so put them away.
      const phoneToasts = phone.page.locator('.sw-mon-alarm-toast');
      await phoneToasts.first().waitFor();
      for (let i = 0; i < 10 && (await phoneToasts.count()) > 0; i++) {
        await phoneToasts.first().locator('.ant-notification-notice-close').click({ timeout: 2_000 }).catch(() => undefined);
        await phone.page.waitForTimeout(400);
      }
      await screenshot(phone.page, 'monitoring-03-phone-queue');
      await phone.page.locator('.sw-mon-tabs .ant-tabs-tab', { hasText: '实时监测' }).click();
      await phone.page.locator(`.sw-mon-tile[data-point-code="${POINT_CODE}"][data-state="HH"]`).waitFor();
      await phone.page.waitForTimeout(800);
      await screenshot(phone.page, 'monitoring-04-phone-board');
      assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the phone board does not scroll sideways');

      // 确认 from the queue.
      const row = alarmRow(page, alarm.id);
      await row.waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'monitoring-05-queue');
      await row.locator('.sw-mon-ack').click();
      const ack = page.locator('.sw-mon-ack-modal');
      await ack.waitFor();
      await ack.locator('textarea').fill('已电话通知企业值班长核实');
      await ack.locator('.sw-mon-ack-submit').click();
      await page.locator(`.sw-mon-alarm-table tr[data-alarm-id="${alarm.id}"][data-status="acknowledged"]`).waitFor();

      // 处置记录 with a site photo.
      await row.locator('.sw-mon-note').click();
      const note = page.locator('.sw-mon-note-modal');
      await note.waitFor();
      await note.locator('textarea').fill('现场检查液氯储罐，压力升高系气化器温控失灵，已切换备用气化器，压力回落。');
      await note.locator('input[type="file"]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: stripedPng() });
      await note.locator('.ant-upload-list-item-done').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'monitoring-06-note');
      await note.locator('.sw-mon-note-submit').click();
      await note.waitFor({ state: 'hidden' });
      await page.locator(`.sw-mon-alarm-table tr[data-alarm-id="${alarm.id}"][data-status="handling"]`).waitFor();

      // 发布预警 from the alarm: the author picks the level, the draft carries the plant, point and reading.
      await row.locator('.sw-mon-to-warning').click();
      const toWarning = page.locator('.ant-modal', { hasText: '由报警起草预警' });
      await toWarning.waitFor();
      await toWarning.locator('.sw-mon-to-warning-level .sw-warn-level[data-level="2"]').click();
      await page.waitForTimeout(300);
      await screenshot(page, 'monitoring-06b-draft-warning');
      await toWarning.locator('.sw-mon-to-warning-submit').click();
      await page.waitForURL(/\/warnings\?warning=/);
      const warningDrawer = page.locator('.sw-warn-drawer');
      await warningDrawer.getByText('监测报警转入').waitFor();
      const drafted = await warningDrawer.locator('.sw-warn-drawer-title').textContent();
      assert.ok(drafted?.includes(POINT_NAME) && drafted.includes('高高报'), `the draft names the point and condition: ${drafted}`);
      await page.waitForTimeout(400);
      await screenshot(page, 'monitoring-06c-warning-draft');
      await page.goBack();
      await row.waitFor();

      // The file: the timeline with the photo, then 关闭 with a reason.
      await row.locator('.sw-mon-open-alarm').click();
      const drawer = page.locator('.sw-mon-alarm-drawer');
      await drawer.locator('.sw-mon-entry[data-kind="note"]').waitFor();
      const thumb = drawer.locator('.sw-mon-thumbs img').first();
      await thumb.waitFor();
      await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await thumb.elementHandle());
      assert.deepEqual(
        await drawer.locator('.sw-mon-entry').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind'))),
        ['raised', 'acknowledged', 'note'],
        'the timeline reads 产生 → 确认 → 处置记录',
      );
      await page.waitForTimeout(500);
      await screenshot(page, 'monitoring-07-alarm-file');

      await drawer.locator('.sw-mon-close').click();
      const close = page.locator('.sw-mon-close-modal');
      await close.waitFor();
      await close.locator('.sw-mon-close-submit').click();
      await close.locator('.ant-form-item-explain-error', { hasText: '请选择关闭原因' }).waitFor(); // nothing is sent without a reason
      await choose(page, close, '关闭原因', '工艺异常已处置');
      await close.locator('textarea').fill('气化器温控已修复，压力恢复正常，同意关闭。');
      await close.locator('.sw-mon-close-submit').click();
      await close.waitFor({ state: 'hidden' });
      await drawer.locator(`[data-alarm-id="${alarm.id}"][data-status="closed"]`).waitFor();
      await drawer.locator('.sw-mon-entry[data-kind="closed"]').waitFor();
      await drawer.locator('.ant-drawer-title .sw-mon-alarm-status[data-status="closed"]', { hasText: '已关闭' }).waitFor();
      await page.waitForTimeout(400);
      await screenshot(page, 'monitoring-08-closed');

      // Closed alarms leave the open queue and are found under 已关闭.
      await drawer.locator('.ant-drawer-close').click();
      await drawer.waitFor({ state: 'hidden' });
      await row.waitFor({ state: 'detached' });
      await page.locator('.sw-mon-filter-status .ant-segmented-item', { hasText: '已关闭' }).click();
      await page.locator(`.sw-mon-alarm-table tr[data-alarm-id="${alarm.id}"][data-status="closed"]`).waitFor();

      const closed = await api<AlarmDetail>(page, `/api/alarms/${alarm.id}`);
      assert.equal(closed.status, 'closed');
      assert.equal(closed.closeReason, 'real_process_handled');
      assert.deepEqual(closed.entries.map((e) => e.kind), ['raised', 'acknowledged', 'note', 'closed']);
      assert.equal(closed.entries.find((e) => e.kind === 'note')?.attachments[0]?.contentType, 'image/png', 'the photo is stored with the note');

      assert.deepEqual(errors, [], 'no errors in the desktop page console');
      assert.deepEqual(phoneErrors, [], 'no errors in the phone page console');
    } finally {
      await desk.context.close();
      await phone.context.close();
    }
  });

  it('the enterprise file shows the GB 18218 working, package persons, live points and the risk index', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await page.locator('.ant-menu-item', { hasText: '企业与重大危险源' }).click();
      await page.waitForURL(/\/enterprises/);
      const row = page.locator('.sw-ent-table .ant-table-row', { hasText: ENTERPRISE });
      await row.waitFor();
      await row.locator('.sw-ent-grade[data-grade="level1"]').waitFor();
      await screenshot(page, 'monitoring-09-enterprises');

      await row.locator('.sw-ent-name-link').click();
      const drawer = page.locator('.sw-ent-drawer');
      await drawer.locator('.sw-ent-risk-gauge').waitFor();
      await drawer.locator('.sw-ent-risk-chart canvas').waitFor();
      await page.waitForTimeout(600);
      await screenshot(page, 'monitoring-10-enterprise-file');

      await drawer.locator('.ant-tabs-tab', { hasText: '危险源' }).click();
      const first = drawer.locator('.sw-ent-hazard').first();
      await first.locator('.sw-ent-grade[data-grade="level1"]').waitFor();
      assert.match((await first.locator('.sw-ent-formula').textContent()) ?? '', /R = α · Σ β·q\/Q = .*一级重大危险源/);
      assert.equal(await first.locator('.sw-ent-person a[href^="tel:"]').count(), 3, '主要、技术、操作负责人 each dial');
      await page.waitForTimeout(300);
      await screenshot(page, 'monitoring-11-hazard-working');

      await drawer.locator('.ant-tabs-tab', { hasText: '监测点' }).click();
      await drawer.locator('.sw-mon-enterprise-points .ant-table-row', { hasText: POINT_NAME }).waitFor();
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('the duty officer gives his city its own escalation ladder', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await page.goto(`${env.server().baseUrl}/monitoring?tab=escalation`);
      const policy = page.locator('.sw-mon-policy[data-policy-from="default"]');
      await policy.waitFor();
      assert.equal(await policy.locator('.sw-mon-ladder-targets').count(), 4, 'the built-in ladder has four steps');
      await policy.locator('.sw-mon-policy-edit').click();
      await policy.locator('.sw-mon-policy-minutes input').first().fill('3');
      await policy.locator('.sw-mon-policy-save').click();
      await page.locator(`.sw-mon-policy[data-policy-from="${WUHAI}"]`).waitFor();
      await page.locator('.sw-mon-ladder-targets[data-step="1"][data-minutes="3"]').waitFor();
      await screenshot(page, 'monitoring-12-escalation');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });
});
