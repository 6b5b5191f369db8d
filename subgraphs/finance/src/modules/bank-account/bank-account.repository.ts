import { grantedTrainerIds, scopeParams, type RowSealer, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, holdsBooksSql, seesNoBooks } from '../../access/finance-access.js';
import { BankAccountEntity } from './bank-account.entity.js';
import type { FinanceKeys } from './bank-account.keys.js';

/** Data access to `finance.bank_accounts`: only the accounts of trainers whose books the caller may see. */
export class BankAccountRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
    private readonly keys?: FinanceKeys,
  ) {}

  /**
   * The sealer of bank account row `rowId` of `trainerId` (kit envelope encryption under the trainer's
   * data key, created on first use in this unit of work).
   * @throws Error without data keys (a seed or job built without them) or on books the caller does not hold.
   */
  async sealer(trainerId: string, rowId: string): Promise<RowSealer> {
    if (!this.keys) throw new Error('Bank account numbers need the finance data keys (FinanceDeps.keys).');
    if (!this.scope.superAdmin && !grantedTrainerIds(this.scope).includes(trainerId)) {
      throw new Error('Bank account numbers are sealed only for books the caller holds.');
    }
    return this.keys.bankAccount(this.em, trainerId, rowId);
  }

  /** Active accounts of every visible trainer among `trainerIds`, primary first, then by name. */
  async activeOf(trainerIds: readonly string[]): Promise<BankAccountEntity[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    return this.em
      .getRepository(BankAccountEntity)
      .createQueryBuilder('b')
      .where('b.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere(booksScopeSql('b.trainer_id'), scopeParams(this.scope))
      .andWhere("b.status = 'active'")
      .orderBy('b.isPrimary', 'DESC')
      .addOrderBy('b.accountName')
      .addOrderBy('b.id')
      .getMany();
  }

  /**
   * The active account `id`, locked for update, when the caller holds it (their own trainer id) or is a
   * super admin; null otherwise (unknown, inactive, or another trainer's).
   */
  async findHeld(id: string): Promise<BankAccountEntity | null> {
    if (seesNoBooks(this.scope)) return null;
    return this.em
      .getRepository(BankAccountEntity)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where('b.id = :id', { id })
      .andWhere("b.status = 'active'")
      .andWhere(holdsBooksSql('b.trainer_id'), scopeParams(this.scope))
      .getOne();
  }

  /** Whether the active account `id` is visible to the caller (their own, or their team's as its admin). */
  async isVisible(id: string): Promise<boolean> {
    if (seesNoBooks(this.scope)) return false;
    return this.em
      .getRepository(BankAccountEntity)
      .createQueryBuilder('b')
      .where('b.id = :id', { id })
      .andWhere("b.status = 'active'")
      .andWhere(booksScopeSql('b.trainer_id'), scopeParams(this.scope))
      .getExists();
  }

  /** Whether `trainerId` has an active primary account. */
  async hasPrimary(trainerId: string): Promise<boolean> {
    return this.em.getRepository(BankAccountEntity).exists({ where: { trainerId, status: 'active', isPrimary: true } });
  }

  /** Makes every active account of `trainerId` non-primary (before another becomes primary). */
  async clearPrimary(trainerId: string): Promise<void> {
    await this.em.getRepository(BankAccountEntity).update({ trainerId, status: 'active', isPrimary: true }, { isPrimary: false });
  }

  async insert(row: Omit<BankAccountEntity, 'createdAt' | 'updatedAt'>): Promise<void> {
    await this.em.getRepository(BankAccountEntity).insert(row);
  }

  async deactivate(id: string): Promise<void> {
    await this.em.getRepository(BankAccountEntity).update({ id }, { status: 'inactive', isPrimary: false });
  }
}
