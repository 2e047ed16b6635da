import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { tap } from 'rxjs';
import { loadable } from '../../core/http/loadable';
import { DateTimePipe } from '../../core/i18n/date-time.pipe';
import { formatDuration } from '../../core/i18n/format';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { LoadStatusComponent } from '../../shared/ui/load-status.component';
import { PlatformApiService } from './platform-api.service';

@Component({
  selector: 'mm-health-page',
  imports: [TranslatePipe, DateTimePipe, LoadStatusComponent],
  templateUrl: './health.page.html',
  styleUrl: './health.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HealthPage {
  private readonly api = inject(PlatformApiService);
  private readonly i18n = inject(TranslationService);

  protected readonly checkedAt = signal<string | null>(null);
  protected readonly health = loadable(() =>
    this.api.health().pipe(tap(() => this.checkedAt.set(new Date().toISOString()))),
  );
  protected readonly uptime = computed(() => {
    const health = this.health.value();
    return health ? formatDuration(health.uptimeSeconds, this.i18n.lang()) : '';
  });
}
