import { EffectsQuery, TARGET_GROUPS } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { SelectValueDirective } from '../../shared/forms/select-value.directive';
import { effectsQueryToQuery } from '../../shared/search/search-query';
import { Option, filtersFromForm } from './effects-view';

/**
 * The filters of the effect dashboard and the scorecard: period, target group, supplier (only when
 * `supplierOptions` is given) and agreement. Field ids and test ids start with `idPrefix`
 * (`effects-filter-from`, `scorecard-apply` …). Emits the chosen filters on submit and none on
 * reset; the page puts them in the URL query, which comes back as `query`.
 */
@Component({
  selector: 'mm-insights-filters',
  imports: [TranslatePipe, SelectValueDirective],
  template: `
    @let id = idPrefix();
    <form
      #form
      class="filters"
      role="search"
      [attr.aria-label]="'insights.filter.label' | t"
      (submit)="$event.preventDefault(); queryChange.emit(fromForm(form))"
      [attr.data-testid]="id + '-filters'"
    >
      <div class="field">
        <label [for]="id + '-from'">{{ 'insights.filter.from' | t }}</label>
        <input [id]="id + '-from'" name="from" type="date" [value]="query().from ?? ''" [attr.data-testid]="id + '-filter-from'" />
      </div>
      <div class="field">
        <label [for]="id + '-to'">{{ 'insights.filter.to' | t }}</label>
        <input [id]="id + '-to'" name="to" type="date" [value]="query().to ?? ''" [attr.data-testid]="id + '-filter-to'" />
      </div>
      <div class="field">
        <label [for]="id + '-target-group'">{{ 'insights.filter.targetGroup' | t }}</label>
        <select [id]="id + '-target-group'" name="targetGroup" [mmValue]="query().targetGroup ?? ''" [attr.data-testid]="id + '-filter-target-group'">
          <option value="">{{ 'insights.filter.anyTargetGroup' | t }}</option>
          @for (g of targetGroups; track g.code) {
            <option [value]="g.code">{{ label(g) }}</option>
          }
        </select>
      </div>
      @if (supplierOptions(); as suppliers) {
        <div class="field">
          <label [for]="id + '-supplier'">{{ 'insights.filter.supplier' | t }}</label>
          <select [id]="id + '-supplier'" name="supplierId" [mmValue]="query().supplierId ?? ''" [attr.data-testid]="id + '-filter-supplier'">
            <option value="">{{ 'insights.filter.anySupplier' | t }}</option>
            @for (s of suppliers; track s.id) {
              <option [value]="s.id">{{ s.label }}</option>
            }
          </select>
        </div>
      }
      <div class="field">
        <label [for]="id + '-agreement'">{{ 'insights.filter.agreement' | t }}</label>
        <select [id]="id + '-agreement'" name="agreementId" [mmValue]="query().agreementId ?? ''" [attr.data-testid]="id + '-filter-agreement'">
          <option value="">{{ 'insights.filter.anyAgreement' | t }}</option>
          @for (a of agreementOptions(); track a.id) {
            <option [value]="a.id">{{ a.label }}</option>
          }
        </select>
      </div>
      <div class="field field-actions">
        <button type="submit" class="btn btn-secondary" [attr.data-testid]="id + '-apply'">{{ 'insights.filter.apply' | t }}</button>
        @if (filtered()) {
          <button type="button" class="btn btn-quiet" (click)="queryChange.emit({})" [attr.data-testid]="id + '-reset'">{{ 'insights.filter.reset' | t }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    :host { display: block; }
    .field-actions { flex: 0 0 auto; flex-direction: row; align-items: flex-end; gap: 0.5rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InsightsFiltersComponent {
  private readonly i18n = inject(TranslationService);

  /** `effects` or `scorecard`: the start of the fields' ids and test ids. */
  readonly idPrefix = input.required<string>();
  /** The filters in force (from the URL query). */
  readonly query = input.required<EffectsQuery>();
  /** The suppliers to choose from; without them there is no supplier filter. */
  readonly supplierOptions = input<readonly Option[]>();
  readonly agreementOptions = input.required<readonly Option[]>();
  /** The filters to show: those of the form on submit, none on reset. */
  readonly queryChange = output<EffectsQuery>();

  protected readonly targetGroups = TARGET_GROUPS;
  protected readonly filtered = computed(() => Object.keys(effectsQueryToQuery(this.query())).length > 0);

  protected fromForm(form: HTMLFormElement): EffectsQuery {
    return filtersFromForm(new FormData(form));
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }
}
