import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { stripedPng } from './support/images.js';
import { loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';

// The embedded gateway simulator answers this share of the delivered SMS with the acknowledgement code
// (5–90 s later), so the board fills by itself as on a real night.
process.env['GATEWAY_SIM_REPLY_RATE'] = '0.6';

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** 海勃湾区's emergency-bureau head on the call roster is the demo account haibowan-duty. */
const ZHAO_MIN = '赵敏';

interface RecipientBody {
  id: string;
  name: string;
  state: string;
  ackVia: string | null;
  acknowledgedAt: string | null;
  feedback: { peopleTransferred: number; measures: string[]; attachmentIds: string[] } | null;
  deliveries: { channel: string; attempt: number }[];
}

let env: ReturnType<typeof useServerAndBrowser>;

const newPage = (viewport = DESKTOP) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);
const url = (path: string) => `${env.server().baseUrl}${path}`;

async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(url(path));
  assert.equal(response.status(), 200, `GET ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

const recipients = (page: Page, warningId: string) => api<{ items: RecipientBody[] }>(page, `/api/warnings/${warningId}/recipients?limit=500`).then((p) => p.items);

/** A big figure on the board, as the page shows it now. */
const figure = async (page: Page, key: string) => Number(await page.locator(`.sw-callout-page .sw-callout-figure[data-figure="${key}"]`).getAttribute('data-value'));

/** The page never scrolls sideways (tables scroll inside themselves). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

const dropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();

/** Polls a condition (the screens update themselves; nothing here reloads). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Records 收到 for someone still unanswered; retried on another person if an SMS reply won the race. */
async function proxyAcknowledge(page: Page, warningId: string): Promise<string> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const row = page.locator('.sw-callout-level[data-region-level="4"] tr.sw-callout-row:is([data-state="pending"], [data-state="reached"], [data-state="read"], [data-state="failed"])').first();
    const id = (await row.getAttribute('data-recipient-id'))!;
    const name = (await row.getAttribute('data-name'))!;
    await row.locator('.sw-callout-proxy-ack').click();
    const modal = page.locator('.sw-callout-proxy-modal');
    await modal.locator('.sw-callout-proxy-submit').click();
    await modal.locator('.ant-form-item-explain-error', { hasText: '请记录电话联系情况' }).waitFor();
    await modal.locator('textarea').fill(`电话联系${name}本人，已知晓暴雨红色预警，正在组织人员转移。`);
    const submittedAt = Date.now();
    await modal.locator('.sw-callout-proxy-submit').click();
    await modal.waitFor({ state: 'hidden' });
    await page.locator(`tr[data-recipient-id="${id}"][data-state="acknowledged"]`).waitFor();
    const r = (await recipients(page, warningId)).find((x) => x.id === id)!;
    if (r.ackVia === 'duty_phone') {
      await page.locator(`tr[data-recipient-id="${id}"] .sw-callout-answer[data-via="duty_phone"]`).waitFor();
      return id;
    }
    assert.ok(Date.parse(r.acknowledgedAt!) <= submittedAt, `${name} was answered before the officer's record, by ${r.ackVia}`);
  }
  return assert.fail('every person tried had just answered by SMS');
}

async function authorRedWarning(page: Page): Promise<string> {
  await loginViaUi(page, 'wuhai-duty');
  await page.goto(url('/warnings'));
  await page.locator('.sw-warn-create').click();
  const form = page.locator('.sw-warn-form-drawer');
  await form.waitFor();
  await form.locator('.sw-warn-level-choice:has(input[data-level="1"])').click();
  await form.locator('.sw-warn-type-name input').fill('暴雨');
  await dropdown(page).locator('.ant-select-item-option', { hasText: '暴雨' }).first().click();
  await form.locator('.sw-warn-headline-input').fill('乌海市应急管理局发布暴雨红色预警（海勃湾区）');
  await form.locator('.sw-warn-description-input textarea').fill('预计未来 3 小时内海勃湾区将出现 100 毫米以上降雨，山洪、城市内涝风险极高。');
  await form.locator('.sw-warn-instruction-input textarea').fill('低洼地带、地下空间人员立即转移；封闭下穿通道；停止户外作业。');
  await form.locator('.sw-warn-target-regions').click();
  await dropdown(page).locator('.ant-select-tree-node-content-wrapper', { hasText: '海勃湾区' }).first().click();
  await page.keyboard.press('Escape');
  await form.locator('.sw-warn-form-submit').click();
  await form.waitFor({ state: 'hidden' });
  const file = page.locator('.sw-warn-drawer .sw-warn-stack[data-status="pending_review"]');
  await file.waitFor();
  return (await file.getAttribute('data-warning-id'))!;
}

