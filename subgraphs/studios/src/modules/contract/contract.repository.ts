import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { contractAccessSql, seesNoContract, visibleContractSql, type ContractAccess } from '../../access/contract-access.js';
import { TrainerStudioEntity } from './contract.entity.js';

/** A trainer–studio pair: the key of a contract. */
export interface ContractPair {
  trainerId: string;
  studioId: string;
}

/**
 * Data access to `studios.trainer_studios` on behalf of one caller: every query is filtered by the
 * caller's scope (access/contract-access.ts), so a contract outside it looks exactly like one that does not exist.
 */
export class ContractRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  private visible(alias = 'c'): SelectQueryBuilder<TrainerStudioEntity> {
    return this.em.getRepository(TrainerStudioEntity).createQueryBuilder(alias).where(visibleContractSql(alias), scopeParams(this.scope));
  }

  /** Visible contracts of each trainer, active first, then by start date. */
  async findByTrainers(trainerIds: readonly string[]): Promise<TrainerStudioEntity[]> {
    if (seesNoContract(this.scope) || trainerIds.length === 0) return [];
    return this.visible()
      .andWhere('c.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .orderBy('c.status', 'ASC')
      .addOrderBy('c.startDate', 'ASC')
      .getMany();
  }

  /** Visible contracts at each studio, active first, then by start date. */
  async findByStudios(studioIds: readonly string[]): Promise<TrainerStudioEntity[]> {
    if (seesNoContract(this.scope) || studioIds.length === 0) return [];
    return this.visible()
      .andWhere('c.studio_id = any(:studioIds::uuid[])', { studioIds: [...studioIds] })
      .orderBy('c.status', 'ASC')
      .addOrderBy('c.startDate', 'ASC')
      .getMany();
  }

  /** Visible contracts for (trainer, studio) pairs, in one query. */
  async findByPairs(pairs: readonly ContractPair[]): Promise<TrainerStudioEntity[]> {
    if (seesNoContract(this.scope) || pairs.length === 0) return [];
    return this.visible().andWhere(PAIRS_SQL, pairParams(pairs)).getMany();
  }

  /** The caller's {@link ContractAccess} to each visible contract among `pairs`, in one query. */
  async accessByPairs(pairs: readonly ContractPair[]): Promise<(ContractPair & { access: ContractAccess })[]> {
    if (seesNoContract(this.scope) || pairs.length === 0) return [];
    const rows: { trainer_id: string; studio_id: string; access: ContractAccess }[] = await this.visible()
      .select('c.trainer_id', 'trainer_id')
      .addSelect('c.studio_id', 'studio_id')
      .addSelect(contractAccessSql('c'), 'access')
      .andWhere(PAIRS_SQL, pairParams(pairs))
      .getRawMany();
    return rows.map((r) => ({ trainerId: r.trainer_id, studioId: r.studio_id, access: r.access }));
  }

  /**
   * A visible contract with the caller's access to it, locked until the transaction ends (writes);
   * null when it is unknown or outside the scope.
   */
  async lockForUpdate(pair: ContractPair): Promise<{ contract: TrainerStudioEntity; access: ContractAccess } | null> {
    if (seesNoContract(this.scope)) return null;
    const { entities, raw } = await this.visible()
      .addSelect(contractAccessSql('c'), 'access')
      .andWhere('c.trainer_id = :trainerId and c.studio_id = :studioId', { trainerId: pair.trainerId, studioId: pair.studioId })
      .setLock('pessimistic_write')
      .getRawAndEntities<{ access: ContractAccess }>();
    return entities[0] ? { contract: entities[0], access: raw[0].access } : null;
  }

  /** Writes `changes` to contract `id` and returns the stored row. */
  async update(id: string, changes: Pick<Partial<TrainerStudioEntity>, 'classRates' | 'commissionRate'>): Promise<TrainerStudioEntity> {
    const repository = this.em.getRepository(TrainerStudioEntity);
    await repository.update({ id }, changes as never);
    return repository.findOneByOrFail({ id });
  }
}

const PAIRS_SQL = '(c.trainer_id, c.studio_id) in (select * from unnest(:pairTrainers::uuid[], :pairStudios::uuid[]))';
const pairParams = (pairs: readonly ContractPair[]) => ({ pairTrainers: pairs.map((p) => p.trainerId), pairStudios: pairs.map((p) => p.studioId) });
