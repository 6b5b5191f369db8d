import { decimalTransformer, type ClassCategory, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Row of `scheduling.class_types`: a kind of session a trainer offers. */
@Entity({ schema: 'scheduling', name: 'class_types' })
export class ClassTypeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'trainer_id', type: 'uuid' }) trainerId: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 50 }) category: `${ClassCategory}`;
  /** Minutes. */
  @Column({ name: 'duration_minutes', type: 'integer' }) durationMinutes: number;
  @Column({ name: 'max_participants', type: 'integer' }) maxParticipants: number;
  /** CAD per participant. */
  @Column({ name: 'default_rate', type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: decimalTransformer })
  defaultRate: Decimal | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** Calendar colour, "#RRGGBB". */
  @Column({ type: 'varchar', length: 7, nullable: true }) color: string | null;
  @Column({ type: 'varchar', length: 50 }) status: 'active' | 'archived';
  /** Minutes before the start inside which a client's cancellation is late (720 = 12 h by default). */
  @Column({ name: 'cancellation_window_minutes', type: 'integer' }) cancellationWindowMinutes: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
