import { In, type DataSource } from 'typeorm';
import { TrainerStudioEntity } from './contract.entity.js';

/** Data access to `studios.trainer_studios`. */
export class ContractRepository {
  constructor(private readonly ds: DataSource) {}

  findByTrainers(trainerIds: readonly string[]): Promise<TrainerStudioEntity[]> {
    return this.ds.getRepository(TrainerStudioEntity).find({ where: { trainerId: In([...trainerIds]) }, order: { status: 'ASC', startDate: 'ASC' } });
  }

  findByStudios(studioIds: readonly string[]): Promise<TrainerStudioEntity[]> {
    return this.ds.getRepository(TrainerStudioEntity).find({ where: { studioId: In([...studioIds]) }, order: { status: 'ASC', startDate: 'ASC' } });
  }

  /** Contracts for (trainer, studio) pairs, in one query. */
  findByPairs(pairs: readonly { trainerId: string; studioId: string }[]): Promise<TrainerStudioEntity[]> {
    return this.ds
      .getRepository(TrainerStudioEntity)
      .createQueryBuilder('c')
      .where('(c.trainer_id, c.studio_id) in (select * from unnest(:trainers::uuid[], :studios::uuid[]))', {
        trainers: pairs.map((p) => p.trainerId),
        studios: pairs.map((p) => p.studioId),
      })
      .getMany();
  }
}
