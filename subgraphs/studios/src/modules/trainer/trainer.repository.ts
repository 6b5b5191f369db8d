import { In, type DataSource } from 'typeorm';
import { TrainerEntity } from './trainer.entity.js';

/** Data access to `studios.trainers`. */
export class TrainerRepository {
  constructor(private readonly ds: DataSource) {}

  findByIds(ids: readonly string[]): Promise<TrainerEntity[]> {
    return this.ds.getRepository(TrainerEntity).findBy({ id: In([...ids]) });
  }

  /** Direct team members of each trainer admin in `parentIds`. */
  findTeamsOf(parentIds: readonly string[]): Promise<TrainerEntity[]> {
    return this.ds
      .getRepository(TrainerEntity)
      .find({ where: { parentTrainerId: In([...parentIds]) }, order: { lastName: 'ASC', firstName: 'ASC' } });
  }
}
