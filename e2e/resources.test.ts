import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkipReason, collectPageErrors, screenshot } from './support/browser.js';
import { loginViaUi as signInUi, newPage as openPage, useServerAndBrowser } from './support/session.js';

const HAZMAT = 'hazardous_chemicals';
const HAIBOWAN = '150302000000';

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
      await loginViaUi(page, 'wuhai-admin');
      await page.locator('.ant-menu-item', { hasText: '应急资源' }).click();
      await page.waitForURL(/\/resources/);
      const rows = page.locator('.sw-res-teams-table .ant-table-row');
      await rows.first().waitFor();

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
      await page.waitForTimeout(400); // the button's colour transition
      await screenshot(page, 'resources-06-import-preview');
      await confirm.click();
      await wizard.locator('.sw-res-import-done', { hasText: '新增 2 条' }).waitFor();
      await screenshot(page, 'resources-07-import-done');
      await wizard.getByRole('button', { name: '关闭' }).click();

      await page.locator('.sw-res-teams .sw-res-search input').fill(name);
      await page.locator('.sw-res-teams .sw-res-search input').press('Enter');
      await page.locator('.sw-res-teams-table .ant-table-row', { hasText: `${name}二队` }).waitFor();
      assert.equal(await rows.count(), 2, 'both imported teams are listed');

      assert.deepEqual(errors, [], 'no errors in the page console');
    } finally {
      await context.close();
    }
  });
});
