import { ApiError, Assignment, CitizenCase, CourseSurveys, MatchList, MentorRequest, Offer, Outcome, Report, ReportSummary, Scorecard, Survey } from '@mentor/contracts';

import { aRunningCourse } from '../../../../test/course.fixture';
import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { AssignmentEntity } from '../../cases/entities/assignment.entity';
import { copenhagenDate } from '../../tenders/utils/danish-holidays.util';
import { ReportNoticeEntity } from '../entities/report-notice.entity';
import { ReportEntity } from '../entities/report.entity';
import { QualityService } from '../quality.service';
import { ReportNoticesService } from '../report-notices.service';
import { ReportScheduleService } from '../report-schedule.service';
import { addMonths } from '../follow-ups.service';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Polls until `check` holds (jobs run asynchronously with both queue drivers). */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Timed out waiting for the jobs.');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const NARRATIVE = 'Borgeren er mødt op til alle aftaler og har arbejdet med struktur i hverdagen og jobsøgning.';

describe('monthly reports, review, notices, quality, outcomes and surveys', () => {
  let t: TestApp;
  let cw: string;
  let cprSerial = 9100;

  beforeAll(async () => {
    t = await TestApp.start();
    cw = await t.login('sagsbehandler@hvidovre.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A running course with a supplier that has a demo login (see aRunningCourse). */
  async function aCourse(options: { weeks?: number; hoursPerWeek?: number; supplier?: string } = {}): Promise<{ assignment: Assignment; supplierToken: string; supplierEmail: string; request: MentorRequest }> {
    return aRunningCourse(t, { caseworker: cw, cpr: `010190-${cprSerial++}`, weeks: options.weeks, hoursPerWeek: options.hoursPerWeek, pick: (m) => !options.supplier || m.supplierName === options.supplier });
  }

  /** Moves a course so it began `daysAgo` days ago and recomputes its schedule, as if time had passed. */
  async function backdate(assignmentId: string, daysAgo: number, weeks = 13): Promise<Assignment> {
    const start = addDays(copenhagenDate(new Date()), -daysAgo);
    await t.dataSource.getRepository(AssignmentEntity).update({ id: assignmentId }, { startDate: start, endDate: addDays(start, weeks * 7 - 1) });
    await t.dataSource.query('DELETE FROM report WHERE assignment_id = $1', [assignmentId]);
    await t.dataSource.transaction((m) => t.app.get(ReportScheduleService).sync(m, assignmentId));
    return (await t.request<Assignment>('GET', `/api/assignments/${assignmentId}`, { token: cw })).body;
  }

  const reportsOf = async (assignmentId: string, token = cw) => (await t.request<ReportSummary[]>('GET', `/api/assignments/${assignmentId}/reports`, { token })).body;
  const fullReport = (milestones: string[], over: Record<string, unknown> = {}) => ({
    hoursUsed: 10,
    meetingsHeld: 4,
    meetingsMissed: 1,
    milestones: milestones.map((milestone, i) => ({ milestone, status: i === 0 ? 'progressing' : 'not_started', note: '' })),
    narrative: NARRATIVE,
    submit: true,
    ...over,
  });

  describe('the schedule', () => {
    it('has a report for each calendar month the course touches and a progression report at its end, due on the 5th', async () => {
      const { assignment } = await aCourse({ weeks: 13 });
      const reports = await reportsOf(assignment.id);
      const months: string[] = [];
      for (let m = assignment.startDate.slice(0, 7); m <= assignment.endDate.slice(0, 7); m = addMonths(`${m}-01`, 1).slice(0, 7)) months.push(m);
      expect(reports.filter((r) => r.kind === 'monthly').map((r) => r.period)).toEqual(months);
      expect(reports.filter((r) => r.kind === 'progression').map((r) => r.period)).toEqual([assignment.endDate.slice(0, 7)]);
      for (const r of reports) expect(r.dueOn).toBe(`${addMonths(`${r.period}-01`, 1).slice(0, 7)}-05`);
      expect(reports[0].periodStart).toBe(assignment.startDate);
      expect(reports.every((r) => r.status === 'due')).toBe(true);
    });

    it('moves the progression report to the extension and shrinks on an early end, keeping what was submitted', async () => {
      const course = await aCourse({ weeks: 13 });
      const supplierToken = course.supplierToken;
      const assignment = await backdate(course.assignment.id, 75);
      const first = (await reportsOf(assignment.id)).find((r) => r.kind === 'monthly')!;
      const detail = (await t.request<Report>('GET', `/api/reports/${first.id}`, { token: supplierToken })).body;
      expect((await t.request('PUT', `/api/reports/${first.id}`, { token: supplierToken, body: fullReport(detail.milestones.map((m) => m.milestone)) })).status).toBe(200);

      const extended = (await t.request<Assignment>('POST', `/api/assignments/${assignment.id}/extend`, { token: cw, body: { weeks: 8 } })).body;
      const before = await reportsOf(assignment.id);
      expect(before.some((r) => r.kind === 'progression')).toBe(false);
      const next = await reportsOf(extended.id);
      expect(next.filter((r) => r.kind === 'progression').map((r) => r.period)).toEqual([extended.endDate.slice(0, 7)]);
      // A month both periods touch is reported once, by the earlier period.
      const shared = assignment.endDate.slice(0, 7);
      expect(before.some((r) => r.period === shared && r.kind === 'monthly')).toBe(true);
      expect(next.some((r) => r.period === shared && r.kind === 'monthly')).toBe(extended.startDate.slice(0, 7) !== shared);

      // Ending the extension on its first day leaves one month and the progression report.
      const ended = await t.request<Assignment>('POST', `/api/assignments/${extended.id}/end`, { token: cw, body: { reason: 'Borgeren er i job', endDate: extended.startDate } });
      expect(ended.status).toBe(200);
      const after = await reportsOf(extended.id);
      expect(after.map((r) => `${r.kind}:${r.period}:${r.periodEnd}`)).toEqual(
        extended.startDate.slice(0, 7) === shared ? [`progression:${shared}:${extended.startDate}`] : [`monthly:${extended.startDate.slice(0, 7)}:${extended.startDate}`, `progression:${extended.startDate.slice(0, 7)}:${extended.startDate}`],
      );
      // The submitted report of the first period is untouched.
      expect((await reportsOf(assignment.id)).find((r) => r.id === first.id)?.status).toBe('submitted');
    });
  });

  describe('the report form and the review', () => {
    let assignment: Assignment;
    let supplierToken: string;
    let supplierEmail: string;
    let report: Report;

    beforeAll(async () => {
      const course = await aCourse({ weeks: 13, hoursPerWeek: 3 });
      ({ supplierToken, supplierEmail } = course);
      assignment = await backdate(course.assignment.id, 50);
      const first = (await reportsOf(assignment.id)).find((r) => r.kind === 'monthly')!;
      report = (await t.request<Report>('GET', `/api/reports/${first.id}`, { token: supplierToken })).body;
    });

    it('shows the agreement milestones and the hours left of the grant, and logs the read', async () => {
      expect(report.goals.map((g) => g.text)).toEqual(['Kommer i praktik', 'Får struktur']);
      expect(report.milestones.map((m) => m.milestone)).toEqual(['Møder op tre dage om ugen', 'Har talt om løntimer', 'Står op kl. 8']);
      expect(report).toMatchObject({ hoursGranted: 39, hoursUsedElsewhere: 0, hoursRemaining: 39, canEdit: true, canReview: false, status: 'due' });
      const reads = await t.dataSource.getRepository(AuditEventEntity).countBy({ action: 'report.read', entityId: report.id });
      expect(reads).toBe(1);
    });

    it('saves a partial draft, and refuses hours beyond the grant and an incomplete submission with every field named', async () => {
      const draft = await t.request<Report>('PUT', `/api/reports/${report.id}`, { token: supplierToken, body: { milestones: [{ milestone: report.milestones[0].milestone, status: 'progressing', note: 'God start' }], narrative: '', submit: false } });
      expect(draft.status).toBe(200);
      expect(draft.body).toMatchObject({ status: 'draft', narrative: '' });
      expect(draft.body.milestones[0]).toMatchObject({ status: 'progressing', note: 'God start' });

      const tooMany = await t.request<ApiError>('PUT', `/api/reports/${report.id}`, { token: supplierToken, body: fullReport(report.milestones.map((m) => m.milestone), { hoursUsed: 39.5 }) });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.fields?.map((f) => f.field)).toEqual(['hoursUsed']);
      expect(String(tooMany.body.message)).toMatch(/at most 39 hours remain/);

      const incomplete = await t.request<ApiError>('PUT', `/api/reports/${report.id}`, {
        token: supplierToken,
        body: { milestones: [{ milestone: report.milestones[0].milestone, status: 'setback', note: '' }], narrative: ' ', hoursUsed: 5, submit: true },
      });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.fields?.map((f) => f.field).sort()).toEqual(['meetingsHeld', 'meetingsMissed', 'milestones.0.note', 'milestones.1.status', 'milestones.2.status', 'narrative'].sort());
      // Nothing of the refused submission was stored.
      expect((await t.dataSource.getRepository(ReportEntity).findOneByOrFail({ id: report.id })).status).toBe('draft');
    });

    it('submits, stores the text encrypted, and goes through return, correction and acceptance with history', async () => {
      const submitted = await t.request<Report>('PUT', `/api/reports/${report.id}`, { token: supplierToken, body: fullReport(report.milestones.map((m) => m.milestone), { hoursUsed: 12 }) });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', submissions: 1, hoursUsed: 12, canEdit: false });
      const raw = await t.dataSource.query('SELECT content_ciphertext, completeness FROM report WHERE id = $1', [report.id]);
      expect(raw[0].content_ciphertext).not.toContain('struktur i hverdagen');
      expect(Number(raw[0].completeness)).toBe(1);
      expect((await t.request('PUT', `/api/reports/${report.id}`, { token: supplierToken, body: fullReport(report.milestones.map((m) => m.milestone)) })).status).toBe(409);
      const mails = await t.dataSource.query("SELECT subject FROM mail_message WHERE \"to\" = 'sagsbehandler@hvidovre.demo' AND template = 'report-submitted'");
      expect(mails.length).toBeGreaterThan(0);

      // The caseworker's inbox has it; returning needs a comment.
      const inbox = (await t.request<{ items: ReportSummary[] }>('GET', '/api/reports?status=submitted&pageSize=100', { token: cw })).body.items;
      expect(inbox.map((r) => r.id)).toContain(report.id);
      const noComment = await t.request<ApiError>('POST', `/api/reports/${report.id}/review`, { token: cw, body: { decision: 'return' } });
      expect(noComment.status).toBe(400);
      expect(noComment.body.fields?.[0].field).toBe('comment');
      const returned = await t.request<Report>('POST', `/api/reports/${report.id}/review`, { token: cw, body: { decision: 'return', comment: 'Beskriv fremmødet i praktikken.' } });
      expect(returned.body).toMatchObject({ status: 'returned' });
      const supplierView = (await t.request<Report>('GET', `/api/reports/${report.id}`, { token: supplierToken })).body;
      expect(supplierView).toMatchObject({ status: 'returned', returnComment: 'Beskriv fremmødet i praktikken.', canEdit: true, hoursRemaining: 39 });

      const corrected = await t.request<Report>('PUT', `/api/reports/${report.id}`, { token: supplierToken, body: fullReport(report.milestones.map((m) => m.milestone), { hoursUsed: 12, narrative: `${NARRATIVE} Mødt i praktikken 11 af 12 dage.` }) });
      expect(corrected.body).toMatchObject({ status: 'submitted', submissions: 2 });
      const accepted = await t.request<Report>('POST', `/api/reports/${report.id}/review`, { token: cw, body: { decision: 'accept' } });
      expect(accepted.body.status).toBe('accepted');
      expect(accepted.body.history.map((h) => h.action)).toEqual(['submitted', 'returned', 'submitted', 'accepted']);
      expect(accepted.body.history[1].comment).toBe('Beskriv fremmødet i praktikken.');
      expect((await t.request<ApiError>('POST', `/api/reports/${report.id}/review`, { token: cw, body: { decision: 'accept' } })).status).toBe(409);

      // The next report of the course may use what is left: 39 − 12.
      const second = (await reportsOf(assignment.id)).filter((r) => r.kind === 'monthly')[1];
      expect((await t.request<Report>('GET', `/api/reports/${second.id}`, { token: supplierToken })).body.hoursRemaining).toBe(27);
      // The agreement's hours used now include the report.
      const [fa] = await t.dataSource.query('SELECT hours_used FROM framework_agreement WHERE id = $1', [assignment.agreementId]);
      expect(Number(fa.hours_used)).toBeGreaterThanOrEqual(12);
    });

    it("answers 404 to another supplier, another municipality and a mentor who is not the course's", async () => {
      const other = supplierEmail === 'leverandor@nordmentor.demo' ? 'leverandor@brobyg.demo' : 'leverandor@nordmentor.demo';
      for (const email of [other, 'sagsbehandler@albertslund.demo']) {
        const token = await t.login(email);
        expect([email, (await t.request('GET', `/api/reports/${report.id}`, { token })).status]).toEqual([email, 404]);
        expect([email, (await t.request('GET', `/api/assignments/${assignment.id}/reports`, { token })).status]).toEqual([email, 404]);
      }
      const mentorUser = await t.dataSource.query("SELECT mentor_id FROM app_user WHERE email = 'mentor@nordmentor.demo'");
      if (mentorUser[0].mentor_id !== assignment.mentorId) {
        expect((await t.request('GET', `/api/reports/${report.id}`, { token: await t.login('mentor@nordmentor.demo') })).status).toBe(404);
      }
      expect((await t.request('POST', `/api/reports/${report.id}/review`, { token: supplierToken, body: { decision: 'accept' } })).status).toBe(403);
    });
  });

  describe('reminders and escalations', () => {
    it('sends each notice once to the right people, however often the sweep and the batches run', async () => {
      const { assignment } = await aCourse({ weeks: 13 });
      await backdate(assignment.id, 60);
      const today = copenhagenDate(new Date());
      const [a, b] = (await reportsOf(assignment.id)).filter((r) => r.kind === 'monthly');
      await t.dataSource.getRepository(ReportEntity).update({ id: a.id }, { dueOn: addDays(today, 2) });
      await t.dataSource.getRepository(ReportEntity).update({ id: b.id }, { dueOn: addDays(today, -8) });
      const notices = t.app.get(ReportNoticesService);
      // The batches themselves, twice and at once: the unique notice decides.
      const results = await Promise.all([notices.send('reminder', [a.id]), notices.send('reminder', [a.id]), notices.send('escalation', [b.id]), notices.send('overdue', [b.id])]);
      expect(results[0] + results[1]).toBe(1);
      // The sweep finds a report newly in its reminder window and the queue sends it; the others have their notices.
      const c = (await reportsOf(assignment.id)).filter((r) => r.kind === 'monthly')[2];
      await t.dataSource.getRepository(ReportEntity).update({ id: c.id }, { dueOn: addDays(today, 1) });
      await notices.sweep(today);
      await notices.sweep(today);
      await waitFor(async () => (await t.dataSource.getRepository(ReportNoticeEntity).countBy({ reportId: c.id })) === 1);
      await t.dataSource.getRepository(ReportEntity).update({ id: c.id }, { status: 'accepted' });
      const rows = await t.dataSource.getRepository(ReportNoticeEntity).find({ where: [{ reportId: a.id }, { reportId: b.id }] });
      expect(rows.map((r) => `${r.reportId === a.id ? 'a' : 'b'}:${r.kind}`).sort()).toEqual(['a:reminder', 'b:escalation', 'b:overdue']);
      expect(await t.dataSource.getRepository(ReportNoticeEntity).countBy({ reportId: c.id })).toBe(1);
      const mails: { to: string; template: string }[] = await t.dataSource.query(
        "SELECT \"to\", template FROM mail_message WHERE template LIKE 'report-%' AND template <> 'report-submitted' AND text LIKE '%' || $1 || '%' ORDER BY template, \"to\"",
        [assignment.caseId ? (await t.dataSource.query('SELECT reference FROM citizen_case WHERE id = $1', [assignment.caseId]))[0].reference : ''],
      );
      const admins: string[] = (await t.dataSource.query("SELECT email FROM app_user WHERE supplier_id = $1 AND role = 'supplier_admin' AND active", [assignment.supplierId])).map((u: { email: string }) => u.email);
      const mentorUsers: string[] = (await t.dataSource.query('SELECT email FROM app_user WHERE mentor_id = $1 AND active', [assignment.mentorId])).map((u: { email: string }) => u.email);
      const to = (template: string) => mails.filter((m) => m.template === template).map((m) => m.to).sort();
      // One mail per recipient and notice: the mentor (or, without a login, the supplier's admins) is
      // reminded; the admins also hear when it is overdue; the caseworker when it is a week late.
      expect(to('report-escalation')).toEqual([...new Set([...mentorUsers, ...admins, 'sagsbehandler@hvidovre.demo'])].sort());
      expect(to('report-overdue')).toEqual([...new Set([...mentorUsers, ...admins])].sort());
      expect(to('report-reminder')).toEqual([...(mentorUsers.length ? mentorUsers : admins), ...(mentorUsers.length ? mentorUsers : admins)].sort());
    });

    it('reminds nobody about a report already submitted', async () => {
      const { assignment, supplierToken } = await aCourse({ weeks: 13 });
      await backdate(assignment.id, 40);
      const first = (await reportsOf(assignment.id)).find((r) => r.kind === 'monthly')!;
      const detail = (await t.request<Report>('GET', `/api/reports/${first.id}`, { token: supplierToken })).body;
      await t.request('PUT', `/api/reports/${first.id}`, { token: supplierToken, body: fullReport(detail.milestones.map((m) => m.milestone), { hoursUsed: 2 }) });
      await t.dataSource.getRepository(ReportEntity).update({ id: first.id }, { dueOn: addDays(copenhagenDate(new Date()), -10) });
      expect(await t.app.get(ReportNoticesService).send('escalation', [first.id])).toBe(0);
    });
  });

  describe('quality and the ranking', () => {
    it('recomputes scores from reports and moves the supplier in the ranking; a blocked supplier needs an override with a reason', async () => {
      const { request } = await aCourse({ weeks: 13 });
      // A fresh request with the same profile to rank.
      const c = await t.request<CitizenCase>('POST', '/api/cases', {
        token: cw,
        body: { citizen: { name: 'Rangering Borger', cpr: `020290-${cprSerial++}`, phone: '12345678' }, targetGroup: 'activity_ready_cash', needs: [{ code: 'youth_crime', severity: 2 }], languages: ['da'], postcode: '2650' },
      });
      expect(c.status).toBe(201);
      const created = await t.request<MentorRequest>('POST', `/api/cases/${c.body.id}/requests`, { token: cw, body: { mentorType: 'development', hoursPerWeek: 2, weeks: 13, startDate: request.startDate, legalBasis: 'ordinary', allocation: 'manual', goals: [{ text: 'Mål', milestones: ['Første skridt'] }] } });
      expect(created.body).toMatchObject({ status: 'open' });
      const r = created.body;
      const rank = async () => (await t.request<MatchList>('GET', `/api/requests/${r.id}/matches?limit=100`, { token: cw })).body.items;
      const before = await rank();
      const target = before[0];
      // Bury the top supplier's record under a year of late, incomplete, returned reports.
      const a = await t.dataSource.getRepository(AssignmentEntity).findOneByOrFail({ supplierId: target.supplierId, municipalityCode: '0167' });
      const today = copenhagenDate(new Date());
      await t.dataSource.query(
        `INSERT INTO report (assignment_id, case_id, mentor_id, supplier_id, municipality_code, kind, period, period_start, period_end, due_on, status, first_submitted_at, submitted_at, submissions, returns, completeness, hours_used)
         SELECT $1, $2, $3, $4, '0167', 'monthly', '1' || lpad(g::text, 3, '0') || '-01', $5::date, $5::date, $5::date - (g % 300), 'accepted', ($5::date - (g % 300) + 20)::timestamptz, ($5::date - (g % 300) + 20)::timestamptz, 2, 1, 0.2, 0
         FROM generate_series(100, 499) g`,
        [a.id, a.caseId, target.mentorId, target.supplierId, today],
      );
      await t.app.get(QualityService).recomputeQuality();
      const after = await rank();
      const moved = after.find((m) => m.mentorId === target.mentorId)!;
      expect(moved.components.quality).toBeLessThan(target.components.quality);
      expect(moved.score).toBeLessThan(target.score);
      expect(moved.standing).toBe('blocked');
      expect(moved.explanation.join(' ')).toMatch(/rapporteringskvalitet/);

      const refused = await t.request<ApiError>('POST', `/api/requests/${r.id}/offers`, { token: cw, body: { mentorId: target.mentorId } });
      expect(refused.status).toBe(409);
      expect(String(refused.body.message)).toMatch(/overrideReason/);
      const overridden = await t.request<Offer>('POST', `/api/requests/${r.id}/offers`, { token: cw, body: { mentorId: target.mentorId, overrideReason: 'Borgeren kender mentoren fra et tidligere forløb.' } });
      expect(overridden.status).toBe(201);
      expect(await t.dataSource.getRepository(AuditEventEntity).countBy({ action: 'offer.quality_override', entityId: r.id })).toBe(1);

      // The supplier's scorecard shows the standing and the mentor row copy is in step.
      const cardRes = await t.request<Scorecard>('GET', `/api/suppliers/${target.supplierId}/scorecard`, { token: cw });
      expect(cardRes.status).toBe(200);
      const card = cardRes.body;
      expect(card.standing).toBe('blocked');
      expect((await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: target.mentorId })).reportingQuality).toBe(card.mentors.find((m) => m.mentorId === target.mentorId)?.qualityScore);
      await t.dataSource.query("DELETE FROM report WHERE period < '1500'");
      await t.app.get(QualityService).recomputeQuality();
    });
  });

  describe('outcomes and surveys', () => {
    let assignment: Assignment;
    beforeAll(async () => {
      ({ assignment } = await aCourse({ weeks: 13 }));
    });

    it('has no follow-ups while the course runs, and five once it has ended', async () => {
      expect((await t.request<Outcome[]>('GET', `/api/assignments/${assignment.id}/outcomes`, { token: cw })).body).toEqual([]);
      expect((await t.request<ApiError>('POST', `/api/assignments/${assignment.id}/outcomes`, { token: cw, body: { followUp: 'end', status: 'job' } })).status).toBe(409);
      await t.request('POST', `/api/assignments/${assignment.id}/end`, { token: cw, body: { reason: 'Borgeren har fået job', endDate: assignment.startDate } });
      const outcomes = (await t.request<Outcome[]>('GET', `/api/assignments/${assignment.id}/outcomes`, { token: cw })).body;
      expect(outcomes.map((o) => `${o.followUp}:${o.dueOn}`)).toEqual(['end', '3m', '6m', '12m', '24m'].map((f, i) => `${f}:${addMonths(assignment.startDate, [0, 3, 6, 12, 24][i])}`));
    });

    it('records an outcome, refuses one long before it is due, and feeds the outcome score', async () => {
      const res = await t.request<Outcome>('POST', `/api/assignments/${assignment.id}/outcomes`, { token: cw, body: { followUp: 'end', status: 'job', benefitChangeDkk: -11500 } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ followUp: 'end', status: 'job', benefitChangeDkk: -11500 });
      const early = await t.request<ApiError>('POST', `/api/assignments/${assignment.id}/outcomes`, { token: cw, body: { followUp: '12m', status: 'job' } });
      expect(early.status).toBe(400);
      expect(early.body.fields?.[0].field).toBe('followUp');
      const bad = await t.request<ApiError>('POST', `/api/assignments/${assignment.id}/outcomes`, { token: cw, body: { followUp: 'end', status: 'rich' } });
      expect(bad.status).toBe(400);
      const [score] = await t.dataSource.query("SELECT courses, job_or_education FROM outcome_score WHERE supplier_id = $1 AND target_group = 'activity_ready_cash'", [assignment.supplierId]);
      expect(Number(score.job_or_education)).toBeGreaterThanOrEqual(1);
      // Outcomes are the municipality's: a supplier cannot read them.
      expect((await t.request('GET', `/api/assignments/${assignment.id}/outcomes`, { token: await t.login('leverandor@nordmentor.demo') })).status).toBe(403);
    });

    it('gives a tokenised survey link that works without login, once', async () => {
      const surveys = (await t.request<CourseSurveys>('GET', `/api/assignments/${assignment.id}/surveys`, { token: cw })).body;
      expect(surveys.citizen?.link).toMatch(/\/survey\/[\w-]{32}$/);
      const token = surveys.citizen!.link.split('/survey/')[1];
      const survey = await t.request<Survey>('GET', `/api/surveys/${token}`);
      expect(survey.status).toBe(200);
      expect(survey.body).toMatchObject({ respondent: 'citizen', municipalityName: 'Hvidovre', answered: false });
      const bad = await t.request<ApiError>('POST', `/api/surveys/${token}`, { body: { answers: { listened: 6, helped: 4 } } });
      expect(bad.status).toBe(400);
      expect(bad.body.fields?.map((f) => f.field).sort()).toEqual(['answers.closer', 'answers.listened', 'answers.overall']);
      const answers = { listened: 5, helped: 4, closer: 3, overall: 4 };
      expect((await t.request(`POST`, `/api/surveys/${token}`, { body: { answers, comment: 'Tak for hjælpen' } })).status).toBe(204);
      expect((await t.request(`POST`, `/api/surveys/${token}`, { body: { answers } })).status).toBe(409);
      expect((await t.request('GET', '/api/surveys/not-a-real-token-at-all')).status).toBe(404);
      const [row] = await t.dataSource.query('SELECT comment_ciphertext FROM survey WHERE assignment_id = $1 AND respondent = $2', [assignment.id, 'citizen']);
      expect(row.comment_ciphertext).not.toContain('Tak for hjælpen');
      // The caseworker was mailed their own link.
      const mails = await t.dataSource.query("SELECT text FROM mail_message WHERE template = 'survey-invitation' AND \"to\" = 'sagsbehandler@hvidovre.demo'");
      expect(mails.some((m: { text: string }) => m.text.includes(surveys.caseworker!.link))).toBe(true);
    });
  });
});
