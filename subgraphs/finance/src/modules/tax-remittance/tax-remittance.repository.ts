import type { DataSource } from 'typeorm';
import { seesTrainerBooks, type FinanceScope } from '../invoice/invoice.scope.js';
import { TaxRemittanceEntity } from './tax-remittance.entity.js';

/** Data access to `finance.tax_remittances`: only those of trainers whose books the caller may see. */
export class TaxRemittanceRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: FinanceScope,
  ) {}

  /** Remittances of every visible trainer among `trainerIds`, latest period first. */
  async of(trainerIds: readonly string[]): Promise<TaxRemittanceEntity[]> {
    const visible = trainerIds.filter((id) => seesTrainerBooks(this.scope, id));
    if (!visible.length) return [];
    return this.ds
      .getRepository(TaxRemittanceEntity)
      .createQueryBuilder('r')
      .where('r.trainer_id = any(:trainerIds::uuid[])', { trainerIds: visible })
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.taxType')
      .addOrderBy('r.id')
      .getMany();
  }
}
