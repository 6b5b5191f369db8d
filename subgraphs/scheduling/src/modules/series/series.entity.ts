import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SeriesStatusValue = 'active' | 'ended' | 'cancelled';

/**
 * Row of `scheduling.appointment_series`: a recurring session, an RFC 5545 RRULE expanded in an IANA
 * zone. Its occurrences are `scheduling.appointments` rows with `series_id` and `recurrence_id`.
 */
@Entity({ schema: 'scheduling', name: 'appointment_series' })
export class SeriesEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trainer_id', type: 'uuid' }) trainerId: string;
  @Column({ name: 'studio_id', type: 'uuid', nullable: true }) studioId: string | null;
  @Column({ name: 'class_type_id', type: 'uuid' }) classTypeId: string;
  /** RRULE value without DTSTART, canonical (series.recurrence.ts `canonical`). */
  @Column({ type: 'text' }) rrule: string;
  /** The IANA zone the rule is expanded in: the studio's, or the one given for a series elsewhere. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 }) timeZone: string;
  /**
   * DTSTART as wall-clock time in `timeZone`, `YYYY-MM-DDTHH:mm`. PostgreSQL keeps it as a zone-less
   * `timestamp`; the repository reads and writes it as text (never through a JavaScript `Date`, whose
   * conversion would pass through the process's own zone).
   */
  @Column({ name: 'local_start', type: 'timestamp' }) localStart: string;
  @Column({ name: 'duration_minutes', type: 'integer' }) durationMinutes: number;
  @Column({ name: 'location_type', type: 'varchar', length: 50 }) locationType: 'studio' | 'online' | 'client-location';
  @Column({ name: 'location_details', type: 'jsonb', nullable: true }) locationDetails: Record<string, unknown> | null;
  /** CAD the studio pays per occurrence (the contract's class rate unless given). */
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: decimalTransformer }) rate: Decimal | null;
  /** Occurrences exist as appointment rows up to here (UTC). */
  @Column({ name: 'materialised_until', type: 'timestamptz' }) materialisedUntil: Date;
  /** The series this one was split from ("this and all following"). */
  @Column({ name: 'split_from_id', type: 'uuid', nullable: true }) splitFromId: string | null;
  @Column({ type: 'varchar', length: 20 }) status: SeriesStatusValue;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
