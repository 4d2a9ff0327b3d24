import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { apiLogin } from './support/api.js';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { DEMO_PASSWORD, loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';

const HAIBOWAN = '150302000000';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The red of 一级 (WARNING_LEVELS[1].colour) as the screens paint it. */
const RED = 'rgb(230, 0, 18)';

interface WarningBody {
  id: string;
  status: string;
  level: number | null;
  colour: string | null;
  type: { code: string; name: string };
  headline: string;
  areas: { regionCodes: string[]; polygons: string[]; circles: string[] };
  author: { id: string | null; name: string } | null;
  reviewer: { id: string | null; name: string } | null;
}

let env: ReturnType<typeof useServerAndBrowser>;

const newPage = (viewport: { width: number; height: number } = DESKTOP) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);
const url = (path: string) => `${env.server().baseUrl}${path}`;

async function api<T>(page: Page, path: string): Promise<T> {
  // page.request shares the browser's session cookie: it sees exactly what the page may see.
  const response = await page.request.get(url(path));
  assert.equal(response.status(), 200, `GET ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A POST with the page's session and its CSRF token, as the app itself sends it. */
async function postAs(context: BrowserContext, page: Page, path: string): Promise<{ status: number; code: string }> {
  const csrf = (await context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '';
  const response = await page.request.post(url(path), { headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  const body = (await response.json().catch(() => ({}))) as { code?: string };
  return { status: response.status(), code: body.code ?? '' };
}

/** The page never scrolls sideways (tables scroll inside themselves). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** The live dropdown (antd keeps closed ones in the DOM). */
const dropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();

async function openWarnings(page: Page, username: string, tab = 'list'): Promise<void> {
  await loginViaUi(page, username);
  await page.goto(url(`/warnings?tab=${tab}`));
  await page.locator(tab === 'queue' ? '.sw-warn-queue' : '.sw-warn-table').waitFor();
}

/** Clicks the map at offsets (px) from its centre. */
async function clickMap(page: Page, map: Locator, offsets: [number, number][]): Promise<void> {
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  assert.ok(box, 'the map has a box');
  for (const [dx, dy] of offsets) {
    await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    await page.waitForTimeout(150);
  }
}

describe('warnings journey', { timeout: 600_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('a duty officer drafts a red rainstorm warning with a drawn area, a leader approves it from the queue, the list, the map and the public page show it', { timeout: 400_000 }, async () => {
    const duty = await newPage();
    const leader = await newPage();
    const phone = await newPage(PHONE);
    const visitor = await newPage();
    const visitorPhone = await newPage(PHONE);
    const errors = [duty, leader, phone, visitor, visitorPhone].map((p) => collectPageErrors(p.page));
    try {
      // The leader has drafted one himself (through the API, as another client would): it waits in the queue too.
      const leaderApi = await apiLogin(env.server().baseUrl, 'wuhai-leader', DEMO_PASSWORD);
      const own = await leaderApi.post('/api/warnings', {
        level: 3,
        type: { code: '05', name: '大风' },
        headline: '乌海市应急管理局发布大风黄色预警',
        description: '预计今天夜间乌海市有 6 级以上大风，阵风 8 级。',
        areas: { regionCodes: ['150303000000'] },
      });
      assert.equal(own.status, 201, `the leader drafts: ${await own.clone().text()}`);
      const ownId = ((await own.json()) as WarningBody).id;
      assert.equal((await leaderApi.post(`/api/warnings/${ownId}/submit`, {})).status, 200, 'and submits it');

      // ── 起草: wuhai-duty writes a red 暴雨 warning for 海勃湾区 and draws its area on the map.
      const { page } = duty;
      await openWarnings(page, 'wuhai-duty');
      assert.equal(await page.locator('.sw-warn-tabs .ant-tabs-tab', { hasText: '审核队列' }).count(), 0, 'a duty officer has no approval queue');
      await page.waitForTimeout(300);
      await screenshot(page, 'warnings-01-list-desktop');

      await page.locator('.sw-warn-create').click();
      const form = page.locator('.sw-warn-form-drawer');
      await form.waitFor();
      await form.locator('.sw-warn-level-choice:has(input[data-level="1"])').click();
      await form.locator('.sw-warn-type-name input').fill('暴雨');
      await dropdown(page).locator('.ant-select-item-option', { hasText: '暴雨' }).first().click();
      assert.equal(await form.locator('.sw-warn-type-code').inputValue(), '02', 'a common type brings its feed code');
      assert.equal(await form.locator('.sw-warn-headline-input').inputValue(), '乌海市应急管理局发布暴雨红色预警', 'the headline is proposed from the issuer, type and level');
      await form.locator('.sw-warn-description-input textarea').fill('受强降雨云团影响，预计未来 3 小时内海勃湾区将出现 100 毫米以上降雨，局地伴有雷电和短时大风，山洪、城市内涝风险极高。');
      await form.locator('.sw-warn-instruction-input textarea').fill('立即停止户外集会和施工作业；低洼地带、地下空间人员立即转移；驾驶人员避开积水路段。');

      await form.locator('.sw-warn-target-regions').click();
      await dropdown(page).locator('.ant-select-tree-node-content-wrapper', { hasText: '海勃湾区' }).first().click();
      await page.keyboard.press('Escape');

      const area = form.locator('.sw-warn-area');
      const map = area.locator('.sw-map[data-map-ready="true"]');
      await map.waitFor();
      await page.waitForTimeout(900); // the map flies to 海勃湾区
      await area.locator('.sw-warn-draw-polygon').click();
      await clickMap(page, map, [
        [-80, -60],
        [70, -70],
        [90, 50],
        [-60, 70],
      ]);
      await page.locator('.sw-warn-area[data-corners="4"]').waitFor();
      await area.locator('.sw-warn-draw-finish').click();
      await page.locator('.sw-warn-area[data-polygons="1"]').waitFor();
      assert.equal(await area.locator('.sw-warn-shape[data-kind="polygon"]').count(), 1, 'the polygon is listed under the map');
      // And a circle: its centre, then a point on its edge.
      await area.locator('.sw-warn-draw-circle').click();
      await clickMap(page, map, [
        [150, 90],
        [190, 90],
      ]);
      await page.locator('.sw-warn-area[data-circles="1"]').waitFor();
      assert.match((await area.locator('.sw-warn-shape[data-kind="circle"]').textContent()) ?? '', /圆形 1（半径 [\d.]+ 公里）/);
      await area.scrollIntoViewIfNeeded();
      await page.waitForTimeout(400);
      await screenshot(page, 'warnings-02-form-desktop');

      // 保存并提交审核: the draft is saved and goes to review in one step.
      await form.locator('.sw-warn-form-submit').click();
      await form.waitFor({ state: 'hidden' });
      const file = page.locator('.sw-warn-drawer .sw-warn-stack[data-status="pending_review"]');
      await file.waitFor();
      const id = await file.getAttribute('data-warning-id');
      assert.ok(id, 'the new warning opens');
      const drafted = await api<WarningBody>(page, `/api/warnings/${id}`);
      assert.equal(drafted.status, 'pending_review');
      assert.deepEqual([drafted.level, drafted.colour, drafted.type], [1, 'red', { code: '02', name: '暴雨' }]);
      assert.deepEqual(drafted.areas.regionCodes, [HAIBOWAN]);
      assert.equal(drafted.areas.polygons.length, 1, 'one CAP polygon');
      const ring = drafted.areas.polygons[0]!.split(' ');
      assert.equal(ring.length, 5, 'four corners and the closing point');
      assert.equal(ring[0], ring[4], 'the CAP ring is closed (first = last)');
      for (const pair of ring) {
        const [lat, lon] = pair.split(',').map(Number) as [number, number];
        assert.ok(lat > 38.5 && lat < 40.5 && lon > 106 && lon < 108, `"lat,lon" near 海勃湾区: ${pair}`);
      }
      assert.equal(drafted.areas.circles.length, 1, 'one CAP circle');
      assert.match(drafted.areas.circles[0]!, /^3\d\.\d+,10\d\.\d+ \d+(\.\d+)?$/, 'CAP circle "lat,lon radiusKm"');
      await page.locator('.sw-warn-drawer .sw-warn-area .sw-map[data-map-ready="true"]').waitFor();
      await page.waitForTimeout(1_000);
      await screenshot(page, 'warnings-03-file-pending');

      // 四眼原则: the duty officer may not approve at all — no button, and the server says no.
      assert.equal(await page.locator('.sw-warn-drawer .sw-warn-approve').count(), 0, 'no approve button for the author without warning.approve');
      const selfApprove = await postAs(duty.context, page, `/api/warnings/${id}/approve`);
      assert.equal(selfApprove.status, 403, `wuhai-duty cannot approve: ${JSON.stringify(selfApprove)}`);

      // ── 审核: wuhai-leader approves it from the queue; his own draft there cannot be approved by him.
      const lp = leader.page;
      await openWarnings(lp, 'wuhai-leader', 'queue');
      const item = lp.locator(`.sw-warn-queue-item[data-warning-id="${id}"]`);
      const mine = lp.locator(`.sw-warn-queue-item[data-warning-id="${ownId}"]`);
      await item.waitFor();
      await mine.waitFor();
      assert.equal(await mine.getAttribute('data-mine'), 'true');
      assert.ok(await mine.locator('.sw-warn-approve').isDisabled(), 'his own draft: approve is disabled');
      assert.ok(await mine.locator('.sw-warn-reject').isDisabled(), 'and so is sending it back');
      assert.match((await mine.locator('.sw-warn-self-review').textContent()) ?? '', /四眼原则：不能审核自己起草的预警/);
      const ownApprove = await postAs(leader.context, lp, `/api/warnings/${ownId}/approve`);
      assert.deepEqual(ownApprove, { status: 403, code: 'WARNING_SELF_APPROVAL' }, 'the server refuses self-approval too');
      assert.ok(await item.locator('.sw-warn-approve').isEnabled(), 'someone else’s draft can be approved');
      await lp.waitForTimeout(300);
      await screenshot(lp, 'warnings-04-queue-desktop');

      await item.locator('.sw-warn-approve').click();
      await item.waitFor({ state: 'detached' });
      const published = await api<WarningBody>(lp, `/api/warnings/${id}`);
      assert.equal(published.status, 'published');
      assert.equal(published.reviewer?.name, '乌海市应急管理局 局长 张军');

      // ── 预警列表: 已发布, in red.
      await lp.locator('.sw-warn-tabs .ant-tabs-tab', { hasText: '预警列表' }).click();
      const row = lp.locator(`.sw-warn-table tr[data-warning-id="${id}"][data-status="published"]`);
      await row.waitFor();
      assert.equal((await row.locator('.sw-warn-status').textContent())?.trim(), '已发布');
      const level = row.locator('.sw-warn-level');
      assert.equal(await level.getAttribute('data-colour'), 'red');
      assert.match((await level.textContent()) ?? '', /红色 Ⅰ级/);
      assert.equal(await level.evaluate((e) => getComputedStyle(e).backgroundColor), RED, 'the level is shown in red');
      await lp.waitForTimeout(300);
      await screenshot(lp, 'warnings-05-list-published-desktop');

      // The author's list follows without a reload (live event).
      await page.locator(`.sw-warn-drawer .sw-warn-stack[data-warning-id="${id}"][data-status="published"]`).waitFor();

      // The file: every CAP field, the CAP XML link, the version chain, the area on a map.
      await row.locator('.sw-warn-open').click();
      const drawer = lp.locator('.sw-warn-drawer');
      await drawer.locator(`.sw-warn-stack[data-warning-id="${id}"][data-status="published"]`).waitFor();
      assert.equal(await drawer.locator('.sw-warn-cap .ant-descriptions-item-label').count(), 15, 'all CAP fields');
      const capHref = await drawer.locator('.sw-warn-cap-download').getAttribute('href');
      assert.equal(capHref, `/api/warnings/${id}/cap`);
      const cap = await lp.request.get(url(capHref));
      assert.equal(cap.status(), 200);
      const xml = await cap.text();
      assert.match(xml, /<polygon>[^<]+<\/polygon>/, 'the drawn polygon is in the CAP document');
      assert.match(xml, /<severity>Extreme<\/severity>/);
      await drawer.locator('.sw-warn-area .sw-map[data-map-ready="true"]').waitFor();
      await lp.waitForTimeout(600);
      await screenshot(lp, 'warnings-06-file-published');
      await drawer.locator('.ant-drawer-close').click();

      // ── 一张图: the published warning's area on the map.
      await lp.goto(url('/map'));
      await lp.locator('.sw-map[data-map-ready="true"]').waitFor();
      const panel = lp.locator('.sw-layer-panel');
      await panel.locator('.sw-layer-row', { hasText: '生效预警区域' }).waitFor();
      // Only the warnings, so the screenshot shows their areas rather than the teams on top of them.
      for (const other of ['救援队伍', '物资仓库', '应急避难场所', '重大危险源', '监测报警']) {
        const box = panel.locator('.sw-layer-row', { hasText: other }).locator('input[type="checkbox"]');
        if (await box.isChecked()) await box.click();
      }
      await lp.waitForTimeout(2_000);
      // A click inside the halo around 海勃湾区 (just below its label) opens the warning's card.
      const label = await lp.locator('.sw-region-marker', { hasText: '海勃湾区' }).boundingBox();
      assert.ok(label, '海勃湾区 is on the map');
      await lp.mouse.click(label.x + 7, label.y + label.height / 2 + 18);
      const card = lp.locator(`.sw-warn-map-card[data-warning-id="${id}"]`);
      await card.waitFor();
      assert.match((await card.textContent()) ?? '', /暴雨红色预警/);
      await lp.waitForTimeout(500);
      await screenshot(lp, 'warnings-07-one-map');
      await card.locator('.sw-warn-map-open').click();
      await lp.locator(`.sw-warn-drawer .sw-warn-stack[data-warning-id="${id}"]`).waitFor();

      // ── Phone: the list and the form fit the screen.
      await openWarnings(phone.page, 'wuhai-duty');
      await phone.page.locator(`.sw-warn-table tr[data-warning-id="${id}"]`).waitFor();
      await phone.page.waitForTimeout(300);
      await screenshot(phone.page, 'warnings-08-list-phone');
      assert.ok(await fitsWidth(phone.page), 'the phone list does not scroll sideways');
      await phone.page.locator('.sw-warn-create').click();
      const phoneForm = phone.page.locator('.sw-warn-form-drawer');
      await phoneForm.locator('.sw-warn-level-choice:has(input[data-level="2"])').click();
      await phoneForm.locator('.sw-warn-type-name input').fill('森林火险');
      await dropdown(phone.page).locator('.ant-select-item-option', { hasText: '森林火险' }).first().click();
      await phone.page.waitForTimeout(300);
      await screenshot(phone.page, 'warnings-09-form-phone');
      assert.ok(await fitsWidth(phone.page), 'the phone form does not scroll sideways');
      await phoneForm.locator('.sw-warn-area .sw-map[data-map-ready="true"]').scrollIntoViewIfNeeded();
      await phoneForm.locator('.sw-warn-area .sw-map[data-map-ready="true"]').waitFor();
      await phone.page.waitForTimeout(600);
      await screenshot(phone.page, 'warnings-10-form-phone-map');

      // ── 公众预警页面, with nobody signed in.
      for (const [visit, name] of [
        [visitor, 'warnings-11-public-desktop'],
        [visitorPhone, 'warnings-12-public-phone'],
      ] as const) {
        await visit.page.goto(url('/public/warnings'));
        const card = visit.page.locator(`.sw-pub-warning[data-warning-id="${id}"]`);
        await card.waitFor();
        assert.equal(visit.page.url(), url('/public/warnings'), 'no sign-in needed');
        assert.equal(await card.getAttribute('data-colour'), 'red');
        assert.equal(await card.locator('.sw-pub-band').evaluate((e) => getComputedStyle(e).backgroundColor), RED);
        assert.match((await card.locator('.sw-pub-headline').textContent()) ?? '', /暴雨红色预警/);
        assert.equal(await visit.page.locator(`.sw-pub-warning[data-warning-id="${ownId}"]`).count(), 0, 'a warning still under review is not public');
        assert.equal(await visit.page.locator('.sw-pub-feed').getAttribute('href'), '/api/warnings/feed.atom');
        await visit.page.waitForTimeout(300);
        await screenshot(visit.page, name);
        assert.ok(await fitsWidth(visit.page), `${name} does not scroll sideways`);
      }
      await visitorPhone.page.locator(`.sw-pub-warning[data-warning-id="${id}"] .sw-pub-cap summary`).click();
      await visitorPhone.page.locator(`.sw-pub-warning[data-warning-id="${id}"] .sw-warn-cap`).waitFor();
      assert.ok(await fitsWidth(visitorPhone.page), 'the CAP fields fit the phone');
      await screenshot(visitorPhone.page, 'warnings-13-public-phone-cap');
      const feed = await visitor.page.request.get(url('/api/warnings/feed.atom'));
      assert.match(await feed.text(), /乌海市应急管理局发布暴雨红色预警/, 'the Atom feed carries it');

      errors.forEach((list, i) => assert.deepEqual(list, [], `no errors in page ${i + 1}'s console`));
    } finally {
      for (const p of [duty, leader, phone, visitor, visitorPhone]) await p.context.close();
    }
  });

  it('a warning sent back with a reason is edited and resubmitted; an update supersedes it as version 2; cancelling issues version 3', { timeout: 300_000 }, async () => {
    const duty = await newPage();
    const leader = await newPage();
    const errors = [duty, leader].map((p) => collectPageErrors(p.page));
    try {
      const dutyApi = await apiLogin(env.server().baseUrl, 'wuhai-duty', DEMO_PASSWORD);
      const created = await dutyApi.post('/api/warnings', {
        level: 3,
        type: { code: '05', name: '大风' },
        headline: '乌海市应急管理局发布大风黄色预警（乌达区）',
        description: '预计明天白天乌达区有 7 级以上大风。',
        areas: { regionCodes: ['150304000000'] },
      });
      assert.equal(created.status, 201, await created.clone().text());
      const id = ((await created.json()) as WarningBody).id;
      assert.equal((await dutyApi.post(`/api/warnings/${id}/submit`, {})).status, 200);

      // 退回: the reason is required, and goes back to the author.
      const lp = leader.page;
      await openWarnings(lp, 'wuhai-leader', 'queue');
      const item = lp.locator(`.sw-warn-queue-item[data-warning-id="${id}"]`);
      await item.locator('.sw-warn-reject').click();
      const reject = lp.locator('.sw-warn-reject-modal');
      await reject.locator('.sw-warn-reject-submit').click();
      await reject.locator('.ant-form-item-explain-error', { hasText: '请填写退回原因' }).waitFor();
      await reject.locator('textarea').fill('请补充防御指南，并写明大风影响的时段。');
      await reject.locator('.sw-warn-reject-submit').click();
      await reject.waitFor({ state: 'hidden' });
      await item.waitFor({ state: 'detached' });

      // The author sees why, edits and submits again.
      const page = duty.page;
      await loginViaUi(page, 'wuhai-duty');
      await page.goto(url(`/warnings?warning=${id}`));
      const drawer = page.locator('.sw-warn-drawer');
      await drawer.locator(`.sw-warn-stack[data-warning-id="${id}"][data-status="rejected"]`).waitFor();
      assert.match((await drawer.locator('.sw-warn-rejection').textContent()) ?? '', /请补充防御指南/);
      await drawer.locator('.sw-warn-edit').click();
      const form = page.locator('.sw-warn-form-drawer--edit');
      await form.waitFor();
      assert.match((await form.locator('.ant-alert', { hasText: '退回原因' }).textContent()) ?? '', /请补充防御指南/, 'the form repeats the reason');
      await form.locator('.sw-warn-instruction-input textarea').fill('明天 10 时至 18 时停止高空作业，加固临时搭建物，车辆避开高架路段。');
      await form.locator('.sw-warn-form-submit').click();
      await form.waitFor({ state: 'hidden' });
      await drawer.locator(`.sw-warn-stack[data-warning-id="${id}"][data-status="pending_review"]`).waitFor();
      assert.equal((await leaderApproves(id)).status, 'published');

      // 更新: a new version, orange now; once approved it supersedes version 1.
      await drawer.locator(`.sw-warn-stack[data-warning-id="${id}"][data-status="published"]`).waitFor();
      await drawer.locator('.sw-warn-revise').click();
      const revise = page.locator('.sw-warn-form-drawer--revise');
      await revise.waitFor();
      assert.match((await revise.locator('.ant-alert-info').textContent()) ?? '', /第 2 版/);
      await revise.locator('.sw-warn-level-choice:has(input[data-level="2"])').click();
      await revise.locator('.sw-warn-headline-input').fill('乌海市应急管理局将大风黄色预警升级为橙色预警（乌达区）');
      await revise.locator('.sw-warn-form-submit').click();
      await revise.waitFor({ state: 'hidden' });
      const v2 = drawer.locator('.sw-warn-stack[data-version="2"][data-status="pending_review"]');
      await v2.waitFor();
      const v2Id = (await v2.getAttribute('data-warning-id'))!;
      assert.equal(await drawer.locator('.sw-warn-chain').getAttribute('data-previous-id'), id, 'version 2 points back to version 1');
      assert.equal((await leaderApproves(v2Id)).status, 'published');
      const v1 = await api<WarningBody & { nextId: string | null }>(page, `/api/warnings/${id}`);
      assert.deepEqual([v1.status, v1.nextId], ['superseded', v2Id], 'version 1 is superseded by version 2');

      // The chain in the file: back to version 1, which says it was superseded and links forward.
      await drawer.locator(`.sw-warn-stack[data-warning-id="${v2Id}"][data-status="published"]`).waitFor();
      await drawer.locator('.sw-warn-chain-previous').click();
      await drawer.locator(`.sw-warn-stack[data-warning-id="${id}"][data-status="superseded"]`).waitFor();
      assert.equal((await drawer.locator('.ant-drawer-title .sw-warn-status').textContent())?.trim(), '已被新版本取代');
      await page.waitForTimeout(300);
      await screenshot(page, 'warnings-14-superseded-version');
      await drawer.locator('.sw-warn-chain-next').click();
      await drawer.locator(`.sw-warn-stack[data-warning-id="${v2Id}"]`).waitFor();

      // 解除 (leader): a reason, then a Cancel message as version 3; the public page drops it.
      await lp.goto(url(`/warnings?warning=${v2Id}`));
      const leaderDrawer = lp.locator('.sw-warn-drawer');
      await leaderDrawer.locator(`.sw-warn-stack[data-warning-id="${v2Id}"][data-status="published"]`).waitFor();
      await leaderDrawer.locator('.sw-warn-cancel').click();
      const cancel = lp.locator('.sw-warn-cancel-modal');
      await cancel.locator('textarea').fill('大风过程已结束，风险解除。');
      await cancel.locator('.sw-warn-cancel-submit').click();
      await cancel.waitFor({ state: 'hidden' });
      const v3 = leaderDrawer.locator('.sw-warn-stack[data-version="3"][data-status="cancelled"]');
      await v3.waitFor();
      assert.match((await leaderDrawer.locator('.sw-warn-cancellation').textContent()) ?? '', /大风过程已结束/);
      assert.match((await leaderDrawer.locator('.sw-warn-cap').textContent()) ?? '', /Cancel · 解除/);
      await lp.waitForTimeout(300);
      await screenshot(lp, 'warnings-15-cancelled');
      const inForce = await api<{ items: { id: string }[] }>(lp, '/api/warnings/public?limit=200');
      assert.ok(!inForce.items.some((w) => [id, v2Id].includes(w.id)), 'no version of it is in force any more');

      // The screens speak English too.
      await lp.locator('.ant-drawer-close').click();
      await lp.locator('.ant-segmented-item', { hasText: 'EN' }).first().click();
      await lp.locator('.sw-warn-tabs .ant-tabs-tab', { hasText: 'Approval queue' }).waitFor();
      await lp.locator('.sw-warn-table .sw-warn-status', { hasText: 'Cancelled' }).first().waitFor();
      await lp.waitForTimeout(300);
      await screenshot(lp, 'warnings-16-list-english');
      await lp.locator('.ant-segmented-item', { hasText: '中文' }).first().click();

      errors.forEach((list, i) => assert.deepEqual(list, [], `no errors in page ${i + 1}'s console`));
    } finally {
      for (const p of [duty, leader]) await p.context.close();
    }
  });
});

/** The second person approves (through the API: the queue itself is tested above). */
async function leaderApproves(id: string): Promise<WarningBody> {
  const leaderApi = await apiLogin(env.server().baseUrl, 'wuhai-leader', DEMO_PASSWORD);
  const response = await leaderApi.post(`/api/warnings/${id}/approve`, {});
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as WarningBody;
}
