import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, RedirectFunction, Router } from '@angular/router';
import { canAccess, homePathFor } from '../navigation/navigation';
import { safeReturnUrl } from './auth-rules';
import { AuthService } from './auth.service';

function loginTree(router: Router, url: string) {
  const returnUrl = safeReturnUrl(url);
  return router.createUrlTree(['/login'], { queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {} });
}

/**
 * The signed-in part of the app: waits for the session check, else sends to /login?returnUrl=….
 * (Everything injected is taken before the first await: inject() only works synchronously.)
 */
export const authGuard: CanMatchFn = async (_route, segments) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  if (auth.user()) return true;
  const attempted = router.currentNavigation()?.extractedUrl.toString() ?? `/${segments.map((s) => s.path).join('/')}`;
  return loginTree(router, attempted);
};

/** The login page is for visitors; a signed-in user goes home instead. */
export const guestGuard: CanMatchFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  const user = auth.user();
  return user ? router.createUrlTree([homePathFor(user.role)]) : true;
};

/** A page (and everything below it) is open only to roles whose menu lists it. */
export const roleGuard: CanActivateFn = (_route, state) => {
  const user = inject(AuthService).user();
  const router = inject(Router);
  if (!user) return loginTree(router, state.url);
  return canAccess(user.role, state.url) ? true : router.createUrlTree(['/forbidden']);
};

/** `/` sends each role to its first menu item. */
export const redirectToHome: RedirectFunction = () => {
  const user = inject(AuthService).user();
  return user ? homePathFor(user.role) : '/login';
};
