import { COMPETENCES, LANGUAGES, MAX_WEEKLY_CAPACITY_HOURS, MentorSearch, ORGANISATION_TYPES, SupplierSearch } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, viewChildren } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { of } from 'rxjs';
import { ReferenceDataService } from '../../core/api/reference-data.service';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import { CapacityBarComponent } from '../../shared/mentors/capacity-bar.component';
import { CompetenceChipsComponent } from '../../shared/mentors/competence-chips.component';
import { LanguageNamesPipe } from '../../shared/mentors/language-names.pipe';
import { CERTIFICATE_KIND_KEYS, CERTIFICATE_STATUS_KEYS, LEVEL_KEYS, ORGANISATION_TYPE_KEYS } from '../../shared/mentors/mentor-labels';
import { LEVELS, certificateOfKind, isoToday } from '../../shared/mentors/mentor-rules';
import { postcodeLookup } from '../../shared/postcode/postcode-lookup';
import { PostcodeStatusComponent } from '../../shared/postcode/postcode-status.component';
import {
  DIRECTORY_CERTIFICATES,
  DirectoryTab,
  MENTOR_SORTS,
  SUPPLIER_SORTS,
  mentorSearchFromQuery,
  mentorSearchToQuery,
  supplierSearchFromQuery,
  supplierSearchToQuery,
  switchTabQuery,
  tabFromQuery,
} from '../../shared/search/search-query';
import { SelectValueDirective } from '../../shared/forms/select-value.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { DirectoryApiService } from './directory-api.service';

const PAGE_SIZE = 20;

const SORT_KEYS: Readonly<Record<string, TranslationKey>> = {
  name: 'directory.sort.name',
  '-name': 'directory.sort.-name',
  freeCapacity: 'directory.sort.freeCapacity',
  '-freeCapacity': 'directory.sort.-freeCapacity',
  experience: 'directory.sort.experience',
  '-experience': 'directory.sort.-experience',
  distance: 'directory.sort.distance',
  capacity: 'directory.sort.capacity',
  '-capacity': 'directory.sort.-capacity',
  newest: 'directory.sort.newest',
};

/**
 * The municipal directory: mentors across suppliers, and suppliers. Every filter is in the URL
 * query, so a search is a bookmark and the back button steps through earlier searches.
 */
