import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type TrainingPlanStatusValue = 'draft' | 'active' | 'completed' | 'archived';

/** Row of `clients.training_plans`: a structured program for one client (PHI). */
@Entity({ schema: 'clients', name: 'training_plans' })
export class TrainingPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'text', nullable: true })
  goal: string | null;

  /** Local date `YYYY-MM-DD`. */
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** Sessions per week. */
  @Column({ name: 'frequency_per_week', type: 'integer', nullable: true })
  frequencyPerWeek: number | null;

  /** Structured workout plan (free-form JSON object). */
  @Column({ name: 'plan_details', type: 'jsonb' })
  planDetails: Record<string, unknown>;

  @Column({ name: 'progress_metrics', type: 'jsonb' })
  progressMetrics: Record<string, unknown>;

  @Column({ type: 'varchar', length: 50 })
  status: TrainingPlanStatusValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
