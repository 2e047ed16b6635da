import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Handlebars from 'handlebars';

import { MAIL_SUBJECTS, MailContexts, MailTemplateName } from './mail-templates';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * Renders mails from handlebars templates to HTML and plain text. Templates compile once and are
 * cached; HTML escapes every value (a citizen's or supplier's name cannot inject markup).
 */
export class MailRenderer {
  private readonly hbs = Handlebars.create();
  private readonly cache = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly dir = join(__dirname, 'templates')) {}

  render<K extends MailTemplateName>(name: K, context: MailContexts[K]): RenderedMail {
    const subject = this.compile(`subject:${name}`, () => MAIL_SUBJECTS[name], true)(context);
    const body = this.compile(`${name}.html`, () => this.read(`${name}.html.hbs`))(context);
    const html = this.compile('layout.html', () => this.read('layout.html.hbs'))({ subject, body });
    const text = this.compile(`${name}.text`, () => this.read(`${name}.text.hbs`), true)(context);
    return { subject, html, text };
  }

  private read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  private compile(key: string, source: () => string, plain = false): Handlebars.TemplateDelegate {
    let template = this.cache.get(key);
    if (!template) {
      template = this.hbs.compile(source(), { noEscape: plain, strict: true });
      this.cache.set(key, template);
    }
    return template;
  }
}
