import { MatchComponents, MunicipalitySettings } from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** `PUT /api/municipality/settings`: the fields to change (the contracts have no type for the update). */
export interface MunicipalitySettingsUpdate {
  matchingWeights?: MatchComponents;
  offerAnswerWorkingDays?: number;
  reportDueDay?: number;
  reportReminderDaysBefore?: number;
}

/** The municipality administrator's calls: the matching weights, the answer time for offers and the report due dates. */
@Injectable({ providedIn: 'root' })
export class MunicipalityAdminApiService {
  private readonly http = inject(HttpClient);

  settings(): Observable<MunicipalitySettings> {
    return this.http.get<MunicipalitySettings>('/api/municipality/settings');
  }

  updateSettings(update: MunicipalitySettingsUpdate): Observable<MunicipalitySettings> {
    return this.http.put<MunicipalitySettings>('/api/municipality/settings', update);
  }
}
