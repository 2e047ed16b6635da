import type { Role } from '@mentor/contracts';

/** The seeded demo users, listed on the login page so a visitor can try each portal. */
export const DEMO_PASSWORD = 'mentor-demo-2026';

export interface DemoAccount {
  email: string;
  role: Role;
  organisation: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@platform.demo', role: 'platform_admin', organisation: 'Mentormarkedet' },
  { email: 'indkob@hvidovre.demo', role: 'procurement_officer', organisation: 'Hvidovre' },
  { email: 'sagsbehandler@hvidovre.demo', role: 'caseworker', organisation: 'Hvidovre' },
  { email: 'admin@hvidovre.demo', role: 'municipality_admin', organisation: 'Hvidovre' },
  { email: 'indkob@albertslund.demo', role: 'procurement_officer', organisation: 'Albertslund' },
  { email: 'sagsbehandler@albertslund.demo', role: 'caseworker', organisation: 'Albertslund' },
  { email: 'leverandor@nordmentor.demo', role: 'supplier_admin', organisation: 'NordMentor' },
  { email: 'mentor@nordmentor.demo', role: 'mentor', organisation: 'NordMentor' },
  { email: 'leverandor@brobyg.demo', role: 'supplier_admin', organisation: 'Brobyg' },
];
