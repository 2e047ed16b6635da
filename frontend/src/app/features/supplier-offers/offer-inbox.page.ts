import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loadable } from '../../core/http/loadable';
import { DatePipe } from '../../core/i18n/date.pipe';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { OFFER_STATUS_KEYS, statusTone, targetGroupLabel } from '../../shared/courses/course-labels';
import { NeedsChipsComponent } from '../../shared/courses/needs-chips.component';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PagerComponent } from '../../shared/ui/pager.component';
import { timeLeft } from '../cases/match-view';
import { OffersApiService } from './offers-api.service';
import { deadlineTone, inboxOrder } from './offer-rules';

const PAGE_SIZE = 20;

/** The supplier's offer inbox: `/supplier/offers`. Pending offers first with their deadline, then the answered ones. */
@Component({
  selector: 'mm-offer-inbox-page',
  imports: [RouterLink, TranslatePipe, DatePipe, DateTimePipe, LoadStatusComponent, PagerComponent, NeedsChipsComponent],
  templateUrl: './offer-inbox.page.html',
  styleUrl: './offer-inbox.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferInboxPage {
  private readonly api = inject(OffersApiService);
  private readonly i18n = inject(TranslationService);

  protected readonly page = signal(1);
  protected readonly pending = loadable(() => this.api.offers({ status: 'pending', pageSize: 100 }));
  protected readonly all = loadable(() => this.api.offers({ page: this.page(), pageSize: PAGE_SIZE }));
  protected readonly pendingOffers = computed(() => inboxOrder(this.pending.value()?.items ?? []));
  protected readonly answered = computed(() => inboxOrder((this.all.value()?.items ?? []).filter((o) => o.status !== 'pending')));
  protected readonly now = signal(new Date());

  protected readonly statusKeys = OFFER_STATUS_KEYS;
  protected readonly tone = statusTone;
  protected readonly pageSize = PAGE_SIZE;

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

  protected urgency(answerBy: string) {
    return deadlineTone(answerBy, this.now());
  }

  protected refresh(): void {
    this.pending.reload();
    this.all.reload();
  }
}
