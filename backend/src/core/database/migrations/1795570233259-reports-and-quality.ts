import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsAndQuality1795570233259 implements MigrationInterface {
  name = 'ReportsAndQuality1795570233259';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"course_outcome\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"assignment_id\" uuid NOT NULL, \"case_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"target_group\" character varying(40) NOT NULL, \"follow_up\" character varying(4) NOT NULL, \"due_on\" date NOT NULL, \"status\" character varying(20), \"benefit_change_dkk\" integer, \"note\" character varying(1000), \"recorded_at\" TIMESTAMP WITH TIME ZONE, \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9323cbe009d40a329652ca31596\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_course_outcome_supplier\" ON \"course_outcome\"  (\"supplier_id\", \"target_group\") ");
    await queryRunner.query("CREATE INDEX \"ix_course_outcome_municipality_due\" ON \"course_outcome\"  (\"municipality_code\", \"recorded_at\", \"due_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_course_outcome\" ON \"course_outcome\"  (\"assignment_id\", \"follow_up\") ");
    await queryRunner.query("CREATE TABLE \"outcome_score\" (\"supplier_id\" uuid NOT NULL, \"target_group\" character varying(40) NOT NULL, \"courses\" integer NOT NULL, \"job_or_education\" integer NOT NULL, \"score\" numeric(4,3) NOT NULL, \"computed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7d50de55c80717078ee3636a7fe\" PRIMARY KEY (\"supplier_id\", \"target_group\"))");
    await queryRunner.query("CREATE TABLE \"quality_score\" (\"subject_kind\" character varying(8) NOT NULL, \"subject_id\" uuid NOT NULL, \"month\" character varying(7) NOT NULL, \"reports_due\" integer NOT NULL, \"reports_submitted\" integer NOT NULL, \"reports_reviewed\" integer NOT NULL, \"on_time_rate\" numeric(4,3), \"completeness\" numeric(4,3), \"acceptance_rate\" numeric(4,3), \"quality_score\" numeric(4,3), \"standing\" character varying(8) NOT NULL, \"computed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_76961c2f33ac19551fc8707384d\" PRIMARY KEY (\"subject_kind\", \"subject_id\", \"month\"))");
    await queryRunner.query("CREATE INDEX \"ix_quality_score_month\" ON \"quality_score\"  (\"month\") ");
    await queryRunner.query("CREATE TABLE \"report_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"report_id\" uuid NOT NULL, \"action\" character varying(10) NOT NULL, \"user_id\" uuid NOT NULL, \"comment_ciphertext\" text, \"content_ciphertext\" text, \"figures\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_247b406f3221ad7b2c4b4f09933\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_report_event_report\" ON \"report_event\"  (\"report_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"report_notice\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"report_id\" uuid NOT NULL, \"kind\" character varying(12) NOT NULL, \"recipients\" smallint NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_78b9bd26fb1545316192bcc10e2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_report_notice\" ON \"report_notice\"  (\"report_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"assignment_id\" uuid NOT NULL, \"case_id\" uuid NOT NULL, \"mentor_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"kind\" character varying(12) NOT NULL, \"period\" character varying(7) NOT NULL, \"period_start\" date NOT NULL, \"period_end\" date NOT NULL, \"due_on\" date NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'due', \"hours_used\" numeric(6,2), \"meetings_held\" smallint, \"meetings_missed\" smallint, \"milestone_statuses\" jsonb, \"content_ciphertext\" text, \"completeness\" numeric(4,3), \"first_submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"submissions\" smallint NOT NULL DEFAULT '0', \"returns\" smallint NOT NULL DEFAULT '0', \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_99e4d0bea58cba73c57f935a546\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_report_status_due\" ON \"report\"  (\"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"ix_report_mentor_due\" ON \"report\"  (\"mentor_id\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"ix_report_supplier_due\" ON \"report\"  (\"supplier_id\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"ix_report_municipality_status_due\" ON \"report\"  (\"municipality_code\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_report_assignment_kind_period\" ON \"report\"  (\"assignment_id\", \"kind\", \"period\") ");
    await queryRunner.query("CREATE TABLE \"survey\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character varying(64) NOT NULL, \"assignment_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"target_group\" character varying(40) NOT NULL, \"respondent\" character varying(10) NOT NULL, \"token_ciphertext\" text NOT NULL, \"answers\" jsonb, \"comment_ciphertext\" text, \"answered_at\" TIMESTAMP WITH TIME ZONE, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f0da32b9181e9c02ecf0be11ed3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_survey_supplier\" ON \"survey\"  (\"supplier_id\", \"answered_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_survey_assignment_respondent\" ON \"survey\"  (\"assignment_id\", \"respondent\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_survey_token\" ON \"survey\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"reporting_quality\" numeric(4,3)");
    await queryRunner.query("ALTER TABLE \"municipality_settings\" ADD \"report_due_day\" smallint NOT NULL DEFAULT '5'");
    await queryRunner.query("ALTER TABLE \"municipality_settings\" ADD \"report_reminder_days_before\" smallint NOT NULL DEFAULT '3'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"municipality_settings\" DROP COLUMN \"report_reminder_days_before\"");
    await queryRunner.query("ALTER TABLE \"municipality_settings\" DROP COLUMN \"report_due_day\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"reporting_quality\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_survey_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_survey_assignment_respondent\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_survey_supplier\"");
    await queryRunner.query("DROP TABLE \"survey\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_report_assignment_kind_period\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_report_municipality_status_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_report_supplier_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_report_mentor_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_report_status_due\"");
    await queryRunner.query("DROP TABLE \"report\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_report_notice\"");
    await queryRunner.query("DROP TABLE \"report_notice\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_report_event_report\"");
    await queryRunner.query("DROP TABLE \"report_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_quality_score_month\"");
    await queryRunner.query("DROP TABLE \"quality_score\"");
    await queryRunner.query("DROP TABLE \"outcome_score\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_course_outcome\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_course_outcome_municipality_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_course_outcome_supplier\"");
    await queryRunner.query("DROP TABLE \"course_outcome\"");
  }
}
