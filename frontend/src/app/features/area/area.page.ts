import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { navItemByPath, navigationFor } from '../../core/navigation/navigation';

/**
 * The landing page of a menu area whose screens are still to come: the area's name and what it is
 * for, from the navigation definition. The route gives the path as `data.navPath`.
 */
@Component({
  selector: 'mm-area-page',
  imports: [TranslatePipe],
  template: `
    @if (item(); as item) {
      <header class="page-header">
        @if (sectionTitleKey(); as sectionKey) {
          <p class="eyebrow">{{ sectionKey | t }}</p>
        }
        <h1>{{ item.labelKey | t }}</h1>
        <p class="lead">{{ item.descriptionKey | t }}</p>
      </header>
      <section class="notice" aria-labelledby="area-status">
        <svg class="notice-icon" aria-hidden="true" focusable="false" width="28" height="28" viewBox="0 0 24 24">
          <path d="M3 20h18M5 20V9l7-5 7 5v11M9 20v-6h6v6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
        </svg>
        <div>
          <h2 id="area-status">{{ 'area.underConstruction' | t }}</h2>
          <p>{{ 'area.underConstructionText' | t }}</p>
        </div>
      </section>
    }
  `,
  styles: `
    .notice {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      max-width: 48rem;
      padding: 1.25rem 1.5rem;
      border: 1px solid var(--mm-border);
      border-left: 4px solid var(--mm-primary);
      border-radius: var(--mm-radius);
      background: var(--mm-surface);
    }
    .notice-icon { flex: none; color: var(--mm-primary); margin-top: 0.1rem; }
    .notice h2 { font-size: 1.1rem; margin: 0 0 0.35rem; }
    .notice p { margin: 0; color: var(--mm-ink-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreaPage {
  private readonly user = inject(AuthService).user;

  /** Bound from the route's `data.navPath`. */
  readonly navPath = input.required<string>();

  protected readonly item = computed(() => navItemByPath(this.navPath()));
  protected readonly sectionTitleKey = computed(() => {
    const user = this.user();
    if (!user) return undefined;
    return navigationFor(user.role).find((s) => s.items.some((i) => i.path === this.navPath()))?.titleKey;
  });
}
