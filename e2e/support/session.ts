import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export const DEMO_PASSWORD = 'Demo@2026';
const STEP_TIMEOUT = 30_000;

/** A fresh browser context as a user in China sees it: zh-CN, Beijing time. */
export async function newPage(browser: Browser, viewport = { width: 1366, height: 840 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  return { context, page };
}

/** Signs in through the login page and waits for the map, where every session starts. */
export async function loginViaUi(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/map/);
}

/** Starts the real server and Chromium before a journey suite and stops both after it. */
export function useServerAndBrowser(): { server(): RunningServer; browser(): Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (!v) throw new Error(`${what} not started`);
    return v;
  };
  return { server: () => need(server, 'server'), browser: () => need(browser, 'browser') };
}
