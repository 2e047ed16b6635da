import { Routes } from '@angular/router';

/** The platform administrator's screens; the parent route's roleGuard admits only that role. */
export const platformRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'municipalities' },
  {
    path: 'municipalities',
    title: 'nav.platform.municipalities',
    loadComponent: () => import('./municipalities.page').then((m) => m.MunicipalitiesPage),
  },
  {
    path: 'competences',
    title: 'nav.platform.competences',
    loadComponent: () => import('./competences.page').then((m) => m.CompetencesPage),
  },
  {
    path: 'mails',
    title: 'nav.platform.mails',
    loadComponent: () => import('./mails.page').then((m) => m.MailsPage),
  },
  {
    path: 'health',
    title: 'nav.platform.health',
    loadComponent: () => import('./health.page').then((m) => m.HealthPage),
  },
];
