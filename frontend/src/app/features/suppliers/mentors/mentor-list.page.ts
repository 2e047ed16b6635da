import { COMPETENCES, LANGUAGES, MentorSearch } from '@mentor/contracts';
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { loadable } from '../../../core/http/loadable';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslationService } from '../../../core/i18n/translation.service';
import { TranslationKey } from '../../../core/i18n/translations';
import { CapacityBarComponent } from '../../../shared/mentors/capacity-bar.component';
import { CertificateBadgesComponent } from '../../../shared/mentors/certificate-badges.component';
import { CompetenceChipsComponent } from '../../../shared/mentors/competence-chips.component';
import { LanguageNamesPipe } from '../../../shared/mentors/language-names.pipe';
import { ACCOUNT_KEYS, LEVEL_KEYS } from '../../../shared/mentors/mentor-labels';
import { LEVELS, isoToday, warningsOf } from '../../../shared/mentors/mentor-rules';
import { mentorSearchFromQuery, mentorSearchToQuery } from '../../../shared/search/search-query';
import { SelectValueDirective } from '../../../shared/forms/select-value.directive';
import { LoadStatusComponent } from '../../../shared/ui/load-status.component';
import { PagerComponent } from '../../../shared/ui/pager.component';
import { SuppliersApiService } from '../suppliers-api.service';

const PAGE_SIZE = 20;

/** What the editor tells the list after it saved or deleted (router state). */
export interface MentorListNotice {
  notice: 'created' | 'createdInvited' | 'deleted';
  name: string;
}

const NOTICE_KEYS: Readonly<Record<MentorListNotice['notice'], TranslationKey>> = {
  created: 'mentors.created',
  createdInvited: 'mentors.createdInvited',
  deleted: 'mentors.deleted',
};

/** The supplier's mentors: search and filters kept in the URL, capacity and certificate warnings. */
@Component({
  selector: 'mm-mentor-list-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LoadStatusComponent,
    SelectValueDirective,
    PagerComponent,
    CapacityBarComponent,
    CertificateBadgesComponent,
    CompetenceChipsComponent,
    LanguageNamesPipe,
  ],
  templateUrl: './mentor-list.page.html',
  styleUrl: './mentor-list.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorListPage {
  private readonly api = inject(SuppliersApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);
  private readonly supplierId = inject(AuthService).user()?.supplierId ?? '';

  private readonly query = toSignal(this.route.queryParams, { initialValue: {} });
  protected readonly search = computed(() => mentorSearchFromQuery(this.query()));
  protected readonly mentors = loadable(() => this.api.mentors(this.supplierId, { ...this.search(), pageSize: PAGE_SIZE }));
  protected readonly draft = signal<MentorSearch>({});
  protected readonly filtered = computed(() => {
    const { page: _page, ...rest } = this.search();
    return Object.keys(rest).length > 0;
  });

  protected readonly competences = COMPETENCES;
  protected readonly languages = LANGUAGES;
  protected readonly levels = LEVELS;
  protected readonly levelKeys = LEVEL_KEYS;
  protected readonly accountKeys = ACCOUNT_KEYS;
  protected readonly today = isoToday();
  protected readonly pageSize = PAGE_SIZE;
  protected readonly notice: string | null;

  constructor() {
    effect(() => this.draft.set(this.search()));
    const state = inject(Location).getState() as Partial<MentorListNotice> | null;
    this.notice = state?.notice && NOTICE_KEYS[state.notice] ? this.i18n.t(NOTICE_KEYS[state.notice], { name: state.name ?? '' }) : null;
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected readonly warnings = warningsOf;

  protected set<K extends keyof MentorSearch>(key: K, value: MentorSearch[K], apply = false): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
    if (apply) this.apply();
  }

  protected apply(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: mentorSearchToQuery({ ...this.draft(), page: undefined }) });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: mentorSearchToQuery({ ...this.search(), page }) });
  }
}
