import { Page } from 'playwright-core';

import { waitForMail } from './support/mailbox';
import { DEMO_PASSWORD, expectSomeText, expectText, logout, useBrowserSession } from './support/session';

const MENTOR = 'mentor@nordmentor.demo';
const PLATFORM_ADMIN = 'admin@platform.demo';
const RESET_PASSWORD = 'nyt-mentor-kodeord-2026';
const CHANGED_PASSWORD = 'endnu-et-mentor-kodeord';

/**
 * A forgotten password, through the built app: the mentor asks for a link on the login page, opens
 * it from the mail, chooses a new password and logs in with it; then changes it again from the
 * header's account area and logs in with the newest one. Old passwords and used links stop working.
 */
describe('forgotten and changed passwords', () => {
  const session = useBrowserSession();

  /** The reset link's token from the newest reset mail to the mentor, read as the platform administrator. */
  async function resetToken(): Promise<string> {
    const admin = await session.loginAs(PLATFORM_ADMIN);
    const [, token] = await waitForMail(admin, session.url, MENTOR, /\/reset-password\/([\w-]+)/);
    return token;
  }

  async function expectLoggedIn(page: Page): Promise<void> {
    await page.getByTestId('main-nav').waitFor();
    await expectText(page.getByTestId('current-user'), 'Mads Mentor');
  }

  it('resets a forgotten password from the mailed link, then changes it from the account area', async () => {
    const page = await session.newPage('mentor');

    // The login page links to the forgotten-password page.
    await page.goto(`${session.url}/login`);
    await page.getByTestId('forgot-password-link').click();
    await page.waitForURL('**/forgot-password');
    await page.getByTestId('forgot-email').fill(MENTOR);
    await page.getByTestId('forgot-submit').click();
    // The same neutral words whether or not the e-mail has an account.
    await expectText(page.getByTestId('forgot-sent'), 'Hvis der findes en konto med den e-mail');

    const token = await resetToken();

    // Two different passwords are refused before anything is sent.
    await page.goto(`${session.url}/reset-password/${token}`);
    await page.getByTestId('reset-password').fill(RESET_PASSWORD);
    await page.getByTestId('reset-confirm').fill(`${RESET_PASSWORD}x`);
    await page.getByTestId('reset-submit').click();
    await expectText(page.getByTestId('reset-confirm-error'), 'De to adgangskoder er ikke ens');
    expect(new URL(page.url()).pathname).toBe(`/reset-password/${token}`);

    await page.getByTestId('reset-confirm').fill(RESET_PASSWORD);
    await page.getByTestId('reset-submit').click();
    await page.waitForURL('**/login?notice=passwordReset');
    await expectText(page.getByTestId('login-notice'), 'Din nye adgangskode er gemt');

    // The old password no longer works; the new one does.
    await session.submitLogin(page, MENTOR, DEMO_PASSWORD);
    await expectText(page.getByTestId('login-error'), 'Forkert e-mail eller adgangskode');
    await session.submitLogin(page, MENTOR, RESET_PASSWORD);
    await expectLoggedIn(page);

    // The header's account area leads to the change-password page.
    await page.getByTestId('change-password-link').click();
    await page.waitForURL('**/account/password');
    await page.getByTestId('change-current').fill(RESET_PASSWORD);
    await page.getByTestId('change-new').fill(CHANGED_PASSWORD);
    await page.getByTestId('change-confirm').fill(CHANGED_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await expectText(page.getByTestId('change-password-saved'), 'Din adgangskode er skiftet');
    // This session stays.
    await expectText(page.getByTestId('current-user'), 'Mads Mentor');

    await logout(page);
    await session.submitLogin(page, MENTOR, CHANGED_PASSWORD);
    await expectLoggedIn(page);

    expect(session.consoleErrors).toEqual([]);
  });

  it('offers a new link for a used one, and names a wrong current password at its field', async () => {
    // The link from the first test has been used.
    const page = await session.newPage('mentor');
    await page.goto(`${session.url}/reset-password/${await resetToken()}`);
    await page.getByTestId('reset-password').fill('et-helt-andet-kodeord');
    await page.getByTestId('reset-confirm').fill('et-helt-andet-kodeord');
    await page.getByTestId('reset-submit').click();
    await expectText(page.getByTestId('reset-token-invalid'), 'Linket er ugyldigt, allerede brugt eller udløbet');
    await page.getByTestId('reset-request-new').click();
    await page.waitForURL('**/forgot-password');

    await session.submitLogin(page, MENTOR, CHANGED_PASSWORD);
    await expectLoggedIn(page);
    await page.goto(`${session.url}/account/password`);
    await page.getByTestId('change-current').fill('ikke-mit-kodeord-overhovedet');
    await page.getByTestId('change-new').fill('et-helt-andet-kodeord');
    await page.getByTestId('change-confirm').fill('et-helt-andet-kodeord');
    await page.getByTestId('change-password-submit').click();
    await expectSomeText(page.getByTestId('change-current-error'), 'Den nuværende adgangskode er forkert');
    expect(await page.getByTestId('change-current').getAttribute('aria-invalid')).toBe('true');

    // Both refusals are 400 answers, which the browser logs; nothing else may appear.
    expect(session.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
