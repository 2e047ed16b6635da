import { grantableRoles } from './roles';
import { userStatus } from './users';

describe('userStatus', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it.each([
    [{ active: true, invitationPending: false }, 'active'],
    [{ active: true, invitationPending: true, invitationExpiresAt: '2026-03-17T12:00:00Z' }, 'invited'],
    [{ active: true, invitationPending: true, invitationExpiresAt: '2026-03-10T11:59:59Z' }, 'invitation_expired'],
    [{ active: true, invitationPending: true, invitationExpiresAt: '2026-03-10T12:00:00Z' }, 'invitation_expired'],
    [{ active: false, invitationPending: true, invitationExpiresAt: '2026-03-17T12:00:00Z' }, 'deactivated'],
    [{ active: false, invitationPending: false }, 'deactivated'],
  ] as const)('%p is %s', (user, status) => {
    expect(userStatus(user, now)).toBe(status);
  });
});

describe('grantableRoles', () => {
  it.each([
    ['municipality_admin', ['municipality_admin', 'procurement_officer', 'caseworker']],
    ['supplier_admin', ['supplier_admin']],
    ['platform_admin', ['platform_admin']],
    ['caseworker', []],
    ['mentor', []],
  ] as const)('%s may give %p', (role, roles) => {
    expect([...grantableRoles(role)].sort()).toEqual([...roles].sort());
  });
});
