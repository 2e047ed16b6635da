import { USER_STATUSES } from '@mentor/contracts';
import { da } from '../../core/i18n/da';
import { en } from '../../core/i18n/en';
import { USER_STATUS_KEYS, actionsFor, defaultInviteRole, invitableRoles, sectionKeyFor } from './user-rules';

describe('user administration rules', () => {
  it.each(USER_STATUSES)('labels the status %s in both languages', (status) => {
    expect(da[USER_STATUS_KEYS[status]]).toBeTruthy();
    expect(en[USER_STATUS_KEYS[status]]).toBeTruthy();
  });

  it('offers a municipality admin the municipality roles with none preselected, a supplier admin only supplier admin', () => {
    expect([...invitableRoles('municipality_admin')].sort()).toEqual(['caseworker', 'municipality_admin', 'procurement_officer']);
    expect(defaultInviteRole('municipality_admin')).toBe('');
    expect(invitableRoles('supplier_admin')).toEqual(['supplier_admin']);
    expect(defaultInviteRole('supplier_admin')).toBe('supplier_admin');
    expect(invitableRoles('caseworker')).toEqual([]);
    expect(invitableRoles(undefined)).toEqual([]);
  });

  it('puts the page under the portal of the admin', () => {
    expect(sectionKeyFor('supplier_admin')).toBe('nav.section.supplierPortal');
    expect(sectionKeyFor('municipality_admin')).toBe('nav.section.municipality');
  });

  it.each([
    ['active', 'u2', { resend: false, deactivate: true, reactivate: false }],
    ['invited', 'u2', { resend: true, deactivate: true, reactivate: false }],
    ['invitation_expired', 'u2', { resend: true, deactivate: true, reactivate: false }],
    ['deactivated', 'u2', { resend: false, deactivate: false, reactivate: true }],
    ['active', 'u1', { resend: false, deactivate: false, reactivate: false }],
  ] as const)('offers a %s user (seen by %s) %p', (status, me, actions) => {
    expect(actionsFor({ id: 'u1', status }, me)).toEqual(actions);
  });
});
