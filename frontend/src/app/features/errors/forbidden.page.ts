import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'mm-forbidden-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="status-page">
      <p class="status-code" aria-hidden="true">403</p>
      <h1>{{ 'errors.forbidden.title' | t }}</h1>
      <p class="lead">{{ 'errors.forbidden.text' | t }}</p>
      <a class="btn btn-primary" routerLink="/">{{ 'common.goHome' | t }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
