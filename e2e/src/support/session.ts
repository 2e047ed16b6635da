import { Browser, Locator, Page } from 'playwright-core';

import { AppServer } from './app-server';
import { launchBrowser } from './browser';

/** The demo users' password (from the seed). */
export const DEMO_PASSWORD = 'mentor-demo-2026';

const VIEWPORT = { width: 1280, height: 900 };

/**
 * The built app and a Chromium for one spec file: pages, each in its own browser context (so each
 * person has their own session cookie), logins through the login form, and the console errors of
 * every page. `useBrowserSession()` starts and stops it around the file's tests.
 */
export class BrowserSession {
  /** Console errors of the pages opened here, for `expect(session.consoleErrors).toEqual([])`. */
  readonly consoleErrors: string[] = [];
  private readonly pages: Page[] = [];
  private server?: AppServer;
  private browser?: Browser;

  async start(): Promise<void> {
    this.server = await AppServer.start();
    this.browser = await launchBrowser();
  }

  /** The app's address, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    if (!this.server) throw new Error('The browser session has not started (useBrowserSession starts it in beforeAll).');
    return this.server.url;
  }

  /** A fresh page in its own browser context; its console errors are collected, after `label: ` when given. */
  async newPage(label?: string): Promise<Page> {
    if (!this.browser) throw new Error('The browser session has not started (useBrowserSession starts it in beforeAll).');
    const page = await this.browser.newPage({ viewport: VIEWPORT });
    this.pages.push(page);
    page.on('console', (msg) => {
      // The first /api/auth/me before login answers 401 by design; anything else is a bug.
      if (msg.type() === 'error' && !/401/.test(msg.text())) this.consoleErrors.push(label ? `${label}: ${msg.text()}` : msg.text());
    });
    return page;
  }

  /** Opens the login page, fills it in and submits it; waits for nothing more (a wrong password stays there). */
  async submitLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto(`${this.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  /** Logs the page in as `email` and waits for the menu. */
  async login(page: Page, email: string): Promise<void> {
    await this.submitLogin(page, email);
    await page.getByTestId('main-nav').waitFor();
  }

  /** A fresh page, logged in as `email`. */
  async loginAs(email: string): Promise<Page> {
    const page = await this.newPage(email);
    await this.login(page, email);
    return page;
  }

  /** Closes the pages opened so far. */
  async closePages(): Promise<void> {
    await Promise.all(this.pages.splice(0).map((p) => p.close()));
  }

  /** Closes the pages and the browser and stops the app (also after a failed start). */
  async close(): Promise<void> {
    await this.closePages();
    await this.browser?.close();
    await this.server?.stop();
  }
}

/**
 * A browser session for the spec file: started before its tests, stopped after them; the pages a
 * test opens are closed after that test. Call it at the top of the `describe`.
 */
export function useBrowserSession(): BrowserSession {
  const session = new BrowserSession();
  beforeAll(() => session.start());
  afterEach(() => session.closePages());
  afterAll(() => session.close());
  return session;
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.waitForURL('**/login**');
}

/** Waits up to 10 s for the text (Angular renders after the data arrives); the first element must contain it. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  expect(await locator.first().textContent()).toContain(text);
}

/** Waits up to 10 s for the text; any one of the elements may contain it. */
export async function expectSomeText(locator: Locator, text: string): Promise<void> {
  const match = locator.filter({ hasText: text }).first();
  await match.waitFor({ timeout: 10_000 });
  expect(await match.textContent()).toContain(text);
}
