import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The product mark and name, linking to the user's home. */
@Component({
  selector: 'mm-brand',
  imports: [RouterLink, TranslatePipe],
  template: `
    <a class="brand" routerLink="/">
      <svg class="brand-mark" aria-hidden="true" focusable="false" width="36" height="36" viewBox="0 0 36 36">
        <rect width="36" height="36" rx="8" fill="var(--mm-primary)" />
        <circle cx="14" cy="15" r="6" fill="none" stroke="#fff" stroke-width="2.4" />
        <circle cx="22" cy="21" r="6" fill="none" stroke="var(--mm-accent-on-dark)" stroke-width="2.4" />
      </svg>
      <span class="brand-name">{{ 'app.name' | t }}</span>
    </a>
  `,
  styles: `
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 0.6rem;
      color: var(--mm-ink);
      text-decoration: none;
      font-weight: 700;
      font-size: 1.2rem;
      letter-spacing: -0.01em;
      border-radius: var(--mm-radius-sm);
    }
    .brand:hover .brand-name { text-decoration: underline; text-underline-offset: 0.2em; }
    .brand-mark { flex: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandComponent {}
