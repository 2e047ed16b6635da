import { AssignmentEntity } from '../../modules/cases/entities/assignment.entity';
import { CitizenCaseEntity } from '../../modules/cases/entities/citizen-case.entity';
import { MentorRequestEntity } from '../../modules/cases/entities/mentor-request.entity';
import { MunicipalitySettingsEntity } from '../../modules/cases/entities/municipality-settings.entity';
import { OfferEntity } from '../../modules/cases/entities/offer.entity';
import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { PasswordResetEntity } from '../auth/entities/password-reset.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import { MailMessageEntity } from '../mail/entities/mail-message.entity';
import { CompetenceEntity } from '../../modules/reference/entities/competence.entity';
import { MunicipalityEntity } from '../../modules/reference/entities/municipality.entity';
import { PostcodeEntity } from '../../modules/reference/entities/postcode.entity';
import { MentorCertificateEntity } from '../../modules/suppliers/entities/mentor-certificate.entity';
import { MentorCompetenceEntity } from '../../modules/suppliers/entities/mentor-competence.entity';
import { MentorEntity } from '../../modules/suppliers/entities/mentor.entity';
import { SupplierEntity } from '../../modules/suppliers/entities/supplier.entity';
import { AwardCriterionEntity } from '../../modules/tenders/entities/award-criterion.entity';
import { BidReceiptEntity } from '../../modules/tenders/entities/bid-receipt.entity';
import { BidScoreEntity } from '../../modules/tenders/entities/bid-score.entity';
import { BidEntity } from '../../modules/tenders/entities/bid.entity';
import { FrameworkAgreementEntity } from '../../modules/tenders/entities/framework-agreement.entity';
import { LotEntity } from '../../modules/tenders/entities/lot.entity';
import { TenderQuestionEntity } from '../../modules/tenders/entities/tender-question.entity';
import { TenderEntity } from '../../modules/tenders/entities/tender.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { CourseOutcomeEntity } from '../../modules/reports/entities/course-outcome.entity';
import { OutcomeScoreEntity } from '../../modules/reports/entities/outcome-score.entity';
import { QualityScoreEntity } from '../../modules/reports/entities/quality-score.entity';
import { ReportEventEntity } from '../../modules/reports/entities/report-event.entity';
import { ReportNoticeEntity } from '../../modules/reports/entities/report-notice.entity';
import { ReportEntity } from '../../modules/reports/entities/report.entity';
import { SurveyEntity } from '../../modules/reports/entities/survey.entity';

/** Every entity, listed explicitly: no globs, so the build and the migration check see the same set. */
export const ENTITIES = [
  MunicipalityEntity,
  CompetenceEntity,
  SupplierEntity,
  MentorEntity,
  PostcodeEntity,
  MentorCompetenceEntity,
  MentorCertificateEntity,
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  AuditEventEntity,
  MailMessageEntity,
  TenderEntity,
  LotEntity,
  AwardCriterionEntity,
  TenderQuestionEntity,
  BidEntity,
  BidScoreEntity,
  BidReceiptEntity,
  FrameworkAgreementEntity,
  CitizenCaseEntity,
  MentorRequestEntity,
  OfferEntity,
  AssignmentEntity,
  MunicipalitySettingsEntity,
  ReportEntity,
  ReportEventEntity,
  ReportNoticeEntity,
  QualityScoreEntity,
  OutcomeScoreEntity,
  CourseOutcomeEntity,
  SurveyEntity,
];
