import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795561856536 implements MigrationInterface {
  name = 'InitialSchema1795561856536';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_user_id\" uuid, \"actor_role\" character varying(30), \"municipality_code\" character varying(4), \"supplier_id\" uuid, \"action\" character varying(80) NOT NULL, \"entity_type\" character varying(50) NOT NULL, \"entity_id\" character varying(64), \"purpose\" character varying(300), \"details\" jsonb NOT NULL, \"request_id\" character varying(64), CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_event_supplier\" ON \"audit_event\"  (\"supplier_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_event_municipality\" ON \"audit_event\"  (\"municipality_code\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_event_entity\" ON \"audit_event\"  (\"entity_type\", \"entity_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"municipality\" (\"code\" character varying(4) NOT NULL, \"name\" character varying(100) NOT NULL, \"region\" character varying(50) NOT NULL, CONSTRAINT \"PK_f01eb47e7b81481ca5a146a786d\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"supplier\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"cvr\" character varying(8) NOT NULL, \"name\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2bc0d2cab6276144d2ff98a2828\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_supplier_cvr\" ON \"supplier\"  (\"cvr\") ");
    await queryRunner.query("CREATE TABLE \"mentor\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"supplier_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"email\" character varying(254) NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9fcebd0a40237e9b6defcbd9d74\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_mentor_supplier\" ON \"mentor\"  (\"supplier_id\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"name\" character varying(200) NOT NULL, \"password_hash\" character varying(300), \"role\" character varying(30) NOT NULL, \"municipality_code\" character varying(4), \"supplier_id\" uuid, \"mentor_id\" uuid, \"active\" boolean NOT NULL DEFAULT true, \"invitation_token_hash\" character varying(64), \"invitation_expires_at\" TIMESTAMP WITH TIME ZONE, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_app_user_mentor\" CHECK ((role = 'mentor') = (mentor_id IS NOT NULL)), CONSTRAINT \"ck_app_user_tenant\" CHECK ((role = 'platform_admin' AND municipality_code IS NULL AND supplier_id IS NULL)\n   OR (role IN ('municipality_admin', 'procurement_officer', 'caseworker') AND municipality_code IS NOT NULL AND supplier_id IS NULL)\n   OR (role IN ('supplier_admin', 'mentor') AND supplier_id IS NOT NULL AND municipality_code IS NULL)), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"ix_app_user_municipality\" ON \"app_user\"  (\"municipality_code\") ");
    await queryRunner.query("CREATE INDEX \"ix_app_user_supplier\" ON \"app_user\"  (\"supplier_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_mentor\" ON \"app_user\"  (\"mentor_id\") WHERE mentor_id IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_invitation\" ON \"app_user\"  (\"invitation_token_hash\") WHERE invitation_token_hash IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"user_agent\" character varying(300), CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_session_user\" ON \"session\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_session_expires_at\" ON \"session\"  (\"expires_at\") ");
    await queryRunner.query("CREATE TABLE \"mail_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"to\" character varying(254) NOT NULL, \"subject\" character varying(300) NOT NULL, \"template\" character varying(80) NOT NULL, \"html\" text NOT NULL, \"text\" text NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'queued', \"attempts\" integer NOT NULL DEFAULT '0', \"error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_d23285093ea237bc7632d4fcce9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_mail_message_status\" ON \"mail_message\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"competence\" (\"code\" character varying(40) NOT NULL, \"label_da\" character varying(100) NOT NULL, \"label_en\" character varying(100) NOT NULL, \"description_da\" text NOT NULL DEFAULT '', \"description_en\" text NOT NULL DEFAULT '', \"sort_order\" integer NOT NULL, CONSTRAINT \"PK_31fbda156f24fba948c90189748\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD CONSTRAINT \"fk_mentor_supplier\" FOREIGN KEY (\"supplier_id\") REFERENCES \"supplier\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"fk_app_user_municipality\" FOREIGN KEY (\"municipality_code\") REFERENCES \"municipality\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"fk_app_user_supplier\" FOREIGN KEY (\"supplier_id\") REFERENCES \"supplier\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"fk_app_user_mentor\" FOREIGN KEY (\"mentor_id\") REFERENCES \"mentor\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"fk_session_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"fk_session_user\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"fk_app_user_mentor\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"fk_app_user_supplier\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"fk_app_user_municipality\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP CONSTRAINT \"fk_mentor_supplier\"");
    await queryRunner.query("DROP TABLE \"competence\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mail_message_status\"");
    await queryRunner.query("DROP TABLE \"mail_message\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_session_expires_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_session_user\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_app_user_invitation\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_app_user_mentor\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_app_user_supplier\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_app_user_municipality\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_app_user_email\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mentor_supplier\"");
    await queryRunner.query("DROP TABLE \"mentor\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_supplier_cvr\"");
    await queryRunner.query("DROP TABLE \"supplier\"");
    await queryRunner.query("DROP TABLE \"municipality\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_event_entity\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_event_municipality\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_event_supplier\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
  }
}
