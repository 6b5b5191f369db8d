import { scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, seesNoBooks } from '../../access/finance-access.js';
import { TaxRemittanceEntity } from './tax-remittance.entity.js';

/** Data access to `finance.tax_remittances`: only those of trainers whose books the caller may see. */
export class TaxRemittanceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** Remittances of every visible trainer among `trainerIds`, latest period first. */
  async of(trainerIds: readonly string[]): Promise<TaxRemittanceEntity[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    return this.em
      .getRepository(TaxRemittanceEntity)
      .createQueryBuilder('r')
      .where('r.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere(booksScopeSql('r.trainer_id'), scopeParams(this.scope))
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.taxType')
      .addOrderBy('r.id')
      .getMany();
  }
}
