import { decimalTransformer, type ClassCategory, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Row of `studios.trainer_studios`: a trainer's contract with a studio. */
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

  /** CAD per session by class category, as decimal strings: `{ group: "50.00", individual: "100.00" }`. */
  @Column({ name: 'class_rates', type: 'jsonb' })
  classRates: Partial<Record<`${ClassCategory}`, string>>;

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
