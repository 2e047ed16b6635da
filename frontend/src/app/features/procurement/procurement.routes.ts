import { Routes } from '@angular/router';

/** The procurement officer's screens; the parent route's roleGuard admits the menu's paths and below. */
export const procurementRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'tenders' },
  {
    path: 'tenders',
    title: 'nav.procurement.tenders',
    loadComponent: () => import('./tenders.page').then((m) => m.TendersPage),
  },
  {
    path: 'tenders/new',
    title: 'wizard.new.title',
    loadComponent: () => import('./tender-wizard.page').then((m) => m.TenderWizardPage),
  },
  {
    path: 'tenders/:id/edit',
    title: 'wizard.edit.title',
    loadComponent: () => import('./tender-wizard.page').then((m) => m.TenderWizardPage),
  },
  {
    path: 'tenders/:id',
    title: 'overview.title',
    loadComponent: () => import('./tender-overview.page').then((m) => m.TenderOverviewPage),
  },
  {
    path: 'agreements',
    title: 'nav.procurement.agreements',
    loadComponent: () => import('./agreements.page').then((m) => m.AgreementsPage),
  },
];
