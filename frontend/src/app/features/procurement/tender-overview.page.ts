import { Agreement, Bid, Evaluation, Question, Tender, TenderTransitionResult } from '@mentor/contracts';
import { Location } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, linkedSignal, signal, untracked, viewChild } from '@angular/core';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, forkJoin, map, of } from 'rxjs';
import { apiErrorMessages } from '../../core/api/api-error';
import { focusFirstInvalid } from '../../core/forms/form-errors';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { ProcurementApiService } from './procurement-api.service';
import { TenderOverviewNotice } from './tender-wizard.page';
import { allowedActions, bidsOpened, countdown } from './tender-rules';
import { AGREEMENT_STATUS_KEYS, ALLOCATION_MODEL_KEYS, CountdownComponent, PRICE_MODEL_KEYS, TenderStatusComponent, nowSignal } from './tender-ui';
import { CodeLabelsPipe } from './code-labels.pipe';

type Action = 'publish' | 'close' | 'evaluate' | 'award' | 'cancel';
type Notice = { tone: 'success' | 'info' | 'warning'; text: string; warnings?: string[] };

type ScoreGroup = FormGroup<{ score: FormControl<number | null>; justification: FormControl<string> }>;

/** One bid to score: the bid, its lot, and a form with a score and justification per quality criterion. */
interface ScoreCard {
  index: number;
  bid: Bid;
  lotTitle: string;
  form: FormGroup<{ scores: FormArray<ScoreGroup> }>;
}

const NOTICE_KEYS: Readonly<Record<TenderOverviewNotice['notice'], TranslationKey>> = {
  published: 'overview.notice.published',
  saved: 'wizard.saved',
  created: 'wizard.saved',
};

const CONFIRM_KEYS: Readonly<Record<Action, { title: TranslationKey; text: TranslationKey; button: TranslationKey }>> = {
  publish: { title: 'overview.confirm.publish.title', text: 'overview.confirm.publish.text', button: 'overview.action.publish' },
  close: { title: 'overview.confirm.close.title', text: 'overview.confirm.close.text', button: 'overview.action.close' },
  evaluate: { title: 'overview.confirm.evaluate.title', text: 'overview.confirm.evaluate.text', button: 'overview.action.evaluate' },
  award: { title: 'overview.confirm.award.title', text: 'overview.confirm.award.text', button: 'overview.action.award' },
  cancel: { title: 'overview.confirm.cancel.title', text: 'overview.confirm.cancel.text', button: 'overview.action.cancel' },
};

const DONE_KEYS: Readonly<Record<Action, TranslationKey>> = {
  publish: 'overview.notice.published',
  close: 'overview.notice.closed',
  evaluate: 'overview.notice.evaluated',
  award: 'overview.notice.awarded',
  cancel: 'overview.notice.cancelled',
};

/**
 * One tender for the officer: `/procurement/tenders/:id`. Status and countdown, lifecycle actions
 * with confirmation, questions, documents; once the bids are opened the evaluation table, the
 * scoring of every bid and the award.
 */
