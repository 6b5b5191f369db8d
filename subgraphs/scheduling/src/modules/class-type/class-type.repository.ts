import { In, type DataSource } from 'typeorm';
import { ClassTypeEntity } from './class-type.entity.js';

/** Data access to `scheduling.class_types`. Class types are a trainer's offer, not private: any signed-in user may read them. */
export class ClassTypeRepository {
  constructor(private readonly ds: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.ds.getRepository(ClassTypeEntity).findBy({ id: In([...ids]) });
  }

  /** Active class types of each trainer, by category then name. */
  findActiveByTrainers(trainerIds: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.ds
      .getRepository(ClassTypeEntity)
      .find({ where: { trainerId: In([...trainerIds]), status: 'active' }, order: { category: 'ASC', name: 'ASC', id: 'ASC' } });
  }
}
