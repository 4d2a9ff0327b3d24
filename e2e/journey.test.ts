import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiLogin } from './support/api.js';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { DEMO_PASSWORD, loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';

interface RegionItem {
  code: string;
  name: string;
}

let env: ReturnType<typeof useServerAndBrowser>;

const newPage = (viewport = { width: 1366, height: 820 }) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);


async function waitForMap(page: Page): Promise<void> {
  await page.locator('.sw-map[data-map-ready="true"] canvas.maplibregl-canvas').waitFor({ state: 'visible' });
}

function marker(page: Page, name: string) {
  return page.locator('.sw-region-marker').filter({ has: page.locator('.sw-region-marker-label', { hasText: name }) });
}

async function childrenOf(page: Page, code: string): Promise<RegionItem[]> {
  // page.request shares the browser's session cookie, so this sees exactly what the page may see.
  const response = await page.request.get(`${env.server().baseUrl}/api/regions?parent=${code}`);
  assert.equal(response.status(), 200, `GET /api/regions?parent=${code}`);
  return ((await response.json()) as { items: RegionItem[] }).items;
}

async function openSwitcher(page: Page): Promise<void> {
  await page.locator('.sw-region-switcher').click();
  await page.locator('.ant-select-dropdown .ant-select-tree').waitFor({ state: 'visible' });
}

function treeNode(page: Page, name: string) {
  return page
    .locator('.ant-select-dropdown .ant-select-tree-treenode')
    .filter({ has: page.locator('.ant-select-tree-title', { hasText: new RegExp(`^${name}`) }) });
}

