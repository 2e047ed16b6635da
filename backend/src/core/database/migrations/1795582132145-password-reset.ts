import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordReset1795582132145 implements MigrationInterface {
  name = 'PasswordReset1795582132145';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"password_reset\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8515e60a2cc41584fa4784f52ce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_password_reset_user\" ON \"password_reset\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_password_reset_token_hash\" ON \"password_reset\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"password_reset\" ADD CONSTRAINT \"fk_password_reset_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"password_reset\" DROP CONSTRAINT \"fk_password_reset_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_password_reset_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_password_reset_user\"");
    await queryRunner.query("DROP TABLE \"password_reset\"");
  }
}
