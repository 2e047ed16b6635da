import { Bid, BidReceipt, BidReceiptRecord, BidSubmission, Mentor, ReceiptKind, ReceiptStatus, ReceiptVerification, Tender } from '@mentor/contracts';
import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, linkedSignal, signal, untracked, viewChild } from '@angular/core';
import { FormArray, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';
import { apiErrorMessages } from '../../core/api/api-error';
import { applyServerErrors, controlPaths, focusFirstInvalid } from '../../core/forms/form-errors';
import { mapServerErrors } from '../../core/forms/server-errors';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { TranslationKey } from '../../core/i18n/translations';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { CodeLabelsPipe } from '../procurement/code-labels.pipe';
import { countdown } from '../procurement/tender-rules';
import { ALLOCATION_MODEL_KEYS, CountdownComponent, PRICE_MODEL_KEYS, TenderStatusComponent, nowSignal } from '../procurement/tender-ui';
import { ReceiptProblem, ReceiptVerdict, canonicalBid, compareReceipt, lotReceipts, parseKeptReceipt, receiptFile, sha256Hex, shortHash } from './receipt';
import { SupplierTendersApiService } from './supplier-tenders-api.service';
import { FormErrorsComponent } from '../../shared/forms/form-errors.component';

const RECEIPT_STORE = 'mm.bidReceipts';

type Notice = { tone: 'success' | 'info'; text: string };

const PROBLEM_KEYS: Readonly<Record<ReceiptProblem, TranslationKey>> = {
  server: 'receipt.problem.server',
  receipt: 'receipt.problem.receipt',
  hash: 'receipt.problem.hash',
  content: 'receipt.problem.content',
};

const KIND_KEYS: Readonly<Record<ReceiptKind, TranslationKey>> = {
  submitted: 'receipt.kind.submitted',
  changed: 'receipt.kind.changed',
  withdrawn: 'receipt.kind.withdrawn',
};

const STATUS_KEYS: Readonly<Record<ReceiptStatus, TranslationKey>> = {
  current: 'receipt.status.current',
  superseded: 'receipt.status.superseded',
  withdrawn: 'receipt.status.withdrawn',
  unknown: 'receipt.status.unknown',
};

const CHECK_PROBLEM_KEYS: Readonly<Record<ReceiptVerification['problems'][number], TranslationKey>> = {
  bidId: 'receipt.check.problem.bidId',
  submittedAt: 'receipt.check.problem.submittedAt',
  canonical: 'receipt.check.problem.canonical',
};

/** A pasted or uploaded receipt checked against the server. */
type PastedCheck = { verification: ReceiptVerification } | { error: string };

/**
 * One tender for a supplier: `/supplier/tenders/:id`. Lots, criteria, timeline with a countdown,
 * questions and answers, and the sealed bid per lot with its receipt until the deadline, the
 * receipt history of the lot's bids, and a check of any receipt the supplier kept.
 */
@Component({
  selector: 'mm-supplier-tender-page',
  imports: [FormErrorsComponent, ReactiveFormsModule, RouterLink, TranslatePipe, DatePipe, DateTimePipe, LoadStatusComponent, FieldErrorComponent, FieldStateDirective, TenderStatusComponent, CountdownComponent, CodeLabelsPipe],
  templateUrl: './supplier-tender.page.html',
  styleUrl: './supplier-tender.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierTenderPage {
  protected readonly api = inject(SupplierTendersApiService);
  private readonly i18n = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly doc = inject(DOCUMENT);
  private readonly storage = this.doc.defaultView?.localStorage;
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('bidFormElement');
  private readonly withdrawDialog = viewChild<ElementRef<HTMLDialogElement>>('withdrawDialog');

  readonly id = input.required<string>();

  protected readonly loaded = loadable(() => this.api.tender(this.id()));
  protected readonly tender = linkedSignal<Tender | null>(() => this.loaded.value() ?? null);
  protected readonly questions = loadable(() => this.api.questions(this.id()));
  protected readonly myBids = loadable(() => this.api.myBids(this.id()));
  protected readonly bids = linkedSignal<Bid[]>(() => this.myBids.value() ?? []);
  protected readonly mentors = loadable((): Observable<Mentor[]> => this.api.activeMentors());
  protected readonly history = loadable(() => this.api.receiptHistory(this.id()));
  /** Every receipt of the selected lot's bids, withdrawn bids included, newest first. */
  protected readonly lotHistory = computed(() => lotReceipts(this.history.value() ?? [], this.selectedLot()));

  private readonly now = nowSignal(1000);
  protected readonly biddingOpen = computed(() => {
    const t = this.tender();
    return !!t && t.status === 'published' && !countdown(t.bidDeadline, this.now()).passed;
  });
  protected readonly askingOpen = computed(() => {
    const t = this.tender();
    return !!t && t.status === 'published' && !countdown(t.questionDeadline, this.now()).passed;
  });

  protected readonly selectedLot = linkedSignal<string>(() => this.tender()?.lots[0]?.id ?? '');
  protected readonly currentBid = computed(() => this.bids().find((b) => b.lotId === this.selectedLot()) ?? null);
  private readonly kept = signal<Record<string, BidReceipt>>(this.readReceipts());
  /** The receipt the supplier kept at submission; else the stored bid's own time and hash. */
  protected readonly receipt = computed(() => {
    const bid = this.currentBid();
    if (!bid) return null;
    const kept = this.kept()[bid.id];
    return kept && kept.sha256 === bid.sha256 ? { ...kept, keptHere: true } : { bidId: bid.id, submittedAt: bid.submittedAt, sha256: bid.sha256, canonical: '', keptHere: false };
  });

  protected readonly bidForm = this.fb.group({
    hourlyRate: new FormControl<number | null>(null, [Validators.required, Validators.min(1), Validators.max(100_000)]),
    answers: this.fb.array<FormControl<string>>([]),
    mentorIds: this.fb.control<string[]>([], (c) => (c.value.length ? null : { atLeastOne: true })),
  });

  protected readonly saving = signal(false);
  protected readonly bidErrors = signal<string[] | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly verifying = signal(false);
  protected readonly verdict = signal<ReceiptVerdict | null>(null);
  protected readonly problemKeys = PROBLEM_KEYS;
  protected readonly kindKeys = KIND_KEYS;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly checkProblemKeys = CHECK_PROBLEM_KEYS;
  protected readonly shortHash = shortHash;
  protected readonly pastedReceipt = new FormControl('', { nonNullable: true });
  protected readonly checkingPasted = signal(false);
  protected readonly pastedCheck = signal<PastedCheck | null>(null);
  /** For a pasted receipt with its canonical text: whether this browser computes the same hash (null: nothing to hash, or no Web Crypto). */
  protected readonly pastedLocalHash = signal<boolean | null>(null);
  protected readonly priceModelKeys = PRICE_MODEL_KEYS;
  protected readonly allocationKeys = ALLOCATION_MODEL_KEYS;

  protected readonly question = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(5), Validators.maxLength(5000)] });
  protected readonly asking = signal(false);
  protected readonly questionErrors = signal<string[] | null>(null);
  protected readonly questionSent = signal(false);

  /** Refills the form when the lot or the stored bid changes (not while the supplier types). */
  private readonly formKey = computed(() => {
    const t = this.tender();
    const bid = this.currentBid();
    return t ? `${t.id}|${this.selectedLot()}|${bid?.id ?? ''}|${bid?.sha256 ?? ''}|${this.biddingOpen()}` : '';
  });

  constructor() {
    effect(() => {
      if (!this.formKey()) return;
      untracked(() => this.fillForm());
    });
  }

  protected get answers(): FormArray<FormControl<string>> {
    return this.bidForm.controls.answers;
  }

  protected mentorLabel(m: Mentor): string {
    return m.town ? `${m.name} (${m.town})` : m.name;
  }

  protected lotTitle(lotId: string): string {
    const lot = this.tender()?.lots.find((l) => l.id === lotId);
    return lot ? `${lot.number}. ${lot.title}` : '';
  }

  protected bidOn(lotId: string): Bid | undefined {
    return this.bids().find((b) => b.lotId === lotId);
  }

  protected selectLot(lotId: string): void {
    this.selectedLot.set(lotId);
    this.verdict.set(null);
    this.bidErrors.set(null);
  }

  protected hasMentor(id: string): boolean {
    return this.bidForm.controls.mentorIds.value.includes(id);
  }

  protected toggleMentor(id: string, on: boolean): void {
    const control = this.bidForm.controls.mentorIds;
    const rest = control.value.filter((m) => m !== id);
    control.setValue(on ? [...rest, id] : rest);
    control.markAsTouched();
  }

  private fillForm(): void {
    const t = this.tender();
    if (!t) return;
    const bid = this.currentBid();
    this.answers.clear();
    for (const c of t.criteria) {
      const text = bid?.answers.find((a) => a.criterionId === c.id)?.text ?? '';
      this.answers.push(this.fb.control(text, [Validators.required, Validators.maxLength(20000)]));
    }
    this.bidForm.reset({ hourlyRate: bid?.hourlyRate ?? null, answers: t.criteria.map((c) => bid?.answers.find((a) => a.criterionId === c.id)?.text ?? ''), mentorIds: bid ? [...bid.mentorIds] : [] });
    if (this.biddingOpen()) this.bidForm.enable();
    else this.bidForm.disable();
  }

  // ---- bidding ---------------------------------------------------------------------------

  protected submit(): void {
    const t = this.tender();
    if (!t || this.saving() || !this.biddingOpen()) return;
    this.bidForm.markAllAsTouched();
    this.notice.set(null);
    if (this.bidForm.invalid) {
      this.bidErrors.set([]);
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    this.bidErrors.set(null);
    const v = this.bidForm.getRawValue();
    const body = {
      hourlyRate: Number(v.hourlyRate),
      answers: t.criteria.map((c, i) => ({ criterion: c.id, text: v.answers[i].trim() })),
      mentorIds: v.mentorIds,
    };
    const existing = this.currentBid();
    this.saving.set(true);
    const request = existing ? this.api.update(existing.id, body) : this.api.submit(t.id, { lotId: this.selectedLot(), ...body });
    request.subscribe({
      next: (result) => this.submitted(result, !!existing),
      error: (error: unknown) => this.failed(error),
    });
  }

  private submitted(result: BidSubmission, updated: boolean): void {
    this.saving.set(false);
    this.keep(result.receipt);
    this.verdict.set(null);
    this.bids.update((list) => [...list.filter((b) => b.id !== result.bid.id && b.lotId !== result.bid.lotId), result.bid]);
    this.history.reload();
    this.notice.set({ tone: 'success', text: this.i18n.t(updated ? 'bid.updated' : 'bid.submitted') });
    setTimeout(() => document.getElementById('bid-receipt-title')?.focus());
  }

  private failed(error: unknown): void {
    this.saving.set(false);
    const body = error instanceof HttpErrorResponse ? error.error : undefined;
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 400) {
      const mapped = mapServerErrors(body, controlPaths(this.bidForm));
      applyServerErrors(this.bidForm, mapped);
      this.bidErrors.set(Object.keys(mapped.byPath).length || mapped.unplaced.length ? [...mapped.unplaced] : apiErrorMessages(body));
      focusFirstInvalid(this.formElement()?.nativeElement);
      return;
    }
    const messages = apiErrorMessages(body);
    this.bidErrors.set(messages.length ? messages : [this.i18n.t(status === 0 || status >= 500 ? 'form.error.unavailable' : 'form.error.server')]);
  }

  protected askWithdraw(): void {
    this.withdrawDialog()?.nativeElement.showModal();
  }

  protected closeWithdraw(): void {
    this.withdrawDialog()?.nativeElement.close();
  }

  protected withdraw(): void {
    const bid = this.currentBid();
    if (!bid || this.saving()) return;
    this.saving.set(true);
    this.api.withdraw(bid.id).subscribe({
      next: () => {
        this.saving.set(false);
        this.closeWithdraw();
        this.forget(bid.id);
        this.verdict.set(null);
        this.bids.update((list) => list.filter((b) => b.id !== bid.id));
        this.history.reload();
        this.notice.set({ tone: 'info', text: this.i18n.t('bid.withdrawn') });
      },
      error: (error: unknown) => {
        this.closeWithdraw();
        this.failed(error);
      },
    });
  }

  // ---- receipts --------------------------------------------------------------------------

  protected async verify(): Promise<void> {
    const bid = this.currentBid();
    const kept = this.receipt();
    const t = this.tender();
    if (!bid || !kept || !t || this.verifying()) return;
    this.verifying.set(true);
    this.verdict.set(null);
    try {
      const check = await firstValueFrom(this.api.receipt(bid.id, kept.sha256));
      const localHash = check.receipt ? await sha256Hex(check.receipt.canonical) : null;
      const expected = canonicalBid(bid, t.criteria.map((c) => c.id));
      this.verdict.set(compareReceipt(kept, check, localHash, expected));
    } catch (error: unknown) {
      const messages = apiErrorMessages(error instanceof HttpErrorResponse ? error.error : undefined);
      this.bidErrors.set(messages.length ? messages : [this.i18n.t('form.error.server')]);
    } finally {
      this.verifying.set(false);
    }
  }

  /** Checks a receipt the supplier kept (pasted, or read from an uploaded file) against every receipt it was issued. */
  protected async checkPasted(): Promise<void> {
    if (this.checkingPasted()) return;
    this.pastedCheck.set(null);
    this.pastedLocalHash.set(null);
    const input = parseKeptReceipt(this.pastedReceipt.value);
    if (!input) {
      this.pastedCheck.set({ error: this.i18n.t('receipt.check.unreadable') });
      return;
    }
    this.checkingPasted.set(true);
    try {
      const verification = await firstValueFrom(this.api.verifyReceipt(input));
      if (input.canonical) {
        const local = await sha256Hex(input.canonical);
        this.pastedLocalHash.set(local === null ? null : local === input.sha256);
      }
      this.pastedCheck.set({ verification });
    } catch (error: unknown) {
      const messages = apiErrorMessages(error instanceof HttpErrorResponse ? error.error : undefined);
      this.pastedCheck.set({ error: messages.length ? messages.join(' ') : this.i18n.t('form.error.server') });
    } finally {
      this.checkingPasted.set(false);
    }
  }

  protected async uploadReceipt(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.pastedReceipt.setValue(await file.text());
    input.value = '';
    await this.checkPasted();
  }

  protected pastedVerification(check: PastedCheck): ReceiptVerification | null {
    return 'verification' in check ? check.verification : null;
  }

  /** Green for the current receipt, blue for a valid but replaced or withdrawn one, red for anything wrong. */
  protected checkTone(v: ReceiptVerification): 'success' | 'info' | 'error' {
    if (v.status === 'unknown' || v.problems.length || this.pastedLocalHash() === false) return 'error';
    return v.status === 'current' ? 'success' : 'info';
  }

  protected pastedError(check: PastedCheck): string | null {
    return 'error' in check ? check.error : null;
  }

  /** The kept receipt (with its canonical text) of the current bid, or a history entry, as a JSON file. */
  protected download(record: Pick<BidReceiptRecord, 'bidId' | 'tenderId' | 'lotId' | 'kind' | 'submittedAt' | 'sha256'>, canonical?: string): void {
    const { filename, json } = receiptFile(record, canonical);
    const view = this.doc.defaultView;
    if (!view) return;
    const url = view.URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = this.doc.createElement('a');
    link.href = url;
    link.download = filename;
    this.doc.body.appendChild(link);
    link.click();
    link.remove();
    view.URL.revokeObjectURL(url);
  }

  /** The current receipt as a history entry, for its download: the kept canonical text goes with it. */
  protected currentRecord(r: { bidId: string; submittedAt: string; sha256: string }): Pick<BidReceiptRecord, 'bidId' | 'tenderId' | 'lotId' | 'kind' | 'submittedAt' | 'sha256'> {
    const bid = this.currentBid();
    const kind = this.history.value()?.find((h) => h.sha256 === r.sha256)?.kind ?? 'submitted';
    return { bidId: r.bidId, tenderId: bid?.tenderId ?? this.id(), lotId: bid?.lotId ?? this.selectedLot(), kind, submittedAt: r.submittedAt, sha256: r.sha256 };
  }

  private readReceipts(): Record<string, BidReceipt> {
    try {
      const raw = this.storage?.getItem(RECEIPT_STORE);
      return raw ? (JSON.parse(raw) as Record<string, BidReceipt>) : {};
    } catch {
      return {};
    }
  }

  private keep(receipt: BidReceipt): void {
    this.kept.update((all) => ({ ...all, [receipt.bidId]: receipt }));
    this.writeReceipts();
  }

  private forget(bidId: string): void {
    this.kept.update((all) => {
      const { [bidId]: _gone, ...rest } = all;
      return rest;
    });
    this.writeReceipts();
  }

  private writeReceipts(): void {
    try {
      this.storage?.setItem(RECEIPT_STORE, JSON.stringify(this.kept()));
    } catch {
      // Storage unavailable: the receipt is still shown for this visit.
    }
  }

  // ---- questions -------------------------------------------------------------------------

  protected askQuestion(element: HTMLElement): void {
    const t = this.tender();
    if (!t || this.asking()) return;
    this.question.markAsTouched();
    this.questionSent.set(false);
    if (this.question.invalid) {
      focusFirstInvalid(element);
      return;
    }
    this.asking.set(true);
    this.questionErrors.set(null);
    this.api.ask(t.id, this.question.value.trim()).subscribe({
      next: () => {
        this.asking.set(false);
        this.question.reset('');
        this.questionSent.set(true);
        this.questions.reload();
      },
      error: (error: unknown) => {
        this.asking.set(false);
        const messages = apiErrorMessages(error instanceof HttpErrorResponse ? error.error : undefined);
        this.questionErrors.set(messages.length ? messages : [this.i18n.t('form.error.server')]);
      },
    });
  }
}
