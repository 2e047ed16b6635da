import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from '../../core/i18n/translation.service';
import { competenceLabel, languageLabel } from './mentor-rules';

/** `{{ mentor.languages | languageNames }}` → "Dansk, Arabisk"; impure because of the language. */
@Pipe({ name: 'languageNames', pure: false })
export class LanguageNamesPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(codes: readonly string[] | null | undefined): string {
    return (codes ?? []).map((code) => this.i18n.label(languageLabel(code))).join(', ');
  }
}

/** `{{ code | competenceName }}` → "Angst og stress". */
@Pipe({ name: 'competenceName', pure: false })
export class CompetenceNamePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(code: string): string {
    return this.i18n.label(competenceLabel(code));
  }
}