async function checkEnglish(page: Page, scope: Locator): Promise<void> {
  const text = (await scope.textContent()) ?? '';
  assert.doesNotMatch(text, /callouts\.\w/, 'no message key shows untranslated');
}

describe('call-and-respond (叫应) journey', { timeout: 600_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('a red warning for 海勃湾区 is authored and approved; the 叫应 board fills live from SMS replies, a phone-recorded answer and a responsible person answering and reporting with a photo on the phone', { timeout: 500_000 }, async () => {
    const duty = await newPage();
    const leader = await newPage();
    const phone = await newPage(PHONE);
    const errors = [duty, leader, phone].map((p) => collectPageErrors(p.page));
    try {
      // 赵敏 (haibowan-duty) has 我的叫应 open on the phone before anything happens.
      const pp = phone.page;
      await loginViaUi(pp, 'haibowan-duty');
      await pp.goto(url('/warnings/mine'));
      await pp.locator('.sw-callout-mine').waitFor();
      await pp.locator('.sw-live-status[data-live-status="open"]').waitFor();

      // ── 起草 and 审核: wuhai-duty drafts a red 暴雨 warning for 海勃湾区, wuhai-leader approves it.
      const dp = duty.page;
      const id = await authorRedWarning(dp);
      // 乌海市 has set short timers for tonight (its own policy): a voice call after 1 minute unread, the
      // superior after 2, feedback within 3, so the journey sees the chain climb within minutes.
      const csrf = decodeURIComponent((await duty.context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '');
      const policy = (await api<{ policy: Record<string, unknown> }>(dp, `/api/warnings/callout-policy?regionCode=${WUHAI}`)).policy;
      const put = await dp.request.put(url('/api/warnings/callout-policy'), { headers: { 'x-csrf-token': csrf }, data: { regionCode: WUHAI, policy: { ...policy, readTimeoutMin: 1, wakeDeadlineMin: 2, feedbackMin: 3 } } });
      assert.equal(put.status(), 200, `the region's own timers are set: ${await put.text()}`);
      const lp = leader.page;
      await loginViaUi(lp, 'wuhai-leader');
      await lp.goto(url('/warnings?tab=queue'));
      const item = lp.locator(`.sw-warn-queue-item[data-warning-id="${id}"]`);
      await item.locator('.sw-warn-approve').click();
      await item.waitFor({ state: 'detached' });

      // ── 我的叫应: the call-out is pushed to 赵敏's phone at once; the header badge lights up; 收到.
      const card = pp.locator(`.sw-callout-card[data-warning-id="${id}"]`);
      await card.waitFor({ timeout: 15_000 });
      await pp.locator('.sw-callout-badge').waitFor();
      assert.ok(Number(await pp.locator('.sw-callout-badge').getAttribute('data-count')) >= 1, 'the badge counts the open call-out');
      assert.match((await card.locator('.sw-callout-card-meta').textContent()) ?? '', /海勃湾区 · 应急管理部门负责人/, 'called as the district emergency head');
      await screenshot(pp, 'callouts-00-called-phone');
      await card.locator('.sw-callout-ack').click();
      await card.locator('.sw-callout-card-acked').waitFor();
      const mine = (await recipients(dp, id)).find((r) => r.name === ZHAO_MIN)!;
      assert.equal(mine.ackVia, 'app', '收到 in the app');
      await pp.waitForTimeout(400);
      await screenshot(pp, 'callouts-01-mine-phone');
      assert.ok(await fitsWidth(pp), '我的叫应 fits the phone');

      // ── The board: from the warning's file to its own page, live over SSE.
      await dp.locator(`.sw-warn-drawer .sw-warn-stack[data-warning-id="${id}"][data-status="published"]`).waitFor();
      const summary = dp.locator('.sw-warn-drawer .sw-callout-summary');
      await summary.locator('.sw-callout-figure[data-figure="persons"]').waitFor();
      await summary.locator('.sw-callout-open-board').click();
      await dp.waitForURL(url(`/warnings/${id}/callout`));
      const board = dp.locator(`.sw-callout-page[data-warning-id="${id}"][data-live="sse"]`);
      await board.waitFor();
      await dp.evaluate(() => Object.assign(window, { __sameDocument: true }));
      const persons = await figure(dp, 'persons');
      assert.ok(persons >= 20, `the roster of 乌海市 and 海勃湾区 down to the communities is called: ${persons}`);
      for (const level of ['2', '3', '4', '5']) await board.locator(`.sw-callout-level[data-region-level="${level}"]`).waitFor();
      assert.match((await board.locator('.sw-callout-level[data-region-level="3"] .sw-callout-level-head h3').textContent()) ?? '', /旗县区/);
      const ackedAtStart = await figure(dp, 'acknowledged');
      assert.ok(ackedAtStart >= 1, '赵敏’s 收到 is on the board');
      await board.locator(`tr[data-name="${ZHAO_MIN}"][data-state="acknowledged"] .sw-callout-answer[data-via="app"]`).waitFor();

      // Receipts come back from the simulated carrier: delivered SMS on the trail.
      await until('SMS receipts', async () => (await figure(dp, 'reached')) > 1);
      await board.locator('.sw-callout-hop[data-channel="sms"][data-state="delivered"]').first().waitFor();

      // 代为确认: the duty officer reached a township head by phone and records it with a note.
      const proxied = await proxyAcknowledge(dp, id);

      // SMS replies with the code acknowledge by themselves: the figure climbs without a reload.
      const seen = new Set<number>([await figure(dp, 'acknowledged')]);
      await until(
        'acknowledgements by SMS reply',
        async () => {
          seen.add(await figure(dp, 'acknowledged'));
          return (await board.locator('.sw-callout-answer[data-via="sms"]').count()) >= 2 && seen.size >= 3;
        },
        150_000,
      );
      assert.ok(Math.max(...seen) > ackedAtStart + 1, `the acknowledged count rose live: ${[...seen].join(' → ')}`);
      assert.equal(await dp.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'the board was never reloaded');
      const coverageCell = board.locator('.sw-callout-coverage-row[data-row="persons"] .sw-callout-cell[data-window="5"]');
      assert.ok(Number(await coverageCell.getAttribute('data-reached')) > 0, 'reached within 5 minutes is counted');

      // ── 反馈 on the phone: measures, people moved, a note and a photo from the camera.
      await card.locator('.sw-callout-feedback-open').click();
      const form = pp.locator('.sw-callout-feedback-modal');
      await form.locator('.sw-callout-measures label', { hasText: '转移群众' }).click();
      await form.locator('.sw-callout-measures label', { hasText: '封闭道路' }).click();
      await form.locator('.sw-callout-transferred-input input').fill('120');
      await form.locator('.sw-callout-villages-input input').fill('3');
      await form.locator('.sw-callout-note-input').fill('已转移滨河社区低洼地带 35 户 120 人至海勃湾区第三中学安置点，封闭黄河大街下穿通道。');
      await form.locator('.sw-callout-photo-picker input[type="file"]').setInputFiles({ name: '安置点.png', mimeType: 'image/png', buffer: stripedPng() });
      await form.locator('.ant-upload-list-item').first().waitFor();
      await pp.waitForTimeout(300);
      await screenshot(pp, 'callouts-02-feedback-phone');
      assert.ok(await fitsWidth(pp), 'the feedback form fits the phone');
      await form.locator('.sw-callout-feedback-submit').click();
      await form.waitFor({ state: 'hidden' });
      await card.locator('.sw-callout-feedback .sw-callout-feedback-transferred', { hasText: '120' }).waitFor();
      await card.locator('.sw-callout-photo').first().waitFor();
      await pp.waitForTimeout(400);
      await screenshot(pp, 'callouts-03-mine-reported-phone');
      const reported = (await recipients(dp, id)).find((r) => r.name === ZHAO_MIN)!;
      assert.deepEqual([reported.state, reported.feedback?.peopleTransferred, reported.feedback?.measures, reported.feedback?.attachmentIds.length], ['feedback', 120, ['people_transferred', 'roads_closed'], 1]);

      // The board shows the report, with the photo, without a reload.
      const zhao = board.locator(`tr[data-name="${ZHAO_MIN}"][data-state="feedback"]`);
      await zhao.waitFor();
      assert.ok((await figure(dp, 'feedback')) >= 1, 'the feedback figure counts it');
      await zhao.locator('.sw-callout-feedback-link').click();
      const popover = dp.locator('.ant-popover .sw-callout-feedback');
      await popover.locator('.sw-callout-photo').first().waitFor();
      assert.match((await popover.textContent()) ?? '', /转移群众.*封闭道路/);
      await board.locator('.sw-callout-band').click();
      await popover.waitFor({ state: 'hidden' });

      // 再次叫应: one click, an SMS again to someone still silent.
      const silent = board.locator('tr.sw-callout-row:is([data-state="pending"], [data-state="reached"], [data-state="read"])').first();
      const silentId = (await silent.getAttribute('data-recipient-id'))!;
      await silent.locator('.sw-callout-recall').click();
      await dp.locator('.ant-dropdown:not(.ant-dropdown-hidden) .sw-callout-recall-sms').click();
      await dp.locator('.ant-message-notice', { hasText: '已向 1 人再次发起短信叫应' }).waitFor();
      const recalled = (await recipients(dp, id)).find((r) => r.id === silentId)!;
      assert.ok(recalled.deliveries.some((d) => d.channel === 'sms' && d.attempt === 2), 'a second SMS went out');

      // The filters: only the unanswered; the one recorded by phone is not among them.
      await board.locator('.sw-callout-filter-state').click();
      await dropdown(dp).locator('.ant-select-item-option', { hasText: '未响应（全部）' }).click();
      await board.locator(`tr[data-recipient-id="${proxied}"]`).waitFor({ state: 'detached' });
      const states = await board.locator('tr.sw-callout-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
      assert.ok(states.every((s) => ['pending', 'reached', 'read', 'failed'].includes(s ?? '')), `only unanswered rows: ${states.join(',')}`);
      await board.locator('.sw-callout-filter-state').click();
      await dropdown(dp).locator('.ant-select-item-option', { hasText: '全部状态' }).click();
      await board.locator(`tr[data-recipient-id="${proxied}"]`).waitFor();

      // 超时: past the region's 2 minutes the silent are highlighted, voice-called, and their superiors called.
      await until('the call to superiors', async () => (await figure(dp, 'escalated')) > 0, 240_000);
      await board.locator('tr.sw-callout-row--late').first().waitFor();
      await board.locator('.sw-callout-hop[data-channel="voice"]').first().waitFor();
      await board.locator('.sw-callout-hop[data-channel="superior"]').first().waitFor();
      assert.equal(await dp.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'still the same page, never reloaded');

      await dp.evaluate(() => window.scrollTo(0, 0));
      await dp.waitForTimeout(600);
      await screenshot(dp, 'callouts-04-board-desktop');
      await board.locator('.sw-callout-level[data-region-level="4"]').scrollIntoViewIfNeeded();
      await dp.waitForTimeout(300);
      await screenshot(dp, 'callouts-05-board-townships-desktop');

      // ── Coverage across warnings, against the 90 % of the plans.
      await dp.goto(url('/warnings?tab=coverage'));
      const report = dp.locator('.sw-callout-cov');
      await report.locator(`.sw-callout-cov-table a[href="/warnings/${id}/callout"]`).waitFor();
      assert.ok(['true', 'false'].includes((await report.locator('.sw-callout-cov-overall').getAttribute('data-met')) ?? ''), 'the goal is judged');
      await dp.waitForTimeout(400);
      await screenshot(dp, 'callouts-06-coverage-desktop');

      // The board on the city duty officer's phone (the warning is the city's: 海勃湾区 staff do not see its board).
      const dutyPhone = await newPage(PHONE);
      errors.push(collectPageErrors(dutyPhone.page));
      try {
        await loginViaUi(dutyPhone.page, 'wuhai-duty');
        await dutyPhone.page.goto(url(`/warnings/${id}/callout`));
        await dutyPhone.page.locator('.sw-callout-level[data-region-level="3"]').waitFor();
        assert.ok(await fitsWidth(dutyPhone.page), 'the board fits the phone');
        await dutyPhone.page.waitForTimeout(400);
        await screenshot(dutyPhone.page, 'callouts-07-board-phone');
      } finally {
        await dutyPhone.context.close();
      }

      // In English.
      await dp.goto(url(`/warnings/${id}/callout`));
      await dp.locator('.ant-segmented-item', { hasText: 'EN' }).first().click();
      await dp.locator('.sw-callout-figure[data-figure="acknowledged"] .sw-callout-figure-label', { hasText: 'Confirmed' }).waitFor();
      await dp.locator('.sw-callout-level[data-region-level="5"] h3', { hasText: 'Villages / communities' }).waitFor();
      await checkEnglish(dp, dp.locator('.sw-callout-page'));
      await dp.waitForTimeout(400);
      await screenshot(dp, 'callouts-08-board-english');
      await dp.locator('.ant-segmented-item', { hasText: '中文' }).first().click();

      // Every person the board counts is on its lists, 海勃湾区's communities included.
      const listed = () => api<{ items: (RecipientBody & { regionCode: string })[]; total: number }>(dp, `/api/warnings/${id}/recipients?limit=500`);
      await until('the lists to hold everyone the figures count (superiors join as they are called)', async () => (await listed()).total === (await api<{ totals: { persons: number } }>(dp, `/api/warnings/${id}/callout`)).totals.persons, 10_000);
      const all = await listed();
      assert.ok(all.total >= persons, `nobody dropped off the lists: ${all.total} of ${persons}`);
      assert.ok(all.items.filter((r) => r.regionCode.startsWith(HAIBOWAN.slice(0, 6)) && r.regionCode !== HAIBOWAN).length > 10, 'down to the townships and communities of 海勃湾区');

      errors.forEach((list, i) => assert.deepEqual(list, [], `no errors in page ${i + 1}'s console`));
    } finally {
      for (const p of [duty, leader, phone]) await p.context.close();
    }
  });
});
