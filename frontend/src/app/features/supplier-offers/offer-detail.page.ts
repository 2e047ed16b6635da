import { Assignment, Offer } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { apiErrorMessages, isApiError } from '../../core/api/api-error';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { LEGAL_BASIS_KEYS, MENTOR_TYPE_KEYS, OFFER_STATUS_KEYS, statusTone, targetGroupLabel } from '../../shared/courses/course-labels';
import { GoalsListComponent } from '../../shared/courses/goals-list.component';
import { NeedsChipsComponent } from '../../shared/courses/needs-chips.component';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { LanguageNamesPipe } from '../../shared/mentors/language-names.pipe';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { timeLeft } from '../cases/match-view';
import { OffersApiService } from './offers-api.service';
import { answerErrorKey } from './offer-rules';

/** One offer: `/supplier/offers/:id`. The pseudonymous profile, the proposed mentor, accept or decline. */
@Component({
  selector: 'mm-offer-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    DatePipe,
    DateTimePipe,
    LoadStatusComponent,
    FieldErrorComponent,
    FieldStateDirective,
    NeedsChipsComponent,
    GoalsListComponent,
    LanguageNamesPipe,
  ],
  templateUrl: './offer-detail.page.html',
  styleUrl: './offer-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferDetailPage {
  private readonly api = inject(OffersApiService);
  private readonly i18n = inject(TranslationService);
  private readonly acceptDialog = viewChild<ElementRef<HTMLDialogElement>>('acceptDialog');
  private readonly declineDialog = viewChild<ElementRef<HTMLDialogElement>>('declineDialog');

  /** The offer's id from `/supplier/offers/:id`. */
  readonly id = input.required<string>();
  protected readonly loaded = loadable(() => this.api.offer(this.id()));
  /** The offer as last answered, which replaces the loaded one without a reload. */
  private readonly answered = signal<Offer | null>(null);
  protected readonly offer = computed(() => {
    const answered = this.answered();
    return answered && answered.id === this.id() ? answered : this.loaded.value();
  });

  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)] });
  protected readonly busy = signal(false);
  protected readonly course = signal<Assignment | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly problem = signal<{ title: string; detail: string | null } | null>(null);
  protected readonly now = signal(new Date());

  protected readonly statusKeys = OFFER_STATUS_KEYS;
  protected readonly mentorTypeKeys = MENTOR_TYPE_KEYS;
  protected readonly legalBasisKeys = LEGAL_BASIS_KEYS;
  protected readonly tone = statusTone;

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected targetGroup(code: string): string {
    return this.i18n.label(targetGroupLabel(code));
  }

  protected left(answerBy: string) {
    return timeLeft(answerBy, this.now());
  }

  protected askAccept(): void {
    this.problem.set(null);
    this.acceptDialog()?.nativeElement.showModal();
  }

  protected askDecline(): void {
    this.problem.set(null);
    this.reason.reset('');
    this.declineDialog()?.nativeElement.showModal();
  }

  protected close(): void {
    this.acceptDialog()?.nativeElement.close();
    this.declineDialog()?.nativeElement.close();
  }

  protected accept(): void {
    const offer = this.offer();
    if (!offer || this.busy()) return;
    this.busy.set(true);
    this.api.accept(offer.id).subscribe({
      next: (course) => {
        this.busy.set(false);
        this.close();
        this.course.set(course);
        this.answered.set({ ...offer, status: 'accepted', respondedAt: new Date().toISOString() });
        this.notice.set(this.i18n.t('offer.accepted', { mentor: course.mentorName }));
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected decline(): void {
    const offer = this.offer();
    if (!offer || this.busy()) return;
    this.reason.markAsTouched();
    if (this.reason.invalid) {
      document.getElementById('decline-reason')?.focus();
      return;
    }
    this.busy.set(true);
    this.api.decline(offer.id, this.reason.value.trim()).subscribe({
      next: (declined) => {
        this.busy.set(false);
        this.close();
        this.answered.set(declined);
        this.notice.set(this.i18n.t('offer.declined'));
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    if (!(error instanceof HttpErrorResponse)) throw error;
    const body: unknown = error.error;
    if (error.status === 400 && isApiError(body) && body.fields?.some((f) => f.field === 'reason')) {
      this.reason.setErrors({ server: body.fields.find((f) => f.field === 'reason')?.messages ?? [] });
      this.reason.markAsTouched();
      return;
    }
    this.close();
    const code = isApiError(body) ? body.code : undefined;
    const title = error.status === 0 ? this.i18n.t('form.error.unavailable') : this.i18n.t(answerErrorKey(code));
    this.problem.set({ title, detail: apiErrorMessages(body)[0] ?? null });
    // The offer may have changed under us (expired, answered by a colleague): show its state now.
    if (error.status === 409) this.loaded.reload();
  }
}
