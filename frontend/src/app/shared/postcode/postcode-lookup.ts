import { HttpErrorResponse } from '@angular/common/http';
import { Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Postcode } from '@mentor/contracts';
import { Observable, catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { ReferenceDataService } from '../../core/api/reference-data.service';

export type PostcodeLookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'found'; postcode: Postcode }
  | { status: 'unknown' }
  | { status: 'unavailable' };

/**
 * The town of the postcode being typed, looked up once it has four digits, and suggestions for
 * a `<datalist>` while it is shorter or a town name. Call in an injection context.
 */
export function postcodeLookup(value: Signal<string>): { lookup: Signal<PostcodeLookup>; suggestions: Signal<Postcode[]> } {
  const reference = inject(ReferenceDataService);
  const typed$ = toObservable(value).pipe(
    map((v) => (v ?? '').trim()),
    distinctUntilChanged(),
  );

  const lookup$: Observable<PostcodeLookup> = typed$.pipe(
    switchMap((code) => {
      if (!/^\d{4}$/.test(code)) return of<PostcodeLookup>({ status: 'idle' });
      return of(code).pipe(
        debounceTime(150),
        switchMap(() => reference.postcode(code)),
        map((postcode): PostcodeLookup => ({ status: 'found', postcode })),
        catchError((error: unknown) =>
          of<PostcodeLookup>(
            error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400) ? { status: 'unknown' } : { status: 'unavailable' },
          ),
        ),
        startWith<PostcodeLookup>({ status: 'loading' }),
      );
    }),
  );

  const suggestions$ = typed$.pipe(
    debounceTime(250),
    switchMap((q) =>
      q.length >= 2 && !/^\d{4}$/.test(q) ? reference.searchPostcodes(q).pipe(catchError(() => of<Postcode[]>([]))) : of<Postcode[]>([]),
    ),
  );

  return {
    lookup: toSignal(lookup$, { initialValue: { status: 'idle' } as PostcodeLookup }),
    suggestions: toSignal(suggestions$, { initialValue: [] as Postcode[] }),
  };
}
