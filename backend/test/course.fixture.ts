import { Assignment, CitizenCase, Match, MatchList, MentorRequest, Offer } from '@mentor/contracts';

import { TestApp } from './create-test-app';

/** The seeded suppliers that have a demo administrator login, by name. */
export const DEMO_SUPPLIER_LOGINS: Readonly<Record<string, string>> = { 'Nord Mentor ApS': 'leverandor@nordmentor.demo', 'Brobyg Mentorhus A/S': 'leverandor@brobyg.demo' };

export interface RunningCourse {
  assignment: Assignment;
  request: MentorRequest;
  match: Match;
  supplierToken: string;
  supplierEmail: string;
}

const nextMonday = () => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
};

/**
 * A running course built through the API as a caseworker does it: a Hvidovre case (youth crime),
 * a request, an offer to the best match of a supplier with a demo login (narrowed by `pick`), and
 * the supplier's acceptance. `cpr` must be unique within the test app.
 */
export async function aRunningCourse(
  t: TestApp,
  options: { caseworker: string; cpr: string; weeks?: number; hoursPerWeek?: number; pick?: (match: Match) => boolean | Promise<boolean> },
): Promise<RunningCourse> {
  const cw = options.caseworker;
  const created = await t.request<CitizenCase>('POST', '/api/cases', {
    token: cw,
    body: { citizen: { name: 'Rapport Borger', cpr: options.cpr, phone: '+45 20 11 22 33' }, targetGroup: 'activity_ready_cash', needs: [{ code: 'youth_crime', severity: 2 }], languages: ['da'], postcode: '2650' },
  });
  if (created.status !== 201) throw new Error(`POST /api/cases: ${created.status} ${JSON.stringify(created.body)}`);
  const request = await t.request<MentorRequest>('POST', `/api/cases/${created.body.id}/requests`, {
    token: cw,
    body: {
      mentorType: 'development',
      hoursPerWeek: options.hoursPerWeek ?? 3,
      weeks: options.weeks ?? 13,
      startDate: nextMonday(),
      legalBasis: 'ordinary',
      allocation: 'manual',
      goals: [
        { text: 'Kommer i praktik', milestones: ['Møder op tre dage om ugen', 'Har talt om løntimer'] },
        { text: 'Får struktur', milestones: ['Står op kl. 8'] },
      ],
    },
  });
  if (request.status !== 201) throw new Error(`POST requests: ${request.status} ${JSON.stringify(request.body)}`);
  const matches = (await t.request<MatchList>('GET', `/api/requests/${request.body.id}/matches?limit=100`, { token: cw })).body.items;
  let match: Match | undefined;
  for (const m of matches) {
    if (DEMO_SUPPLIER_LOGINS[m.supplierName] && m.standing !== 'blocked' && (!options.pick || (await options.pick(m)))) {
      match = m;
      break;
    }
  }
  if (!match) throw new Error('No match of a supplier with a demo login fits.');
  const offer = await t.request<Offer>('POST', `/api/requests/${request.body.id}/offers`, { token: cw, body: { mentorId: match.mentorId } });
  if (offer.status !== 201) throw new Error(`POST offers: ${offer.status} ${JSON.stringify(offer.body)}`);
  const supplierEmail = DEMO_SUPPLIER_LOGINS[match.supplierName];
  const supplierToken = await t.login(supplierEmail);
  const accepted = await t.request<Assignment>('POST', `/api/offers/${offer.body.id}/accept`, { token: supplierToken });
  if (accepted.status !== 201) throw new Error(`POST accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { assignment: accepted.body, request: request.body, match, supplierToken, supplierEmail };
}
