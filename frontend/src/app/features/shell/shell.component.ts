import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AppHeaderComponent } from './app-header.component';
import { MainNavComponent } from './main-nav.component';

/** The signed-in layout: skip link, header, the role's menu and the page. */
@Component({
  selector: 'mm-shell',
  imports: [RouterOutlet, TranslatePipe, AppHeaderComponent, MainNavComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly currentUrl = signal(this.router.url);
  private navigations = 0;

  constructor() {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((event) => {
        const first = this.navigations++ === 0;
        this.currentUrl.set(event.urlAfterRedirects);
        // Move focus to the new page, as a full page load would, so keyboard and screen-reader
        // users start at its content instead of the link they left.
        if (!first) setTimeout(() => this.main().nativeElement.focus({ preventScroll: true }));
      });
  }

  protected skipToMain(event: Event): void {
    // A plain "#main" link would resolve against <base href="/"> and leave the page.
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
