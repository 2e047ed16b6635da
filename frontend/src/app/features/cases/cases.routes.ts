import { Routes } from '@angular/router';

/** The caseworker's screens; the parent route's roleGuard admits caseworkers only. */
export const casesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.cases',
    loadComponent: () => import('./case-list.page').then((m) => m.CaseListPage),
  },
  {
    path: 'new',
    title: 'caseForm.title',
    loadComponent: () => import('./case-form.page').then((m) => m.CaseFormPage),
  },
  {
    path: ':id',
    title: 'case.title',
    loadComponent: () => import('./case-detail.page').then((m) => m.CaseDetailPage),
  },
  {
    path: ':id/requests/new',
    title: 'request.title',
    loadComponent: () => import('./request-form.page').then((m) => m.RequestFormPage),
  },
  {
    path: ':id/requests/:rid',
    title: 'match.title',
    loadComponent: () => import('./match-list.page').then((m) => m.MatchListPage),
  },
];
