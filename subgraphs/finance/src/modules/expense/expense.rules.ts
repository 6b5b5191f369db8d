import type { IRules } from '@fitflow/kit';
import { keepsBooks } from '../../access/rules.js';

/**
 * Who may call the fields of the expense module: only those who keep books (src/access/rules.ts); the
 * service and the repository narrow it to the books the caller keeps (NOT_FOUND or empty otherwise).
 */
export const expenseRules: IRules = {
  Mutation: { recordExpense: keepsBooks, correctExpense: keepsBooks },
  Trainer: { expenses: keepsBooks },
  Expense: keepsBooks,
  ExpenseConnection: keepsBooks,
  ExpenseEdge: keepsBooks,
};
