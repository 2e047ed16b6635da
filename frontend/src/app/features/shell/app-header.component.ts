import { tenantKindOf } from '@mentor/contracts';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { catchError, of, switchMap } from 'rxjs';
import { ReferenceDataService } from '../../core/api/reference-data.service';
import { AuthService } from '../../core/auth/auth.service';
import { ROLE_LABEL_KEYS } from '../../core/i18n/role-label';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { BrandComponent } from '../../shared/ui/brand.component';
import { LangSwitchComponent } from '../../shared/ui/lang-switch.component';

@Component({
  selector: 'mm-app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, BrandComponent, LangSwitchComponent],
  templateUrl: './app-header.component.html',
  styleUrl: './app-header.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppHeaderComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(TranslationService);
  private readonly reference = inject(ReferenceDataService);

  protected readonly user = this.auth.user;
  protected readonly roleLabelKey = computed(() => {
    const user = this.user();
    return user ? ROLE_LABEL_KEYS[user.role] : null;
  });

  // Only municipality users need the list (for their municipality's name); others never ask for it.
  private readonly municipalities = toSignal(
    toObservable(this.user).pipe(
      switchMap((user) =>
        user && tenantKindOf(user.role) === 'municipality'
          ? this.reference.municipalities().pipe(catchError(() => of([])))
          : of([]),
      ),
    ),
    { initialValue: [] },
  );

  protected readonly tenant = computed(() => {
    const user = this.user();
    if (!user) return '';
    switch (tenantKindOf(user.role)) {
      case 'supplier':
        return user.supplierName ?? this.i18n.t('tenant.supplier');
      case 'platform':
        return this.i18n.t('tenant.platform');
      default: {
        const code = user.municipalityCode ?? '';
        return this.municipalities().find((m) => m.code === code)?.name ?? this.i18n.t('tenant.municipality', { code });
      }
    }
  });

  protected logout(): void {
    void this.auth.logout();
  }
}
