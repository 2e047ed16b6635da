import { MigrationInterface, QueryRunner } from 'typeorm';

/** The expression of mentor.match_fields as this migration creates it (MATCH_FIELDS in mentor.entity.ts). */
const MATCH_FIELDS =
  "id::text || ',' || weekly_capacity_hours::text || ',' || hours_in_use::text || ',' || max_travel_km::text || ',' || competence_levels::text || ',' || coalesce(reporting_quality::text, '') || ',' || coalesce(postcode, '') || ',' || gender";

export class MatchPrefilter1795573402030 implements MigrationInterface {
  name = 'MatchPrefilter1795573402030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"lat\" double precision");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"lon\" double precision");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"competence_levels\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"mentor\" ADD \"certificate_validity\" datemultirange array NOT NULL DEFAULT '{}'");
    // Backfill, as syncMatchColumns keeps them from now on: the postcode's centroid, the levels
    // packed 2 bits per competence code (in the order of COMPETENCE_CODES), and per certificate kind
    // (in the order of CERTIFICATE_KINDS) the dates a valid certificate covers.
    await queryRunner.query(
      `WITH "levels" AS (
        SELECT mc."mentor_id", sum(least(greatest(mc."level", 0), 3)::int << (2 * (array_position($1::varchar[], mc."code") - 1)))::int AS "levels"
        FROM "mentor_competence" mc GROUP BY mc."mentor_id"
      ),
      "periods" AS (
        SELECT c."mentor_id", c."kind", range_agg(daterange(c."issued_on", c."expires_on", '[]')) AS "validity"
        FROM "mentor_certificate" c WHERE c."issued_on" <= c."expires_on" GROUP BY c."mentor_id", c."kind"
      ),
      "validity" AS (
        SELECT m."id", m."postcode", array_agg(coalesce(p."validity", '{}'::datemultirange) ORDER BY k.i) AS "validity"
        FROM "mentor" m CROSS JOIN unnest($2::varchar[]) WITH ORDINALITY k(kind, i)
        LEFT JOIN "periods" p ON p."mentor_id" = m."id" AND p."kind" = k.kind
        GROUP BY m."id"
      )
      UPDATE "mentor" m SET "lat" = pc."lat", "lon" = pc."lon", "competence_levels" = coalesce(l."levels", 0), "certificate_validity" = v."validity"
      FROM "validity" v
      LEFT JOIN "levels" l ON l."mentor_id" = v."id"
      LEFT JOIN "postcode" pc ON pc."postcode" = v."postcode"
      WHERE m."id" = v."id"`,
      [
        ['psychiatric', 'anxiety_stress', 'youth_crime', 'substance_abuse', 'youth_education', 'autism_adhd', 'refugee_integration', 'housing_homelessness', 'debt_finance', 'physical_health', 'family', 'job_retention', 'education_retention'],
        ['criminal_record', 'child_certificate', 'first_aid', 'other'],
      ],
    );
    // What the engine reads per mentor, as one text (MentorEntity.MATCH_FIELDS). TypeORM keeps the
    // expression of a generated column in typeorm_metadata to compare it with the entity's.
    await queryRunner.query(`ALTER TABLE "mentor" ADD "match_fields" text GENERATED ALWAYS AS (${MATCH_FIELDS}) STORED NOT NULL`);
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'mentor', 'GENERATED_COLUMN', 'match_fields', $1)`,
      [MATCH_FIELDS],
    );
    // The matching prefilter reads only these columns of the active mentors of the suppliers in
    // play: with all of them in the index, it is an index-only scan. Not expressible in the entity.
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_match" ON "mentor" ("supplier_id") INCLUDE ("weekly_capacity_hours", "hours_in_use", "languages", "certificate_validity", "competence_levels", "lat", "lon", "max_travel_km", "id", "match_fields") WHERE "active"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_mentor_match"');
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'mentor' AND "name" = 'match_fields'`);
    await queryRunner.query('ALTER TABLE "mentor" DROP COLUMN "match_fields"');
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"certificate_validity\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"competence_levels\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"lon\"");
    await queryRunner.query("ALTER TABLE \"mentor\" DROP COLUMN \"lat\"");
  }
}
