import { pageLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';
import type { ExpenseEntity } from './expense.entity.js';

/** Per-request loaders of expenses, filtered by the caller's scope; one unit of work per batch. */
export function createExpenseLoaders({ data }: FinanceRequest) {
  const pagers = new Map<string, ReturnType<typeof expensePager>>();
  const expensePager = (from: string | null, to: string | null) =>
    pageLoader<ExpenseEntity>(
      (trainerIds, { first, after }) => data.run((tx) => tx.expenses.findPages({ trainerIds, from, to, first, after })),
      (row) => row.trainerId,
      (row) => row.expenseDate,
    );

  /**
   * The page loader of expenses between `from` and `to` (null: unbounded): `Trainer.expenses` of many
   * trainers costs one SQL statement per distinct (from, to, first, after).
   */
  const expensePages = (from: string | null, to: string | null) => {
    const key = `${from ?? ''}:${to ?? ''}`;
    let pager = pagers.get(key);
    if (!pager) pagers.set(key, (pager = expensePager(from, to)));
    return pager;
  };

  return { expensePages };
}
