import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessages } from '../../core/api/api-error';
import { LoadState } from '../../core/http/load-state';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Shows "loading …" or a load error with a retry button; renders nothing once the data is there. */
@Component({
  selector: 'mm-load-status',
  imports: [TranslatePipe],
  template: `
    @switch (state().status) {
      @case ('loading') {
        <p class="load-status" role="status"><span class="spinner" aria-hidden="true"></span>{{ 'common.loading' | t }}</p>
      }
      @case ('error') {
        <div class="alert alert-error" role="alert">
          <p>{{ 'common.loadError' | t }}</p>
          @for (message of messages(); track $index) {
            <p class="alert-detail">{{ message }}</p>
          }
          <button type="button" class="btn btn-secondary" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
        </div>
      }
    }
  `,
  styles: `
    .load-status { display: flex; align-items: center; gap: 0.6rem; color: var(--mm-ink-muted); }
    .alert p { margin: 0 0 0.75rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadStatusComponent {
  readonly state = input.required<LoadState<unknown>>();
  readonly retry = output<void>();

  protected readonly messages = computed(() => {
    const state = this.state();
    return state.status === 'error' && state.error instanceof HttpErrorResponse ? apiErrorMessages(state.error.error) : [];
  });
}
