/**
 * The mail catalogue: each template's subject (a handlebars string) and the context it needs.
 * Bodies live in templates/<name>.html.hbs and <name>.text.hbs; HTML is wrapped in layout.html.hbs.
 */
export interface MailContexts {
  'user-invitation': { name: string; invitedBy: string; roleLabel: string; tenantName: string; link: string; expiresOn: string };
  'password-reset': { name: string; link: string; validMinutes: number };
  'tender-question-asked': { tenderTitle: string; question: string; link: string };
  'tender-question-answered': { tenderTitle: string; municipalityName: string; question: string; answer: string; link: string };
  'tender-closed': { tenderTitle: string; bidCount: number; link: string };
  /** agreementsCancelled: cancelled during the standstill, so the awarded agreements are cancelled too. */
  'tender-cancelled': { tenderTitle: string; municipalityName: string; reason: string; agreementsCancelled: boolean; link: string };
  'tender-standstill-letter': {
    supplierName: string;
    tenderTitle: string;
    municipalityName: string;
    lots: { title: string; outcome: string; rank: number; total: string }[];
    standstillEndsOn: string;
    link: string;
  };
}
/** Offers carry no citizen identity: the supplier sees the pseudonymous profile in the portal. */
export interface MailContexts {
  'offer-received': { supplierName: string; municipalityName: string; targetGroup: string; hoursPerWeek: number; weeks: number; answerBy: string; link: string };
  'offer-answered': { caseReference: string; mentorName: string; supplierName: string; outcome: string; reason: string; next: string; link: string };
}

/** What every report notice says: which report, due when, and where to file or follow it up. */
export interface ReportNoticeContext {
  name: string;
  mentorName: string;
  supplierName: string;
  caseReference: string;
  reportLabel: string;
  periodLabel: string;
  dueOn: string;
  daysOverdue: number;
  link: string;
}

export interface MailContexts {
  'report-reminder': ReportNoticeContext;
  'report-overdue': ReportNoticeContext;
  'report-escalation': ReportNoticeContext;
  'report-submitted': { name: string; mentorName: string; caseReference: string; reportLabel: string; periodLabel: string; link: string };
  'report-returned': { name: string; caseReference: string; reportLabel: string; periodLabel: string; comment: string; link: string };
  'survey-invitation': { name: string; caseReference: string; municipalityName: string; link: string; expiresOn: string };
}
export type MailTemplateName = keyof MailContexts;

export const MAIL_SUBJECTS: { [K in MailTemplateName]: string } = {
  'offer-received': 'Nyt tilbud om mentorforløb fra {{municipalityName}} Kommune',
  'offer-answered': 'Sag {{caseReference}}: tilbuddet er {{outcome}}',
  'report-reminder': 'Påmindelse: {{reportLabel}} for {{periodLabel}} skal afleveres senest {{dueOn}}',
  'report-overdue': 'Overskredet: {{reportLabel}} for {{periodLabel}} (sag {{caseReference}})',
  'report-escalation': 'Rykker: {{reportLabel}} for {{periodLabel}} er {{daysOverdue}} dage for sen (sag {{caseReference}})',
  'report-submitted': 'Sag {{caseReference}}: {{reportLabel}} for {{periodLabel}} er klar til gennemsyn',
  'report-returned': 'Sag {{caseReference}}: {{reportLabel}} for {{periodLabel}} er sendt retur',
  'survey-invitation': 'Hvordan gik mentorforløbet? Sag {{caseReference}}',
  'user-invitation': 'Du er inviteret til Mentormarkedet',
  'password-reset': 'Nulstil din adgangskode til Mentormarkedet',
  'tender-question-asked': 'Nyt spørgsmål til udbuddet {{tenderTitle}}',
  'tender-question-answered': 'Nyt svar i udbuddet {{tenderTitle}}',
  'tender-closed': 'Tilbudsfristen er udløbet: {{tenderTitle}}',
  'tender-cancelled': 'Udbuddet {{tenderTitle}} er annulleret',
  'tender-standstill-letter': 'Tildelingsbeslutning i udbuddet {{tenderTitle}}',
};
