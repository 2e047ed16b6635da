import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Previous / "page 2 of 5" / next for a `Page<T>` answer; renders nothing for a single page. */
@Component({
  selector: 'mm-pager',
  imports: [TranslatePipe],
  template: `
    @if (pages() > 1) {
      <nav class="pagination" [attr.aria-label]="'common.pagination' | t" data-testid="pager">
        <button type="button" class="btn btn-secondary btn-small" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
          {{ 'common.previous' | t }}
        </button>
        <span aria-live="polite">{{ 'common.pageOf' | t: { page: page(), pages: pages() } }}</span>
        <button type="button" class="btn btn-secondary btn-small" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)">
          {{ 'common.next' | t }}
        </button>
      </nav>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagerComponent {
  readonly page = input.required<number>();
  readonly total = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly pageChange = output<number>();
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))));
}
