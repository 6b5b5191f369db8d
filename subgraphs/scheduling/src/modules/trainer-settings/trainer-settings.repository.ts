import type { ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import { TrainerSettingsEntity } from './trainer-settings.entity.js';

/** The travel buffer of a trainer without settings: none (overlaps alone are refused). */
export const DEFAULT_TRAVEL_BUFFER_MINUTES = 0;

/**
 * Data access to `scheduling.trainer_settings`. A travel buffer is not private (it shapes the open
 * slots every client of the trainer sees), so reads filter nothing; writes are decided by the service.
 */
export class TrainerSettingsRepository {
  constructor(
    private readonly em: EntityManager,
    /** The caller's scope; settings are read for scheduling decisions whoever asks. */
    readonly scope: ViewerScope,
  ) {}

  /** Each trainer's travel buffer in minutes (the default for trainers without settings). */
  async travelBuffers(trainerIds: readonly string[]): Promise<Map<string, number>> {
    const rows = trainerIds.length ? await this.em.getRepository(TrainerSettingsEntity).findBy({ trainerId: In([...trainerIds]) }) : [];
    const byTrainer = new Map(rows.map((r) => [r.trainerId, r.travelBufferMinutes]));
    return new Map(trainerIds.map((id) => [id, byTrainer.get(id) ?? DEFAULT_TRAVEL_BUFFER_MINUTES]));
  }

  /** One trainer's travel buffer in minutes. */
  async travelBuffer(trainerId: string): Promise<number> {
    return (await this.travelBuffers([trainerId])).get(trainerId)!;
  }

  /** Sets a trainer's travel buffer (minutes, already validated). */
  async setTravelBuffer(trainerId: string, minutes: number): Promise<TrainerSettingsEntity> {
    await this.em
      .createQueryBuilder()
      .insert()
      .into(TrainerSettingsEntity)
      .values({ trainerId, travelBufferMinutes: minutes })
      .orUpdate(['travel_buffer_minutes', 'updated_at'], ['trainer_id'])
      .execute();
    return this.em.getRepository(TrainerSettingsEntity).findOneByOrFail({ trainerId });
  }
}
