import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is evidence (who read which citizen's data, every step of a procurement): the
 * database itself refuses to change or delete an audit event, whatever the application does.
 */
export class AuditAppendOnly1795581838385 implements MigrationInterface {
  name = 'AuditAppendOnly1795581838385';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`,
    );
    await queryRunner.query('CREATE TRIGGER "tr_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()');
    await queryRunner.query('CREATE TRIGGER "tr_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tr_audit_event_no_truncate" ON "audit_event"');
    await queryRunner.query('DROP TRIGGER "tr_audit_event_append_only" ON "audit_event"');
    await queryRunner.query('DROP FUNCTION "audit_event_append_only"()');
  }
}
