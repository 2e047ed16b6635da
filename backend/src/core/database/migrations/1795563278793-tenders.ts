import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tenders1795563278793 implements MigrationInterface {
  name = 'Tenders1795563278793';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tender\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"municipality_code\" character varying(4) NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'draft', \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"price_weight\" integer NOT NULL, \"price_model\" character varying(20) NOT NULL, \"linear_slope\" numeric(6,3), \"allocation_model\" character varying(30) NOT NULL, \"estimated_value\" numeric(14,2), \"question_deadline\" TIMESTAMP WITH TIME ZONE NOT NULL, \"bid_deadline\" TIMESTAMP WITH TIME ZONE NOT NULL, \"standstill_days\" integer NOT NULL DEFAULT '10', \"agreement_start\" date NOT NULL, \"agreement_end\" date NOT NULL, \"seal_public_key\" text, \"seal_private_key_enc\" text, \"created_by_user_id\" uuid, \"published_at\" TIMESTAMP WITH TIME ZONE, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"opened_at\" TIMESTAMP WITH TIME ZONE, \"evaluated_at\" TIMESTAMP WITH TIME ZONE, \"awarded_at\" TIMESTAMP WITH TIME ZONE, \"standstill_ends_on\" date, \"in_force_at\" TIMESTAMP WITH TIME ZONE, \"cancelled_at\" TIMESTAMP WITH TIME ZONE, \"cancel_reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_tender_price_weight\" CHECK (price_weight BETWEEN 0 AND 100), CONSTRAINT \"ck_tender_status\" CHECK (status IN ('draft', 'published', 'closed', 'evaluated', 'awarded', 'in_force', 'cancelled')), CONSTRAINT \"PK_cf05759ac4297391f87db210f64\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tender_status_deadline\" ON \"tender\"  (\"status\", \"bid_deadline\") ");
    await queryRunner.query("CREATE INDEX \"ix_tender_municipality\" ON \"tender\"  (\"municipality_code\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"award_criterion\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"name\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"weight\" integer NOT NULL, CONSTRAINT \"PK_6c52a7e4641a3c8ab504a8b5758\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_award_criterion_position\" ON \"award_criterion\"  (\"tender_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"tender_lot\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"target_groups\" character varying(40) array NOT NULL, \"required_competences\" character varying(40) array NOT NULL, \"estimated_hours_per_year\" integer NOT NULL, \"max_suppliers\" integer NOT NULL, \"hour_ceiling\" integer NOT NULL, CONSTRAINT \"PK_b4c10e209d4ad0cc25a9b44b9c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_tender_lot_number\" ON \"tender_lot\"  (\"tender_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"bid\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'submitted', \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"sha256\" character varying(64) NOT NULL, \"sealed\" text, \"bidder_copy\" text, \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, \"opened_at\" TIMESTAMP WITH TIME ZONE, \"hourly_rate\" numeric(10,2), \"answers\" jsonb, \"mentor_ids\" uuid array, CONSTRAINT \"PK_ed405dda320051aca2dcb1a50bb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_bid_supplier\" ON \"bid\"  (\"supplier_id\", \"submitted_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_bid_tender\" ON \"bid\"  (\"tender_id\", \"lot_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bid_supplier_lot\" ON \"bid\"  (\"lot_id\", \"supplier_id\") WHERE status = 'submitted'");
    await queryRunner.query("CREATE TABLE \"bid_score\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"bid_id\" uuid NOT NULL, \"criterion_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"score\" numeric(4,2) NOT NULL, \"justification\" text NOT NULL, \"scored_by_user_id\" uuid, \"scored_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_aee76d93ce6fe81fe5297487b2d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_bid_score_tender\" ON \"bid_score\"  (\"tender_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bid_score_criterion\" ON \"bid_score\"  (\"bid_id\", \"criterion_id\") ");
    await queryRunner.query("CREATE TABLE \"framework_agreement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"bid_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"target_groups\" character varying(40) array NOT NULL, \"hourly_rate\" numeric(10,2) NOT NULL, \"rank\" integer NOT NULL, \"hour_ceiling\" integer NOT NULL, \"hours_used\" numeric(10,2) NOT NULL DEFAULT '0', \"valid_from\" date NOT NULL, \"valid_to\" date NOT NULL, \"standstill_ends_on\" date, \"status\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_da20461ba90578f57de0f78098d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_framework_agreement_tender\" ON \"framework_agreement\"  (\"tender_id\", \"rank\") ");
    await queryRunner.query("CREATE INDEX \"ix_framework_agreement_supplier\" ON \"framework_agreement\"  (\"supplier_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_framework_agreement_lookup\" ON \"framework_agreement\"  (\"municipality_code\", \"status\", \"valid_from\", \"valid_to\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_framework_agreement_lot_supplier\" ON \"framework_agreement\"  (\"lot_id\", \"supplier_id\") ");
    await queryRunner.query("CREATE TABLE \"tender_question\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"asked_by_supplier_id\" uuid NOT NULL, \"text\" text NOT NULL, \"answer\" text, \"asked_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"answered_at\" TIMESTAMP WITH TIME ZONE, \"answered_by_user_id\" uuid, CONSTRAINT \"PK_71dbca9ee5078b3fc26ad2efb5b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tender_question_tender\" ON \"tender_question\"  (\"tender_id\", \"asked_at\") ");
    await queryRunner.query("ALTER TABLE \"tender\" ADD CONSTRAINT \"fk_tender_municipality\" FOREIGN KEY (\"municipality_code\") REFERENCES \"municipality\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"award_criterion\" ADD CONSTRAINT \"fk_award_criterion_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_lot\" ADD CONSTRAINT \"fk_tender_lot_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"bid\" ADD CONSTRAINT \"fk_bid_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"bid\" ADD CONSTRAINT \"fk_bid_lot\" FOREIGN KEY (\"lot_id\") REFERENCES \"tender_lot\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"bid\" ADD CONSTRAINT \"fk_bid_supplier\" FOREIGN KEY (\"supplier_id\") REFERENCES \"supplier\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"bid_score\" ADD CONSTRAINT \"fk_bid_score_bid\" FOREIGN KEY (\"bid_id\") REFERENCES \"bid\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"bid_score\" ADD CONSTRAINT \"fk_bid_score_criterion\" FOREIGN KEY (\"criterion_id\") REFERENCES \"award_criterion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_agreement\" ADD CONSTRAINT \"fk_framework_agreement_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_agreement\" ADD CONSTRAINT \"fk_framework_agreement_lot\" FOREIGN KEY (\"lot_id\") REFERENCES \"tender_lot\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_agreement\" ADD CONSTRAINT \"fk_framework_agreement_supplier\" FOREIGN KEY (\"supplier_id\") REFERENCES \"supplier\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_question\" ADD CONSTRAINT \"fk_tender_question_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_question\" ADD CONSTRAINT \"fk_tender_question_supplier\" FOREIGN KEY (\"asked_by_supplier_id\") REFERENCES \"supplier\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tender_question\" DROP CONSTRAINT \"fk_tender_question_supplier\"");
    await queryRunner.query("ALTER TABLE \"tender_question\" DROP CONSTRAINT \"fk_tender_question_tender\"");
    await queryRunner.query("ALTER TABLE \"framework_agreement\" DROP CONSTRAINT \"fk_framework_agreement_supplier\"");
    await queryRunner.query("ALTER TABLE \"framework_agreement\" DROP CONSTRAINT \"fk_framework_agreement_lot\"");
    await queryRunner.query("ALTER TABLE \"framework_agreement\" DROP CONSTRAINT \"fk_framework_agreement_tender\"");
    await queryRunner.query("ALTER TABLE \"bid_score\" DROP CONSTRAINT \"fk_bid_score_criterion\"");
    await queryRunner.query("ALTER TABLE \"bid_score\" DROP CONSTRAINT \"fk_bid_score_bid\"");
    await queryRunner.query("ALTER TABLE \"bid\" DROP CONSTRAINT \"fk_bid_supplier\"");
    await queryRunner.query("ALTER TABLE \"bid\" DROP CONSTRAINT \"fk_bid_lot\"");
    await queryRunner.query("ALTER TABLE \"bid\" DROP CONSTRAINT \"fk_bid_tender\"");
    await queryRunner.query("ALTER TABLE \"tender_lot\" DROP CONSTRAINT \"fk_tender_lot_tender\"");
    await queryRunner.query("ALTER TABLE \"award_criterion\" DROP CONSTRAINT \"fk_award_criterion_tender\"");
    await queryRunner.query("ALTER TABLE \"tender\" DROP CONSTRAINT \"fk_tender_municipality\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tender_question_tender\"");
    await queryRunner.query("DROP TABLE \"tender_question\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_framework_agreement_lot_supplier\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_agreement_lookup\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_agreement_supplier\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_agreement_tender\"");
    await queryRunner.query("DROP TABLE \"framework_agreement\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_bid_score_criterion\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_bid_score_tender\"");
    await queryRunner.query("DROP TABLE \"bid_score\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_bid_supplier_lot\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_bid_tender\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_bid_supplier\"");
    await queryRunner.query("DROP TABLE \"bid\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_tender_lot_number\"");
    await queryRunner.query("DROP TABLE \"tender_lot\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_award_criterion_position\"");
    await queryRunner.query("DROP TABLE \"award_criterion\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tender_municipality\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tender_status_deadline\"");
    await queryRunner.query("DROP TABLE \"tender\"");
  }
}
