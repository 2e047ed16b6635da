import { MigrationInterface, QueryRunner } from 'typeorm';

export class BidReceipts1795582114119 implements MigrationInterface {
  name = 'BidReceipts1795582114119';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"bid_receipt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"bid_id\" uuid NOT NULL, \"supplier_id\" uuid NOT NULL, \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"sequence\" integer NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"sha256\" character varying(64) NOT NULL, CONSTRAINT \"ck_bid_receipt_kind\" CHECK (kind IN ('submitted', 'changed', 'withdrawn')), CONSTRAINT \"PK_0027ceca6b9de509845af9f152a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_bid_receipt_tender\" ON \"bid_receipt\"  (\"tender_id\", \"supplier_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_bid_receipt_supplier_sha256\" ON \"bid_receipt\"  (\"supplier_id\", \"sha256\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bid_receipt_sequence\" ON \"bid_receipt\"  (\"bid_id\", \"sequence\") ");
    await queryRunner.query("ALTER TABLE \"bid_receipt\" ADD CONSTRAINT \"fk_bid_receipt_bid\" FOREIGN KEY (\"bid_id\") REFERENCES \"bid\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Existing bids: only the latest receipt of each was kept, so it is recorded with the number of
    // changes the audit trail shows (earlier hashes are gone); a withdrawn bid also gets its
    // withdrawal receipt, hashed exactly as canonicalWithdrawal does.
    await queryRunner.query(`
      INSERT INTO bid_receipt (bid_id, supplier_id, tender_id, lot_id, kind, sequence, submitted_at, sha256)
      SELECT b.id, b.supplier_id, b.tender_id, b.lot_id, CASE WHEN c.changes > 0 THEN 'changed' ELSE 'submitted' END, 1 + c.changes, b.submitted_at, b.sha256
      FROM bid b
      CROSS JOIN LATERAL (SELECT count(*)::int AS changes FROM audit_event e WHERE e.entity_type = 'bid' AND e.entity_id = b.id::text AND e.action = 'bid.updated') c
      WHERE b.sha256 <> ''`);
    await queryRunner.query(`
      INSERT INTO bid_receipt (bid_id, supplier_id, tender_id, lot_id, kind, sequence, submitted_at, sha256)
      SELECT b.id, b.supplier_id, b.tender_id, b.lot_id, 'withdrawn', r.sequence + 1, b.withdrawn_at,
        encode(sha256(convert_to(concat('{"bidId":"', b.id, '","kind":"withdrawn","lotId":"', b.lot_id, '","supplierId":"', b.supplier_id, '","tenderId":"', b.tender_id,
          '","withdrawnAt":"', to_char(b.withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '"}'), 'UTF8')), 'hex')
      FROM bid b JOIN bid_receipt r ON r.bid_id = b.id
      WHERE b.status = 'withdrawn' AND b.withdrawn_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"bid_receipt\" DROP CONSTRAINT \"fk_bid_receipt_bid\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_bid_receipt_sequence\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_bid_receipt_supplier_sha256\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_bid_receipt_tender\"");
    await queryRunner.query("DROP TABLE \"bid_receipt\"");
  }
}
