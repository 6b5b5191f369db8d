import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Row of `scheduling.trainer_availability`: one weekly window of a trainer at a studio, in the
 * studio's local wall-clock time, in force from `effectiveFrom` to `effectiveUntil` (local dates).
 */
@Entity({ schema: 'scheduling', name: 'trainer_availability' })
export class AvailabilityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trainer_id', type: 'uuid' }) trainerId: string;
  @Column({ name: 'studio_id', type: 'uuid', nullable: true }) studioId: string | null;
  /** 0 = Sunday … 6 = Saturday. */
  @Column({ name: 'day_of_week', type: 'integer' }) dayOfWeek: number;
  /** Local wall-clock time, "HH:MM:SS". */
  @Column({ name: 'start_time', type: 'time' }) startTime: string;
  @Column({ name: 'end_time', type: 'time' }) endTime: string;
  /** Local dates, `YYYY-MM-DD`. */
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom: string;
  @Column({ name: 'effective_until', type: 'date', nullable: true }) effectiveUntil: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
