import type { Page as ListPage, SentMail } from '@mentor/contracts';
import { Page } from 'playwright-core';

/**
 * The log driver's mailbox (`GET /api/admin/mails`), read through a page logged in as the platform
 * administrator (its session cookie): waits up to 20 s for a delivered mail to `to` whose text
 * matches `pattern`, and returns the match. The built app runs with MAIL_DRIVER=log.
 */
export async function waitForMail(admin: Page, appUrl: string, to: string, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const res = await admin.request.get(`${appUrl}/api/admin/mails?pageSize=100`);
    expect(res.status()).toBe(200);
    const mails = (await res.json()) as ListPage<SentMail>;
    for (const mail of mails.items) {
      const match = mail.to === to && mail.status === 'sent' ? pattern.exec(mail.text) : null;
      if (match) return match;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail to ${to} matching ${pattern} was delivered within 20 s`);
}
