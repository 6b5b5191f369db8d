import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Row of `studios.trainers`: a trainer's profile. `id` is the trainer's identity user id. */
@Entity({ schema: 'studios', name: 'trainers' })
export class TrainerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The Trainer Admin whose team this trainer is in, or null for an independent trainer. */
  @Column({ name: 'parent_trainer_id', type: 'uuid', nullable: true })
  parentTrainerId: string | null;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  @Column({ name: 'business_name', type: 'varchar', length: 255, nullable: true })
  businessName: string | null;

  /** GST/HST registration number, e.g. "812345678RT0001"; null for small suppliers (CRA GST/HST Memorandum 2.1). */
  @Column({ name: 'gst_number', type: 'varchar', length: 30, nullable: true })
  gstNumber: string | null;

  @Column({ name: 'license_number', type: 'varchar', length: 100, nullable: true })
  licenseNumber: string | null;

  @Column({ type: 'text', array: true })
  specializations: string[];

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  /** CAD per hour. */
  @Column({ name: 'hourly_rate', type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: decimalTransformer })
  hourlyRate: Decimal | null;

  /** Percent the trainer admin keeps of team revenue. */
  @Column({ name: 'commission_rate', type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimalTransformer })
  commissionRate: Decimal | null;

  /** Home time zone (IANA id): the zone of the trainer's own calendar and dashboard. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 50 })
  status: 'active' | 'inactive';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