@Component({
  selector: 'mm-tender-overview-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, DatePipe, DateTimePipe, LoadStatusComponent, FieldErrorComponent, FieldStateDirective, TenderStatusComponent, CountdownComponent, CodeLabelsPipe],
  templateUrl: './tender-overview.page.html',
  styleUrl: './tender-overview.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenderOverviewPage {
  protected readonly api = inject(ProcurementApiService);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('actionDialog');

  readonly id = input.required<string>();

  protected readonly loaded = loadable(() => this.api.tender(this.id()));
  protected readonly tender = linkedSignal<Tender | null>(() => this.loaded.value() ?? null);
  protected readonly questions = loadable(() => this.api.questions(this.id()));

  /** Changes only when the bids open or the status moves on, so the evaluation is not refetched on every tender update. */
  protected readonly openedKey = computed(() => {
    const t = this.tender();
    return t && bidsOpened(t.status) ? `${t.id}|${t.status}` : null;
  });
  protected readonly opened = loadable((): Observable<{ evaluation: Evaluation; bids: Bid[] } | null> => {
    const key = this.openedKey();
    if (!key) return of(null);
    const id = key.split('|')[0];
    return forkJoin({ evaluation: this.api.evaluation(id), bids: this.api.bids(id) });
  });
  protected readonly evaluation = linkedSignal<Evaluation | null>(() => this.opened.value()?.evaluation ?? null);
  private readonly awardedKey = computed(() => {
    const t = this.tender();
    return t && (t.status === 'awarded' || t.status === 'in_force') ? `${t.id}|${t.status}` : null;
  });
  protected readonly agreements = loadable((): Observable<Agreement[] | null> => {
    const key = this.awardedKey();
    if (!key) return of(null);
    return this.api.agreements({ tenderId: key.split('|')[0], pageSize: 100 }).pipe(map((page) => page.items));
  });

  protected readonly scoreCards = signal<ScoreCard[]>([]);
  protected readonly savingScore = signal<string | null>(null);
  protected readonly savedScore = signal<string | null>(null);
  protected readonly scoreErrors = signal<Partial<Record<string, string[]>>>({});

  protected readonly actions = computed(() => {
    const t = this.tender();
    return t ? allowedActions(t.status) : null;
  });
  private readonly now = nowSignal(1000);
  protected readonly deadlinePassed = computed(() => {
    const t = this.tender();
    return !!t && countdown(t.bidDeadline, this.now()).passed;
  });
  protected readonly sealed = computed(() => this.tender()?.status === 'published');

  protected readonly pendingAction = signal<Action | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionErrors = signal<string[] | null>(null);
  protected readonly cancelReason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(5), Validators.maxLength(2000)] });
  protected readonly notice = signal<Notice | null>(null);
  protected readonly answerDrafts = signal<Record<string, string>>({});
  protected readonly answering = signal<string | null>(null);
  protected readonly questionErrors = signal<string[] | null>(null);

  protected readonly confirmKeys = CONFIRM_KEYS;
  protected readonly priceModelKeys = PRICE_MODEL_KEYS;
  protected readonly allocationKeys = ALLOCATION_MODEL_KEYS;
  protected readonly agreementStatusKeys = AGREEMENT_STATUS_KEYS;

  /** Winners per lot, as the award will make them (from the evaluation's ranking). */
  protected readonly winners = computed(() =>
    (this.evaluation()?.lots ?? []).map((lot) => ({ lot, rows: lot.ranking.filter((r) => r.winner) })),
  );
  /** Bidders (once each), for their standstill letters. */
  protected readonly bidders = computed(() => {
    const seen = new Map<string, string>();
    for (const b of this.opened.value()?.bids ?? []) seen.set(b.supplierId, b.supplierName);
    return [...seen.entries()].map(([id, name]) => ({ id, name }));
  });

  private lastPoll = 0;

  constructor() {
    const state = inject(Location).getState() as Partial<TenderOverviewNotice> | null;
    if (state?.notice && NOTICE_KEYS[state.notice]) {
      this.notice.set({ tone: 'success', text: this.i18n.t(NOTICE_KEYS[state.notice]), warnings: state.warnings ?? [] });
    }
    // The scoring forms, rebuilt when the opened bids arrive.
    effect(() => {
      const data = this.opened.value();
      const tender = untracked(() => this.tender());
      if (!data || !tender) {
        untracked(() => this.scoreCards.set([]));
        return;
      }
      untracked(() => this.scoreCards.set(this.buildCards(tender, data.bids, data.evaluation)));
    });
    // At the deadline the tender closes by itself (a job): look again every 5 s until it has.
    effect(() => {
      const t = this.tender();
      const now = this.now().getTime();
      if (!t || t.status !== 'published' || Date.parse(t.bidDeadline) > now || now - this.lastPoll < 5000) return;
      this.lastPoll = now;
      untracked(() =>
        this.api.tender(t.id).subscribe({
          next: (fresh) => {
            if (fresh.status !== t.status) this.tender.set(fresh);
          },
          error: () => undefined,
        }),
      );
    });
  }

  protected label(item: { labelDa: string; labelEn: string }): string {
    return this.i18n.label(item);
  }

  protected lotTitle(tender: Tender, lotId: string): string {
    const lot = tender.lots.find((l) => l.id === lotId);
    return lot ? `${lot.number}. ${lot.title}` : '';
  }

  protected criterionPoints(row: Evaluation['lots'][number]['ranking'][number], criterionId: string): number | null {
    return row.scores.find((s) => s.criterionId === criterionId)?.points ?? null;
  }

  // ---- lifecycle actions ---------------------------------------------------------------

  protected ask(action: Action): void {
    this.actionErrors.set(null);
    this.cancelReason.reset('');
    this.pendingAction.set(action);
    this.dialog()?.nativeElement.showModal();
  }

  protected closeDialog(): void {
    this.dialog()?.nativeElement.close();
    this.pendingAction.set(null);
  }

  protected confirm(): void {
    const action = this.pendingAction();
    const tender = this.tender();
    if (!action || !tender || this.busy()) return;
    if (action === 'cancel') {
      this.cancelReason.markAsTouched();
      if (this.cancelReason.invalid) {
        focusFirstInvalid(this.dialog()?.nativeElement);
        return;
      }
    }
    this.busy.set(true);
    const done = (next: Tender, warnings: string[]) => {
      this.busy.set(false);
      this.closeDialog();
      this.tender.set(next);
      this.notice.set({ tone: warnings.length ? 'warning' : 'success', text: this.i18n.t(DONE_KEYS[action]), warnings });
    };
    const fail = (error: unknown) => {
      this.busy.set(false);
      const body = error instanceof HttpErrorResponse ? error.error : undefined;
      const messages = apiErrorMessages(body);
      this.actionErrors.set(messages.length ? messages : [this.i18n.t('form.error.server')]);
    };
    if (action === 'award') {
      // Warnings name lots that received no bids (no agreement for them).
      this.api.award(tender.id).subscribe({ next: (r) => done(r.tender, r.warnings ?? []), error: fail });
      return;
    }
    const request: Observable<TenderTransitionResult> = action === 'cancel' ? this.api.cancel(tender.id, this.cancelReason.value.trim()) : this.api.transition(tender.id, action);
    request.subscribe({ next: (r) => done(r.tender, r.warnings), error: fail });
  }

  // ---- questions -------------------------------------------------------------------------

  protected draftOf(q: Question): string {
    return this.answerDrafts()[q.id] ?? q.answer ?? '';
  }

  protected setDraft(q: Question, text: string): void {
    this.answerDrafts.update((d) => ({ ...d, [q.id]: text }));
  }

  protected answer(q: Question): void {
    const tender = this.tender();
    const text = this.draftOf(q).trim();
    if (!tender || !text || this.answering()) return;
    this.answering.set(q.id);
    this.questionErrors.set(null);
    this.api.answer(tender.id, q.id, text).subscribe({
      next: () => {
        this.answering.set(null);
        this.answerDrafts.update((d) => {
          const { [q.id]: _done, ...rest } = d;
          return rest;
        });
        this.questions.reload();
      },
      error: (error: unknown) => {
        this.answering.set(null);
        const messages = apiErrorMessages(error instanceof HttpErrorResponse ? error.error : undefined);
        this.questionErrors.set(messages.length ? messages : [this.i18n.t('form.error.server')]);
      },
    });
  }

  // ---- scoring ---------------------------------------------------------------------------

  private buildCards(tender: Tender, bids: Bid[], evaluation: Evaluation): ScoreCard[] {
    const lotOrder = new Map(tender.lots.map((l) => [l.id, l.number]));
    const ordered = [...bids].sort((a, b) => (lotOrder.get(a.lotId) ?? 0) - (lotOrder.get(b.lotId) ?? 0) || a.submittedAt.localeCompare(b.submittedAt));
    const rows = new Map(evaluation.lots.flatMap((l) => l.ranking).map((r) => [r.bidId, r]));
    const editable = tender.status === 'closed';
    return ordered.map((bid, index) => {
      const row = rows.get(bid.id);
      const scores = new FormArray<ScoreGroup>(
        tender.criteria.map((c) => {
          const s = row?.scores.find((x) => x.criterionId === c.id);
          return this.fb.group({
            score: new FormControl<number | null>(s?.score ?? null, [Validators.required, Validators.min(0), Validators.max(10)]),
            justification: this.fb.control(s?.justification ?? '', [Validators.required, Validators.minLength(3), Validators.maxLength(10000)]),
          });
        }),
      );
      const form = new FormGroup({ scores });
      if (!editable) form.disable();
      return { index, bid, lotTitle: this.lotTitle(tender, bid.lotId), form };
    });
  }

  protected saveScores(card: ScoreCard, element: HTMLElement): void {
    const tender = this.tender();
    if (!tender || this.savingScore()) return;
    card.form.markAllAsTouched();
    this.savedScore.set(null);
    if (card.form.invalid) {
      focusFirstInvalid(element);
      return;
    }
    this.savingScore.set(card.bid.id);
    this.scoreErrors.update((e) => ({ ...e, [card.bid.id]: [] }));
    const scores = tender.criteria.map((c, j) => {
      const v = card.form.controls.scores.at(j).getRawValue();
      return { criterion: c.id, score: Number(v.score), justification: v.justification.trim() };
    });
    this.api.score(card.bid.id, { scores }).subscribe({
      next: (evaluation) => {
        this.savingScore.set(null);
        this.savedScore.set(card.bid.id);
        this.evaluation.set(evaluation);
        card.form.markAsPristine();
      },
      error: (error: unknown) => {
        this.savingScore.set(null);
        const messages = apiErrorMessages(error instanceof HttpErrorResponse ? error.error : undefined);
        this.scoreErrors.update((e) => ({ ...e, [card.bid.id]: messages.length ? messages : [this.i18n.t('form.error.server')] }));
      },
    });
  }
}
