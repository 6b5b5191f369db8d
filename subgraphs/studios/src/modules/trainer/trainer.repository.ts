import { scopeParams, type ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import { editsBillingProfileSql, seesBillingProfileSql, seesNoBillingProfile } from '../../access/trainer-access.js';
import type { BillingProfileChange } from './trainer.inputs.js';
import { TrainerEntity } from './trainer.entity.js';

/**
 * Data access to `studios.trainers`. Trainer profiles are directory data: every signed-in caller
 * reads every row, so `scope` narrows nothing there (contracts are narrowed by the contract
 * repository); billing profiles are narrowed by the caller's scope (access/trainer-access.ts).
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

  /** Trainers among `ids` whose billing profile the caller may see (the others are missing), in one statement. */
  findBillingProfiles(ids: readonly string[]): Promise<TrainerEntity[]> {
    if (seesNoBillingProfile(this.scope) || ids.length === 0) return Promise.resolve([]);
    return this.em
      .getRepository(TrainerEntity)
      .createQueryBuilder('t')
      .where('t.id = any(:ids::uuid[])', { ids: [...ids] })
      .andWhere(seesBillingProfileSql('t'), scopeParams(this.scope))
      .getMany();
  }

  /**
   * A trainer and whether the caller may change their billing profile, locked until the transaction
   * ends; null for an unknown trainer.
   */
  async lockForBillingUpdate(id: string): Promise<{ trainer: TrainerEntity; mayEdit: boolean } | null> {
    const { entities, raw } = await this.em
      .getRepository(TrainerEntity)
      .createQueryBuilder('t')
      .addSelect(editsBillingProfileSql('t'), 'may_edit')
      .where('t.id = :id', { id })
      .setParameters(scopeParams(this.scope))
      .setLock('pessimistic_write')
      .getRawAndEntities<{ may_edit: boolean }>();
    return entities[0] ? { trainer: entities[0], mayEdit: raw[0].may_edit } : null;
  }

  /** Writes a billing profile change to trainer `id` and returns the stored row (the invoice prefix as the database completed it). */
  async updateBillingProfile(id: string, change: BillingProfileChange): Promise<TrainerEntity> {
    const repository = this.em.getRepository(TrainerEntity);
    if (Object.keys(change).length) await repository.update({ id }, change as never);
    return repository.findOneByOrFail({ id });
  }

  /** Direct team members of each trainer admin in `parentIds`, by last then first name. */
  findTeamsOf(parentIds: readonly string[]): Promise<TrainerEntity[]> {
    return this.em.getRepository(TrainerEntity).find({ where: { parentTrainerId: In([...parentIds]) }, order: { lastName: 'ASC', firstName: 'ASC' } });
  }
}
