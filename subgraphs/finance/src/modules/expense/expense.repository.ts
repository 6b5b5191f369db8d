import { keyset, scopeParams, type PageRequest, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, seesNoBooks } from '../../access/finance-access.js';
import { ExpenseEntity } from './expense.entity.js';

/** Which expenses of each trainer one page covers: optionally between two local days, inclusive. */
export interface ExpensePageQuery extends PageRequest {
  trainerIds: readonly string[];
  from: string | null;
  to: string | null;
}

/** Expense lists run newest first: expense date (`YYYY-MM-DD`), then id, both descending. */
const NEWEST_FIRST = { key: 'w.expense_date', id: 'w.id', direction: 'desc', kind: 'date' } as const;

/**
 * Data access to `finance.expenses`: only the books the caller keeps (the trainer, their team admin, a
 * super admin — src/access/finance-access.ts); row-level security filters the same rows again.
 */
export class ExpenseRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * One page of expenses per trainer, every trainer in ONE statement: a window function numbers each
   * trainer's rows newest first (kit `keyset`) and keeps `first + 1` of them.
   */
  async findPages(q: ExpensePageQuery): Promise<ExpenseEntity[]> {
    if (seesNoBooks(this.scope) || !q.trainerIds.length) return [];
    const order = keyset(NEWEST_FIRST, q.after);
    const conditions = ['w.trainer_id = any(:trainerIds::uuid[])', booksScopeSql('w.trainer_id'), order.after];
    const params: Record<string, unknown> = { ...scopeParams(this.scope), ...order.params, trainerIds: [...q.trainerIds], limit: q.first + 1 };
    if (q.from) {
      conditions.push('w.expense_date >= :from::date');
      params.from = q.from;
    }
    if (q.to) {
      conditions.push('w.expense_date <= :to::date');
      params.to = q.to;
    }
    return this.em
      .getRepository(ExpenseEntity)
      .createQueryBuilder('e')
      .where(
        `e.id in (
           select ranked.id from (
             select w.id, row_number() over (partition by w.trainer_id order by ${order.orderBy}) as n
               from finance.expenses w
              where ${conditions.join(' and ')}
           ) ranked
            where ranked.n <= :limit)`,
        params,
      )
      .orderBy('e.expenseDate', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getMany();
  }

  /** The expense `id`, locked for update, when the caller keeps its trainer's books; null otherwise (unknown or out of scope). */
  async findForBookkeeping(id: string): Promise<ExpenseEntity | null> {
    if (seesNoBooks(this.scope)) return null;
    return this.em
      .getRepository(ExpenseEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :id', { id })
      .andWhere(booksScopeSql('e.trainer_id'), scopeParams(this.scope))
      .getOne();
  }

  /**
   * Records an expense in books the caller keeps (the service asked `TrainerBooksRepository.keeps` first).
   * @throws Error when the scope keeps no books at all (a programming error: the service checks first).
   */
  async insert(row: Omit<ExpenseEntity, 'createdAt' | 'updatedAt'>): Promise<ExpenseEntity> {
    if (seesNoBooks(this.scope)) throw new Error('Expenses are recorded only in books the caller keeps.');
    const result = await this.em.getRepository(ExpenseEntity).insert(row);
    return Object.assign(new ExpenseEntity(), row, result.generatedMaps[0]);
  }

  /** Replaces the recorded facts of expense `id` (found with {@link findForBookkeeping} first). */
  async update(id: string, values: Partial<Omit<ExpenseEntity, 'id' | 'trainerId' | 'createdAt' | 'createdBy' | 'updatedAt'>>): Promise<void> {
    if (seesNoBooks(this.scope)) throw new Error('Expenses are corrected only in books the caller keeps.');
    await this.em.getRepository(ExpenseEntity).update({ id }, values);
  }
}
