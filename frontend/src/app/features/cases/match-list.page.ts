import { Assignment, Match, MatchList, MentorRequest, Offer } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable, catchError, forkJoin, map, of } from 'rxjs';
import { apiErrorMessages } from '../../core/api/api-error';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import {
  LEGAL_BASIS_KEYS,
  MENTOR_TYPE_KEYS,
  OFFER_STATUS_KEYS,
  REQUEST_STATUS_KEYS,
  agreementUrl,
  statusTone,
} from '../../shared/courses/course-labels';
import { GoalsListComponent } from '../../shared/courses/goals-list.component';
import { CompetenceChipsComponent } from '../../shared/mentors/competence-chips.component';
import { LanguageNamesPipe } from '../../shared/mentors/language-names.pipe';
import { GENDER_KEYS } from '../../shared/mentors/mentor-labels';
import { OVERRIDE_REASON_MIN, needsOverride, overrideReady } from '../../shared/quality/quality-view';
import { StandingBadgeComponent } from '../../shared/quality/standing-badge.component';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { CasesApiService } from './cases-api.service';
import { COMPONENT_KEYS, COMPONENT_ORDER, acceptedOffer, filterSummary, pendingOffer, percent, timeLeft, timeline } from './match-view';

interface RequestView {
  request: MentorRequest;
  offers: Offer[];
  course: Assignment | undefined;
}

const POLL_MS = 15_000;

/**
 * One mentor request: `/cases/:id/requests/:rid`. The ranked, explained matches with a "send
 * offer" per candidate, and the offer timeline, which refreshes after each action and, while an
 * offer waits for an answer, every 15 seconds.
 */
@Component({
  selector: 'mm-match-list-page',
  imports: [RouterLink, TranslatePipe, DatePipe, DateTimePipe, LoadStatusComponent, GoalsListComponent, CompetenceChipsComponent, LanguageNamesPipe, StandingBadgeComponent],
  templateUrl: './match-list.page.html',
  styleUrl: './match-list.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchListPage {
  private readonly api = inject(CasesApiService);
  private readonly i18n = inject(TranslationService);
  private readonly confirmDialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  /** The case's id and the request's id from `/cases/:id/requests/:rid`. */
  readonly id = input.required<string>();
  readonly rid = input.required<string>();

  /** Bumped after each action (and by the poll) to reload the request, its offers and the matches. */
  private readonly version = signal(0);

  protected readonly view = loadable((): Observable<RequestView> => {
    this.version();
    const caseId = this.id();
    return forkJoin({
      request: this.api.request(this.rid()),
      offers: this.api.offers(this.rid()),
      courses: this.api.assignments(caseId).pipe(catchError(() => of({ items: [] as Assignment[] }))),
    }).pipe(
      map(({ request, offers, courses }) => {
        const accepted = acceptedOffer(offers);
        return { request, offers, course: accepted ? courses.items.find((a) => a.offerId === accepted.id || a.requestId === request.id) : undefined };
      }),
    );
  });

  protected readonly matches = loadable(() => {
    this.version();
    return this.api.matches(this.rid(), this.i18n.lang());
  });

  /** The last view, kept while a reload is under way so the page does not blink. */
  private readonly lastView = signal<RequestView | undefined>(undefined);
  protected readonly current = computed(() => this.view.value() ?? this.lastView());
  protected readonly entries = computed(() => {
    const v = this.current();
    return v ? timeline(v.offers, v.request) : [];
  });
  protected readonly pending = computed(() => pendingOffer(this.current()?.offers ?? []));
  protected readonly accepted = computed(() => acceptedOffer(this.current()?.offers ?? []));
  protected readonly canOffer = computed(() => {
    const v = this.current();
    return !!v && v.request.status === 'open' && !this.pending();
  });
  private readonly lastMatches = signal<MatchList | undefined>(undefined);
  protected readonly matchList = computed(() => this.matches.value() ?? this.lastMatches());
  protected readonly summary = computed(() => {
    const list = this.matchList();
    return list ? filterSummary(list.filtered, this.i18n.lang()) : '';
  });

  protected readonly chosen = signal<Match | null>(null);
  /** A blocked supplier's mentor is offered only with a written reason (sent as `overrideReason`). */
  protected readonly overrideReason = signal('');
  protected readonly needsOverride = computed(() => needsOverride(this.chosen()?.standing));
  protected readonly overrideOk = computed(() => overrideReady(this.chosen()?.standing, this.overrideReason()));
  protected readonly overrideMin = OVERRIDE_REASON_MIN;
  protected readonly sending = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal<{ tone: 'success' | 'error'; text: string } | null>(null);
  protected readonly now = signal(new Date());

  protected readonly componentOrder = COMPONENT_ORDER;
  protected readonly componentKeys = COMPONENT_KEYS;
  protected readonly offerStatusKeys = OFFER_STATUS_KEYS;
  protected readonly requestStatusKeys = REQUEST_STATUS_KEYS;
  protected readonly mentorTypeKeys = MENTOR_TYPE_KEYS;
  protected readonly legalBasisKeys = LEGAL_BASIS_KEYS;
  protected readonly genderKeys = GENDER_KEYS;
  protected readonly tone = statusTone;
  protected readonly percent = percent;
  protected readonly agreementUrl = agreementUrl;

  constructor() {
    const timer = setInterval(() => {
      this.now.set(new Date());
      if (this.pending() && !this.sending() && !this.busy()) this.refresh();
    }, POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected refresh(): void {
    const v = this.view.value();
    if (v) this.lastView.set(v);
    const m = this.matches.value();
    if (m) this.lastMatches.set(m);
    this.version.update((n) => n + 1);
  }

  protected left(deadline: string): { days: number; hours: number; minutes: number } | null {
    return timeLeft(deadline, this.now());
  }

  protected askSend(match: Match): void {
    this.chosen.set(match);
    this.overrideReason.set('');
    this.notice.set(null);
    this.confirmDialog()?.nativeElement.showModal();
  }

  protected closeConfirm(): void {
    this.confirmDialog()?.nativeElement.close();
  }

  protected confirmSend(): void {
    const match = this.chosen();
    if (!match || this.sending() || !this.overrideOk()) return;
    this.sending.set(true);
    this.api.sendOffer(this.rid(), match.mentorId, this.needsOverride() ? this.overrideReason() : undefined).subscribe({
      next: (offer) => {
        this.sending.set(false);
        this.closeConfirm();
        this.notice.set({ tone: 'success', text: this.i18n.t('match.offerSent', { mentor: offer.mentorName, supplier: offer.supplierName }) });
        this.refresh();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.closeConfirm();
        this.failed(error);
      },
    });
  }

  protected withdraw(offer: Offer): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.withdrawOffer(offer.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set({ tone: 'success', text: this.i18n.t('match.withdrawn', { supplier: offer.supplierName }) });
        this.refresh();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) throw error;
    const text = error.status === 0 ? this.i18n.t('form.error.unavailable') : (apiErrorMessages(error.error)[0] ?? this.i18n.t('form.error.server'));
    this.notice.set({ tone: 'error', text });
    this.refresh();
  }
}
