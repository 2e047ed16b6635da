import { CertificateWarning } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DatePipe } from '../../core/i18n/date.pipe';
import { certificateKindKey } from './mentor-labels';

/** A badge per certificate that is expiring or expired; "OK" when there is none. */
@Component({
  selector: 'mm-certificate-badges',
  imports: [TranslatePipe, DatePipe],
  template: `
    <span class="badges">
      @for (warning of warnings(); track $index) {
        <span
          class="badge"
          [class.badge-warning]="warning.status === 'expiring'"
          [class.badge-error]="warning.status === 'expired'"
          data-testid="certificate-warning"
        >
          {{ warning.name || (certificateKindKey(warning.kind) | t) }}:
          {{ (warning.status === 'expired' ? 'certificate.expiredOn' : 'certificate.expiresOn') | t: { date: (warning.expiresOn | date) } }}
        </span>
      } @empty {
        <span class="badge badge-ok">{{ 'certificate.allValid' | t }}</span>
      }
    </span>
  `,
  styles: `
    .badge { white-space: normal; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateBadgesComponent {
  readonly warnings = input.required<readonly CertificateWarning[]>();
  protected readonly certificateKindKey = certificateKindKey;
}
