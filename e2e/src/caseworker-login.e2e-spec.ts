import { Browser, Page } from 'playwright-core';

import { AppServer } from './support/app-server';
import { launchBrowser } from './support/browser';

describe('the web app, as people use it', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await AppServer.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (msg) => {
      // The first /api/auth/me before login answers 401 by design; anything else is a bug.
      if (msg.type() === 'error' && !/401/.test(msg.text())) consoleErrors.push(msg.text());
    });
  });
  afterEach(async () => {
    await page?.close();
  });

  async function login(email: string, password = 'mentor-demo-2026') {
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  it('logs the caseworker in and shows the caseworker navigation', async () => {
    await login('sagsbehandler@hvidovre.demo');
    const nav = page.getByTestId('main-nav');
    await nav.waitFor();
    await expectText(nav, 'Sager');
    await expectText(nav, 'Rapporter til godkendelse');
    expect(await nav.textContent()).not.toContain('Udbud');
    await expectText(page.getByTestId('current-user'), 'Sara Sagsbehandler');
    expect(new URL(page.url()).pathname).toBe('/cases');
    expect(consoleErrors).toEqual([]);
  });

  it('says wrong e-mail or password, and nothing more, for a bad login', async () => {
    await login('sagsbehandler@hvidovre.demo', 'wrong-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    await expectText(error, 'Forkert e-mail eller adgangskode');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('keeps a caseworker out of the platform pages and logs out', async () => {
    await login('sagsbehandler@hvidovre.demo');
    await page.getByTestId('main-nav').waitFor();
    await page.goto(`${server.url}/platform/mails`);
    await page.waitForURL('**/forbidden');
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login**');
    await page.goto(`${server.url}/cases`);
    await page.waitForURL('**/login?returnUrl=%2Fcases');
  });

  it('switches to English', async () => {
    await login('indkob@hvidovre.demo');
    const nav = page.getByTestId('main-nav');
    await nav.waitFor();
    await expectText(nav, 'Udbud');
    await page.getByTestId('lang-switch').click();
    await expectText(nav, 'Tenders');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});

/** Waits up to 10 s for the text: Angular renders after the data arrives. */
async function expectText(locator: import('playwright-core').Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  expect(await locator.first().textContent()).toContain(text);
}
