import { Routes } from '@angular/router';

/** The supplier's offers (`/supplier/offers`); the parent route's roleGuard admits supplier admins only. */
export const supplierOffersRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.supplier.offers',
    loadComponent: () => import('./offer-inbox.page').then((m) => m.OfferInboxPage),
  },
  {
    path: ':id',
    title: 'offer.title',
    loadComponent: () => import('./offer-detail.page').then((m) => m.OfferDetailPage),
  },
];
