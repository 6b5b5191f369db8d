import type { Connection } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { ExpensesArgs } from './expense.args.js';
import { ExpenseInput, RecordExpenseInput } from './expense.inputs.js';
import { correctExpense, expensePage, recordExpense } from './expense.service.js';
import { ExpenseConnection, ExpenseType } from './expense.type.js';

/** `Mutation.recordExpense` and `Mutation.correctExpense`. */
@Resolver(() => ExpenseType)
export class ExpenseResolver {
  @Mutation(() => ExpenseType, {
    description:
      "Records a business expense and the GST/HST, QST and PST paid on it, in your books or (trainerId) a team trainer's (any, as super admin). Errors: BAD_USER_INPUT naming the field (negative or sub-cent amounts, a tax above its highest Canadian rate, QST outside Québec, PST outside BC/SK/MB, a future date, blank text), NOT_FOUND (a trainer whose books you do not keep).",
  })
  recordExpense(@Arg('input', () => RecordExpenseInput) input: RecordExpenseInput, @Ctx() ctx: FinanceContext): Promise<ExpenseType> {
    return recordExpense(ctx, input);
  }

  @Mutation(() => ExpenseType, {
    description:
      'Corrects a recorded expense (expenses are kept, never deleted): every fact is replaced, checked as recordExpense checks it, and audited. Errors: BAD_USER_INPUT, NOT_FOUND (unknown, or not in books you keep).',
  })
  correctExpense(@Arg('id', () => ID) id: string, @Arg('input', () => ExpenseInput) input: ExpenseInput, @Ctx() ctx: FinanceContext): Promise<ExpenseType> {
    return correctExpense(ctx, id, input);
  }
}

/** `Trainer.expenses`: a trainer's business expenses. */
@Resolver(() => TrainerRef)
export class TrainerExpensesResolver {
  @FieldResolver(() => ExpenseConnection, {
    description:
      "The trainer's business expenses, newest expenseDate first, optionally from/to two days (inclusive); empty unless you keep the trainer's books. Errors: BAD_USER_INPUT (first, after, to before from).",
  })
  expenses(@Root() trainer: TrainerRef, @Args(() => ExpensesArgs) args: ExpensesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<ExpenseType>> {
    return expensePage(ctx, trainer.id, args);
  }
}
