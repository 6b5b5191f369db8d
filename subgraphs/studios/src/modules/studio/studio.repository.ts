import { In, type DataSource } from 'typeorm';
import { StudioEntity } from './studio.entity.js';

/** Data access to `studios.studios`. Studios are not tenant-private: any signed-in user may read them. */
export class StudioRepository {
  constructor(private readonly ds: DataSource) {}

  findByIds(ids: readonly string[]): Promise<StudioEntity[]> {
    return this.ds.getRepository(StudioEntity).findBy({ id: In([...ids]) });
  }

  findChildrenOf(parentIds: readonly string[]): Promise<StudioEntity[]> {
    return this.ds.getRepository(StudioEntity).find({ where: { parentStudioId: In([...parentIds]) }, order: { name: 'ASC' } });
  }

  findAll(): Promise<StudioEntity[]> {
    return this.ds.getRepository(StudioEntity).find({ order: { name: 'ASC' } });
  }
}
