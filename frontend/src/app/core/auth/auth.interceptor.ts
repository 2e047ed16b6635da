import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { isAuthEndpoint, safeReturnUrl } from './auth-rules';
import { AuthService } from './auth.service';

/**
 * 401 outside /api/auth/* means the session ended: forget the user and ask them to log in, then
 * come back. 403 means the role may never do this: show the forbidden page. The error still
 * reaches the caller, which can stop its spinner.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !isAuthEndpoint(request.url)) {
        if (error.status === 401) {
          auth.clear();
          const returnUrl = safeReturnUrl(router.url);
          void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
        } else if (error.status === 403) {
          void router.navigateByUrl('/forbidden');
        }
      }
      return throwError(() => error);
    }),
  );
};
