import type { ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import { ClassTypeEntity } from './class-type.entity.js';

/**
 * Data access to `scheduling.class_types`. Class types are a trainer's offer, not private: any
 * signed-in user may read them, so the scope filters nothing here (shield has already refused
 * anonymous callers).
 */
export class ClassTypeRepository {
  constructor(
    private readonly em: EntityManager,
    /** The caller's scope; class types are readable by every signed-in caller. */
    readonly scope: ViewerScope,
  ) {}

  /** Class types by id (lower-case UUIDs). */
  findByIds(ids: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.em.getRepository(ClassTypeEntity).findBy({ id: In([...ids]) });
  }

  /** Active class types of each trainer, by category then name. */
  findActiveByTrainers(trainerIds: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.em
      .getRepository(ClassTypeEntity)
      .find({ where: { trainerId: In([...trainerIds]), status: 'active' }, order: { category: 'ASC', name: 'ASC', id: 'ASC' } });
  }
}
