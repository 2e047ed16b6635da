import { SentMail } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { loadable } from '../../core/http/loadable';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationKey } from '../../core/i18n/translations';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PlatformApiService } from './platform-api.service';

const PAGE_SIZE = 20;

const STATUS_KEYS: Readonly<Record<SentMail['status'], TranslationKey>> = {
  queued: 'mails.status.queued',
  sent: 'mails.status.sent',
  failed: 'mails.status.failed',
};

/** The mail log: one page at a time; a subject opens the mail's text right below its row. */
@Component({
  selector: 'mm-mails-page',
  imports: [TranslatePipe, DateTimePipe, LoadStatusComponent],
  templateUrl: './mails.page.html',
  styleUrl: './mails.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailsPage {
  private readonly api = inject(PlatformApiService);

  protected readonly page = signal(1);
  protected readonly mails = loadable(() => this.api.mails(this.page(), PAGE_SIZE));
  protected readonly openId = signal<string | null>(null);
  protected readonly pages = computed(() => {
    const result = this.mails.value();
    return result ? Math.max(1, Math.ceil(result.total / (result.pageSize || PAGE_SIZE))) : 1;
  });
  protected readonly statusKeys = STATUS_KEYS;

  protected toggle(id: string): void {
    this.openId.update((open) => (open === id ? null : id));
  }

  protected goTo(page: number): void {
    this.page.set(Math.min(Math.max(1, page), this.pages()));
    this.openId.set(null);
  }
}
