import { Competence } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The competence taxonomy as a table: code, Danish and English label, as the API gives them. */
@Component({
  selector: 'mm-competence-table',
  imports: [TranslatePipe],
  template: `
    <div class="table-wrap">
      <table class="table">
        <caption>
          {{ caption() ?? ('competences.caption' | t) }}
          <span class="caption-meta">{{ 'competences.count' | t: { total: competences().length } }}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'competences.col.code' | t }}</th>
            <th scope="col">{{ 'competences.col.labelDa' | t }}</th>
            <th scope="col">{{ 'competences.col.labelEn' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (competence of competences(); track competence.code) {
            <tr>
              <td><code>{{ competence.code }}</code></td>
              <td lang="da">{{ competence.labelDa }}</td>
              <td lang="en">{{ competence.labelEn }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceTableComponent {
  readonly competences = input.required<readonly Competence[]>();
  readonly caption = input<string>();
}
