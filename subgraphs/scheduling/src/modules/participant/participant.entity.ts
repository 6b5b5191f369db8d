import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Row of `scheduling.appointment_participants`: a client booked into an appointment (one row per client). */
@Entity({ schema: 'scheduling', name: 'appointment_participants' })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'appointment_id', type: 'uuid' }) appointmentId: string;
  /** clients' client id (no foreign key across subgraphs). */
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  @Column({ type: 'varchar', length: 50 }) status: 'confirmed' | 'waitlisted' | 'cancelled';
  /** Null until the session has happened. */
  @Column({ type: 'boolean', nullable: true }) attended: boolean | null;
  @Column({ name: 'payment_status', type: 'varchar', length: 50 }) paymentStatus: 'pending' | 'paid' | 'refunded';
  /** Waitlist order (monotonic per session, set only while `waitlisted`); the API shows the rank, 1 = next in. */
  @Column({ name: 'waitlist_position', type: 'integer', nullable: true }) waitlistPosition: number | null;
  /** When the booking was cancelled (UTC); set exactly when `status` is `cancelled`. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  /** Cancelled inside the class type's cancellation window (billable per the studio contract). */
  @Column({ name: 'late_cancellation', type: 'boolean' }) lateCancellation: boolean;
  /** When the current booking was made (UTC): a cancelled booking booked again gets a new time, at the end of the queue. */
  @Column({ name: 'booked_at', type: 'timestamptz', default: () => 'now()' }) bookedAt: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
