import { Page } from 'playwright-core';

import { expectText, useBrowserSession } from './support/session';

const MENTOR = 'mentor@nordmentor.demo';
const CASEWORKER = 'sagsbehandler@hvidovre.demo';
const SUPPLIER = 'leverandor@nordmentor.demo';
const RETURN_COMMENT = 'Beskriv hvad I konkret har aftalt med praktikstedet om løntimer.';

/**
 * The reporting loop through the built app: the mentor fills in and submits a due report of the
 * running demo course (autosaved as a draft on the way), the caseworker returns it with a comment,
 * the mentor reads the comment, corrects and resubmits, the caseworker accepts it, and the
 * supplier's scorecard shows a changed quality score.
 */
describe('report review, from due report to the supplier’s scorecard', () => {
  const session = useBrowserSession();

  async function qualityScore(supplier: Page): Promise<string> {
    await supplier.goto(`${session.url}/supplier/scorecard`);
    const tile = supplier.getByTestId('scorecard-quality');
    await tile.waitFor();
    return (await tile.getAttribute('data-value')) ?? '';
  }

  async function openForReview(caseworker: Page, reportId: string): Promise<void> {
    await caseworker.getByTestId('nav-cases-reports').click();
    await caseworker.waitForURL('**/cases/reports');
    await caseworker.getByTestId('inbox-tab-submitted').click();
    // The inbox may already be open (after a decision): fetch it anew.
    await caseworker.getByTestId('inbox-refresh').click();
    const row = caseworker.locator(`[data-testid="report-row"][data-report-id="${reportId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('submitted');
    await row.getByTestId('report-link').click();
    await caseworker.waitForURL(`**/cases/reports/${reportId}`);
    await caseworker.getByTestId('review-panel').waitFor();
  }

  it('submits, returns, resubmits and accepts a monthly report, and the quality score moves', async () => {
    const supplier = await session.loginAs(SUPPLIER);
    const before = await qualityScore(supplier);

    // The mentor opens a due report of the running course.
    const mentor = await session.loginAs(MENTOR);
    await mentor.getByTestId('nav-mentor-reports').click();
    await mentor.waitForURL('**/mentor/reports');
    const todo = mentor.locator('[data-testid="report-group"][data-group="todo"] [data-testid="report-row"]');
    await todo.first().waitFor();
    const reportId = (await todo.first().getAttribute('data-report-id')) ?? '';
    expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
    await todo.first().getByTestId('report-link').click();
    await mentor.waitForURL(`**/mentor/reports/${reportId}`);
    await mentor.getByTestId('report-form').waitFor();

    // More hours than remain are refused before anything is sent.
    const remaining = Number(await mentor.getByTestId('report-hours-remaining').getAttribute('data-value'));
    expect(remaining).toBeGreaterThan(6);
    await mentor.getByTestId('report-hours').fill(String(remaining + 10));
    await mentor.getByTestId('report-hours-error').waitFor();
    await mentor.getByTestId('report-hours').fill('6');
    await expectText(mentor.getByTestId('report-hours-remaining'), `${remaining - 6} af`);

    // The figures, each milestone and the narrative; the draft is saved on its own.
    await mentor.getByTestId('report-meetings-held').fill('4');
    await mentor.getByTestId('report-meetings-missed').fill('1');
    const milestones = await mentor.locator('[data-testid^="milestone-status-"]').count();
    expect(milestones).toBeGreaterThan(0);
    for (let i = 0; i < milestones; i++) {
      await mentor.getByTestId(`milestone-status-${i}`).selectOption('progressing');
      await mentor.getByTestId(`milestone-note-${i}`).fill(`Pejlemærke ${i + 1}: god fremgang i måneden`);
    }
    await mentor.getByTestId('report-narrative').fill('Borgeren er mødt stabilt op, og vi har talt om løntimer med praktikstedet.');
    await mentor.locator('[data-testid="report-autosave"][data-state="saved"]').waitFor({ timeout: 10_000 });
    await expectText(mentor.getByTestId('report-autosave'), 'Gemt kl.');

    // The draft survives a reload.
    await mentor.reload();
    await mentor.getByTestId('report-form').waitFor();
    expect(await mentor.getByTestId('report-narrative').inputValue()).toContain('mødt stabilt op');
    expect(await mentor.getByTestId('milestone-status-0').inputValue()).toBe('progressing');

    await mentor.getByTestId('report-submit').click();
    await expectText(mentor.getByTestId('report-notice'), 'afleveret');
    expect(await mentor.getByTestId('report-status').getAttribute('data-status')).toBe('submitted');
    await expectText(mentor.getByTestId('report-history'), 'Afleveret');

    // The caseworker returns it; a comment is required.
    const caseworker = await session.loginAs(CASEWORKER);
    await openForReview(caseworker, reportId);
    await expectText(caseworker.getByTestId('report-milestones'), 'god fremgang');
    await caseworker.getByTestId('review-return').check();
    await caseworker.getByTestId('review-submit').click();
    await caseworker.getByTestId('review-comment-error').waitFor();
    await caseworker.getByTestId('review-comment').fill(RETURN_COMMENT);
    await caseworker.getByTestId('review-submit').click();
    await caseworker.waitForURL(/\/cases\/reports(\?.*)?$/);
    await expectText(caseworker.getByTestId('review-notice'), 'sendt retur');

    // The mentor sees the comment, corrects and resubmits.
    await mentor.goto(`${session.url}/mentor/reports`);
    const returned = mentor.locator(`[data-testid="report-group"][data-group="returned"] [data-testid="report-row"][data-report-id="${reportId}"]`);
    await returned.waitFor();
    await returned.getByTestId('report-link').click();
    await mentor.waitForURL(`**/mentor/reports/${reportId}`);
    await expectText(mentor.getByTestId('report-return-comment'), RETURN_COMMENT);
    await mentor.getByTestId('report-form').waitFor();
    await mentor.getByTestId('report-narrative').fill('Borgeren er mødt stabilt op. Vi har aftalt med praktikstedet at afprøve fire løntimer om ugen fra næste måned.');
    await mentor.getByTestId('report-submit').click();
    await expectText(mentor.getByTestId('report-notice'), 'afleveret');
    expect(await mentor.getByTestId('report-status').getAttribute('data-status')).toBe('submitted');
    await expectText(mentor.getByTestId('report-history'), RETURN_COMMENT);

    // The caseworker accepts the corrected report.
    await openForReview(caseworker, reportId);
    await expectText(caseworker.getByTestId('report-view-narrative'), 'fire løntimer');
    await caseworker.getByTestId('review-accept').check();
    await caseworker.getByTestId('review-submit').click();
    await caseworker.waitForURL(/\/cases\/reports(\?.*)?$/);
    await expectText(caseworker.getByTestId('review-notice'), 'godkendt');

    // The report is final, and the case page lists it as accepted under its course.
    await caseworker.goto(`${session.url}/cases/reports/${reportId}`);
    await caseworker.getByTestId('review-unavailable').waitFor();
    expect(await caseworker.getByTestId('report-status').getAttribute('data-status')).toBe('accepted');
    await caseworker.getByTestId('report-case-link').click();
    await caseworker.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const listed = caseworker.locator(`[data-testid="course-reports"] [data-testid="course-report"][data-report-id="${reportId}"]`);
    await listed.waitFor();
    expect(await listed.getAttribute('data-status')).toBe('accepted');

    // The supplier's quality score has moved.
    const after = await qualityScore(supplier);
    expect(after).not.toBe(before);

    expect(session.consoleErrors).toEqual([]);
  });
});