@Component({
  selector: 'mm-directory-page',
  imports: [
    RouterLink,
    TranslatePipe,
    DatePipe,
    LoadStatusComponent,
    SelectValueDirective,
    PagerComponent,
    CapacityBarComponent,
    CompetenceChipsComponent,
    LanguageNamesPipe,
    PostcodeStatusComponent,
  ],
  templateUrl: './directory.page.html',
  styleUrl: './directory.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectoryPage {
  private readonly reference = inject(ReferenceDataService);
  private readonly api = inject(DirectoryApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);
  private readonly tabButtons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  private readonly query = toSignal(this.route.queryParams, { initialValue: {} });
  protected readonly tab = computed(() => tabFromQuery(this.query()));
  protected readonly mentorSearch = computed(() => mentorSearchFromQuery(this.query()));
  protected readonly supplierSearch = computed(() => supplierSearchFromQuery(this.query()));

  protected readonly mentors = loadable(() => (this.tab() === 'mentors' ? this.api.mentors({ ...this.mentorSearch(), pageSize: PAGE_SIZE }) : of(null)));
  protected readonly suppliers = loadable(() =>
    this.tab() === 'suppliers' ? this.api.suppliers({ ...this.supplierSearch(), pageSize: PAGE_SIZE }) : of(null),
  );
  protected readonly municipalities = loadable(() => this.reference.municipalities());

  protected readonly mentorDraft = signal<MentorSearch>({});
  protected readonly supplierDraft = signal<SupplierSearch>({});
  private readonly nearValue = computed(() => this.mentorDraft().near ?? '');
  protected readonly near = postcodeLookup(this.nearValue);

  protected readonly competences = COMPETENCES;
  protected readonly languages = LANGUAGES;
  protected readonly levels = LEVELS;
  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly certificates = DIRECTORY_CERTIFICATES;
  protected readonly mentorSorts = MENTOR_SORTS;
  protected readonly supplierSorts = SUPPLIER_SORTS;
  protected readonly sortKeys = SORT_KEYS;
  protected readonly levelKeys = LEVEL_KEYS;
  protected readonly organisationTypeKeys = ORGANISATION_TYPE_KEYS;
  protected readonly certificateKindKeys = CERTIFICATE_KIND_KEYS;
  /** The API refuses more free hours than a mentor can offer at all. */
  protected readonly maxCapacity = MAX_WEEKLY_CAPACITY_HOURS;
  protected readonly certificateStatusKeys = CERTIFICATE_STATUS_KEYS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly today = isoToday();
  protected readonly certificateOfKind = certificateOfKind;

  protected readonly regions = computed(() => [...new Set((this.municipalities.value() ?? []).map((m) => m.region))].sort((a, b) => a.localeCompare(b, 'da')));
  protected readonly mentorMunicipalities = computed(() => this.municipalitiesIn(this.mentorDraft().region));
  protected readonly supplierMunicipalities = computed(() => this.municipalitiesIn(this.supplierDraft().region));
  /** The current address, handed to detail pages so their back link returns to this search. */
  protected readonly searchUrl = computed(() => this.router.createUrlTree(['/directory'], { queryParams: this.query() }).toString());

  constructor() {
    effect(() => this.mentorDraft.set(this.mentorSearch()));
    effect(() => this.supplierDraft.set(this.supplierSearch()));
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected selectTab(tab: DirectoryTab): void {
    if (tab === this.tab()) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: switchTabQuery(this.query(), tab) });
  }

  /** Arrow keys move between the tabs, as the ARIA tabs pattern expects. */
  protected tabKey(event: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: DirectoryTab = event.key === 'Home' ? 'mentors' : event.key === 'End' ? 'suppliers' : this.tab() === 'mentors' ? 'suppliers' : 'mentors';
    this.selectTab(next);
    this.tabButtons()
      .find((b) => b.nativeElement.dataset['tab'] === next)
      ?.nativeElement.focus();
  }

  protected setMentor<K extends keyof MentorSearch>(key: K, value: MentorSearch[K], apply = false): void {
    this.mentorDraft.update((d) => {
      const next = { ...d, [key]: value };
      if (key === 'region' && next.municipality && !this.municipalitiesIn(next.region).some((m) => m.code === next.municipality)) delete next.municipality;
      return next;
    });
    if (apply) this.applyMentors();
  }

  protected setSupplier<K extends keyof SupplierSearch>(key: K, value: SupplierSearch[K], apply = false): void {
    this.supplierDraft.update((d) => {
      const next = { ...d, [key]: value };
      if (key === 'region' && next.municipality && !this.municipalitiesIn(next.region).some((m) => m.code === next.municipality)) delete next.municipality;
      return next;
    });
    if (apply) this.applySuppliers();
  }

  protected applyMentors(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: mentorSearchToQuery({ ...this.mentorDraft(), page: undefined }) });
  }

  protected applySuppliers(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: 'suppliers', ...supplierSearchToQuery({ ...this.supplierDraft(), page: undefined }) },
    });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: this.tab() === 'suppliers' ? { tab: 'suppliers' } : {} });
  }

  protected goToMentorPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: mentorSearchToQuery({ ...this.mentorSearch(), page }) });
  }

  protected goToSupplierPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: 'suppliers', ...supplierSearchToQuery({ ...this.supplierSearch(), page }) } });
  }

  /** A distance as the user reads numbers: "2,4" in Danish. */
  protected km(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  }

  protected numberOrUndefined(value: string): number | undefined {
    const n = Number(value);
    return value.trim() && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
  }

  /** Free capacity as typed, held to what the API accepts (1 to MAX_WEEKLY_CAPACITY_HOURS). */
  protected capacityOrUndefined(value: string): number | undefined {
    const n = this.numberOrUndefined(value);
    return n === undefined ? undefined : Math.min(n, MAX_WEEKLY_CAPACITY_HOURS);
  }

  private municipalitiesIn(region: string | undefined) {
    const all = this.municipalities.value() ?? [];
    return all.filter((m) => !region || m.region === region).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }
}
