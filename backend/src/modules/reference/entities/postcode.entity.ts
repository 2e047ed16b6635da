import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Danish postcode with the centroid of its area, for validation and distances. Reference data. */
@Entity('postcode')
export class PostcodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  postcode: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** A postcode of one large recipient (a company or authority), not an area; its centroid is the nearest area's. */
  @Column({ type: 'boolean', default: false })
  largeRecipient: boolean;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}
