import { MailRenderer } from '../mail-renderer';

describe('MailRenderer', () => {
  const context = {
    name: 'Bo <script>alert(1)</script>',
    invitedBy: 'Anders',
    roleLabel: 'sagsbehandler',
    tenantName: 'Hvidovre Kommune',
    link: 'http://localhost:3000/invitation/abc',
    expiresOn: '2026-12-01',
  };

  it('renders subject, HTML in the layout, and plain text', () => {
    const mail = new MailRenderer().render('user-invitation', context);
    expect(mail.subject).toBe('Du er inviteret til Mentormarkedet');
    expect(mail.html).toContain('<html lang="da">');
    expect(mail.html).toContain('href="http://localhost:3000/invitation/abc"');
    expect(mail.text).toContain('Anders har oprettet dig som sagsbehandler hos Hvidovre Kommune');
    expect(mail.text).toContain('2026-12-01');
  });

  it('escapes values in HTML so names cannot inject markup', () => {
    const mail = new MailRenderer().render('user-invitation', context);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Bo &lt;script&gt;');
  });

  it('fails loudly on a missing context value instead of sending a blank', () => {
    const { link: _omitted, ...partial } = context;
    expect(() => new MailRenderer().render('user-invitation', partial as typeof context)).toThrow(/link/);
  });
});
