import { Page } from 'playwright-core';

import { expectSomeText, logout, useBrowserSession } from './support/session';

/**
 * A new supplier registers, adds its mentors, and a caseworker finds one of them in the
 * directory: the supplier registry from both sides, through the built app.
 */
describe('supplier registry, from registration to the municipal directory', () => {
  const session = useBrowserSession();
  let page: Page;

  beforeEach(async () => {
    page = await session.newPage();
  });

  const MENTORS = [
    {
      name: 'Yasmin Haddad',
      email: 'yasmin@kystmentor.dk',
      gender: 'female',
      languages: ['da', 'ar'],
      competences: { refugee_integration: '3', youth_crime: '2' },
      postcode: '2650',
      capacity: '20',
    },
    {
      name: 'Jonas Mikkelsen',
      email: 'jonas@kystmentor.dk',
      gender: 'male',
      languages: ['da', 'en'],
      competences: { youth_crime: '3', substance_abuse: '2' },
      postcode: '2500',
      capacity: '15',
    },
    {
      name: 'Mette Holm',
      email: 'mette@kystmentor.dk',
      gender: 'female',
      languages: ['da'],
      competences: { psychiatric: '2', anxiety_stress: '3' },
      postcode: '2620',
      capacity: '25',
    },
  ] as const;

  it('registers a supplier, adds three mentors, and a caseworker finds one by competence and language', async () => {
    // The login page links to the registration.
    await page.goto(`${session.url}/login`);
    await page.getByTestId('register-link').click();
    await page.waitForURL('**/register');

    // The CVR check runs as you type: a wrong check digit is named before submitting.
    await page.getByTestId('reg-cvr').fill('29641006');
    await page.getByTestId('reg-cvr').blur();
    await expectSomeText(page.getByTestId('reg-cvr-status'), 'kontrolcifferet');
    await page.getByTestId('reg-cvr').fill('29641005');
    await expectSomeText(page.getByTestId('reg-cvr-status'), 'Gyldigt CVR-nummer');

    await page.getByTestId('reg-name').fill('Kyst Mentor ApS');
    await page.getByTestId('reg-organisation-type').selectOption('company');
    await page.getByTestId('reg-address').fill('Hvidovrevej 200');
    await page.getByTestId('reg-postcode').fill('2650');
    await expectSomeText(page.getByTestId('reg-postcode-town'), 'Hvidovre');
    await page.getByTestId('reg-email').fill('kontakt@kystmentor.dk');
    await page.getByTestId('reg-phone').fill('36 12 34 56');
    await page.getByTestId('reg-description').fill('Mentorer med baggrund i politi, socialt arbejde og psykiatri.');
    await page.getByTestId('served-region-hovedstaden').check();
    await page.getByTestId('reg-admin-name').fill('Karin Kyst');
    await page.getByTestId('reg-admin-email').fill('karin@kystmentor.dk');
    await page.getByTestId('reg-password').fill('kyst-mentor-2026!');
    await page.getByTestId('reg-password-confirm').fill('kyst-mentor-2026!');
    await page.getByTestId('reg-submit').click();

    // Registered and logged in: the supplier's own profile.
    await page.waitForURL('**/supplier/profile');
    await expectSomeText(page.getByTestId('supplier-name'), 'Kyst Mentor ApS');
    await expectSomeText(page.getByTestId('supplier-cvr'), '29641005');
    await expectSomeText(page.getByTestId('current-user'), 'Karin Kyst');

    for (const mentor of MENTORS) {
      await page.getByTestId('nav-supplier-mentors').click();
      await page.getByTestId('mentor-add').click();
      await page.waitForURL('**/supplier/mentors/new');
      await page.getByTestId('mentor-name').fill(mentor.name);
      await page.getByTestId('mentor-email').fill(mentor.email);
      await page.getByTestId('mentor-phone').fill('20 30 40 50');
      await page.getByTestId('mentor-gender').selectOption(mentor.gender);
      await page.getByTestId('mentor-experience').fill('6');
      for (const language of mentor.languages) await page.getByTestId(`mentor-language-${language}`).check();
      await page.getByTestId('mentor-postcode').fill(mentor.postcode);
      await page.getByTestId('mentor-postcode-town').waitFor();
      await page.getByTestId('mentor-capacity').fill(mentor.capacity);
      for (const [code, level] of Object.entries(mentor.competences)) {
        await page.getByTestId(`mentor-competence-${code}`).selectOption(level);
      }
      await page.getByTestId('mentor-cert-add').click();
      await page.getByTestId('mentor-cert-kind-0').selectOption('criminal_record');
      await page.getByTestId('mentor-cert-issued-0').fill('2025-06-01');
      await page.getByTestId('mentor-cert-expires-0').fill('2030-06-01');
      await page.getByTestId('mentor-save').click();
      await page.waitForURL(/\/supplier\/mentors(\?|$)/);
      await expectSomeText(page.getByTestId('mentors-notice'), mentor.name);
    }
    await page.getByTestId('mentor-row').nth(2).waitFor();
    expect(await page.getByTestId('mentor-row').count()).toBe(3);

    await logout(page);

    // A caseworker in Hvidovre searches the directory.
    await session.login(page, 'sagsbehandler@hvidovre.demo');
    await page.getByTestId('nav-directory').click();
    await page.waitForURL('**/directory');
    await page.getByTestId('directory-results').waitFor();

    await page.getByTestId('filter-competence').selectOption('refugee_integration');
    await page.waitForURL(/competence=refugee_integration/);
    await page.getByTestId('filter-language').selectOption('ar');
    await page.waitForURL(/language=ar/);

    const results = page.getByTestId('mentor-result');
    await results.filter({ hasText: 'Yasmin Haddad' }).first().waitFor({ timeout: 10_000 });
    const names = await page.getByTestId('mentor-result-link').allTextContents();
    expect(names.map((n) => n.trim())).toContain('Yasmin Haddad');
    expect(names.map((n) => n.trim())).not.toContain('Jonas Mikkelsen');
    expect(names.map((n) => n.trim())).not.toContain('Mette Holm');
    await expectSomeText(results.filter({ hasText: 'Yasmin Haddad' }), 'Kyst Mentor ApS');

    // The search is in the address: open the mentor and come back to the same results.
    await results.filter({ hasText: 'Yasmin Haddad' }).getByTestId('mentor-result-link').click();
    await expectSomeText(page.getByTestId('mentor-detail-name'), 'Yasmin Haddad');
    await page.goBack();
    await page.waitForURL(/competence=refugee_integration.*language=ar|language=ar.*competence=refugee_integration/);
    await results.filter({ hasText: 'Yasmin Haddad' }).first().waitFor({ timeout: 10_000 });

    expect(session.consoleErrors).toEqual([]);
  });
});
