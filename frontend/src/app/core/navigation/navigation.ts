import type { Role } from '@mentor/contracts';
import type { TranslationKey } from '../i18n/translations';

/**
 * Which areas each role sees, in one place: the menu, the home page per role and the route guard
 * all read this, so a link a role cannot see is also a page it cannot open. Framework-free, so it
 * is unit-tested without Angular.
 */
export interface NavItem {
  /** Absolute app path, e.g. `/cases/reports`. */
  path: string;
  labelKey: TranslationKey;
  /** What the area is for, shown on its landing page. */
  descriptionKey: TranslationKey;
}

export interface NavSection {
  titleKey: TranslationKey;
  items: readonly NavItem[];
}

const item = (path: string, labelKey: TranslationKey, descriptionKey: TranslationKey): NavItem => ({
  path,
  labelKey,
  descriptionKey,
});

const DIRECTORY = item('/directory', 'nav.directory', 'area.directory');
const INSIGHTS = item('/insights', 'nav.insights', 'area.insights');

const NAVIGATION: Readonly<Record<Role, readonly NavSection[]>> = {
  procurement_officer: [
    {
      titleKey: 'nav.section.procurement',
      items: [
        item('/procurement/tenders', 'nav.procurement.tenders', 'area.procurement.tenders'),
        item('/procurement/agreements', 'nav.procurement.agreements', 'area.procurement.agreements'),
        INSIGHTS,
        DIRECTORY,
      ],
    },
  ],
  caseworker: [
    {
      titleKey: 'nav.section.casework',
      items: [
        item('/cases', 'nav.cases', 'area.cases'),
        item('/cases/reports', 'nav.cases.reports', 'area.cases.reports'),
        DIRECTORY,
      ],
    },
  ],
  municipality_admin: [
    {
      titleKey: 'nav.section.municipality',
      items: [
        item('/admin/municipality', 'nav.admin.municipality', 'area.admin.municipality'),
        item('/admin/users', 'nav.users', 'area.users'),
        INSIGHTS,
        DIRECTORY,
      ],
    },
  ],
  supplier_admin: [
    {
      titleKey: 'nav.section.supplierPortal',
      items: [
        item('/supplier/profile', 'nav.supplier.profile', 'area.supplier.profile'),
        item('/supplier/mentors', 'nav.supplier.mentors', 'area.supplier.mentors'),
        item('/supplier/tenders', 'nav.supplier.tenders', 'area.supplier.tenders'),
        item('/supplier/offers', 'nav.supplier.offers', 'area.supplier.offers'),
        item('/supplier/courses', 'nav.supplier.courses', 'area.supplier.courses'),
        item('/supplier/scorecard', 'nav.supplier.scorecard', 'area.supplier.scorecard'),
        item('/supplier/users', 'nav.users', 'area.users'),
      ],
    },
  ],
  mentor: [
    {
      titleKey: 'nav.section.mentor',
      items: [
        item('/mentor/courses', 'nav.mentor.courses', 'area.mentor.courses'),
        item('/mentor/reports', 'nav.mentor.reports', 'area.mentor.reports'),
      ],
    },
  ],
  platform_admin: [
    {
      titleKey: 'nav.section.platform',
      items: [
        item('/platform/municipalities', 'nav.platform.municipalities', 'area.platform.municipalities'),
        item('/platform/competences', 'nav.platform.competences', 'area.platform.competences'),
        item('/platform/mails', 'nav.platform.mails', 'area.platform.mails'),
        item('/platform/health', 'nav.platform.health', 'area.platform.health'),
        DIRECTORY,
      ],
    },
  ],
};

export function navigationFor(role: Role): readonly NavSection[] {
  return NAVIGATION[role] ?? [];
}

export function navItemsFor(role: Role): NavItem[] {
  return navigationFor(role).flatMap((section) => section.items);
}

/** Where a role lands after login and on `/`: its first menu item. */
export function homePathFor(role: Role): string {
  return navItemsFor(role)[0]?.path ?? '/forbidden';
}

/** Every menu item of every role, once per path. */
export function allNavItems(): NavItem[] {
  const byPath = new Map<string, NavItem>();
  for (const sections of Object.values(NAVIGATION)) {
    for (const section of sections) for (const entry of section.items) byPath.set(entry.path, entry);
  }
  return [...byPath.values()];
}

export function navItemByPath(path: string): NavItem | undefined {
  return allNavItems().find((entry) => entry.path === path);
}

/** The path part of a router URL: no query, fragment, matrix parameters or trailing slash. */
export function pathOf(url: string): string {
  const path = url.split(/[?#;]/)[0].replace(/\/+$/, '');
  return path.startsWith('/') ? path : `/${path}`;
}

function isWithin(path: string, area: string): boolean {
  return path === area || path.startsWith(`${area}/`);
}

/** Pages every signed-in user has, whatever the role, outside the menu (reached from the header). */
export const ACCOUNT_PATHS: readonly string[] = ['/account/password'];

/**
 * A role may open a menu path and everything below it (`/cases` covers `/cases/42`), and the
 * account pages every signed-in user has.
 */
export function canAccess(role: Role, url: string): boolean {
  const path = pathOf(url);
  return ACCOUNT_PATHS.includes(path) || navItemsFor(role).some((entry) => isWithin(path, entry.path));
}

/** The menu item to mark as current: the most specific one containing the URL. */
export function activeNavPath(role: Role, url: string): string | undefined {
  const path = pathOf(url);
  return navItemsFor(role)
    .filter((entry) => isWithin(path, entry.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** `/cases/reports` → `nav-cases-reports`, the stable hook browser tests use. */
export function navTestId(path: string): string {
  return `nav-${path.replace(/^\/+/, '').replace(/\//g, '-')}`;
}
