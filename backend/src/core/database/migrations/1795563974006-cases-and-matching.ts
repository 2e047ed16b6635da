import { MigrationInterface, QueryRunner } from 'typeorm';

export class CasesAndMatching1795563974006 implements MigrationInterface {
  name = 'CasesAndMatching1795563974006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"citizen_case\" (\"id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"reference\" character varying(20) NOT NULL, \"caseworker_id\" uuid NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'open', \"identity_ciphertext\" text NOT NULL, \"cpr_index\" character varying(64) NOT NULL, \"birth_year\" smallint NOT NULL, \"target_group\" character varying(40) NOT NULL, \"needs\" jsonb NOT NULL, \"languages\" character varying(2) array NOT NULL DEFAULT '{}', \"gender_preference\" character varying(10), \"postcode\" character varying(4) NOT NULL, \"notes_ciphertext\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"closed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_03027d995113de18b2530dabb22\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_citizen_case_reference\" ON \"citizen_case\"  (\"reference\") ");
    await queryRunner.query("CREATE INDEX \"ix_citizen_case_caseworker\" ON \"citizen_case\"  (\"caseworker_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_citizen_case_open_citizen\" ON \"citizen_case\"  (\"municipality_code\", \"cpr_index\") WHERE status = 'open'");
    await queryRunner.query("CREATE INDEX \"ix_citizen_case_municipality_status\" ON \"citizen_case\"  (\"municipality_code\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"mentor_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"mentor_type\" character varying(12) NOT NULL, \"hours_per_week\" numeric(5,2) NOT NULL, \"weeks\" smallint NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"legal_basis\" character varying(30) NOT NULL, \"goals\" jsonb NOT NULL, \"allocation\" character varying(6) NOT NULL DEFAULT 'auto', \"required_certificates\" character varying(40) array NOT NULL DEFAULT '{}', \"status\" character varying(12) NOT NULL DEFAULT 'open', \"previous_assignment_id\" uuid, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c5f77d8a71a25ea57ea4bf34afb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_mentor_request_case\" ON \"mentor_request\"  (\"case_id\") ");
    await queryRunner.query("CREATE TABLE \"assignment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"request_id\" uuid NOT NULL, \"offer_id\" uuid NOT NULL, \"mentor_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"agreement_id\" uuid NOT NULL, \"hours_per_week\" numeric(5,2) NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'active', \"ended_reason\" character varying(500), \"previous_assignment_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_43c2f5a3859f54cedafb270f37e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_assignment_case\" ON \"assignment\"  (\"case_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_assignment_request\" ON \"assignment\"  (\"request_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assignment_mentor_status\" ON \"assignment\"  (\"mentor_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_assignment_municipality_status\" ON \"assignment\"  (\"municipality_code\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_assignment_supplier_status\" ON \"assignment\"  (\"supplier_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"municipality_settings\" (\"municipality_code\" character varying(4) NOT NULL, \"matching_weights\" jsonb, \"offer_answer_working_days\" smallint NOT NULL DEFAULT '3', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b69f7dfd64b1ca0f858d9e25856\" PRIMARY KEY (\"municipality_code\"))");
    await queryRunner.query("CREATE TABLE \"offer\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"municipality_code\" character varying(4) NOT NULL, \"supplier_id\" uuid NOT NULL, \"mentor_id\" uuid NOT NULL, \"agreement_id\" uuid NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'pending', \"answer_by\" TIMESTAMP WITH TIME ZONE NOT NULL, \"responded_at\" TIMESTAMP WITH TIME ZONE, \"decline_reason\" character varying(500), \"rank\" smallint NOT NULL, \"score\" double precision NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_57c6ae1abe49201919ef68de900\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_offer_mentor\" ON \"offer\"  (\"mentor_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_offer_pending_request\" ON \"offer\"  (\"request_id\") WHERE status = 'pending'");
    await queryRunner.query("CREATE INDEX \"ix_offer_supplier_status\" ON \"offer\"  (\"supplier_id\", \"status\", \"answer_by\") ");
    await queryRunner.query("CREATE INDEX \"ix_offer_request\" ON \"offer\"  (\"request_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"citizen_case\" ADD CONSTRAINT \"fk_citizen_case_caseworker\" FOREIGN KEY (\"caseworker_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mentor_request\" ADD CONSTRAINT \"fk_mentor_request_case\" FOREIGN KEY (\"case_id\") REFERENCES \"citizen_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignment\" ADD CONSTRAINT \"fk_assignment_case\" FOREIGN KEY (\"case_id\") REFERENCES \"citizen_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignment\" ADD CONSTRAINT \"fk_assignment_request\" FOREIGN KEY (\"request_id\") REFERENCES \"mentor_request\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignment\" ADD CONSTRAINT \"fk_assignment_mentor\" FOREIGN KEY (\"mentor_id\") REFERENCES \"mentor\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignment\" ADD CONSTRAINT \"fk_assignment_agreement\" FOREIGN KEY (\"agreement_id\") REFERENCES \"framework_agreement\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"offer\" ADD CONSTRAINT \"fk_offer_request\" FOREIGN KEY (\"request_id\") REFERENCES \"mentor_request\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"offer\" ADD CONSTRAINT \"fk_offer_mentor\" FOREIGN KEY (\"mentor_id\") REFERENCES \"mentor\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"offer\" ADD CONSTRAINT \"fk_offer_agreement\" FOREIGN KEY (\"agreement_id\") REFERENCES \"framework_agreement\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"offer\" DROP CONSTRAINT \"fk_offer_agreement\"");
    await queryRunner.query("ALTER TABLE \"offer\" DROP CONSTRAINT \"fk_offer_mentor\"");
    await queryRunner.query("ALTER TABLE \"offer\" DROP CONSTRAINT \"fk_offer_request\"");
    await queryRunner.query("ALTER TABLE \"assignment\" DROP CONSTRAINT \"fk_assignment_agreement\"");
    await queryRunner.query("ALTER TABLE \"assignment\" DROP CONSTRAINT \"fk_assignment_mentor\"");
    await queryRunner.query("ALTER TABLE \"assignment\" DROP CONSTRAINT \"fk_assignment_request\"");
    await queryRunner.query("ALTER TABLE \"assignment\" DROP CONSTRAINT \"fk_assignment_case\"");
    await queryRunner.query("ALTER TABLE \"mentor_request\" DROP CONSTRAINT \"fk_mentor_request_case\"");
    await queryRunner.query("ALTER TABLE \"citizen_case\" DROP CONSTRAINT \"fk_citizen_case_caseworker\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_offer_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_offer_supplier_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_offer_pending_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_offer_mentor\"");
    await queryRunner.query("DROP TABLE \"offer\"");
    await queryRunner.query("DROP TABLE \"municipality_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assignment_supplier_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assignment_municipality_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assignment_mentor_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_assignment_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assignment_case\"");
    await queryRunner.query("DROP TABLE \"assignment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mentor_request_case\"");
    await queryRunner.query("DROP TABLE \"mentor_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_citizen_case_municipality_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_citizen_case_open_citizen\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_citizen_case_caseworker\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_citizen_case_reference\"");
    await queryRunner.query("DROP TABLE \"citizen_case\"");
  }
}
