import { Page } from 'playwright-core';

import { expectText, logout, useBrowserSession } from './support/session';

describe('the web app, as people use it', () => {
  const session = useBrowserSession();
  let page: Page;

  beforeEach(async () => {
    page = await session.newPage();
  });

  it('logs the caseworker in and shows the caseworker navigation', async () => {
    await session.login(page, 'sagsbehandler@hvidovre.demo');
    const nav = page.getByTestId('main-nav');
    await expectText(nav, 'Sager');
    await expectText(nav, 'Rapporter til godkendelse');
    expect(await nav.textContent()).not.toContain('Udbud');
    await expectText(page.getByTestId('current-user'), 'Sara Sagsbehandler');
    expect(new URL(page.url()).pathname).toBe('/cases');
    expect(session.consoleErrors).toEqual([]);
  });

  it('says wrong e-mail or password, and nothing more, for a bad login', async () => {
    await session.submitLogin(page, 'sagsbehandler@hvidovre.demo', 'wrong-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    await expectText(error, 'Forkert e-mail eller adgangskode');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('keeps a caseworker out of the platform pages and logs out', async () => {
    await session.login(page, 'sagsbehandler@hvidovre.demo');
    await page.goto(`${session.url}/platform/mails`);
    await page.waitForURL('**/forbidden');
    await logout(page);
    await page.goto(`${session.url}/cases`);
    await page.waitForURL('**/login?returnUrl=%2Fcases');
  });

  it('switches to English', async () => {
    await session.login(page, 'indkob@hvidovre.demo');
    const nav = page.getByTestId('main-nav');
    await expectText(nav, 'Udbud');
    await page.getByTestId('lang-switch').click();
    await expectText(nav, 'Tenders');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
