import { Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

import { AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** Delivers one rendered mail; the driver is chosen by MAIL_DRIVER. */
export abstract class MailTransport {
  abstract readonly name: 'log' | 'smtp';
  abstract deliver(mail: OutgoingMail): Promise<void>;
}

/** Development and demo driver: writes the mail to the log; the admin page shows the stored copies. */
export class LogMailTransport extends MailTransport {
  readonly name = 'log' as const;
  private readonly logger = new Logger('Mail');

  async deliver(mail: OutgoingMail): Promise<void> {
    // Recipient and subject only: bodies can hold personal data and stay in the database.
    this.logger.log(`To ${mail.to}: ${mail.subject}`);
  }
}

export class SmtpMailTransport extends MailTransport {
  readonly name = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
    this.transporter = createTransport({
      host: config.smtp.host,
      port: config.smtp.port,
      secure: config.smtp.port === 465,
      auth: config.smtp.user ? { user: config.smtp.user, pass: config.smtp.password } : undefined,
    });
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ from: this.config.mailFrom, ...mail });
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.mailDriver === 'smtp' ? new SmtpMailTransport(config) : new LogMailTransport();
}
