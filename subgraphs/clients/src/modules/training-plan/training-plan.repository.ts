import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { reachesNoClient, visibleClientOfSql } from '../../access/client-access.js';
import { TrainingPlanEntity } from './training-plan.entity.js';

/**
 * Data access to `clients.training_plans` on behalf of one caller, inside one of their units of
 * work: a plan is visible when its client is (row-level security applies the same rule).
 */
export class TrainingPlanRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Plans of each client in `clientIds`, newest start date first, in one statement. */
  async findByClients(clientIds: readonly string[]): Promise<TrainingPlanEntity[]> {
    if (reachesNoClient(this.scope) || clientIds.length === 0) return [];
    return this.em
      .getRepository(TrainingPlanEntity)
      .createQueryBuilder('p')
      .where(visibleClientOfSql('p'), scopeParams(this.scope))
      .andWhere('p.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .orderBy('p.start_date', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /** Visible plans among `ids`. */
  async findByIds(ids: readonly string[]): Promise<TrainingPlanEntity[]> {
    if (reachesNoClient(this.scope) || ids.length === 0) return [];
    return this.em
      .getRepository(TrainingPlanEntity)
      .createQueryBuilder('p')
      .where(visibleClientOfSql('p'), scopeParams(this.scope))
      .andWhere('p.id = any(:ids::uuid[])', { ids: [...ids] })
      .getMany();
  }

  /** Inserts a plan (sealed values) and returns the stored row. Row-level security requires clinical write access. */
  async insert(values: Partial<TrainingPlanEntity>): Promise<TrainingPlanEntity> {
    const repository = this.em.getRepository(TrainingPlanEntity);
    await repository.insert(values as never);
    return repository.findOneByOrFail({ id: values.id! });
  }

  /** Writes `changes` to plan `id` and returns the stored row. */
  async update(id: string, changes: Partial<TrainingPlanEntity>): Promise<TrainingPlanEntity> {
    const repository = this.em.getRepository(TrainingPlanEntity);
    if (Object.keys(changes).length) await repository.update({ id }, changes as never);
    return repository.findOneByOrFail({ id });
  }
}
