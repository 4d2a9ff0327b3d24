import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';


let env: ReturnType<typeof useServerAndBrowser>;

const newPage = (viewport = { width: 1366, height: 860 }) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);


/**
 * The select dropdown opened last. While one closes and the next opens, antd briefly shows both (the
 * closing one carries a `*-leave` animation class), so leaving ones are excluded and the newest wins.
 */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();

/** Waits until no select dropdown is showing, including ones still animating closed. */
const allDropdownsClosed = (page: Page) =>
  page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.ant-select-dropdown')).every((d) => d.classList.contains('ant-select-dropdown-hidden') || getComputedStyle(d).display === 'none'),
  );

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.sw-admin-tabs .ant-tabs-tab', { hasText: name }).click();
  await page.locator('.sw-admin-tabs .ant-tabs-tab-active', { hasText: name }).waitFor();
}

async function chooseTreeRegion(page: Page, select: Locator, name: string): Promise<void> {
  await select.click();
  await openDropdown(page)
    .locator('.ant-select-tree-treenode')
    .filter({ has: page.locator('.ant-select-tree-title', { hasText: new RegExp(`^${name}`) }) })
    .locator('.ant-select-tree-node-content-wrapper')
    .click();
}

const BAD_CSV = ['code,name,level,parent_code,lon,lat,coord_source', '150302001098,守望测试甲社区居委会,5,150302001000,,,', '12345,坏代码社区,5,,,,'].join('\n');
const GOOD_CSV = ['code,name,level,parent_code,lon,lat,coord_source', '150302001099,守望测试社区居委会,5,150302001000,,,'].join('\n');

