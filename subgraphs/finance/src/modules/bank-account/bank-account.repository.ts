import type { EntityManager } from 'typeorm';
import { booksScopeSql, financeScopeParams, seesNoBooks, type FinanceScope } from '../invoice/invoice.scope.js';
import { BankAccountEntity } from './bank-account.entity.js';

/** Data access to `finance.bank_accounts`: only the accounts of trainers whose books the caller may see. */
export class BankAccountRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: FinanceScope,
  ) {}

  /** Active accounts of every visible trainer among `trainerIds`, primary first, then by name. */
  async activeOf(trainerIds: readonly string[]): Promise<BankAccountEntity[]> {
    if (seesNoBooks(this.scope) || !trainerIds.length) return [];
    return this.em
      .getRepository(BankAccountEntity)
      .createQueryBuilder('b')
      .where('b.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .andWhere(booksScopeSql('b.trainer_id'), financeScopeParams(this.scope))
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
      .andWhere('(:scopeAll or b.trainer_id = any(:scopeTrainers::uuid[]))', financeScopeParams(this.scope))
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
      .andWhere(booksScopeSql('b.trainer_id'), financeScopeParams(this.scope))
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
