import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mentor free-text index covers words as written as well as their Danish stems, so a search
 * matches the beginning of a word ("tidl" → "tidligere", whose stem is only "tid"). The expression
 * is MentorEntity's MENTOR_SEARCH_VECTOR; written out here because a migration must not change
 * when the code does.
 */
export class MentorPrefixSearch1795582292013 implements MigrationInterface {
  name = 'MentorPrefixSearch1795582292013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_mentor_search"');
    await queryRunner.query(
      "CREATE INDEX \"ix_mentor_search\" ON \"mentor\" USING gin ((to_tsvector('danish'::regconfig, \"name\" || ' ' || \"background\") || to_tsvector('simple'::regconfig, \"name\" || ' ' || \"background\")))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_mentor_search"');
    await queryRunner.query("CREATE INDEX \"ix_mentor_search\" ON \"mentor\" USING gin (to_tsvector('danish'::regconfig, \"name\" || ' ' || \"background\"))");
  }
}
