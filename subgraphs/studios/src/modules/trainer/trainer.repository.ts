import type { ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import { TrainerEntity } from './trainer.entity.js';

/**
 * Data access to `studios.trainers`. Trainer profiles are directory data: every signed-in caller
 * reads every row, so `scope` narrows nothing here (contracts are narrowed by the contract repository).
 */
export class TrainerRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /** Trainers by id (unknown ids are missing). */
  findByIds(ids: readonly string[]): Promise<TrainerEntity[]> {
    return this.em.getRepository(TrainerEntity).findBy({ id: In([...ids]) });
  }

  /** Direct team members of each trainer admin in `parentIds`, by last then first name. */
  findTeamsOf(parentIds: readonly string[]): Promise<TrainerEntity[]> {
    return this.em.getRepository(TrainerEntity).find({ where: { parentTrainerId: In([...parentIds]) }, order: { lastName: 'ASC', firstName: 'ASC' } });
  }
}
