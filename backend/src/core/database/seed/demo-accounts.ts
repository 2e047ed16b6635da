import { Role } from '@mentor/contracts';

/** The password of every demo account (README lists them). */
export const DEMO_PASSWORD = 'mentor-demo-2026';

export const HVIDOVRE = '0167';
export const ALBERTSLUND = '0165';

/** Demo suppliers; CVR numbers pass the modulus-11 check but belong to no real company. */
export const DEMO_SUPPLIERS = [
  { key: 'nordmentor', cvr: '35121005', name: 'Nord Mentor ApS' },
  { key: 'brobyg', cvr: '41871008', name: 'Brobyg Mentorhus A/S' },
] as const;

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  municipalityCode?: string;
  supplier?: (typeof DEMO_SUPPLIERS)[number]['key'];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@platform.demo', name: 'Platform Administrator', role: 'platform_admin' },
  { email: 'indkob@hvidovre.demo', name: 'Ida Indkøber', role: 'procurement_officer', municipalityCode: HVIDOVRE },
  { email: 'sagsbehandler@hvidovre.demo', name: 'Sara Sagsbehandler', role: 'caseworker', municipalityCode: HVIDOVRE },
  { email: 'admin@hvidovre.demo', name: 'Anders Administrator', role: 'municipality_admin', municipalityCode: HVIDOVRE },
  { email: 'indkob@albertslund.demo', name: 'Ib Indkøber', role: 'procurement_officer', municipalityCode: ALBERTSLUND },
  { email: 'sagsbehandler@albertslund.demo', name: 'Søren Sagsbehandler', role: 'caseworker', municipalityCode: ALBERTSLUND },
  { email: 'leverandor@nordmentor.demo', name: 'Lene Leverandør', role: 'supplier_admin', supplier: 'nordmentor' },
  { email: 'mentor@nordmentor.demo', name: 'Mads Mentor', role: 'mentor', supplier: 'nordmentor' },
  { email: 'leverandor@brobyg.demo', name: 'Bo Brobygger', role: 'supplier_admin', supplier: 'brobyg' },
];
