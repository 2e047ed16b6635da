import { COMPETENCES, TARGET_GROUPS } from '@mentor/contracts';
import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from '../../core/i18n/translation.service';

const LISTS = { target: TARGET_GROUPS, competence: COMPETENCES } as const;

/** `{{ lot.targetGroups | codeLabels: 'target' }}` → "Fleksjob, Jobparate" in the current language; impure like `t`. */
@Pipe({ name: 'codeLabels', pure: false })
export class CodeLabelsPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(codes: readonly string[] | null | undefined, kind: keyof typeof LISTS): string {
    const list: readonly { code: string; labelDa: string; labelEn: string }[] = LISTS[kind];
    return (codes ?? [])
      .map((code) => {
        const item = list.find((g) => g.code === code);
        return item ? this.i18n.label(item) : code;
      })
      .join(', ');
  }
}
