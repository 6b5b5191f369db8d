import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
