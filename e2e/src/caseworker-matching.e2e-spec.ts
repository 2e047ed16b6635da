import { expectText, useBrowserSession } from './support/session';

/** The seeded suppliers with a demo login; another supplier's offer cannot be answered in this test. */
const SUPPLIER_LOGINS: Readonly<Record<string, string>> = {
  'Nord Mentor ApS': 'leverandor@nordmentor.demo',
  'Brobyg Mentorhus A/S': 'leverandor@brobyg.demo',
};
/** The seeded mentor with a demo login. */
const MENTOR_LOGINS: Readonly<Record<string, string>> = { 'Mads Mentor': 'mentor@nordmentor.demo' };
const CITIZEN = 'Emil Testborger';

/**
 * A caseworker opens a case, requests a mentor, reads the explained ranking and sends an offer;
 * the supplier declines, the cascade offers the next match by itself, that supplier accepts, and
 * the caseworker opens the course's mentor agreement. Through the built app.
 */
describe('caseworker matching, from case to course', () => {
  const session = useBrowserSession();

  async function answerOffer(supplierName: string, offerId: string, answer: 'accept' | 'decline'): Promise<void> {
    const supplier = await session.loginAs(SUPPLIER_LOGINS[supplierName]);
    await supplier.getByTestId('nav-supplier-offers').click();
    const row = supplier.locator(`[data-testid="offer-inbox"] [data-testid="offer-row"][data-offer-id="${offerId}"]`);
    await row.waitFor();
    await row.getByTestId('offer-link').click();
    await supplier.waitForURL(`**/supplier/offers/${offerId}`);
    // The supplier sees the pseudonymous profile with goals and milestones, never the citizen's name.
    await expectText(supplier.getByTestId('offer-profile'), 'Står op og møder på arbejdspladsen kl. 9');
    expect(await supplier.getByTestId('offer-profile').textContent()).not.toContain(CITIZEN);
    if (answer === 'decline') {
      await supplier.getByTestId('offer-decline').click();
      // A reason is required.
      await supplier.getByTestId('decline-submit').click();
      await supplier.getByTestId('decline-reason-error').waitFor();
      await supplier.getByTestId('decline-reason').fill('Mentoren er på ferie i opstartsperioden');
      await supplier.getByTestId('decline-submit').click();
      await expectText(supplier.getByTestId('offer-status'), 'Afslået');
    } else {
      await supplier.getByTestId('offer-accept').click();
      await supplier.getByTestId('offer-accept-confirm').click();
      await expectText(supplier.getByTestId('offer-status'), 'Accepteret');
      await supplier.getByTestId('offer-notice').waitFor();
    }
  }

  it('creates a case and a request, offers the top match, cascades after a decline and ends with a course', async () => {
    const caseworker = await session.loginAs('sagsbehandler@hvidovre.demo');
    expect(new URL(caseworker.url()).pathname).toBe('/cases');

    // The case: the CPR is checked as it is typed.
    await caseworker.getByTestId('case-new').click();
    await caseworker.waitForURL('**/cases/new');
    await caseworker.getByTestId('case-name').fill(CITIZEN);
    await caseworker.getByTestId('case-cpr').fill('310204-9123');
    await expectText(caseworker.getByTestId('case-cpr-error'), 'Fødselsdatoen');
    await caseworker.getByTestId('case-cpr').fill('150504-9123');
    await expectText(caseworker.getByTestId('case-cpr-status'), 'Født 15. maj 2004');
    await caseworker.getByTestId('case-phone').fill('20 30 40 50');
    await caseworker.getByTestId('case-address').fill('Hvidovrevej 1');
    await caseworker.getByTestId('case-target-group').selectOption('education_aid');
    await caseworker.getByTestId('case-need-youth_crime').selectOption('3');
    await caseworker.getByTestId('case-postcode').fill('2650');
    await expectText(caseworker.getByTestId('case-postcode-town'), 'Hvidovre');
    await caseworker.getByTestId('case-submit').click();
    await caseworker.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expectText(caseworker.getByTestId('case-notice'), 'er oprettet');
    // The profile shows no identity until it is asked for with a purpose.
    expect(await caseworker.getByTestId('case-profile').textContent()).not.toContain(CITIZEN);

    // The request, with a goal and a milestone.
    await caseworker.getByTestId('request-new').click();
    await caseworker.waitForURL('**/requests/new');
    await caseworker.getByTestId('request-hours').fill('4');
    await caseworker.getByTestId('request-weeks').fill('13');
    await caseworker.getByTestId('request-goal-0').fill('Kommer i praktik i en virksomhed');
    await caseworker.getByTestId('request-milestone-0-0').fill('Står op og møder på arbejdspladsen kl. 9 fire dage om ugen');
    await caseworker.getByTestId('request-submit').click();
    await caseworker.waitForURL(/\/requests\/[0-9a-f-]{36}$/);

    // The explained ranking: the top card shows its seven components and why.
    const cards = caseworker.getByTestId('match-list').getByTestId('match-card');
    await cards.first().waitFor();
    const top = cards.first();
    expect(await top.locator('[data-component]').count()).toBe(7);
    await expectText(top.getByTestId('match-components'), 'Kompetencer');
    await top.getByTestId('match-explanation').locator('summary').click();
    await expectText(top.getByTestId('match-explanation'), 'ungdomskriminalitet');
    await expectText(caseworker.getByTestId('match-filters'), 'fravalgt');

    // Offer the best-ranked match whose supplier has a demo login (the top one in the seed data).
    const suppliers = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-supplier') ?? ''));
    const chosen = suppliers.findIndex((s) => s in SUPPLIER_LOGINS);
    expect(chosen).toBeGreaterThanOrEqual(0);
    await cards.nth(chosen).getByTestId('send-offer').click();
    await caseworker.getByTestId('send-offer-confirm').click();
    const timeline = caseworker.getByTestId('offer-timeline');
    const first = timeline.locator('[data-testid="timeline-entry"][data-status="pending"]');
    await first.waitFor();
    const firstOfferId = (await first.getAttribute('data-offer-id')) ?? '';
    const firstSupplier = (await first.getAttribute('data-supplier')) ?? '';
    // While the offer is pending no other can be sent.
    expect(await cards.first().getByTestId('send-offer').isDisabled()).toBe(true);

    // The supplier declines; the cascade sends the next offer by itself.
    await answerOffer(firstSupplier, firstOfferId, 'decline');
    await caseworker.getByTestId('match-refresh').click();
    await timeline.locator('[data-testid="timeline-entry"][data-status="declined"]').waitFor();
    const next = timeline.locator('[data-testid="timeline-entry"][data-status="pending"]');
    await next.waitFor();
    await expectText(next, 'Sendt automatisk');
    const nextOfferId = (await next.getAttribute('data-offer-id')) ?? '';
    const nextSupplier = (await next.getAttribute('data-supplier')) ?? '';
    const nextMentor = (await next.getAttribute('data-mentor')) ?? '';
    expect(nextOfferId).not.toBe(firstOfferId);

    if (!(nextSupplier in SUPPLIER_LOGINS)) return; // another supplier's offer: nobody here can answer it

    // That supplier accepts, and the caseworker sees the course and opens its agreement.
    await answerOffer(nextSupplier, nextOfferId, 'accept');
    await caseworker.getByTestId('match-refresh').click();
    await timeline.locator('[data-testid="timeline-entry"][data-status="accepted"]').waitFor();
    const agreementLink = caseworker.getByTestId('match-agreement');
    await agreementLink.waitFor();
    const [agreement] = await Promise.all([caseworker.context().waitForEvent('page'), agreementLink.click()]);
    await agreement.waitForLoadState();
    expect(await agreement.locator('body').textContent()).toContain(nextMentor);
    await agreement.close();

    await caseworker.getByTestId('match-course-link').click();
    await caseworker.waitForURL(/\/cases\/[0-9a-f-]{36}(#.*)?$/);
    await expectText(caseworker.getByTestId('case-course'), nextMentor);

    // The identity, read on purpose and logged.
    await caseworker.getByTestId('identity-show').click();
    await caseworker.getByTestId('identity-purpose-select').selectOption({ index: 1 });
    await caseworker.getByTestId('identity-submit').click();
    await expectText(caseworker.getByTestId('identity-name'), CITIZEN);
    await expectText(caseworker.getByTestId('identity-logged'), 'logget');

    // The assigned mentor sees the citizen's name and phone, if the demo has a login for them.
    const mentorLogin = MENTOR_LOGINS[nextMentor];
    if (mentorLogin) {
      const mentor = await session.loginAs(mentorLogin);
      expect(new URL(mentor.url()).pathname).toBe('/mentor/courses');
      const course = mentor.getByTestId('course-card').filter({ hasText: CITIZEN });
      await course.waitFor();
      await expectText(course.getByTestId('course-citizen'), CITIZEN);
    }

    expect(session.consoleErrors).toEqual([]);
  });
});
