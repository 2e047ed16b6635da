import { Page } from 'playwright-core';

import { expectSomeText, logout, useBrowserSession } from './support/session';

/**
 * A tender from start to award through the built app: the officer creates and publishes it in the
 * wizard with a short real bid deadline (the API allows it with a warning), two suppliers bid and
 * check their receipts (also against the receipt history, pasted back), the tender closes by itself at the deadline (the delayed job), and the
 * officer scores both bids, completes the evaluation, awards and sees the framework agreements.
 */
describe('tender journey: wizard, sealed bids, evaluation and award', () => {
  const session = useBrowserSession();
  let page: Page;

  const TITLE = `Mentorstøtte e2e ${Date.now()}`;

  beforeEach(async () => {
    page = await session.newPage();
  });

  it('goes from a draft to awarded framework agreements', async () => {
    // A bid deadline 2–3 minutes ahead, on a whole minute (datetime-local has minutes).
    const bidDeadline = new Date(Math.ceil((Date.now() + 120_000) / 60_000) * 60_000);
    const questionDeadline = new Date(bidDeadline.getTime() - 60_000);
    const start = new Date(Date.now() + 40 * 86_400_000);
    const end = new Date(start.getTime() + 2 * 365 * 86_400_000);

    // ---- the officer creates and publishes the tender -------------------------------------
    await session.login(page, 'indkob@hvidovre.demo');
    await page.waitForURL('**/procurement/tenders');
    await page.getByTestId('tender-new').click();
    await page.waitForURL('**/procurement/tenders/new');

    await page.getByTestId('tender-title').fill(TITLE);
    await page.getByTestId('tender-description').fill('Mentorstøtte til unge og til borgere i jobafklaring. Tildeling efter rangorden.');
    await page.getByTestId('tender-value').fill('2400000');
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('lot-title-0').fill('Unge og uddannelse');
    await page.getByTestId('lot-target-0-youth_education').check();
    await page.getByTestId('lot-target-0-education_aid').check();
    await page.getByTestId('lot-competence-0-youth_education').check();
    await page.getByTestId('lot-hours-0').fill('2000');
    await page.getByTestId('lot-max-suppliers-0').fill('3');
    await page.getByTestId('lot-ceiling-0').fill('2500');
    await page.getByTestId('wizard-next').click();

    // The weights must sum to 100: the live sum says so before the step can be left.
    await page.getByTestId('price-weight').fill('40');
    await page.getByTestId('criterion-name-0').fill('Kvalitet i mentorindsatsen');
    await page.getByTestId('criterion-weight-0').fill('40');
    await expectSomeText(page.getByTestId('weight-sum'), '80');
    await page.getByTestId('criterion-add').click();
    await page.getByTestId('criterion-name-1').fill('Samarbejde og rapportering');
    await page.getByTestId('criterion-weight-1').fill('20');
    await expectSomeText(page.getByTestId('weight-sum'), '100');
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('price-model-linear').check();
    await page.getByTestId('linear-slope').fill('1');
    await page.getByTestId('allocation-cascade').check();
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('question-deadline').fill(localInput(questionDeadline));
    await page.getByTestId('bid-deadline').fill(localInput(bidDeadline));
    await page.getByTestId('standstill-days').fill('10');
    await page.getByTestId('agreement-start').fill(isoDate(start));
    await page.getByTestId('agreement-end').fill(isoDate(end));
    // The short bid period is allowed, with a warning mirrored from the API.
    await page.getByTestId('timeline-shortBidPeriod').waitFor();

    await page.getByTestId('tender-save').click();
    await page.waitForURL(/\/procurement\/tenders\/[0-9a-f-]{36}\/edit$/);
    await page.getByTestId('tender-saved').waitFor();

    await page.getByTestId('tender-publish').click();
    await page.getByTestId('tender-publish-confirm').click();
    await page.waitForURL(/\/procurement\/tenders\/[0-9a-f-]{36}$/);
    const tenderUrl = page.url();
    await expectSomeText(page.getByTestId('tender-status'), 'Offentliggjort');
    await expectSomeText(page.getByTestId('tender-notice'), 'bid period');
    await expectSomeText(page.getByTestId('sealed-notice'), 'Tilbud er forseglede indtil fristen');
    await expectSomeText(page.getByTestId('tender-countdown'), 'tilbage');
    await logout(page);

    // ---- two suppliers bid and check their receipts ----------------------------------------
    for (const [email, rate] of [
      ['leverandor@nordmentor.demo', '520'],
      ['leverandor@brobyg.demo', '610'],
    ] as const) {
      await session.login(page, email);
      await page.getByTestId('nav-supplier-tenders').click();
      await page.getByTestId('tender-list').waitFor();
      const card = page.getByTestId('tender-card').filter({ hasText: TITLE });
      await card.getByTestId('tender-link').click();
      await expectSomeText(page.getByTestId('tender-heading'), TITLE);

      await page.getByTestId('bid-rate').fill(rate);
      await page.getByTestId('bid-answer-0').fill('Vi arbejder med pejlemærker og ugentlig opfølgning.');
      await page.getByTestId('bid-answer-1').fill('Fast kontaktperson og månedlig rapport til sagsbehandleren.');
      await page.getByTestId('bid-mentor-0').check();
      await page.getByTestId('bid-submit').click();

      const receipt = page.getByTestId('bid-receipt');
      await receipt.waitFor();
      expect((await page.getByTestId('receipt-sha256').textContent())?.trim()).toMatch(/^[0-9a-f]{64}$/);
      await page.getByTestId('receipt-verify').click();
      const result = page.getByTestId('receipt-result');
      await result.waitFor();
      expect(await result.getAttribute('data-result')).toBe('ok');

      // The receipt history lists the submission; the kept receipt, pasted back, is the current one.
      await page.locator('[data-testid="receipt-history-row"][data-current="true"]').waitFor();
      expect(await page.getByTestId('receipt-history-row').count()).toBe(1);
      const kept = await page.evaluate(() => Object.values(JSON.parse(localStorage.getItem('mm.bidReceipts') ?? '{}') as Record<string, unknown>).at(-1));
      await page.getByTestId('receipt-paste').fill(JSON.stringify(kept));
      await page.getByTestId('receipt-check').click();
      await page.locator('[data-testid="receipt-check-result"][data-status="current"]').waitFor();
      await logout(page);
    }

    // ---- the deadline passes: the tender closes by itself and the bids open -----------------
    await session.login(page, 'indkob@hvidovre.demo');
    await page.goto(tenderUrl);
    const waitMs = Math.max(0, bidDeadline.getTime() - Date.now()) + 90_000;
    await page.locator('[data-testid="tender-status"][data-status="closed"]').waitFor({ timeout: waitMs });
    await page.getByTestId('evaluation-table').waitFor();
    // The table's frame and its rows arrive separately: wait for the rows before counting them.
    await page.getByTestId('evaluation-row').nth(1).waitFor();
    expect(await page.getByTestId('evaluation-row').count()).toBe(2);

    // ---- scoring both bids, completing the evaluation, the award -------------------------
    for (const [i, scores] of [
      [0, ['8', '7']],
      [1, ['6', '9']],
    ] as const) {
      for (const [j, score] of scores.entries()) {
        await page.getByTestId(`score-${i}-${j}`).fill(score);
        await page.getByTestId(`justification-${i}-${j}`).fill(`Begrundelse for ${score} point.`);
      }
      await page.getByTestId(`score-save-${i}`).click();
      await page.getByTestId(`score-saved-${i}`).waitFor();
    }
    await expectSomeText(page.locator('#evaluate-hint'), 'Alle svar er bedømt');
    await page.getByTestId('action-evaluate').click();
    await page.getByTestId('confirm-action').click();
    await page.locator('[data-testid="tender-status"][data-status="evaluated"]').waitFor({ timeout: 10_000 });

    await page.getByTestId('award').click();
    await page.getByTestId('confirm-action').click();
    await page.locator('[data-testid="tender-status"][data-status="awarded"]').waitFor({ timeout: 10_000 });
    await page.getByTestId('award-agreement').nth(1).waitFor();
    await page.getByTestId('standstill-ends').waitFor();
    expect(session.consoleErrors).toEqual([]);

    await page.getByTestId('agreements-link').click();
    await page.waitForURL('**/procurement/agreements');
    const rows = page.getByTestId('agreement-row').filter({ hasText: TITLE });
    await rows.nth(1).waitFor();
    await expectSomeText(rows, 'Nord Mentor ApS');
    await expectSomeText(rows, 'Brobyg Mentorhus A/S');

    expect(session.consoleErrors).toEqual([]);
  }, 420_000);
});

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** A `datetime-local` value in the browser's (= this machine's) time zone. */
function localInput(d: Date) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function isoDate(d: Date) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
