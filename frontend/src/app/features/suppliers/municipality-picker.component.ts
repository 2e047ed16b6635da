import { Municipality } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, input, model, signal } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { RegionGroup, ServedArea, groupByRegion, isServed, regionSummary, toggleMunicipality, toggleRegion } from '../../shared/served-area/served-area';

/**
 * The municipalities a supplier serves, grouped by region: a "whole region" checkbox per region
 * and, behind a disclosure button, the region's municipalities one by one.
 */
@Component({
  selector: 'mm-municipality-picker',
  imports: [TranslatePipe],
  template: `
    <fieldset class="plain picker" [attr.aria-describedby]="idPrefix() + '-hint' + (error() ? ' ' + idPrefix() + '-error' : '')">
      <legend>{{ 'served.legend' | t }}<span class="required-mark" aria-hidden="true">*</span></legend>
      <p class="field-hint" [id]="idPrefix() + '-hint'">{{ 'served.hint' | t }}</p>
      <p class="picker-summary" aria-live="polite">
        @if (total().regions + total().municipalities === 0) {
          {{ 'served.none' | t }}
        } @else {
          {{ 'served.summary' | t: { regions: total().regions, municipalities: total().municipalities } }}
        }
      </p>
      <div aria-live="polite">
        @if (error(); as message) {
          <p class="field-error" [id]="idPrefix() + '-error'" [attr.data-testid]="idPrefix() + '-error'">{{ message }}</p>
        }
      </div>
      <ul class="regions">
        @for (group of groups(); track group.region; let i = $index) {
          @let summary = summaryOf(group);
          <li class="region" [class.is-chosen]="summary.selected > 0">
            <div class="region-head">
              <span class="region-name" [id]="idPrefix() + '-region-' + i">{{ group.region }}</span>
              <span class="region-count">{{ 'served.count' | t: { selected: summary.selected, total: summary.total } }}</span>
              <label class="check region-whole">
                <input
                  type="checkbox"
                  [checked]="summary.whole"
                  [attr.aria-describedby]="idPrefix() + '-region-' + i"
                  [attr.data-testid]="'served-region-' + slug(group.region)"
                  (change)="setRegion(group.region, $any($event.target).checked)"
                />
                {{ 'served.wholeRegion' | t }}
              </label>
              <button
                type="button"
                class="btn btn-quiet btn-small"
                [attr.aria-expanded]="isOpen(group.region)"
                [attr.aria-controls]="idPrefix() + '-list-' + i"
                [attr.aria-describedby]="idPrefix() + '-region-' + i"
                (click)="toggleOpen(group.region)"
              >
                <span class="chevron" aria-hidden="true"></span>
                {{ (isOpen(group.region) ? 'served.hideMunicipalities' : 'served.showMunicipalities') | t }}
              </button>
            </div>
            <ul class="check-grid municipality-list" [id]="idPrefix() + '-list-' + i" [hidden]="!isOpen(group.region)" [attr.aria-labelledby]="idPrefix() + '-region-' + i">
              @for (municipality of group.municipalities; track municipality.code) {
                <li>
                  <label class="check">
                    <input
                      type="checkbox"
                      [checked]="served(municipality)"
                      [attr.data-testid]="'served-municipality-' + municipality.code"
                      (change)="setMunicipality(municipality, $any($event.target).checked)"
                    />
                    {{ municipality.name }}
                  </label>
                </li>
              }
            </ul>
          </li>
        }
      </ul>
    </fieldset>
  `,
  styles: `
    .picker-summary { margin: 0.25rem 0 0.5rem; font-size: 0.92rem; color: var(--mm-ink-muted); }
    .regions { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .region { border: 1px solid var(--mm-border); border-radius: var(--mm-radius-sm); padding: 0.5rem 0.75rem; }
    .region.is-chosen { border-color: var(--mm-info-border); background: #f7fafd; }
    .region-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 1rem; }
    .region-name { font-weight: 600; flex: 1 1 12rem; }
    .region-count { font-size: 0.88rem; color: var(--mm-ink-muted); font-variant-numeric: tabular-nums; }
    .region-whole { font-weight: 600; }
    .municipality-list { margin: 0.75rem 0 0.35rem; }
    .municipality-list[hidden] { display: none; }
    .chevron { width: 0.45rem; height: 0.45rem; border-right: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: rotate(45deg) translateY(-0.1rem); transition: transform 0.12s ease; }
    [aria-expanded='true'] .chevron { transform: rotate(-135deg) translateY(-0.1rem); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalityPickerComponent {
  readonly municipalities = input.required<readonly Municipality[]>();
  readonly area = model.required<ServedArea>();
  readonly idPrefix = input('served');
  /** An error to show (required, or what the server said). */
  readonly error = input<string | null>(null);

  private readonly open = signal<ReadonlySet<string>>(new Set());

  protected readonly groups = computed(() => groupByRegion(this.municipalities()));
  protected readonly total = computed(() => ({ regions: this.area().regions.length, municipalities: this.area().municipalities.length }));

  protected summaryOf(group: RegionGroup) {
    return regionSummary(this.area(), group);
  }

  protected served(municipality: Municipality): boolean {
    return isServed(this.area(), municipality);
  }

  protected setRegion(region: string, on: boolean): void {
    this.area.set(toggleRegion(this.area(), region, this.municipalities(), on));
  }

  protected setMunicipality(municipality: Municipality, on: boolean): void {
    this.area.set(toggleMunicipality(this.area(), municipality, this.municipalities(), on));
  }

  protected isOpen(region: string): boolean {
    return this.open().has(region);
  }

  protected toggleOpen(region: string): void {
    const next = new Set(this.open());
    if (!next.delete(region)) next.add(region);
    this.open.set(next);
  }

  /** "Region Sjælland" → "sjaelland", a stable test id. */
  protected slug(region: string): string {
    return region
      .replace(/^Region\s+/i, '')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]+/g, '-');
  }
}
