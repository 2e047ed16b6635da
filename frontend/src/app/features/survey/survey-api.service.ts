import { Survey, SurveyAnswerInput } from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** The public satisfaction survey: no login, the token in the link is the key. */
@Injectable({ providedIn: 'root' })
export class SurveyApiService {
  private readonly http = inject(HttpClient);

  survey(token: string): Observable<Survey> {
    return this.http.get<Survey>(`/api/surveys/${encodeURIComponent(token)}`);
  }

  answer(token: string, input: SurveyAnswerInput): Observable<void> {
    return this.http.post<void>(`/api/surveys/${encodeURIComponent(token)}`, input);
  }
}
