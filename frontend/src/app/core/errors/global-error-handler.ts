import { HttpErrorResponse } from '@angular/common/http';
import { ErrorHandler, Injectable, Injector, inject } from '@angular/core';
import { Router } from '@angular/router';

/**
 * Errors nobody handled: log them and show the error page, keeping the address so a reload tries
 * the same page again. 401 and 403 were already handled by the auth interceptor.
 */
@Injectable()
export class GlobalErrorHandler implements ErrorHandler {
  // The router is looked up lazily: it depends on ErrorHandler itself.
  private readonly injector = inject(Injector);

  handleError(error: unknown): void {
    console.error(error);
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) return;
    const router = this.injector.get(Router);
    if (router.url.startsWith('/error')) return;
    void router.navigateByUrl('/error', { skipLocationChange: true });
  }
}