describe('administration', { timeout: 300_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('wuhai-admin creates a user and a token, imports regions and verifies the audit ledger', { timeout: 240_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-admin');
      await page.locator('.sw-side-nav .ant-menu-item', { hasText: '系统管理' }).click();
      await page.waitForURL(/\/system/);
      await page.locator('.sw-admin-tabs .ant-tabs-tab', { hasText: '审计日志' }).waitFor();
      const tabs = await page.locator('.sw-admin-tabs .ant-tabs-tab').allTextContents();
      for (const name of ['发布通知', '用户管理', 'API 令牌', '区划导入', '审计日志']) {
        assert.ok(tabs.some((text) => text.includes(name)), `tab ${name} in ${tabs.join(', ')}`);
      }

      // --- 用户管理: a duty officer for 海勃湾区
      await openTab(page, '用户管理');
      await page.locator('.sw-users-table .ant-table-row').first().waitFor();
      const username = `hbw-duty-${Date.now() % 100_000}`;
      await page.getByRole('button', { name: '新建用户' }).click();
      const drawer = page.locator('.sw-admin-drawer');
      await drawer.getByLabel('用户名', { exact: true }).waitFor();

      // Client-side rules mirror the server's before anything is sent.
      await drawer.getByLabel('用户名', { exact: true }).fill('ab');
      await drawer.getByLabel('初始密码').fill('password');
      await page.getByTestId('user-drawer-submit').click();
      await drawer.getByText('用户名须为 3–64 位字母、数字或 _ . -').waitFor();
      await drawer.getByText('密码至少 8 位，且须同时包含字母和数字').first().waitFor();

      await drawer.getByLabel('用户名', { exact: true }).fill(username);
      await drawer.getByLabel('姓名', { exact: true }).fill('海勃湾区值班员 测试');
      await drawer.getByLabel('初始密码').fill('Duty2026go');
      await chooseTreeRegion(page, drawer.getByLabel('所属区划', { exact: true }), '海勃湾区');
      await drawer.getByLabel('所属机构').click();
      const unitOption = openDropdown(page).locator('.ant-select-item-option').first();
      await unitOption.waitFor();
      const unitName = ((await unitOption.textContent()) ?? '').trim();
      await unitOption.click();
      await drawer.getByLabel('角色', { exact: true }).click();
      await openDropdown(page).locator('.ant-select-item-option', { hasText: '值班员' }).click();
      await page.keyboard.press('Escape');
      await allDropdownsClosed(page);
      await page.waitForTimeout(300);
      await screenshot(page, 'admin-01-user-drawer');
      await page.getByTestId('user-drawer-submit').click();
      await page.locator('.ant-message', { hasText: '已创建用户' }).waitFor();
      await drawer.waitFor({ state: 'hidden' });

      await page.getByLabel('搜索用户名或姓名').fill(username);
      await page.getByLabel('搜索用户名或姓名').press('Enter');
      const row = page.locator('.sw-users-table .ant-table-row', { hasText: username });
      await row.waitFor();
      await row.getByText('海勃湾区', { exact: true }).waitFor();
      const rowText = (await row.textContent()) ?? '';
      assert.match(rowText, /值班员/);
      assert.match(rowText, /正常/);
      if (unitName) assert.ok(rowText.includes(unitName), `org unit ${unitName} in "${rowText}"`);
      await page.getByLabel('搜索用户名或姓名').fill('');
      await page.getByLabel('搜索用户名或姓名').press('Enter');
      await page.locator('.sw-users-table .ant-table-row', { hasText: 'wuhai-duty' }).waitFor();
      await screenshot(page, 'admin-02-users');

      // --- API 令牌: the secret is shown once
      await openTab(page, 'API 令牌');
      await page.getByRole('button', { name: '新建令牌' }).click();
      const tokenModal = page.locator('.sw-token-create-modal');
      await tokenModal.getByLabel('名称').fill('海勃湾水位传感器网关');
      await tokenModal.getByText('传感器数据写入').click();
      await tokenModal.getByText('只读').click();
      await tokenModal.locator('.ant-btn-primary').click();
      const secret = page.getByTestId('token-secret');
      await secret.waitFor();
      assert.match((await secret.textContent()) ?? '', /^sw_/);
      await page.locator('.sw-token-secret-modal').getByText('关闭此窗口后将无法再次查看').waitFor();
      await page.waitForTimeout(400); // modal zoom-in
      await screenshot(page, 'admin-03-token-secret');
      await page.getByRole('button', { name: '我已保存，关闭' }).click();
      await page.locator('.sw-token-secret-modal').waitFor({ state: 'hidden' });
      const tokenRow = page.locator('.sw-tokens-table .ant-table-row', { hasText: '海勃湾水位传感器网关' });
      await tokenRow.waitFor();
      assert.match((await tokenRow.textContent()) ?? '', /有效/);
      await screenshot(page, 'admin-04-tokens');

      // --- 区划导入: errors block the import, a clean file is previewed then written
      await openTab(page, '区划导入');
      await page.locator('.sw-region-import input[type="file"]').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(BAD_CSV, 'utf8'),
      });
      const errorRow = page.locator('.sw-import-errors .ant-table-row').first();
      await errorRow.waitFor();
      const errorText = (await errorRow.textContent()) ?? '';
      assert.ok(/[\u4e00-\u9fff]/.test(errorText), `a Chinese reason, got "${errorText}"`);
      assert.match(errorText, /12345/);
      assert.ok(await page.getByRole('button', { name: '确认导入' }).isDisabled(), 'cannot import a file with errors');
      await screenshot(page, 'admin-05-import-errors');

      await page.getByRole('button', { name: '重新选择文件' }).click();
      await page.locator('.sw-region-import input[type="file"]').setInputFiles({
        name: 'good.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(GOOD_CSV, 'utf8'),
      });
      await page.getByText('预检通过，尚未写入').waitFor();
      const confirm = page.getByRole('button', { name: '确认导入' });
      assert.ok(await confirm.isEnabled());
      await confirm.click();
      await page.locator('.sw-import-done', { hasText: '新增 1 个' }).waitFor();
      await screenshot(page, 'admin-06-import-done');

      // --- 审计日志: the new entries are there and the chain verifies
      await openTab(page, '审计日志');
      const audit = page.locator('.sw-audit-table');
      for (const action of ['region.created', 'api-token.created', 'user.created']) {
        await audit.locator('.ant-table-row', { hasText: action }).first().waitFor();
      }
      await page.getByRole('button', { name: '校验完整性' }).click();
      const verified = page.locator('.sw-audit-verify', { hasText: '审计日志完整' });
      await verified.waitFor();
      assert.match((await verified.textContent()) ?? '', /已校验 \d+ 条/);
      await screenshot(page, 'admin-07-audit');

      await page.locator('.sw-audit-entity').click();
      await openDropdown(page).locator('.ant-select-item-option', { hasText: 'API 令牌' }).click();
      await audit.locator('.ant-table-row', { hasText: 'api-token.created' }).first().waitFor();
      await page.waitForTimeout(300);
      const actions = await audit.locator('.ant-table-row').allTextContents();
      assert.ok(actions.every((text) => text.includes('api-token')), 'the entity filter applies');

      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('a duty officer on a phone sees only what he may', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage({ width: 390, height: 844 });
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await page.goto(`${env.server().baseUrl}/system?tab=tokens`);
      await page.locator('.sw-admin-tabs').waitFor();
      const tabs = (await page.locator('.sw-admin-tabs .ant-tabs-tab').allTextContents()).map((s) => s.trim());
      assert.deepEqual(tabs, ['用户管理', '审计日志'], 'no tokens, import or notice tabs');
      await page.locator('.sw-admin-tabs .ant-tabs-tab-active', { hasText: '用户管理' }).waitFor();
      await page.locator('.sw-users-table .ant-table-row').first().waitFor();
      await page.getByText('您只有查看权限').waitFor();
      assert.equal(await page.getByRole('button', { name: '新建用户' }).count(), 0);
      await page.waitForTimeout(300);
      await screenshot(page, 'admin-08-phone-duty-users');

      await openTab(page, '审计日志');
      await page.locator('.sw-audit-table .ant-table-row').first().waitFor();
      assert.equal(await page.getByRole('button', { name: '校验完整性' }).count(), 0, 'verify needs audit.verify');
      await screenshot(page, 'admin-09-phone-duty-audit');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });
});
