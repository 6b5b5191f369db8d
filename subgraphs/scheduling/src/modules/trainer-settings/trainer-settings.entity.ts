import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Row of `scheduling.trainer_settings`: how a trainer runs their calendar. A trainer without a row has the defaults. */
@Entity({ schema: 'scheduling', name: 'trainer_settings' })
export class TrainerSettingsEntity {
  /** studios' trainer id (no foreign key across subgraphs). */
  @PrimaryColumn({ name: 'trainer_id', type: 'uuid' }) trainerId: string;
  /** Minutes kept free between sessions at different places (0 to 240; 0 by default). */
  @Column({ name: 'travel_buffer_minutes', type: 'integer' }) travelBufferMinutes: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
