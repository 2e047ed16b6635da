import { Global, Module } from '@nestjs/common';

import { FieldCipher } from './field-cipher';
import { KeyService } from './key.service';

@Global()
@Module({ providers: [KeyService, FieldCipher], exports: [KeyService, FieldCipher] })
export class CryptoModule {}
