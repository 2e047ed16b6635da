import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReferenceDataService } from '../../core/api/reference-data.service';
import { loadable } from '../../core/http/loadable';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CapacityBarComponent } from '../../shared/mentors/capacity-bar.component';
import { CertificateBadgesComponent } from '../../shared/mentors/certificate-badges.component';
import { CompetenceChipsComponent } from '../../shared/mentors/competence-chips.component';
import { LanguageNamesPipe } from '../../shared/mentors/language-names.pipe';
import { ORGANISATION_TYPE_KEYS } from '../../shared/mentors/mentor-labels';
import { isoToday, warningsOf } from '../../shared/mentors/mentor-rules';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { fromServed, servedNames } from '../../shared/served-area/served-area';
import { backToSearchUrl } from './back-to-search';
import { DirectoryApiService } from './directory-api.service';

/** A supplier as a municipality sees it, with its active mentors. */
@Component({
  selector: 'mm-supplier-detail-page',
  imports: [RouterLink, TranslatePipe, LoadStatusComponent, CapacityBarComponent, CertificateBadgesComponent, CompetenceChipsComponent, LanguageNamesPipe],
  template: `
    <p class="back"><a [routerLink]="back" data-testid="back-to-search">← {{ 'directory.backToSearch' | t }}</a></p>
    <mm-load-status [state]="supplier.state()" (retry)="supplier.reload()" />
    @if (supplier.value(); as s) {
      <header class="page-header">
        <p class="eyebrow">{{ organisationTypeKeys[s.organisationType] | t }}</p>
        <h1 data-testid="supplier-detail-name">{{ s.name }}</h1>
        @if (s.description) {
          <p class="lead">{{ s.description }}</p>
        }
        <p class="scorecard-link"><a [routerLink]="['/directory/suppliers', s.id, 'scorecard']" data-testid="supplier-scorecard-link">{{ 'scorecard.link' | t }} →</a></p>
      </header>
      <div class="detail-grid">
        <section class="card" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{{ 'supplier.profile.details' | t }}</h2>
          <dl class="facts">
            <dt>{{ 'supplier.field.cvr' | t }}</dt>
            <dd>{{ s.cvr }}</dd>
            <dt>{{ 'supplier.field.address' | t }}</dt>
            <dd>{{ s.address }}, {{ s.postcode }} {{ s.town }}</dd>
            <dt>{{ 'supplier.field.email' | t }}</dt>
            <dd><a [href]="'mailto:' + s.email">{{ s.email }}</a></dd>
            <dt>{{ 'supplier.field.phone' | t }}</dt>
            <dd>{{ s.phone }}</dd>
            <dt>{{ 'supplier.profile.capacity' | t }}</dt>
            <dd><mm-capacity-bar [used]="s.hoursInUse" [total]="s.weeklyCapacityHours" /></dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="area-heading">
          <h2 id="area-heading">{{ 'supplier.profile.area' | t }}</h2>
          @if (served(); as area) {
            @for (region of area.regions; track region) {
              <span class="badge badge-info">{{ region }} {{ 'served.wholeRegionSuffix' | t }}</span>
            }
            @if (area.municipalities.length) {
              <p class="municipalities">{{ area.municipalities.join(', ') }}</p>
            }
          }
        </section>
      </div>

      <section class="mentors" aria-labelledby="mentors-heading">
        <h2 id="mentors-heading">{{ 'directory.supplier.mentors' | t }}</h2>
        @if (activeMentors().length) {
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{{ 'directory.supplier.mentors' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'mentors.col.name' | t }}</th>
                  <th scope="col">{{ 'mentors.col.competences' | t }}</th>
                  <th scope="col">{{ 'mentors.col.languages' | t }}</th>
                  <th scope="col">{{ 'mentors.col.capacity' | t }}</th>
                  <th scope="col">{{ 'mentors.col.certificates' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (m of activeMentors(); track m.id) {
                  <tr data-testid="supplier-detail-mentor">
                    <th scope="row">
                      <a [routerLink]="['/directory/mentors', m.id]" [state]="{ search: back }">{{ m.name }}</a>
                      <span class="sub">{{ m.postcode }} {{ m.town }}</span>
                    </th>
                    <td><mm-competence-chips [competences]="m.competences" /></td>
                    <td>{{ m.languages | languageNames }}</td>
                    <td><mm-capacity-bar [used]="m.hoursInUse" [total]="m.weeklyCapacityHours" /></td>
                    <td><mm-certificate-badges [warnings]="warnings(m, today)" /></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="empty">{{ 'directory.supplier.noMentors' | t }}</p>
        }
      </section>
    }
  `,
  styles: `
    .back { margin: 0 0 1rem; }
    .scorecard-link { margin: 0.5rem 0 0; font-weight: 600; }
    .detail-grid { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; margin-bottom: 1.5rem; }
    h2 { font-size: 1.15rem; }
    .badge { margin: 0 0.3rem 0.3rem 0; }
    .municipalities { margin: 0.5rem 0 0; }
    .sub { display: block; font-weight: 400; font-size: 0.85rem; color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierDetailPage {
  private readonly reference = inject(ReferenceDataService);
  private readonly api = inject(DirectoryApiService);

  /** From `/directory/suppliers/:id`. */
  readonly id = input.required<string>();

  protected readonly supplier = loadable(() => this.api.supplier(this.id()));
  protected readonly municipalities = loadable(() => this.reference.municipalities());
  protected readonly activeMentors = computed(() => (this.supplier.value()?.mentors ?? []).filter((m) => m.active));
  protected readonly served = computed(() => {
    const s = this.supplier.value();
    const all = this.municipalities.value() ?? [];
    return s ? servedNames(fromServed(s.municipalitiesServed, s.regionsServed, all), all) : null;
  });
  protected readonly back = backToSearchUrl();
  protected readonly organisationTypeKeys = ORGANISATION_TYPE_KEYS;
  protected readonly warnings = warningsOf;
  protected readonly today = isoToday();
}
