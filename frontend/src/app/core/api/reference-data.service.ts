import { Competence, Municipality, Postcode } from '@mentor/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, shareReplay, throwError } from 'rxjs';

/**
 * Reference data that rarely changes and many screens need (the header's municipality name,
 * competence labels): fetched once per session and shared. A failed fetch is not cached.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceDataService {
  private readonly http = inject(HttpClient);
  private municipalities$?: Observable<Municipality[]>;
  private competences$?: Observable<Competence[]>;

  municipalities(): Observable<Municipality[]> {
    this.municipalities$ ??= this.cached(this.http.get<Municipality[]>('/api/municipalities'), () => {
      this.municipalities$ = undefined;
    });
    return this.municipalities$;
  }

  competences(): Observable<Competence[]> {
    this.competences$ ??= this.cached(this.http.get<Competence[]>('/api/competences'), () => {
      this.competences$ = undefined;
    });
    return this.competences$;
  }

  /** One Danish postcode with its town; 404 when there is no such postcode. */
  postcode(code: string): Observable<Postcode> {
    return this.http.get<Postcode>(`/api/postcodes/${encodeURIComponent(code)}`);
  }

  /** Postcodes whose number starts with, or whose town contains, the text (at most 20). */
  searchPostcodes(q: string): Observable<Postcode[]> {
    return this.http.get<Postcode[]>('/api/postcodes', { params: new HttpParams().set('q', q) });
  }

  private cached<T>(source: Observable<T>, forget: () => void): Observable<T> {
    return source.pipe(
      catchError((error: unknown) => {
        forget();
        return throwError(() => error);
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
  }
}
