import type { DataSource } from 'typeorm';
import { seesTrainerBooks, type FinanceScope } from '../invoice/invoice.scope.js';
import { BankAccountEntity } from './bank-account.entity.js';

/** Data access to `finance.bank_accounts`: only the accounts of trainers whose books the caller may see. */
export class BankAccountRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: FinanceScope,
  ) {}

  /** Active accounts of every visible trainer among `trainerIds`, primary first, then by name. */
  async activeOf(trainerIds: readonly string[]): Promise<BankAccountEntity[]> {
    const visible = trainerIds.filter((id) => seesTrainerBooks(this.scope, id));
    if (!visible.length) return [];
    return this.ds
      .getRepository(BankAccountEntity)
      .createQueryBuilder('b')
      .where('b.trainer_id = any(:trainerIds::uuid[])', { trainerIds: visible })
      .andWhere("b.status = 'active'")
      .orderBy('b.isPrimary', 'DESC')
      .addOrderBy('b.accountName')
      .addOrderBy('b.id')
      .getMany();
  }
}
