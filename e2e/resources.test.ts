import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';

const HAZMAT = 'hazardous_chemicals';
const HAIBOWAN = '150302000000';
const WUHAI = '150300000000';

interface TeamItem {
  id: string;
  name: string;
  specialities: string[];
}
interface TeamDetail extends TeamItem {
  members: { name: string; active: boolean }[];
}

let env: ReturnType<typeof useServerAndBrowser>;

const newPage = (viewport = { width: 1366, height: 840 }) => openPage(env.browser(), viewport);
const loginViaUi = (page: Page, username: string) => signInUi(page, env.server().baseUrl, username);

async function api<T>(page: Page, path: string): Promise<T> {
  // page.request shares the browser's session cookie: it sees exactly what the page may see.
  const response = await page.request.get(`${env.server().baseUrl}${path}`);
  assert.equal(response.status(), 200, `GET ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Signs in and opens 应急资源 from the menu, on the teams list. */
async function openResourcesPage(page: Page, username: string): Promise<void> {
  await loginViaUi(page, username);
  await page.locator('.ant-menu-item', { hasText: '应急资源' }).click();
  await page.waitForURL(/\/resources/);
  await page.locator('.sw-res-teams-table .ant-table-row').first().waitFor();
}

async function waitForMap(page: Page): Promise<void> {
  await page.locator('.sw-map[data-map-ready="true"] canvas.maplibregl-canvas').waitFor({ state: 'visible' });
}

/** The teams panel lists what the layer loaded for the viewport; wait until a load has settled. */
async function settledTeamList(page: Page): Promise<{ id: string; name: string; specialities: string[] }[]> {
  await page.locator('.sw-res-team-panel .sw-res-view-summary[data-loading="false"]').waitFor();
  return page.locator('.sw-res-team-panel .sw-res-point').evaluateAll((buttons) =>
    buttons.map((b) => ({
      id: b.getAttribute('data-team-id') ?? '',
      name: b.querySelector('.sw-res-point-name')?.textContent ?? '',
      specialities: (b.querySelector('[data-specialities]')?.getAttribute('data-specialities') ?? '').split(',').filter(Boolean),
    })),
  );
}

/** Picks an option in an antd select; the dropdown opened last is the one that is not animating out. */
async function pickOption(page: Page, select: string, option: string): Promise<void> {
  await page.locator(select).click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.ant-select-dropdown')).every((d) => d.classList.contains('ant-select-dropdown-hidden') || getComputedStyle(d).display === 'none'),
  );
}

/** The select dropdown opened last (antd briefly shows a closing one beside it). */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();

/** Picks one option of a form select found by its label. */
async function chooseIn(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await openDropdown(page).locator('.ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Opens a tab of the resources page (by URL: on a phone the tab bar folds some tabs into a menu)
 * and its create form, by the form's name (`team` → `.sw-res-team-form`).
 */
async function openCreateForm(page: Page, tab: string, name: string): Promise<Locator> {
  await page.goto(`${env.server().baseUrl}/resources?tab=${tab}`);
  await page.locator(`.sw-res-${tab}-table`).waitFor();
  await page.locator(`.sw-res-${tab} .sw-res-create`).click();
  const drawer = page.locator(`.sw-res-${name}-form`);
  await drawer.waitFor();
  await page.waitForTimeout(400); // the drawer slides in
  return drawer;
}

/** Whether anything in the drawer is wider than the drawer (a phone would scroll sideways). */
const overflowsSideways = (drawer: Locator) =>
  drawer.locator('.ant-drawer-body').evaluate((body) => body.scrollWidth > body.clientWidth + 1);

const CSV_HEADER = '队伍名称,队伍类型,专业领域,层级,区划代码,经度,纬度,驻地地址,负责人,联系电话';
const csvRow = (name: string, kind: string) =>
  [name, kind, '危化、综合救援', '旗县级', HAIBOWAN, '106.815', '39.681', '乌海市海勃湾区新华街', '李建国', '0473-6012345'].join(',');

describe('resources journey', { timeout: 360_000, skip: browserSkipReason() }, () => {
  env = useServerAndBrowser();

  it('a duty officer filters the map to hazardous-chemicals teams, opens one and sees its members', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-duty');
      await waitForMap(page);
      const panel = page.locator('.sw-res-team-panel');
      await panel.waitFor();
      await page.waitForTimeout(1_500); // the camera settles on 乌海市, then the layer reloads
      const before = await settledTeamList(page);
      assert.ok(before.length > 0, 'teams are listed for 乌海市');
      assert.ok(before.some((t) => !t.specialities.includes(HAZMAT)), 'before filtering, teams of other specialities are shown');
      await screenshot(page, 'resources-01-map-teams');

      await pickOption(page, '.sw-res-team-panel .sw-res-filter-speciality', '危化');
      await page.waitForFunction(
        (speciality) => {
          const summary = document.querySelector('.sw-res-team-panel .sw-res-view-summary');
          const items = Array.from(document.querySelectorAll('.sw-res-team-panel .sw-res-point [data-specialities]'));
          return (
            summary?.getAttribute('data-loading') === 'false' &&
            items.length > 0 &&
            items.every((i) => (i.getAttribute('data-specialities') ?? '').split(',').includes(speciality))
          );
        },
        HAZMAT,
      );
      const shown = await settledTeamList(page);
      const hazmat = await api<{ items: TeamItem[] }>(page, `/api/resources/teams?speciality=${HAZMAT}&limit=500`);
      const hazmatIds = new Set(hazmat.items.map((t) => t.id));
      for (const team of shown) {
        assert.ok(team.specialities.includes(HAZMAT), `${team.name} is a 危化 team`);
        assert.ok(hazmatIds.has(team.id), `${team.name} is a 危化 team according to the API`);
      }
      const dropped = before.filter((t) => !t.specialities.includes(HAZMAT));
      for (const team of dropped) assert.ok(!shown.some((s) => s.id === team.id), `${team.name} is no longer shown`);
      const summary = (await page.locator('.sw-res-team-panel .sw-res-view-summary').textContent()) ?? '';
      assert.match(summary, new RegExp(`视野内 ${shown.length} 支队伍`), `the count matches the list: "${summary}"`);
      await page.waitForTimeout(600);
      await screenshot(page, 'resources-02-map-hazmat');

      // Open the team with the largest roster so there are members to see.
      const details = await Promise.all(shown.map((t) => api<TeamDetail>(page, `/api/resources/teams/${t.id}`)));
      const team = details.reduce((a, b) => (b.members.length > a.members.length ? b : a));
      assert.ok(team.members.length > 0, `${team.name} has members in the demo data`);
      await page.locator(`.sw-res-team-panel .sw-res-point[data-team-id="${team.id}"]`).click();
      const detail = page.locator(`.sw-res-detail-panel .sw-res-detail[data-team-id="${team.id}"]`);
      await detail.waitFor();
      await detail.locator('.sw-res-member').first().waitFor();
      assert.equal(await detail.locator('.sw-res-member').count(), team.members.length, 'every member is listed');
      const names = await detail.locator('.sw-res-member-name').allTextContents();
      assert.deepEqual(new Set(names), new Set(team.members.map((m) => m.name)));
      assert.ok((await detail.locator('a[href^="tel:"]').count()) > 0, 'phone numbers dial');
      await page.waitForTimeout(1_200); // the camera flies to the team
      await screenshot(page, 'resources-03-map-team-detail');

      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('an administrator filters the teams list and imports teams: a bad row is explained in Chinese and blocks the import', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await openResourcesPage(page, 'wuhai-admin');
      const rows = page.locator('.sw-res-teams-table .ant-table-row');

      await pickOption(page, '.sw-res-teams .sw-res-filter-speciality', '危化');
      await page.waitForFunction(() => {
        const rows = Array.from(document.querySelectorAll('.sw-res-teams-table .ant-table-row'));
        return rows.length > 0 && rows.every((r) => (r.querySelector('[data-specialities]')?.getAttribute('data-specialities') ?? '').split(',').includes('hazardous_chemicals'));
      });
      const hazmat = await api<{ total: number }>(page, `/api/resources/teams?speciality=${HAZMAT}&limit=1`);
      await page.locator('.sw-res-teams .ant-pagination-total-text', { hasText: `共 ${hazmat.total} 条` }).waitFor();
      await screenshot(page, 'resources-04-teams-hazmat');

      await page.locator('.sw-res-teams .sw-res-import').click();
      await page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item', { hasText: '导入救援队伍' }).click();
      const wizard = page.locator('.sw-res-import-wizard');
      await wizard.waitFor();
      // The template is the server's empty import sheet.
      const [download] = await Promise.all([page.waitForEvent('download'), wizard.locator('.sw-res-template-xlsx').click()]);
      assert.match(download.suggestedFilename(), /\.xlsx$/, `an Excel template: ${download.suggestedFilename()}`);
      const name = `乌海市危化品运输应急救援队${Date.now() % 100_000}`;
      await wizard.locator('input[type="file"]').setInputFiles({
        name: '队伍导入.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([CSV_HEADER, csvRow(name, '专业'), csvRow(`${name}二队`, '民间')].join('\n'), 'utf8'),
      });
      const errorRows = wizard.locator('.sw-res-import-errors .ant-table-row');
      await errorRows.first().waitFor();
      const reported = await errorRows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
      for (const [row, column, reason] of reported) {
        assert.equal(row, '3', 'only the second data row (line 3 of the file) is wrong');
        assert.equal(column, '队伍类型');
        assert.match(reason ?? '', /[\u4e00-\u9fff]/, `the reason is in Chinese: "${reason}"`);
      }
      assert.ok(reported.some(([, , reason]) => reason?.includes('民间')), 'the reason quotes the wrong value');
      const confirm = wizard.locator('.sw-res-import-confirm');
      assert.ok(await confirm.isDisabled(), 'a file with errors cannot be imported');
      await page.waitForTimeout(400);
      await screenshot(page, 'resources-05-import-error');

      await wizard.getByRole('button', { name: '重新选择文件' }).click();
      await wizard.locator('input[type="file"]').setInputFiles({
        name: '队伍导入（已修正）.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([CSV_HEADER, csvRow(name, '专业'), csvRow(`${name}二队`, '社会')].join('\n'), 'utf8'),
      });
      await wizard.locator('.sw-res-import-result[data-errors="0"]').waitFor();
      await wizard.locator('.sw-res-import-preview .ant-table-row', { hasText: name }).first().waitFor();
      assert.ok(await confirm.isEnabled(), 'the corrected file can be imported');
      // The dry run tried the writes and rolled them back: it knows both teams are new.
      await wizard.locator('.sw-res-import-ready', { hasText: '将新增 2 条、更新 0 条' }).waitFor();
      assert.equal(await wizard.locator('.sw-res-import-stat-created .ant-statistic-content-value').textContent(), '2');
      await page.waitForTimeout(400); // the button's colour transition
      await screenshot(page, 'resources-06-import-preview');
      await confirm.click();
      await wizard.locator('.sw-res-import-done', { hasText: '新增 2 条' }).waitFor();
      await screenshot(page, 'resources-07-import-done');
      await wizard.getByRole('button', { name: '关闭' }).click();

      await page.locator('.sw-res-teams .sw-res-search input').fill(name);
      await page.locator('.sw-res-teams .sw-res-search input').press('Enter');
      await page.locator('.sw-res-teams-table .ant-table-row', { hasText: `${name}二队` }).waitFor();
      await page.locator('.sw-res-teams .ant-pagination-total-text', { hasText: '共 2 条' }).waitFor();
      assert.equal(await rows.count(), 2, 'both imported teams are listed');

      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('an administrator creates a team through the form, picks its base on the map, and finds it in the list and on the map', { timeout: 240_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await openResourcesPage(page, 'wuhai-admin');
      const drawer = await openCreateForm(page, 'teams', 'team');
      // A new team starts in the header's region, at that region's level.
      await drawer.locator('.sw-res-region-field', { hasText: '乌海市' }).waitFor();
      await drawer.locator('.ant-select', { hasText: '盟市级' }).waitFor();

      // Nothing is sent while required fields are empty; each says what it needs, in Chinese.
      await drawer.locator('.sw-res-form-submit').click();
      await drawer.getByText('请输入队伍名称（不超过 100 字）').waitFor();
      await drawer.getByText('请至少选择一个专业').waitFor();
      await drawer.getByText('请输入经度（-180 至 180）').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'resources-08-team-form-required');

      const name = `乌海市守望测试救援队${Date.now() % 100_000}`;
      await drawer.getByLabel('队伍名称').fill(name);
      await chooseIn(page, drawer, '队伍类型', '专业');
      await drawer.getByLabel('专业', { exact: true }).click();
      for (const option of ['危化', '综合救援']) await openDropdown(page).locator('.ant-select-item-option', { hasText: option }).first().click();
      await page.keyboard.press('Escape');

      // 在地图上选点: the map opens on the team's region; a click places the base there.
      await drawer.locator('.sw-res-pick-open').click();
      const picker = page.locator('.sw-res-location-picker');
      await picker.locator('.sw-map[data-map-ready="true"] canvas.maplibregl-canvas').waitFor({ state: 'visible' });
      await page.waitForTimeout(800); // the basemap draws
      const canvas = picker.locator('canvas.maplibregl-canvas');
      const box = await canvas.boundingBox();
      assert.ok(box, 'the picker map has a size');
      await canvas.click({ position: { x: box.width / 2 + 10, y: box.height / 2 + 10 } });
      const value = picker.locator('.sw-res-location-value[data-lon]');
      await value.waitFor();
      const lon = Number(await value.getAttribute('data-lon'));
      const lat = Number(await value.getAttribute('data-lat'));
      assert.ok(lon > 106 && lon < 108 && lat > 39 && lat < 40.5, `the picked point is in 乌海: ${lon}, ${lat}`);
      await page.waitForTimeout(300);
      await screenshot(page, 'resources-09-location-picker');
      await picker.locator('.sw-res-pick-confirm').click();
      await picker.waitFor({ state: 'hidden' });
      assert.equal(Number(await drawer.getByLabel('经度').inputValue()), lon, 'the longitude is filled in');
      assert.equal(Number(await drawer.getByLabel('纬度').inputValue()), lat, 'the latitude is filled in');

      await drawer.getByLabel('驻地地址').fill('乌海市海勃湾区新华东街 18 号');
      await drawer.getByLabel('队长').fill('王守望');
      await drawer.getByLabel('联系电话').fill('0473-6019999');
      await drawer.locator('.sw-res-add-equipment').click();
      await drawer.locator('.sw-res-add-equipment').click();
      const lines = drawer.locator('.sw-res-equipment-line');
      await lines.nth(0).getByLabel('装备名称 1').fill('正压式空气呼吸器');
      await lines.nth(0).getByLabel('数量 1').fill('12');
      await lines.nth(0).getByLabel('单位 1').fill('具');
      await lines.nth(1).getByLabel('装备名称 2').fill('重型防化服');
      await lines.nth(1).getByLabel('数量 2').fill('8');
      await lines.nth(1).getByLabel('单位 2').fill('套');
      await page.waitForTimeout(300);
      await screenshot(page, 'resources-10-team-form-filled');
      await drawer.locator('.sw-res-form-submit').click();

      // Saved: the new team's file opens, ready for its roster.
      await page.locator('.sw-res-team-drawer .ant-drawer-title', { hasText: name }).waitFor();
      const found = await api<{ items: (TeamItem & { equipment: { name: string; quantity: number; unit: string }[]; regionCode: string; lon: number; lat: number })[] }>(
        page,
        `/api/resources/teams?q=${encodeURIComponent(name)}`,
      );
      assert.equal(found.items.length, 1, 'the team exists once');
      const team = found.items[0]!;
      assert.deepEqual(team.specialities.sort(), [HAZMAT, 'general_rescue'].sort());
      assert.equal(team.regionCode, WUHAI);
      assert.deepEqual([team.lon, team.lat], [lon, lat]);
      assert.deepEqual(team.equipment, [
        { name: '正压式空气呼吸器', quantity: 12, unit: '具' },
        { name: '重型防化服', quantity: 8, unit: '套' },
      ]);

      // Renaming it to a team the region already has: the server's refusal sits under the name.
      await page.locator('.sw-res-team-drawer .sw-res-edit').click();
      const edit = page.locator('.sw-res-team-form');
      await edit.waitFor();
      assert.equal(await edit.getByLabel('队伍名称').inputValue(), name, 'the form holds the team');
      await edit.getByLabel('队伍名称').fill('乌海市综合应急救援队');
      await edit.locator('.sw-res-form-submit').click();
      await edit.locator('.ant-form-item-explain-error', { hasText: '同一区划内已有同名队伍' }).waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'resources-11-team-form-conflict');
      await edit.locator('.sw-res-form-cancel').click();
      await edit.waitFor({ state: 'hidden' });
      await page.locator('.sw-res-team-drawer .ant-drawer-close').click();
      // Closing hands the focus back to the list; type only once that happened.
      await page.locator('.sw-res-team-drawer').waitFor({ state: 'hidden' });

      await page.locator('.sw-res-teams .sw-res-search input').fill(name);
      await page.locator('.sw-res-teams .sw-res-search input').press('Enter');
      await page.locator('.sw-res-teams-table .ant-table-row', { hasText: name }).waitFor();
      await page.locator('.sw-res-teams .ant-pagination-total-text', { hasText: '共 1 条' }).waitFor();
      assert.equal(await page.locator('.sw-res-teams-table .ant-table-row').count(), 1, 'the new team is listed');

      // On the one map it is among the teams of 乌海市, and opens like any other.
      await page.locator('.ant-menu-item', { hasText: '一张图' }).click();
      await page.waitForURL(/\/map/);
      await waitForMap(page);
      await page.locator('.sw-res-team-panel').waitFor();
      await page.waitForTimeout(1_500);
      const shown = await settledTeamList(page);
      assert.ok(shown.some((t) => t.id === team.id), `${name} is on the map`);
      await page.locator(`.sw-res-team-panel .sw-res-point[data-team-id="${team.id}"]`).click();
      await page.locator(`.sw-res-detail-panel .sw-res-detail[data-team-id="${team.id}"]`).waitFor();
      await page.waitForTimeout(1_200);
      await screenshot(page, 'resources-12-map-new-team');

      // The refused rename is logged by the browser as a failed load (409); nothing else may be.
      assert.deepEqual(errors.filter((e) => !/status of 409/.test(e)), [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('the lists follow the region chosen in the header', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await openResourcesPage(page, 'wuhai-duty');
      await page.locator(`.sw-res-teams .sw-res-region-tag[data-region-code="${WUHAI}"]`).waitFor();
      const all = await api<{ total: number }>(page, `/api/resources/teams?limit=1`);
      await page.locator('.sw-res-teams .ant-pagination-total-text', { hasText: `共 ${all.total} 条` }).waitFor();

      await page.locator('.sw-region-switcher').click();
      await openDropdown(page)
        .locator('.ant-select-tree-treenode')
        .filter({ has: page.locator('.ant-select-tree-title', { hasText: /^海勃湾区/ }) })
        .locator('.ant-select-tree-node-content-wrapper')
        .click();
      await page.locator(`.sw-res-teams .sw-res-region-tag[data-region-code="${HAIBOWAN}"]`).waitFor();
      const haibowan = await api<{ total: number }>(page, `/api/resources/teams?regionCode=${HAIBOWAN}&limit=1`);
      assert.ok(haibowan.total > 0 && haibowan.total < all.total, `海勃湾区 has some of 乌海市's teams (${haibowan.total} of ${all.total})`);
      await page.locator('.sw-res-teams .ant-pagination-total-text', { hasText: `共 ${haibowan.total} 条` }).waitFor();

      await page.locator('.sw-res-tabs .ant-tabs-tab', { hasText: '避难场所与设施' }).click();
      const shelters = await api<{ total: number }>(page, `/api/resources/facilities?regionCode=${HAIBOWAN}&limit=1`);
      await page.locator('.sw-res-facilities .ant-pagination-total-text', { hasText: `共 ${shelters.total} 条` }).waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'resources-13-facilities-haibowan');
      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  it('an administrator adds an expert: what only the server refuses is shown under its field', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage();
    const errors = collectPageErrors(page);
    try {
      await loginViaUi(page, 'wuhai-admin');
      const drawer = await openCreateForm(page, 'experts', 'expert');
      const name = `守望测试专家${Date.now() % 100_000}`;
      await drawer.getByLabel('姓名').fill(name);
      await drawer.getByLabel('职称').fill('高级工程师');
      await drawer.getByLabel('专业领域').fill('危险化学品');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await drawer.getByLabel('工作单位').fill('乌海市应急管理局');
      await drawer.getByLabel('联系电话').fill('13904730000');
      // The browser's email rule takes a Chinese mailbox name; the server's does not.
      await drawer.getByLabel('电子邮箱').fill('张工@example.com');
      await drawer.locator('.sw-res-form-submit').click();
      const emailError = drawer.locator('.ant-form-item', { has: page.getByLabel('电子邮箱') }).locator('.ant-form-item-explain-error');
      await emailError.waitFor();
      assert.match((await emailError.textContent()) ?? '', /^不符合要求/, 'the server validation error sits under 电子邮箱');
      assert.equal(await drawer.locator('.sw-res-alert[data-error-code]').count(), 0, 'no separate alert when every error has its field');
      await page.waitForTimeout(300);
      await screenshot(page, 'resources-14-expert-server-error');

      await drawer.getByLabel('电子邮箱').fill('zhang.gong@example.com');
      await drawer.locator('.sw-res-form-submit').click();
      await drawer.waitFor({ state: 'hidden' });
      await page.locator('.sw-res-experts-table .ant-table-row', { hasText: name }).waitFor();
      const found = await api<{ items: { name: string; fields: string[]; email: string | null; regionCode: string }[] }>(page, `/api/resources/experts?q=${encodeURIComponent(name)}`);
      assert.deepEqual(
        found.items.map((e) => [e.name, e.fields, e.email, e.regionCode]),
        [[name, ['危险化学品'], 'zhang.gong@example.com', WUHAI]],
      );
      // The refused save is logged by the browser as a failed load (400); nothing else may be.
      assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });

  for (const device of [
    { label: 'desktop', viewport: { width: 1366, height: 840 } },
    { label: 'phone', viewport: { width: 390, height: 844 } },
  ]) {
    it(`every create form renders in Chinese on a ${device.label}`, { timeout: 180_000 }, async () => {
      const { context, page } = await newPage(device.viewport);
      const errors = collectPageErrors(page);
      try {
        await loginViaUi(page, 'wuhai-admin');
        const forms = [
          { tab: 'teams', name: 'team', title: '新建救援队伍', labels: ['队伍名称', '队伍类型', '专业', '所属区划', '经度', '驻地地址', '队长'] },
          { tab: 'experts', name: 'expert', title: '新建专家', labels: ['姓名', '职称', '专业领域', '工作单位', '电子邮箱', '所属区划'] },
          { tab: 'facilities', name: 'facility', title: '新建避难场所或设施', labels: ['类型', '名称', '可容纳人数', '当前安置人数', '配套设施', '经度'] },
          { tab: 'warehouses', name: 'warehouse', title: '新建物资仓库', labels: ['仓库名称', '级别', '库容（立方米）', '所属区划', '经度'] },
        ];
        for (const [index, form] of forms.entries()) {
          const drawer = await openCreateForm(page, form.tab, form.name);
          if (index === 0) {
            // The list under the form, as it looks before opening it.
            await drawer.locator('.sw-res-form-cancel').click();
            await drawer.waitFor({ state: 'hidden' });
            await screenshot(page, `resources-form-0-teams-list-${device.label}`);
            await page.locator('.sw-res-teams .sw-res-create').click();
            await drawer.waitFor();
            await page.waitForTimeout(400);
          }
          await drawer.locator('.ant-drawer-title', { hasText: form.title }).waitFor();
          for (const label of form.labels) {
            await drawer.locator('.ant-form-item-label label', { hasText: new RegExp(`^${label}$`) }).first().waitFor();
          }
          assert.equal(await overflowsSideways(drawer), false, `the ${form.name} form fits the ${device.label} width`);
          await screenshot(page, `resources-form-${index + 1}-${form.name}-${device.label}`);

          if (form.name === 'team') {
            await drawer.locator('.sw-res-pick-open').click();
            const picker = page.locator('.sw-res-location-picker');
            await picker.locator('.sw-map[data-map-ready="true"] canvas.maplibregl-canvas').waitFor({ state: 'visible' });
            await picker.locator('.sw-map-landmark', { hasText: '海勃湾区' }).waitFor();
            await page.waitForTimeout(800);
            await screenshot(page, `resources-form-1-team-picker-${device.label}`);
            await picker.getByRole('button', { name: /取\s*消/ }).click();
            await picker.waitFor({ state: 'hidden' });
          }
          if (form.name === 'facility') {
            // Shelter fields only for shelters: a fire station has no capacity or amenities.
            await chooseIn(page, drawer, '类型', '消防站');
            await drawer.locator('.ant-form-item-label label', { hasText: /^可容纳人数$/ }).waitFor({ state: 'detached' });
            assert.equal(await drawer.getByText('配套设施').count(), 0, 'no amenities for a fire station');
            await chooseIn(page, drawer, '类型', '临时机降点');
            await drawer.locator('.ant-form-item-label label', { hasText: /^面积（平方米）$/ }).waitFor();
            await page.waitForTimeout(300);
            await screenshot(page, `resources-form-${index + 1}-helipad-${device.label}`);
          }
          await drawer.locator('.sw-res-form-cancel').click();
          await drawer.waitFor({ state: 'hidden' });
        }

        // Editing a warehouse: its region is fixed once it holds stock.
        await page.locator('.sw-res-warehouses-table .sw-res-name-link').first().click();
        await page.locator('.sw-res-warehouse-drawer .sw-res-edit').click();
        const edit = page.locator('.sw-res-warehouse-form');
        await edit.getByText('仓库建立后所属区划不能修改').waitFor();
        assert.ok(await edit.locator('.sw-res-region-field .ant-select-disabled').count(), 'the region cannot be changed');
        await page.waitForTimeout(300);
        await screenshot(page, `resources-form-5-warehouse-edit-${device.label}`);
        assert.deepEqual(errors, [], 'no errors in the page console');
      } finally {
        await context.close();
      }
    });
  }
});
