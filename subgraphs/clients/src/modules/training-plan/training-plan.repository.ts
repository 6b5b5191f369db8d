import type { EntityManager } from 'typeorm';
import { isEmptyScope, scopeParams, visibleClientSql, type ClientScope } from '../client/client.scope.js';
import { TrainingPlanEntity } from './training-plan.entity.js';

/**
 * Data access to `clients.training_plans` on behalf of one caller, inside one of their ScopedDb
 * transactions: a plan is visible when its client is (row-level security applies the same rule).
 */
export class TrainingPlanRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ClientScope,
  ) {}

  /** Plans of each client in `clientIds`, newest start date first, in one statement. */
  async findByClients(clientIds: readonly string[]): Promise<TrainingPlanEntity[]> {
    if (isEmptyScope(this.scope) || clientIds.length === 0) return [];
    return this.em
      .getRepository(TrainingPlanEntity)
      .createQueryBuilder('p')
      .where(`exists (select 1 from clients.clients vc where vc.id = p.client_id and ${visibleClientSql('vc')})`, scopeParams(this.scope))
      .andWhere('p.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .orderBy('p.start_date', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }
}
