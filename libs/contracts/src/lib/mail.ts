/** A mail as the log driver kept it, for administrators, tests and demos. */
export interface SentMail {
  id: string;
  to: string;
  subject: string;
  template: string;
  text: string;
  html: string;
  status: 'queued' | 'sent' | 'failed';
  createdAt: string;
  sentAt?: string;
  error?: string;
}
