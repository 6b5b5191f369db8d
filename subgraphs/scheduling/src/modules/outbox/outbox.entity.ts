import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Row of `scheduling.outbox`: something people are to be told about (a cancelled or moved session, a
 * promotion from the waitlist), written in the transaction of the change; a later job delivers it.
 * Ids and facts only: never names, emails or notes.
 */
@Entity({ schema: 'scheduling', name: 'outbox' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** `appointment.cancelled`, `appointment.rescheduled`, `booking.cancelled`, `waitlist.promoted`, … */
  @Column({ name: 'event_type', type: 'varchar', length: 100 }) eventType: string;
  @Column({ name: 'appointment_id', type: 'uuid', nullable: true }) appointmentId: string | null;
  /** clients' client ids of the people to tell. */
  @Column({ name: 'client_ids', type: 'uuid', array: true }) clientIds: string[];
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** When the delivery job sent it; null while pending. */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
}
