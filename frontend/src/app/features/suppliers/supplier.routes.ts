import { Routes } from '@angular/router';

/** The supplier portal's own screens; the parent route's roleGuard admits supplier admins only. */
export const supplierRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'profile' },
  {
    path: 'profile',
    title: 'nav.supplier.profile',
    loadComponent: () => import('./profile/supplier-profile.page').then((m) => m.SupplierProfilePage),
  },
  {
    path: 'mentors',
    title: 'nav.supplier.mentors',
    loadComponent: () => import('./mentors/mentor-list.page').then((m) => m.MentorListPage),
  },
  {
    path: 'mentors/new',
    title: 'mentor.new.title',
    loadComponent: () => import('./mentors/mentor-editor.page').then((m) => m.MentorEditorPage),
  },
  {
    path: 'users',
    title: 'nav.users',
    loadComponent: () => import('../users/users.page').then((m) => m.UsersPage),
  },
  {
    path: 'mentors/:id',
    title: 'mentor.edit.title',
    loadComponent: () => import('./mentors/mentor-editor.page').then((m) => m.MentorEditorPage),
  },
];
