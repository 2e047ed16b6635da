import { Route, Routes } from '@angular/router';
import { authGuard, guestGuard, redirectToHome, roleGuard } from './core/auth/auth.guards';
import { navItemByPath } from './core/navigation/navigation';
import type { CoursesPageData } from './shared/courses/courses.page';

/**
 * A menu area that has no screens yet: the shared landing page, guarded by the same navigation
 * definition as the menu. A team building the area replaces the call with its own routes, e.g.
 * `{ path: 'cases', canActivate: [roleGuard], loadChildren: () => import('./features/cases/cases.routes') }`.
 */
export function areaRoute(path: string): Route {
  const item = navItemByPath(path);
  if (!item) throw new Error(`No menu item for ${path}`);
  return {
    path: path.slice(1),
    canActivate: [roleGuard],
    title: item.labelKey,
    data: { navPath: path },
    loadComponent: () => import('./features/area/area.page').then((m) => m.AreaPage),
  };
}

export const routes: Routes = [
  {
    path: 'login',
    canMatch: [guestGuard],
    title: 'login.title',
    loadComponent: () => import('./features/auth/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'register',
    canMatch: [guestGuard],
    title: 'register.title',
    loadComponent: () => import('./features/suppliers/registration/register.page').then((m) => m.RegisterPage),
  },
  {
    // Public: an invited user may have no session yet (and a signed-in one may accept it too).
    path: 'invitation/:token',
    title: 'invitation.title',
    loadComponent: () => import('./features/auth/invitation.page').then((m) => m.InvitationPage),
  },
  {
    // Public: asks for a password-reset link by mail.
    path: 'forgot-password',
    title: 'forgotPassword.title',
    loadComponent: () => import('./features/auth/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    // Public: the link in the reset mail; the token is the key.
    path: 'reset-password/:token',
    title: 'resetPassword.title',
    loadComponent: () => import('./features/auth/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    // Public: the satisfaction survey after a course, opened from a link without logging in.
    path: 'survey/:token',
    title: 'survey.title',
    loadComponent: () => import('./features/survey/survey.page').then((m) => m.SurveyPage),
  },
  {
    path: 'error',
    title: 'errors.error.title',
    loadComponent: () => import('./features/errors/error.page').then((m) => m.ErrorPage),
  },
  {
    path: '',
    canMatch: [authGuard],
    loadComponent: () => import('./features/shell/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToHome },
      {
        path: 'procurement',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/procurement/procurement.routes').then((m) => m.procurementRoutes),
      },
      {
        path: 'directory',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/directory/directory.routes').then((m) => m.directoryRoutes),
      },
      {
        path: 'cases/reports',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/reports/reports.routes').then((m) => m.reviewRoutes),
      },
      {
        path: 'cases',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/cases/cases.routes').then((m) => m.casesRoutes),
      },
      {
        // The municipality's user administration; the supplier portal has the same page at /supplier/users.
        path: 'admin/users',
        canActivate: [roleGuard],
        title: 'nav.users',
        loadComponent: () => import('./features/users/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'admin/municipality',
        canActivate: [roleGuard],
        title: 'settings.title',
        loadComponent: () => import('./features/municipality-admin/municipality-settings.page').then((m) => m.MunicipalitySettingsPage),
      },
      {
        path: 'insights',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/insights/insights.routes').then((m) => m.insightsRoutes),
      },
      {
        path: 'supplier/tenders',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/supplier-tenders/supplier-tenders.routes').then((m) => m.supplierTenderRoutes),
      },
      {
        path: 'supplier/offers',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/supplier-offers/supplier-offers.routes').then((m) => m.supplierOffersRoutes),
      },
      {
        path: 'supplier/scorecard',
        canActivate: [roleGuard],
        title: 'nav.supplier.scorecard',
        loadComponent: () => import('./features/insights/scorecard.page').then((m) => m.ScorecardPage),
      },
      {
        path: 'supplier/courses/reports',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/reports/reports.routes').then((m) => m.supplierReportRoutes),
      },
      {
        path: 'supplier/courses',
        canActivate: [roleGuard],
        title: 'nav.supplier.courses',
        loadComponent: () => import('./shared/courses/courses.page').then((m) => m.CoursesPage),
        data: { eyebrow: 'nav.section.supplierPortal', heading: 'nav.supplier.courses', lead: 'area.supplier.courses', emptyActive: 'courses.emptyActive', showMentor: true, reportsPath: '/supplier/courses/reports' } satisfies CoursesPageData,
      },
      {
        path: 'supplier',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/suppliers/supplier.routes').then((m) => m.supplierRoutes),
      },
      {
        path: 'mentor/courses',
        canActivate: [roleGuard],
        title: 'nav.mentor.courses',
        loadComponent: () => import('./shared/courses/courses.page').then((m) => m.CoursesPage),
        data: { eyebrow: 'nav.section.mentor', heading: 'nav.mentor.courses', lead: 'area.mentor.courses', emptyActive: 'courses.emptyActiveMentor', showMentor: false, reportsPath: '/mentor/reports' } satisfies CoursesPageData,
      },
      {
        path: 'mentor/reports',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/reports/reports.routes').then((m) => m.mentorReportRoutes),
      },
      {
        path: 'platform',
        canActivate: [roleGuard],
        loadChildren: () => import('./features/platform/platform.routes').then((m) => m.platformRoutes),
      },
      {
        // Every signed-in role (see ACCOUNT_PATHS in navigation.ts); reached from the header.
        path: 'account/password',
        title: 'changePassword.title',
        loadComponent: () => import('./features/account/change-password.page').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'forbidden',
        title: 'errors.forbidden.title',
        loadComponent: () => import('./features/errors/forbidden.page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: 'errors.notFound.title',
        loadComponent: () => import('./features/errors/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
