import type { ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import { StudioEntity } from './studio.entity.js';

/**
 * Data access to `studios.studios`. Studios are directory data, not tenant-private: every signed-in
 * caller (the shield refuses anonymous ones) reads every row, so `scope` narrows nothing here.
 */
export class StudioRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /** Studios by id (unknown ids are missing). */
  findByIds(ids: readonly string[]): Promise<StudioEntity[]> {
    return this.em.getRepository(StudioEntity).findBy({ id: In([...ids]) });
  }

  /** Direct child locations of each studio in `parentIds`, by name. */
  findChildrenOf(parentIds: readonly string[]): Promise<StudioEntity[]> {
    return this.em.getRepository(StudioEntity).find({ where: { parentStudioId: In([...parentIds]) }, order: { name: 'ASC' } });
  }

  /** Every studio, by name. */
  findAll(): Promise<StudioEntity[]> {
    return this.em.getRepository(StudioEntity).find({ order: { name: 'ASC' } });
  }
}
