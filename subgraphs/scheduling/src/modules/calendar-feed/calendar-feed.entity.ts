import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Row of `scheduling.calendar_feeds`: a trainer's secret iCalendar URL. The token is never stored,
 * only its SHA-256 (`token_sha256`) and its last four characters (`url_hint`). One feed per trainer is
 * active (`revoked_at` null, a partial unique index); a rotated or revoked feed keeps its row.
 */
@Entity({ schema: 'scheduling', name: 'calendar_feeds' })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** studios' trainer id (no foreign key across subgraphs). */
  @Column({ name: 'trainer_id', type: 'uuid' }) trainerId: string;
  /** SHA-256 of the token (32 bytes). */
  @Column({ name: 'token_sha256', type: 'bytea', select: false }) tokenSha256: Buffer;
  /** The token's last four characters, shown so a trainer recognises their URL. */
  @Column({ name: 'url_hint', type: 'varchar', length: 4 }) urlHint: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** When the feed stopped answering (rotated or revoked); null while active. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
