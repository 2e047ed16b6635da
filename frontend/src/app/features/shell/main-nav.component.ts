import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { activeNavPath, navTestId, navigationFor } from '../../core/navigation/navigation';

/** The role's menu, from the shared navigation definition. */
@Component({
  selector: 'mm-main-nav',
  imports: [RouterLink, TranslatePipe],
  templateUrl: './main-nav.component.html',
  styleUrl: './main-nav.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MainNavComponent {
  private readonly user = inject(AuthService).user;

  readonly currentUrl = input.required<string>();

  protected readonly sections = computed(() => {
    const user = this.user();
    return user ? navigationFor(user.role) : [];
  });
  protected readonly activePath = computed(() => {
    const user = this.user();
    return user ? activeNavPath(user.role, this.currentUrl()) : undefined;
  });
  protected readonly testId = navTestId;
}
