import { Routes } from '@angular/router';

/** The municipality's effect dashboard; the parent route's roleGuard admits the roles whose menu lists `/insights`. */
export const insightsRoutes: Routes = [
  {
    path: '',
    title: 'nav.insights',
    loadComponent: () => import('./effects.page').then((m) => m.EffectsPage),
  },
];
