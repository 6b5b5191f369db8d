import { defineModule } from '@fitflow/kit';
import { ExpenseEntity } from './expense.entity.js';
import { createExpenseLoaders } from './expense.loaders.js';
import { ExpenseResolver, TrainerExpensesResolver } from './expense.resolver.js';
import { expenseRules } from './expense.rules.js';

/** A trainer's business expenses: `Mutation.recordExpense`, `Mutation.correctExpense`, `Trainer.expenses`. */
export const expenseModule = defineModule({
  name: 'expense',
  resolvers: [ExpenseResolver, TrainerExpensesResolver],
  rules: expenseRules,
  entities: [ExpenseEntity],
  loaders: createExpenseLoaders,
});
