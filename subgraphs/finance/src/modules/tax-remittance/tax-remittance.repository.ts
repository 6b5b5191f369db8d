import type { EntityManager } from 'typeorm';
import { booksScopeSql, financeScopeParams, seesNoBooks, type FinanceScope } from '../invoice/invoice.scope.js';
import { TaxRemittanceEntity } from './tax-remittance.entity.js';

/** Data access to `finance.tax_remittances`: only those of trainers whose books the caller may see. */
export class TaxRemittanceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: FinanceScope,
  ) {}

  /** Remittances of every visible trainer among `trainerIds`, latest period first. */
  async of(trainerIds: readonly string[]): Promise<TaxRemittanceEntity[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    return this.em
      .getRepository(TaxRemittanceEntity)
      .createQueryBuilder('r')
      .where('r.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere(booksScopeSql('r.trainer_id'), financeScopeParams(this.scope))
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.taxType')
      .addOrderBy('r.id')
      .getMany();
  }
}
