import { Routes } from '@angular/router';
import type { ReportFormData } from './report-form.page';
import type { ReportListData } from './report-list.page';

/** The mentor's reports (`/mentor/reports`); the parent route's roleGuard admits mentors only. */
export const mentorReportRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.mentor.reports',
    loadComponent: () => import('./report-list.page').then((m) => m.ReportListPage),
    data: { eyebrow: 'nav.section.mentor', heading: 'nav.mentor.reports', lead: 'area.mentor.reports', base: '/mentor/reports', showMentor: false } satisfies ReportListData,
  },
  {
    path: ':id',
    title: 'reports.form.title',
    loadComponent: () => import('./report-form.page').then((m) => m.ReportFormPage),
    data: { base: '/mentor/reports', backKey: 'reports.back' } satisfies ReportFormData,
  },
];

/** The supplier's reports (`/supplier/courses/reports`), the same list and form; supplier admins only. */
export const supplierReportRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'reports.supplierTitle',
    loadComponent: () => import('./report-list.page').then((m) => m.ReportListPage),
    data: { eyebrow: 'nav.section.supplierPortal', heading: 'reports.supplierTitle', lead: 'reports.supplierLead', base: '/supplier/courses/reports', showMentor: true } satisfies ReportListData,
  },
  {
    path: ':id',
    title: 'reports.form.title',
    loadComponent: () => import('./report-form.page').then((m) => m.ReportFormPage),
    data: { base: '/supplier/courses/reports', backKey: 'reports.backSupplier' } satisfies ReportFormData,
  },
];

/** The caseworker's review inbox (`/cases/reports`); the parent route's roleGuard admits caseworkers only. */
export const reviewRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.cases.reports',
    loadComponent: () => import('./review-inbox.page').then((m) => m.ReviewInboxPage),
  },
  {
    path: ':id',
    title: 'reportReview.title',
    loadComponent: () => import('./review-detail.page').then((m) => m.ReviewDetailPage),
  },
];
