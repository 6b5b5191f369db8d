import { badUserInput, notFound, pageRequest, parseId, type Connection } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import { booksTrainerId } from '../../access/trainer-books.js';
import type { FinanceContext } from '../../context.js';
import type { ExpensesArgs } from './expense.args.js';
import { checkExpense, type CheckedExpense } from './expense.checks.js';
import type { ExpenseInput, RecordExpenseInput } from './expense.inputs.js';
import { ExpenseType } from './expense.type.js';

/** Audit rows name the table they describe. */
const TABLE = 'expenses';

/** What an audit row records of an expense: every fact, amounts as the decimal strings stored. */
const auditValues = (e: CheckedExpense & { trainerId: string }) => ({
  trainerId: e.trainerId,
  expenseDate: e.expenseDate,
  vendor: e.vendor,
  description: e.description,
  category: e.category,
  amountBeforeTax: e.amountBeforeTax.toFixed(2),
  gstHstPaid: e.gstHstPaid.toFixed(2),
  qstPaid: e.qstPaid.toFixed(2),
  pstPaid: e.pstPaid.toFixed(2),
  province: e.province,
  receiptReference: e.receiptReference,
  itcEligible: e.itcEligible,
});

/**
 * The latest calendar day an expense or a filing may bear: today in UTC. Every Canadian zone is behind
 * UTC, so no Canadian "today" is later than it.
 */
export const latestLocalDay = (ctx: Pick<FinanceContext, 'deps'>) => ctx.deps.now().toISOString().slice(0, 10);

/**
 * Records a business expense in a trainer's books (`trainerId`, default the caller's own): the trainer,
 * their Trainer Admin or a super admin. Its GST/HST counts as an input tax credit, its QST as an input
 * tax refund, on the returns whose period holds `expenseDate` when `itcEligible` (docs/remittance.md).
 * Audited in the same transaction.
 * @throws BAD_USER_INPUT naming the field (expense.checks.ts `checkExpense`: amounts, caps, date,
 *   texts; `trainerId` malformed or needed); NOT_FOUND when the caller does not keep that trainer's
 *   books (exactly as for an unknown trainer). Nothing is written on any error.
 */
export async function recordExpense(ctx: FinanceContext, input: RecordExpenseInput): Promise<ExpenseType> {
  const trainerId = booksTrainerId(ctx.scope, input.trainerId);
  const checked = checkExpense(input, latestLocalDay(ctx));
  const entity = await ctx.data.run(async (tx) => {
    if (!(await tx.trainerBooks.keeps(trainerId))) throw notFound('Trainer');
    const row = { id: randomUUID(), trainerId, ...checked, createdBy: ctx.viewer!.userId };
    const saved = await tx.expenses.insert(row);
    await tx.audit.record({ action: 'create', table: TABLE, recordId: row.id, newValues: auditValues(row) });
    return saved;
  });
  return ExpenseType.from(entity);
}

/**
 * Corrects a recorded expense (expenses are kept, never deleted: a mistaken one is corrected, and an
 * expense that was no business expense is corrected to `itcEligible: false`). Every fact is replaced
 * by `input`, checked as {@link recordExpense} checks it; the audit row keeps the old and new values.
 * A correction changes the worksheets of the periods holding the old and new dates; a return already
 * filed keeps its figures (saving it again is refused: tax-remittance.service.ts).
 * @throws BAD_USER_INPUT for a malformed id or input (as {@link recordExpense}); NOT_FOUND when the
 *   expense is unknown or not in books the caller keeps.
 */
export async function correctExpense(ctx: FinanceContext, id: string, input: ExpenseInput): Promise<ExpenseType> {
  const expenseId = parseId(id);
  const checked = checkExpense(input, latestLocalDay(ctx));
  const entity = await ctx.data.run(async (tx) => {
    const old = await tx.expenses.findForBookkeeping(expenseId);
    if (!old) throw notFound('Expense');
    await tx.expenses.update(expenseId, checked);
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: expenseId,
      oldValues: auditValues(old),
      newValues: auditValues({ ...checked, trainerId: old.trainerId }),
    });
    return Object.assign(old, checked);
  });
  return ExpenseType.from(entity);
}

/**
 * A page of a trainer's expenses, newest `expenseDate` first (ties by id), keyset-paged and batched
 * with the same field of other trainers; empty unless the caller keeps that trainer's books.
 * @throws BAD_USER_INPUT when `after` is not a cursor this API produced, or `to` is before `from`.
 */
export async function expensePage(ctx: FinanceContext, trainerId: string, args: ExpensesArgs): Promise<Connection<ExpenseType>> {
  if (args.from && args.to && args.to < args.from) throw badUserInput('to must not be before from.', 'to');
  const page = await ctx.loaders.expensePages(args.from ?? null, args.to ?? null).load({ parentId: trainerId, ...pageRequest(args, 'date') });
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ExpenseType.from(e.node) })) };
}
