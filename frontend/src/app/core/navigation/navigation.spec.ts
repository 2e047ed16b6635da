import { ROLES, Role } from '@mentor/contracts';
import { da } from '../i18n/da';
import {
  activeNavPath,
  allNavItems,
  canAccess,
  homePathFor,
  navItemsFor,
  navTestId,
  navigationFor,
  pathOf,
} from './navigation';

const paths = (role: Role) => navItemsFor(role).map((item) => item.path);

describe('navigationFor', () => {
  it('gives the caseworker cases and reports, not tenders or platform pages', () => {
    expect(paths('caseworker')).toEqual(['/cases', '/cases/reports', '/directory']);
    expect(navItemsFor('caseworker').map((i) => da[i.labelKey])).toContain('Sager');
    expect(paths('caseworker')).not.toContain('/procurement/tenders');
  });

  it('gives the procurement officer tenders, agreements and the effect dashboard, not cases', () => {
    expect(paths('procurement_officer')).toEqual(['/procurement/tenders', '/procurement/agreements', '/insights', '/directory']);
  });

  it('gives suppliers their portal and the platform admin the platform pages', () => {
    expect(paths('supplier_admin')).toEqual(['/supplier/profile', '/supplier/mentors', '/supplier/tenders', '/supplier/offers', '/supplier/courses', '/supplier/scorecard', '/supplier/users']);
    expect(paths('mentor')).toEqual(['/mentor/courses', '/mentor/reports']);
    expect(paths('platform_admin')).toEqual([
      '/platform/municipalities',
      '/platform/competences',
      '/platform/mails',
      '/platform/health',
      '/directory',
    ]);
    expect(paths('municipality_admin')).toEqual(['/admin/municipality', '/admin/users', '/insights', '/directory']);
  });

  it.each(ROLES)('gives %s at least one section with items, unique absolute paths and known keys', (role) => {
    const sections = navigationFor(role);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section.items.length).toBeGreaterThan(0);
      expect(da[section.titleKey]).toBeTruthy();
    }
    const rolePaths = paths(role);
    expect(new Set(rolePaths).size).toBe(rolePaths.length);
    for (const item of navItemsFor(role)) {
      expect(item.path).toMatch(/^\/[a-z]+(\/[a-z]+)*$/);
      expect(da[item.labelKey]).toBeTruthy();
      expect(da[item.descriptionKey]).toBeTruthy();
    }
  });

  it('keeps only suppliers in the supplier portal and only the platform admin on /platform', () => {
    for (const role of ROLES) {
      const own = paths(role);
      expect({ role, supplier: own.some((p) => p.startsWith('/supplier/')) }).toEqual({
        role,
        supplier: role === 'supplier_admin',
      });
      expect({ role, platform: own.some((p) => p.startsWith('/platform/')) }).toEqual({
        role,
        platform: role === 'platform_admin',
      });
    }
  });

  it('opens the user administration to the two tenant administrators only', () => {
    for (const role of ROLES) {
      expect({ role, admin: canAccess(role, '/admin/users'), supplier: canAccess(role, '/supplier/users') }).toEqual({
        role,
        admin: role === 'municipality_admin',
        supplier: role === 'supplier_admin',
      });
    }
  });

  it('uses one label and description per path across roles', () => {
    const all = allNavItems();
    expect(new Set(all.map((i) => i.path)).size).toBe(all.length);
    for (const role of ROLES) {
      for (const item of navItemsFor(role)) expect(all).toContainEqual(item);
    }
  });
});

describe('homePathFor', () => {
  it.each([
    ['caseworker', '/cases'],
    ['procurement_officer', '/procurement/tenders'],
    ['municipality_admin', '/admin/municipality'],
    ['supplier_admin', '/supplier/profile'],
    ['mentor', '/mentor/courses'],
    ['platform_admin', '/platform/municipalities'],
  ] as const)('sends %s to %s', (role, home) => {
    expect(homePathFor(role)).toBe(home);
    expect(canAccess(role, home)).toBe(true);
  });
});

describe('canAccess', () => {
  it('allows a menu path and what lies below it', () => {
    expect(canAccess('caseworker', '/cases')).toBe(true);
    expect(canAccess('caseworker', '/cases/3f2a/requests?tab=1#top')).toBe(true);
    expect(canAccess('caseworker', '/cases/')).toBe(true);
  });

  it('allows every role its own account pages, and only those', () => {
    expect(canAccess('mentor', '/account/password')).toBe(true);
    expect(canAccess('platform_admin', '/account/password?x=1')).toBe(true);
    expect(canAccess('caseworker', '/account/passwordx')).toBe(false);
    expect(canAccess('caseworker', '/account')).toBe(false);
  });

  it('refuses paths outside the role and look-alike prefixes', () => {
    expect(canAccess('caseworker', '/procurement/tenders')).toBe(false);
    expect(canAccess('caseworker', '/casesx')).toBe(false);
    expect(canAccess('supplier_admin', '/directory')).toBe(false);
    expect(canAccess('mentor', '/platform/health')).toBe(false);
    expect(canAccess('platform_admin', '/')).toBe(false);
  });
});

describe('activeNavPath', () => {
  it('marks the most specific item', () => {
    expect(activeNavPath('caseworker', '/cases/reports')).toBe('/cases/reports');
    expect(activeNavPath('caseworker', '/cases/42')).toBe('/cases');
    expect(activeNavPath('caseworker', '/forbidden')).toBeUndefined();
  });
});

describe('pathOf and navTestId', () => {
  it('strips query, fragment and matrix parameters', () => {
    expect(pathOf('/cases;id=1?x=2#y')).toBe('/cases');
    expect(pathOf('cases')).toBe('/cases');
    expect(pathOf('/')).toBe('/');
  });

  it('derives test ids from paths', () => {
    expect(navTestId('/cases')).toBe('nav-cases');
    expect(navTestId('/cases/reports')).toBe('nav-cases-reports');
    expect(navTestId('/platform/mails')).toBe('nav-platform-mails');
  });
});
