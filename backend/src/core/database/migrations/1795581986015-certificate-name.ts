import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateName1795581986015 implements MigrationInterface {
  name = 'CertificateName1795581986015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mentor_certificate\" ADD \"name\" character varying(120)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mentor_certificate\" DROP COLUMN \"name\"");
  }
}
