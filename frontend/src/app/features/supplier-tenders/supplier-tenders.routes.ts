import { Routes } from '@angular/router';

/** The supplier's tender screens under `/supplier/tenders`; the parent route's roleGuard admits supplier admins. */
export const supplierTenderRoutes: Routes = [
  {
    path: '',
    title: 'nav.supplier.tenders',
    loadComponent: () => import('./supplier-tenders.page').then((m) => m.SupplierTendersPage),
  },
  {
    path: ':id',
    title: 'overview.title',
    loadComponent: () => import('./supplier-tender.page').then((m) => m.SupplierTenderPage),
  },
];
