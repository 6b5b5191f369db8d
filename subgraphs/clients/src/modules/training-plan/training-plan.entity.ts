import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type TrainingPlanStatusValue = 'draft' | 'active' | 'completed' | 'archived';

/** Row of `clients.training_plans`: a structured program for one client (PHI; see {@link TrainingPlanRecord}). */
@Entity({ schema: 'clients', name: 'training_plans' })
export class TrainingPlanEntity {
  @PrimaryColumn({ type: 'uuid' })
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

  /** Structured workout plan (JSON object), sealed with the client's data key. */
  @Column({ name: 'plan_details', type: 'text', nullable: true })
  planDetails: string | null;

  /** How progress is measured (JSON object), sealed with the client's data key. */
  @Column({ name: 'progress_metrics', type: 'text', nullable: true })
  progressMetrics: string | null;

  @Column({ type: 'varchar', length: 50 })
  status: TrainingPlanStatusValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A training plan with its sealed columns opened (in memory only). */
export interface TrainingPlanRecord extends Omit<TrainingPlanEntity, 'planDetails' | 'progressMetrics'> {
  planDetails: Record<string, unknown>;
  progressMetrics: Record<string, unknown>;
}
