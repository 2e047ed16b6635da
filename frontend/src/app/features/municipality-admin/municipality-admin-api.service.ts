import { MatchComponents } from '@mentor/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** GET/PUT /api/municipality/settings (the API's MunicipalitySettings; not in the contracts lib yet). */
export interface MunicipalitySettings {
  municipalityCode: string;
  matchingWeights: MatchComponents;
  usesDefaultWeights: boolean;
  offerAnswerWorkingDays: number;
}

export interface MunicipalitySettingsUpdate {
  matchingWeights?: MatchComponents;
  offerAnswerWorkingDays?: number;
}

/** The municipality administrator's calls: the matching weights and the answer time for offers. */
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
