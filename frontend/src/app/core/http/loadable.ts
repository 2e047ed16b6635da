import { Signal, computed, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, valueOf } from './load-state';

export interface Loadable<T> {
  readonly state: Signal<LoadState<T>>;
  /** The last loaded value, or undefined while loading or after an error. */
  readonly value: Signal<T | undefined>;
  reload(): void;
}

/**
 * Turns a request into signals. Signals read while building the request (a page number, a filter)
 * are tracked: when they change, the request is rebuilt and the previous one cancelled. Call it in
 * a field initialiser (it needs an injection context).
 *
 *   readonly mails = loadable(() => this.api.mails(this.page()));
 */
export function loadable<T>(request: () => Observable<T>): Loadable<T> {
  const attempt = signal(0);
  const request$ = computed(() => {
    attempt();
    return request();
  });
  const state = toSignal(
    toObservable(request$).pipe(
      switchMap((source) =>
        source.pipe(
          map((value): LoadState<T> => ({ status: 'ready', value })),
          catchError((error: unknown) => of<LoadState<T>>({ status: 'error', error })),
          startWith(LOADING),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
  return {
    state,
    value: computed(() => valueOf(state())),
    reload: () => attempt.update((n) => n + 1),
  };
}
