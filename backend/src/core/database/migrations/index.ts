import { MentorPrefixSearch1795582292013 } from './1795582292013-mentor-prefix-search';
import { PasswordReset1795582132145 } from './1795582132145-password-reset';
import { BidReceipts1795582114119 } from './1795582114119-bid-receipts';
import { CertificateName1795581986015 } from './1795581986015-certificate-name';
import { AuditAppendOnly1795581838385 } from './1795581838385-audit-append-only';
import { MatchPrefilter1795573402030 } from './1795573402030-match-prefilter';
import { ReportsAndQuality1795570233259 } from './1795570233259-reports-and-quality';
import { MentorCompetenceProfile1795564628379 } from './1795564628379-mentor-competence-profile';
import { CasesAndMatching1795563974006 } from './1795563974006-cases-and-matching';
import { Tenders1795563278793 } from './1795563278793-tenders';
import { SupplierRegistry1795563106891 } from './1795563106891-supplier-registry';
import { InitialSchema1795561856536 } from './1795561856536-initial-schema';
import { MigrationInterface } from 'typeorm';

/** Every migration, in order. `npm run migration:generate -- <name>` appends to this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795561856536, SupplierRegistry1795563106891, Tenders1795563278793, CasesAndMatching1795563974006, MentorCompetenceProfile1795564628379, ReportsAndQuality1795570233259, MatchPrefilter1795573402030, AuditAppendOnly1795581838385, CertificateName1795581986015, BidReceipts1795582114119, PasswordReset1795582132145, MentorPrefixSearch1795582292013];
