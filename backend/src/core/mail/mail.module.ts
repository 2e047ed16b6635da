import { Global, Module } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { MailController } from './mail.controller';
import { MailService } from './mail.service';
import { createMailTransport, MailTransport } from './mail-transport';
import { PurgeOldMailsJob } from './purge-old-mails.job';
import { RelayMailOutboxJob } from './relay-mail-outbox.job';
import { SendMailJob } from './send-mail.job';

@Global()
@Module({
  controllers: [MailController],
  providers: [
    MailService,
    SendMailJob,
    RelayMailOutboxJob,
    PurgeOldMailsJob,
    { provide: MailTransport, inject: [AppConfig], useFactory: (config: AppConfig) => createMailTransport(config) },
  ],
  exports: [MailService, MailTransport],
})
export class MailModule {}
