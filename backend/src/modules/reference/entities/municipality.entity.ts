import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of Denmark's 98 municipalities: a tenant of the marketplace. Reference data. */
@Entity('municipality')
export class MunicipalityEntity {
  /** The 4-digit code, e.g. '0167' for Hvidovre. */
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  region: string;
}
