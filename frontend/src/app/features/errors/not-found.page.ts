import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'mm-not-found-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="status-page">
      <p class="status-code" aria-hidden="true">404</p>
      <h1>{{ 'errors.notFound.title' | t }}</h1>
      <p class="lead">{{ 'errors.notFound.text' | t }}</p>
      <a class="btn btn-primary" routerLink="/">{{ 'common.goHome' | t }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
