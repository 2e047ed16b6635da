import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PublicHeaderComponent } from './public-header.component';

/**
 * The frame of a public one-card page (invitation, forgotten and reset password): the public
 * header, one centred card with its heading, and the footer. The page projects the card's content.
 */
@Component({
  selector: 'mm-public-card-page',
  imports: [PublicHeaderComponent, TranslatePipe],
  template: `
    <mm-public-header />
    <main id="main" class="public-main" tabindex="-1">
      <section class="card public-card" [attr.aria-labelledby]="headingId()">
        <h1 [id]="headingId()">{{ heading() }}</h1>
        <ng-content />
      </section>
    </main>
    <footer class="site-footer">
      <p>{{ 'app.footer' | t }}</p>
    </footer>
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    .public-main { flex: 1; padding: clamp(1.5rem, 5vw, 4rem) var(--mm-gutter); }
    .public-card { max-width: 30rem; margin: 0 auto; }
    .public-card h1 { font-size: 1.6rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicCardPageComponent {
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
}
