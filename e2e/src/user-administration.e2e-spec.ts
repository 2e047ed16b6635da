import { Page } from 'playwright-core';

import { expectSomeText, expectText, useBrowserSession } from './support/session';

/**
 * A municipality admin invites a colleague, sees the invitation in the user list, and deactivates
 * users: one that was only invited, and one that is logged in right now (logged out at once).
 */
describe('user administration', () => {
  const session = useBrowserSession();

  const row = (page: Page, email: string) => page.locator(`[data-testid="user-row"][data-email="${email}"]`);

  it('invites a user, lists them as invited, and deactivates users', async () => {
    // A caseworker who is working in the app while the admin deactivates her.
    const sara = await session.loginAs('sagsbehandler@hvidovre.demo');
    const page = await session.loginAs('admin@hvidovre.demo');

    await page.getByTestId('nav-admin-users').click();
    await page.waitForURL('**/admin/users');
    await row(page, 'admin@hvidovre.demo').waitFor();
    // Nobody deactivates themselves.
    expect(await row(page, 'admin@hvidovre.demo').getByTestId('user-deactivate').count()).toBe(0);

    // The role must be chosen: a missing one is named before anything is sent.
    await page.getByTestId('user-invite-name').fill('Nina Nyansat');
    await page.getByTestId('user-invite-email').fill('nina.nyansat@hvidovre.dk');
    await page.getByTestId('user-invite-submit').click();
    await page.getByTestId('invite-role-error').waitFor();
    await page.getByTestId('user-invite-role').selectOption('caseworker');
    await page.getByTestId('user-invite-submit').click();
    await expectSomeText(page.getByTestId('users-notice'), 'nina.nyansat@hvidovre.dk');
    const nina = row(page, 'nina.nyansat@hvidovre.dk');
    await expectText(nina.getByTestId('user-status'), 'Inviteret');
    await expectSomeText(nina, 'Sagsbehandler');
    await expectSomeText(nina, 'Aldrig');
    expect(await nina.getByTestId('user-resend').count()).toBe(1);

    // Deactivate the invited user, through the confirmation dialog.
    await nina.getByTestId('user-deactivate').click();
    await expectSomeText(page.getByTestId('user-deactivate-dialog'), 'Nina Nyansat');
    await page.getByTestId('user-deactivate-confirm').click();
    await expectText(nina.getByTestId('user-status'), 'Deaktiveret');
    await expectSomeText(page.getByTestId('users-notice'), 'Nina Nyansat er deaktiveret');
    expect(await nina.getByTestId('user-resend').count()).toBe(0);
    // The keyboard stays in the row: on the button that undoes it.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'user-reactivate', undefined, { timeout: 5_000 });

    // Deactivating a user who is logged in ends her session at once.
    const saraRow = row(page, 'sagsbehandler@hvidovre.demo');
    await saraRow.getByTestId('user-deactivate').click();
    await page.getByTestId('user-deactivate-confirm').click();
    await expectText(saraRow.getByTestId('user-status'), 'Deaktiveret');
    await sara.goto(`${session.url}/cases`);
    await sara.waitForURL('**/login**');

    // And back again, in English.
    await page.getByTestId('lang-switch').click();
    await saraRow.getByTestId('user-reactivate').click();
    await expectText(saraRow.getByTestId('user-status'), 'Active');
    await expectSomeText(page.getByTestId('users-notice'), 'Sara Sagsbehandler is active again');

    expect(session.consoleErrors).toEqual([]);
  });

  it('gives a supplier admin the same page in the supplier portal, inviting supplier admins only', async () => {
    const page = await session.loginAs('leverandor@nordmentor.demo');
    await page.getByTestId('nav-supplier-users').click();
    await page.waitForURL('**/supplier/users');
    await row(page, 'mentor@nordmentor.demo').waitFor();
    await expectSomeText(page.getByTestId('user-invite-intro'), 'Mentorer inviteres fra mentorens side');
    const roles = await page.getByTestId('user-invite-role').locator('option').allTextContents();
    expect(roles.map((r) => r.trim())).toEqual(['Leverandøradministrator']);
    expect(session.consoleErrors).toEqual([]);
  });
});
