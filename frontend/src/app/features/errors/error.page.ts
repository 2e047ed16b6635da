import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PublicHeaderComponent } from '../../shared/ui/public-header.component';

/**
 * Shown by the global error handler, outside the shell (the shell itself may be what failed). The
 * handler keeps the failing address in the location bar, so "reload" retries that page.
 */
@Component({
  selector: 'mm-error-page',
  imports: [TranslatePipe, PublicHeaderComponent],
  template: `
    <mm-public-header />
    <main id="main" class="error-main" tabindex="-1">
      <div class="status-page">
        <p class="status-code" aria-hidden="true">!</p>
        <h1>{{ 'errors.error.title' | t }}</h1>
        <p class="lead">{{ 'errors.error.text' | t }}</p>
        <div class="actions">
          <button type="button" class="btn btn-primary" (click)="reload()">{{ 'errors.error.reload' | t }}</button>
          <a class="btn btn-secondary" href="/">{{ 'common.goHome' | t }}</a>
        </div>
      </div>
    </main>
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    .error-main { flex: 1; padding: 3rem var(--mm-gutter); }
    .error-main:focus { outline: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorPage {
  private readonly document = inject(DOCUMENT);

  protected reload(): void {
    this.document.location.reload();
  }
}
