import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReferenceDataService } from '../../core/api/reference-data.service';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { filterMunicipalities, regionsOf } from './municipality-filter';

@Component({
  selector: 'mm-municipalities-page',
  imports: [TranslatePipe, LoadStatusComponent],
  templateUrl: './municipalities.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalitiesPage {
  private readonly reference = inject(ReferenceDataService);

  protected readonly municipalities = loadable(() => this.reference.municipalities());
  protected readonly text = signal('');
  protected readonly region = signal('');

  protected readonly all = computed(() => this.municipalities.value() ?? []);
  protected readonly regions = computed(() => regionsOf(this.all()));
  protected readonly rows = computed(() => filterMunicipalities(this.all(), { text: this.text(), region: this.region() }));
}
