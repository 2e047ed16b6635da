import { ChangeDetectionStrategy, Component } from '@angular/core';
import { BrandComponent } from './brand.component';
import { LangSwitchComponent } from './lang-switch.component';

/** The header of pages shown without the signed-in shell (login, error). */
@Component({
  selector: 'mm-public-header',
  imports: [BrandComponent, LangSwitchComponent],
  template: `
    <header class="site-header">
      <div class="site-header-inner">
        <mm-brand />
        <mm-lang-switch />
      </div>
    </header>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicHeaderComponent {}
