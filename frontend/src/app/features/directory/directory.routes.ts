import { Routes } from '@angular/router';

/** The municipal directory of mentors and suppliers; the parent route's roleGuard decides who may. */
export const directoryRoutes: Routes = [
  {
    path: '',
    title: 'nav.directory',
    loadComponent: () => import('./directory.page').then((m) => m.DirectoryPage),
  },
  {
    path: 'mentors/:id',
    title: 'directory.tab.mentors',
    loadComponent: () => import('./mentor-detail.page').then((m) => m.MentorDetailPage),
  },
  {
    path: 'suppliers/:id/scorecard',
    title: 'scorecard.title',
    loadComponent: () => import('../insights/scorecard.page').then((m) => m.ScorecardPage),
  },
  {
    path: 'suppliers/:id',
    title: 'directory.tab.suppliers',
    loadComponent: () => import('./supplier-detail.page').then((m) => m.SupplierDetailPage),
  },
];
