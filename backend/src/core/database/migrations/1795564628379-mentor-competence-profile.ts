import { MigrationInterface, QueryRunner } from 'typeorm';

export class MentorCompetenceProfile1795564628379 implements MigrationInterface {
  name = 'MentorCompetenceProfile1795564628379';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"competence_profile\" character varying(400) NOT NULL DEFAULT ''");
    // Backfill from mentor_competence; from now on every write keeps both in step.
    await queryRunner.query("UPDATE \"mentor\" m SET \"competence_profile\" = p.profile FROM (SELECT mentor_id, string_agg(code || ':' || level, ',' ORDER BY code) AS profile FROM mentor_competence GROUP BY mentor_id) p WHERE p.mentor_id = m.id");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"competence_profile\"");
  }
}
