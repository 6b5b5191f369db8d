import { decimalTransformer, type ClassCategory, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Row of `studios.trainer_studios`: a trainer's contract with a studio. Its rates are in rate periods
 * ({@link ContractRateEntity}); the table's old `class_rates` column is no longer read.
 */
@Entity({ schema: 'studios', name: 'trainer_studios' })
export class TrainerStudioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'studio_id', type: 'uuid' })
  studioId: string;

  @Column({ type: 'varchar', length: 50 })
  role: 'contractor' | 'employee';

  /** Percent of session revenue the studio keeps. */
  @Column({ name: 'commission_rate', type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimalTransformer })
  commissionRate: Decimal | null;

  /** First day of the contract (studio's local date). */
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 50 })
  status: 'active' | 'ended';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** CAD per session by class category, as 2-decimal strings: `{ group: "50.00", individual: "100.00" }`. */
export type ClassRates = Partial<Record<`${ClassCategory}`, string>>;

/**
 * Row of `studios.contract_rates`: one rate period of a contract, in force from `effectiveFrom` (the
 * studio's local date) until the next period of the same contract begins. Never deleted.
 */
@Entity({ schema: 'studios', name: 'contract_rates' })
export class ContractRateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The contract (`studios.trainer_studios.id`). */
  @Column({ name: 'trainer_studio_id', type: 'uuid' })
  contractId: string;

  /** First day the period applies, `YYYY-MM-DD` in the studio's zone. */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'class_rates', type: 'jsonb' })
  classRates: ClassRates;

  /** The bonus is paid per attendee above this head count; null with `attendeeBonusRate` when there is no bonus. */
  @Column({ name: 'attendee_bonus_threshold', type: 'integer', nullable: true })
  attendeeBonusThreshold: number | null;

  /** CAD per attendee above the threshold. */
  @Column({ name: 'attendee_bonus_rate', type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: decimalTransformer })
  attendeeBonusRate: Decimal | null;

  @Column({ name: 'bill_no_shows', type: 'boolean' })
  billNoShows: boolean;

  @Column({ name: 'bill_late_cancellations', type: 'boolean' })
  billLateCancellations: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Who set the period (a user id; null for periods that existed before rate history was kept). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
