import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupplierRegistry1795563106891 implements MigrationInterface {
  name = 'SupplierRegistry1795563106891';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Full-text search over a mentor's name and background for the directory (Danish stemming).
    // TypeORM cannot declare a GIN expression index; the entity marks it synchronize: false.
    await queryRunner.query("CREATE TABLE \"mentor_certificate\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"mentor_id\" uuid NOT NULL, \"kind\" character varying(40) NOT NULL, \"issued_on\" date NOT NULL, \"expires_on\" date NOT NULL, CONSTRAINT \"PK_33f597c8d3b6a6b5bcf3caabc2e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_mentor_certificate_mentor\" ON \"mentor_certificate\"  (\"mentor_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_mentor_certificate_kind_expiry\" ON \"mentor_certificate\"  (\"kind\", \"expires_on\") ");
    await queryRunner.query("CREATE TABLE \"mentor_competence\" (\"mentor_id\" uuid NOT NULL, \"code\" character varying(40) NOT NULL, \"level\" smallint NOT NULL, CONSTRAINT \"PK_360f73186fe871cefd8d9dafd32\" PRIMARY KEY (\"mentor_id\", \"code\"))");
    await queryRunner.query("CREATE INDEX \"ix_mentor_competence_code_level\" ON \"mentor_competence\"  (\"code\", \"level\") ");
    await queryRunner.query("CREATE TABLE \"postcode\" (\"postcode\" character varying(4) NOT NULL, \"name\" character varying(100) NOT NULL, \"large_recipient\" boolean NOT NULL DEFAULT false, \"lat\" double precision NOT NULL, \"lon\" double precision NOT NULL, CONSTRAINT \"PK_9cdb25c85a29e34abe49d76c66d\" PRIMARY KEY (\"postcode\"))");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"address\" character varying(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"postcode\" character varying(4)");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"email\" character varying(254) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"phone\" character varying(30) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"organisation_type\" character varying(30) NOT NULL DEFAULT 'company'");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"municipalities_served\" character varying(4) array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"regions_served\" character varying(50) array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"description\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"supplier\" ADD \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"phone\" character varying(30) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"gender\" character varying(10) NOT NULL DEFAULT 'other'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"languages\" character varying(2) array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"years_of_experience\" smallint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"postcode\" character varying(4)");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"weekly_capacity_hours\" numeric(5,2) NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"hours_in_use\" numeric(5,2) NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"max_travel_km\" smallint NOT NULL DEFAULT '40'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"background\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()");
    await queryRunner.query("CREATE INDEX \"ix_mentor_supplier_active\" ON \"mentor\"  (\"supplier_id\", \"active\") ");
    await queryRunner.query("ALTER TABLE \"mentor_certificate\" ADD CONSTRAINT \"fk_mentor_certificate_mentor\" FOREIGN KEY (\"mentor_id\") REFERENCES \"mentor\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mentor_competence\" ADD CONSTRAINT \"fk_mentor_competence_mentor\" FOREIGN KEY (\"mentor_id\") REFERENCES \"mentor\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mentor_competence\" ADD CONSTRAINT \"fk_mentor_competence_competence\" FOREIGN KEY (\"code\") REFERENCES \"competence\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("CREATE INDEX \"ix_mentor_search\" ON \"mentor\" USING gin (to_tsvector('danish'::regconfig, \"name\" || ' ' || \"background\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_mentor_search"');
    await queryRunner.query("ALTER TABLE \"mentor_competence\" DROP CONSTRAINT \"fk_mentor_competence_competence\"");
    await queryRunner.query("ALTER TABLE \"mentor_competence\" DROP CONSTRAINT \"fk_mentor_competence_mentor\"");
    await queryRunner.query("ALTER TABLE \"mentor_certificate\" DROP CONSTRAINT \"fk_mentor_certificate_mentor\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mentor_supplier_active\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"updated_at\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"background\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"max_travel_km\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"hours_in_use\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"weekly_capacity_hours\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"postcode\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"years_of_experience\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"languages\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"gender\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"phone\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"updated_at\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"description\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"regions_served\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"municipalities_served\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"organisation_type\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"phone\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"email\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"postcode\"");
    await queryRunner.query("ALTER TABLE \"supplier\" DROP COLUMN \"address\"");
    await queryRunner.query("DROP TABLE \"postcode\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mentor_competence_code_level\"");
    await queryRunner.query("DROP TABLE \"mentor_competence\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mentor_certificate_kind_expiry\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mentor_certificate_mentor\"");
    await queryRunner.query("DROP TABLE \"mentor_certificate\"");
  }
}
