import { EntityManager } from 'typeorm';

import { MentorEntity } from '../../../modules/suppliers/entities/mentor.entity';
import { suppliersSeedStep } from '../../../modules/suppliers/seed/suppliers.seed';
import { tendersSeedStep } from '../../../modules/tenders/seed/tenders.seed';
import { casesSeedStep } from '../../../modules/cases/seed/cases.seed';
import { reportsSeedStep } from '../../../modules/reports/seed/reports.seed';
import { SupplierEntity } from '../../../modules/suppliers/entities/supplier.entity';
import { UserEntity } from '../../../modules/users/entities/user.entity';
import { hashPassword } from '../../auth/password-hasher';
import { FieldCipher } from '../../crypto/field-cipher';
import { KeyService } from '../../crypto/key.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SUPPLIERS } from './demo-accounts';

/** What earlier seed steps made, for later steps to build on. */
export interface DemoSeedContext {
  /** Suppliers by key: the demo accounts' `nordmentor` and `brobyg`, and any later step's. */
  suppliers: Map<string, SupplierEntity>;
  /** The demo password, hashed once. */
  passwordHash: string;
  /** "Today" for the demo data, so dates are relative to when the seed runs. */
  today: Date;
  /** Application services a step may need (encrypting citizen identities like the API does). */
  services: DemoSeedServices;
}

export interface DemoSeedServices {
  cipher: FieldCipher;
  /** Purpose keys, e.g. to give a published tender its sealing key as publishing does. */
  keys: KeyService;
}

export interface DemoSeedStep {
  name: string;
  run(manager: EntityManager, context: DemoSeedContext): Promise<void>;
}

/** Step 1: the demo suppliers behind the demo accounts, the mentor behind the mentor account, the accounts. */
export const demoAccountsStep: DemoSeedStep = {
  name: 'demo accounts',
  async run(manager, context) {
    for (const s of DEMO_SUPPLIERS) {
      context.suppliers.set(s.key, await manager.save(manager.create(SupplierEntity, { cvr: s.cvr, name: s.name })));
    }
    for (const account of DEMO_ACCOUNTS) {
      const supplier = account.supplier ? context.suppliers.get(account.supplier)! : null;
      let mentorId: string | null = null;
      if (account.role === 'mentor' && supplier) {
        const mentor = await manager.save(manager.create(MentorEntity, { supplierId: supplier.id, name: account.name, email: account.email, active: true }));
        mentorId = mentor.id;
      }
      await manager.save(
        manager.create(UserEntity, {
          email: account.email,
          name: account.name,
          role: account.role,
          municipalityCode: account.municipalityCode ?? null,
          supplierId: supplier?.id ?? null,
          mentorId,
          passwordHash: context.passwordHash,
          active: true,
        }),
      );
    }
  },
};

/**
 * The demo marketplace, step by step in this order. Each issue adds its step after the ones it
 * builds on (suppliers and mentors, then tenders and agreements, then cases, then reports).
 */
export const DEMO_SEED_STEPS: DemoSeedStep[] = [demoAccountsStep, suppliersSeedStep, tendersSeedStep, casesSeedStep, reportsSeedStep];

export async function seedDemoData(manager: EntityManager, services: DemoSeedServices, steps: DemoSeedStep[] = DEMO_SEED_STEPS): Promise<DemoSeedContext> {
  const context: DemoSeedContext = { suppliers: new Map(), passwordHash: await hashPassword(DEMO_PASSWORD), today: new Date(), services };
  for (const step of steps) await step.run(manager, context);
  return context;
}
