import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type AppointmentStatusValue = 'scheduled' | 'completed' | 'cancelled' | 'no-show';

/** Row of `scheduling.appointments`: one session on a trainer's schedule. Times are UTC. */
@Entity({ schema: 'scheduling', name: 'appointments' })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** studios' trainer id (no foreign key across subgraphs). */
  @Column({ name: 'trainer_id', type: 'uuid' }) trainerId: string;
  /** studios' studio id; null for online or at-the-client sessions. */
  @Column({ name: 'studio_id', type: 'uuid', nullable: true }) studioId: string | null;
  @Column({ name: 'class_type_id', type: 'uuid' }) classTypeId: string;
  @Column({ name: 'start_time', type: 'timestamptz' }) startTime: Date;
  @Column({ name: 'end_time', type: 'timestamptz' }) endTime: Date;
  @Column({ type: 'varchar', length: 50 }) status: AppointmentStatusValue;
  @Column({ name: 'location_type', type: 'varchar', length: 50 }) locationType: 'studio' | 'online' | 'client-location';
  @Column({ name: 'location_details', type: 'jsonb', nullable: true }) locationDetails: Record<string, unknown> | null;
  /** CAD the studio pays the trainer for the session. */
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: decimalTransformer }) rate: Decimal | null;
  /** Trainer's notes: kit envelope ciphertext only (the database refuses plaintext); not exposed by the API yet. */
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true }) cancellationReason: string | null;
  /** The recurring series this occurrence belongs to (`scheduling.appointment_series`); null for a one-off. */
  @Column({ name: 'series_id', type: 'uuid', nullable: true }) seriesId: string | null;
  /** iCalendar RECURRENCE-ID: the occurrence's original start (UTC) in its series; set exactly when `seriesId` is. */
  @Column({ name: 'recurrence_id', type: 'timestamptz', nullable: true }) recurrenceId: Date | null;
  /** iCalendar SEQUENCE: bumped on every change a calendar should pick up (time, place, status). */
  @Column({ type: 'integer' }) sequence: number;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
