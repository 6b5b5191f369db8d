import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { StoredAddress } from '../studio/studio.entity.js';

/** The provinces with a provincial sales tax of their own (BC and SK PST, MB RST) and a trainer's registration number in each. */
export type PstNumbers = Partial<Record<'BC' | 'SK' | 'MB', string>>;

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

  /** GST/HST registration number, `123456789 RT0001`; null for an unregistered small supplier (CRA GST/HST Memorandum 2.1). */
  @Column({ name: 'gst_number', type: 'varchar', length: 30, nullable: true })
  gstNumber: string | null;

  /** Revenu Québec QST registration number, `1234567890 TQ0001`; null when not registered. */
  @Column({ name: 'qst_number', type: 'varchar', length: 20, nullable: true })
  qstNumber: string | null;

  /** PST/RST registration numbers by province: `{ BC: "PST-1234-5678", SK: "1234567", MB: "123456-7" }`. */
  @Column({ name: 'pst_numbers', type: 'jsonb' })
  pstNumbers: PstNumbers;

  /** The business address printed on the trainer's invoices; null until the trainer gives one. */
  @Column({ type: 'jsonb', nullable: true })
  address: StoredAddress | null;

  /**
   * First part of the trainer's invoice numbers (`MC-2026-0007`): 1–6 capitals or digits. The
   * database fills in the initials of the first and last name when none is given (or it is set to null).
   */
  @Column({ name: 'invoice_prefix', type: 'varchar', length: 6 })
  invoicePrefix: string;

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
