import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReferenceDataService } from '../../core/api/reference-data.service';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CompetenceTableComponent } from '../../shared/competence-table/competence-table.component';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';

@Component({
  selector: 'mm-competences-page',
  imports: [TranslatePipe, LoadStatusComponent, CompetenceTableComponent],
  template: `
    <header class="page-header">
      <p class="eyebrow">{{ 'nav.section.platform' | t }}</p>
      <h1>{{ 'nav.platform.competences' | t }}</h1>
      <p class="lead">{{ 'area.platform.competences' | t }}</p>
    </header>
    <mm-load-status [state]="competences.state()" (retry)="competences.reload()" />
    @if (competences.value(); as list) {
      <mm-competence-table [competences]="list" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetencesPage {
  private readonly reference = inject(ReferenceDataService);
  protected readonly competences = loadable(() => this.reference.competences());
}