describe('web journey', { timeout: 300_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('a duty officer sees his region on the map, drills down and receives a live notice', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${env.server().baseUrl}/login`);
      await page.getByText('演示账号').waitFor();
      await screenshot(page, '01-login');

      // The server's own localised message is shown, not a generic one.
      await page.getByLabel('用户名').fill('wuhai-duty');
      await page.getByLabel('密码').fill('wrong-password');
      await page.locator('button[type="submit"]').click();
      const loginError = page.locator('.sw-login-error');
      await loginError.waitFor();
      const serverMessage = (await loginError.textContent()) ?? '';
      assert.ok(/[\u4e00-\u9fff]/.test(serverMessage), `a Chinese error message, got "${serverMessage}"`);

      await loginViaUi(page, 'wuhai-duty');
      await waitForMap(page);

      const districts = await childrenOf(page, WUHAI);
      const districtNames = districts.map((d) => d.name);
      for (const name of ['海勃湾区', '海南区', '乌达区']) assert.ok(districtNames.includes(name), `API lists ${name}`);
      for (const name of districtNames) await marker(page, name).waitFor({ state: 'visible' });
      await page.locator(`.sw-region-summary[data-region-code="${WUHAI}"]`).waitFor();
      await page.waitForTimeout(1_200); // let the camera settle before the picture
      await screenshot(page, '02-map-wuhai');

      await openSwitcher(page);
      await treeNode(page, '海勃湾区').locator('.ant-select-tree-node-content-wrapper').click();
      await page.locator(`.sw-region-summary[data-region-code="${HAIBOWAN}"]`).waitFor();
      const townships = await childrenOf(page, HAIBOWAN);
      assert.ok(townships.length > 0, '海勃湾区 has townships');
      for (const township of townships) await marker(page, township.name).waitFor({ state: 'visible' });
      assert.equal(await marker(page, '乌达区').count(), 0, 'sibling districts are no longer drawn');
      await page.waitForTimeout(1_200);
      await screenshot(page, '03-map-haibowan');

      await page.locator('.sw-live-status[data-live-status="open"]').waitFor();
      const admin = await apiLogin(env.server().baseUrl, 'demo-admin', DEMO_PASSWORD);
      const title = `防汛演练通知 ${Date.now()}`;
      const body = '请各值班人员于今晚 20:00 前确认值守到位。';
      const posted = await admin.post('/api/system/notices', { title, body, level: 'warning', regionCode: WUHAI });
      assert.equal(posted.status, 201, `POST /api/system/notices: ${await posted.clone().text()}`);

      const toast = page.locator('[data-testid="live-notice"]').filter({ hasText: title });
      await toast.waitFor({ state: 'visible' });
      assert.match((await toast.textContent()) ?? '', /今晚 20:00/);
      await page.waitForTimeout(800); // the toast slides in
      await screenshot(page, '04-live-notice');

      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('the layout works on a phone', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage({ width: 390, height: 844 });
    try {
      await loginViaUi(page, 'wuhai-duty');
      await waitForMap(page);
      await marker(page, '海南区').waitFor({ state: 'visible' });
      await page.waitForTimeout(1_200);
      await screenshot(page, '05-phone-map');
      await marker(page, '海南区').click();
      await page.locator('.sw-region-summary[data-region-code="150303000000"]').waitFor();
      await page.locator('.sw-region-switcher', { hasText: '海南区' }).waitFor();
      await page.getByRole('button', { name: '菜单' }).click();
      await page.locator('.sw-nav-drawer .ant-menu').waitFor({ state: 'visible' });
      await page.waitForTimeout(500); // drawer slide-in
      await screenshot(page, '06-phone-menu');
      await page.locator('.sw-nav-drawer .ant-menu-item', { hasText: '应急值守' }).click();
      await page.locator('.sw-duty-page').waitFor();
      await page.locator('.sw-nav-drawer .ant-drawer-body').waitFor({ state: 'hidden' });
      await screenshot(page, '07-phone-duty');
    } finally {
      await context.close();
    }
  });

  it("baotou-duty's region switcher never offers 乌海市", { timeout: 120_000 }, async () => {
    const { context, page } = await newPage();
    try {
      await loginViaUi(page, 'baotou-duty');
      await waitForMap(page);
      await openSwitcher(page);
      await treeNode(page, '包头市').waitFor();
      const counties = await childrenOf(page, '150200000000');
      assert.ok(counties.length > 0);
      for (const county of counties) await treeNode(page, county.name).waitFor();
      await screenshot(page, '08-baotou-switcher');
      const offered = await page.locator('.ant-select-dropdown .ant-select-tree-title').allTextContents();
      assert.ok(offered.length > 1, 'the switcher lists 包头市 and its counties');
      assert.ok(!offered.some((text) => text.includes('乌海')), `no 乌海 in ${offered.join(', ')}`);

      await page.locator('.sw-region-switcher input').fill('乌海');
      await page.waitForTimeout(300);
      const matches = await page.locator('.ant-select-dropdown .ant-select-tree-title').allTextContents();
      assert.ok(!matches.some((text) => text.includes('乌海')), 'searching does not reveal it either');

      const direct = await page.request.get(`${env.server().baseUrl}/api/regions/${WUHAI}`);
      assert.equal(direct.status(), 404, 'the API hides regions outside the scope');
    } finally {
      await context.close();
    }
  });

  it('an administrator can switch to English and post a notice from the Administration page', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'demo-admin');
      await waitForMap(page);
      await page.locator('.sw-header .ant-segmented-item', { hasText: 'EN' }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      await waitForMap(page);
      await marker(page, '乌海市').waitFor({ state: 'visible' });
      await page.waitForTimeout(1_200);
      assert.equal(await page.locator('.ant-notification-notice').count(), 0, 're-creating the map raises no layer errors');
      await screenshot(page, '09-admin-map-en');

      await page.locator('.sw-side-nav .ant-menu-item', { hasText: 'Administration' }).click();
      await page.waitForURL(/\/system/);
      await page.locator('.sw-live-status[data-live-status="open"]').waitFor();
      const title = `Drill ${Date.now()}`;
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Message').fill('All duty officers: confirm readiness by 20:00.');
      await page.locator('.sw-notice-form .ant-radio-button-wrapper', { hasText: 'Urgent' }).click();
      await page.locator('.sw-notice-form button[type="submit"]').click();
      const toast = page.locator('[data-testid="live-notice"]').filter({ hasText: title });
      await toast.waitFor({ state: 'visible' });
      assert.match((await toast.textContent()) ?? '', /Urgent notice/);
      await page.waitForTimeout(800);
      await screenshot(page, '10-admin-notice-en');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });
});
