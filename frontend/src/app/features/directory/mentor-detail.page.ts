import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { CapacityBarComponent } from '../../shared/mentors/capacity-bar.component';
import { LanguageNamesPipe } from '../../shared/mentors/language-names.pipe';
import { CERTIFICATE_STATUS_KEYS, GENDER_KEYS, LEVEL_KEYS, certificateKindKey } from '../../shared/mentors/mentor-labels';
import { certificateStatus, competenceLabel, isReplaced, isoToday, topCompetences } from '../../shared/mentors/mentor-rules';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { backToSearchUrl } from './back-to-search';
import { DirectoryApiService } from './directory-api.service';

/** A mentor as a municipality sees it: read-only, every competence with its level, certificates. */
@Component({
  selector: 'mm-mentor-detail-page',
  imports: [RouterLink, TranslatePipe, DatePipe, LoadStatusComponent, CapacityBarComponent, LanguageNamesPipe],
  template: `
    <p class="back"><a [routerLink]="back" data-testid="back-to-search">← {{ 'directory.backToSearch' | t }}</a></p>
    <mm-load-status [state]="mentor.state()" (retry)="mentor.reload()" />
    @if (mentor.value(); as m) {
      <header class="page-header">
        <p class="eyebrow">{{ 'directory.tab.mentors' | t }}</p>
        <h1 data-testid="mentor-detail-name">{{ m.name }}</h1>
        <p class="lead">
          <a [routerLink]="['/directory/suppliers', m.supplierId]" [state]="{ search: back }">{{ m.supplierName }}</a>
          · {{ m.postcode }} {{ m.town }} · {{ 'directory.experience' | t: { years: m.yearsOfExperience } }}
        </p>
        @if (!m.active) {
          <p class="badge badge-neutral">{{ 'mentors.inactive' | t }}</p>
        }
      </header>
      <div class="detail-grid">
        <section class="card" aria-labelledby="competences-heading">
          <h2 id="competences-heading">{{ 'mentor.section.competences' | t }}</h2>
          <table class="table">
            <caption class="visually-hidden">{{ 'mentor.section.competences' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'mentor.competence' | t }}</th>
                <th scope="col">{{ 'mentor.level' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of competences(); track c.code) {
                <tr data-testid="mentor-detail-competence">
                  <th scope="row">{{ label(c.code) }}</th>
                  <td>{{ levelKeys[c.level] | t }}</td>
                </tr>
              }
            </tbody>
          </table>
          @if (m.background) {
            <h3 class="sub">{{ 'mentor.background' | t }}</h3>
            <p class="background">{{ m.background }}</p>
          }
        </section>
        <div class="side">
          <section class="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{{ 'mentor.section.person' | t }}</h2>
            <dl class="facts">
              <dt>{{ 'mentors.col.languages' | t }}</dt>
              <dd>{{ m.languages | languageNames }}</dd>
              <dt>{{ 'mentor.gender' | t }}</dt>
              <dd>{{ genderKeys[m.gender] | t }}</dd>
              <dt>{{ 'directory.mentor.travel' | t }}</dt>
              <dd>{{ 'directory.mentor.travelKm' | t: { km: m.maxTravelKm } }}</dd>
              <dt>{{ 'directory.mentor.freeCapacity' | t }}</dt>
              <dd>
                {{ 'capacity.free' | t: { hours: m.freeCapacityHours } }}
                <mm-capacity-bar [used]="m.hoursInUse" [total]="m.weeklyCapacityHours" />
              </dd>
              <dt>{{ 'directory.mentor.contact' | t }}</dt>
              <dd>
                <a [href]="'mailto:' + m.email">{{ m.email }}</a>
                @if (m.phone) {
                  <br />{{ m.phone }}
                }
              </dd>
            </dl>
          </section>
          <section class="card" aria-labelledby="certificates-heading">
            <h2 id="certificates-heading">{{ 'mentor.section.certificates' | t }}</h2>
            @if (m.certificates.length) {
              <ul class="cert-list">
                @for (c of m.certificates; track $index) {
                  @let replaced = isReplaced(c, m.certificates);
                  @let status = statusOf(c.expiresOn);
                  <li>
                    <span class="cert-kind">{{ kindKey(c.kind) | t }}@if (c.name) {: {{ c.name }}}</span>
                    @if (replaced) {
                      <span class="badge badge-neutral">{{ 'certificate.status.replaced' | t }}</span>
                    } @else {
                      <span
                        class="badge"
                        [class.badge-ok]="status === 'valid'"
                        [class.badge-warning]="status === 'expiring'"
                        [class.badge-error]="status === 'expired'"
                        [class.badge-neutral]="status === 'unknown'"
                        >{{ statusKeys[status] | t }}</span
                      >
                    }
                    <span class="cert-dates">{{ (status === 'expired' ? 'certificate.expiredOn' : 'certificate.validUntil') | t: { date: (c.expiresOn | date) } }}</span>
                  </li>
                }
              </ul>
            } @else {
              <p class="field-hint">{{ 'mentor.certificate.none' | t }}</p>
            }
          </section>
        </div>
      </div>
    }
  `,
  styles: `
    .back { margin: 0 0 1rem; }
    .detail-grid { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
    .side { display: grid; gap: 1.5rem; }
    h2 { font-size: 1.15rem; }
    .sub { font-size: 0.95rem; margin: 1.25rem 0 0.4rem; color: var(--mm-ink-muted); }
    .background { white-space: pre-line; margin: 0; }
    .cert-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .cert-list li { display: flex; flex-wrap: wrap; gap: 0.4rem 0.75rem; align-items: center; }
    .cert-kind { font-weight: 600; }
    .cert-dates { font-size: 0.88rem; color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorDetailPage {
  private readonly api = inject(DirectoryApiService);
  private readonly i18n = inject(TranslationService);

  /** From `/directory/mentors/:id`. */
  readonly id = input.required<string>();

  protected readonly mentor = loadable(() => this.api.mentor(this.id()));
  protected readonly competences = computed(() => topCompetences(this.mentor.value()?.competences ?? [], 100));
  protected readonly back = backToSearchUrl();
  protected readonly levelKeys = LEVEL_KEYS;
  protected readonly genderKeys = GENDER_KEYS;
  protected readonly statusKeys = CERTIFICATE_STATUS_KEYS;
  protected readonly kindKey = certificateKindKey;
  protected readonly isReplaced = isReplaced;
  private readonly today = isoToday();

  protected label(code: string): string {
    return this.i18n.label(competenceLabel(code));
  }

  protected statusOf(expiresOn: string) {
    return certificateStatus(expiresOn, this.today);
  }
}
