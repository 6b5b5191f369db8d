import { badUserInput, conflict, notFound, parseId } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { booksTrainerId } from '../../access/trainer-books.js';
import type { FinanceContext } from '../../context.js';
import { latestLocalDay } from '../expense/expense.service.js';
import type { MarkTaxReturnFiledArgs, MarkTaxReturnPaidArgs, SaveTaxReturnArgs, TaxReturnArgs } from './tax-remittance.args.js';
import type { TaxRemittanceEntity } from './tax-remittance.entity.js';
import { planSave, RETURN_NAMES, rowFigures, sameFigures } from './tax-remittance.filing.js';
import { RETURN_FORMS, returnKindOf, type ReturnKind } from './tax-remittance.forms.js';
import { TaxRemittanceType, TaxReturnType } from './tax-remittance.type.js';
import { checkPeriod, computeWorksheet, type ReturnFigures, type WorksheetFigures } from './tax-remittance.worksheet.js';

/** Audit rows name the table they describe. */
const TABLE = 'tax_remittances';

/** What an audit row records of a return: which, its period, figures and lifecycle. */
const auditValues = (r: Partial<TaxRemittanceEntity>) => ({
  taxType: r.taxType,
  jurisdiction: r.jurisdiction,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  grossRevenue: r.grossRevenue?.toFixed(2),
  taxableRevenue: r.taxableRevenue?.toFixed(2),
  taxCollected: r.taxCollected?.toFixed(2),
  inputTaxCredits: r.inputTaxCredits?.toFixed(2),
  netTaxOwing: r.netTaxOwing?.toFixed(2),
  lines: r.lines,
  status: r.status,
  reference: r.remittanceReference,
  filedOn: r.filedOn,
  paidOn: r.paidOn,
});

/** The returns a worksheet has, in print order (the GST/HST return only for a registrant: a small supplier files none). */
const returnsOf = (sheet: WorksheetFigures): ReturnFigures[] => [
  ...(sheet.gstHst.registered ? [sheet.gstHst] : []),
  ...(sheet.qst ? [sheet.qst] : []),
  ...sheet.provincial,
];
const storedKind = (kind: ReturnKind) => `${RETURN_FORMS[kind].taxType}/${RETURN_FORMS[kind].jurisdiction}`;
const ALL_KINDS = Object.keys(RETURN_FORMS) as ReturnKind[];

/**
 * The sales-tax worksheet of a trainer (`trainerId`, default the caller's own) for one reporting
 * period, computed only from the issued invoices and credit notes dated in it and its expenses
 * (tax-remittance.worksheet.ts `computeWorksheet`, docs/remittance.md). Reads only.
 * @throws BAD_USER_INPUT (before any SQL) for a period ending before it starts or longer than 366
 *   days, or a malformed or missing `trainerId`; NOT_FOUND when the caller does not keep that
 *   trainer's books (a trainer asking for another, a team admin for someone outside the team: exactly
 *   as for an unknown trainer).
 */
export async function taxReturn(ctx: FinanceContext, args: TaxReturnArgs): Promise<TaxReturnType> {
  const period = checkPeriod(args.periodStart, args.periodEnd);
  const trainerId = booksTrainerId(ctx.scope, args.trainerId);
  const sources = await ctx.data.run(async (tx) => {
    if (!(await tx.trainerBooks.keeps(trainerId))) throw notFound('Trainer');
    return tx.taxRemittances.sources(trainerId, period);
  });
  return TaxReturnType.from(trainerId, period, computeWorksheet(sources));
}

/** The trainer's saved returns, latest period first; empty unless the caller keeps the trainer's books. */
export async function taxRemittancesOf(ctx: FinanceContext, trainerId: string): Promise<TaxRemittanceType[]> {
  return (await ctx.loaders.taxRemittancesOfTrainer.load(trainerId)).map(TaxRemittanceType.from);
}

/**
 * Saves the returns of a period's worksheet (as {@link taxReturn} computes it) as `calculated` rows of
 * `finance.tax_remittances`, one per return: GST/HST (registrants only), QST, each PST/RST province —
 * or only those named in `returns` (a trainer may file PST monthly and GST/HST quarterly). Saving
 * again recalculates a return still `calculated`, replaces calculated returns of the same kind whose
 * period overlaps this one, and leaves a filed or paid return as it is when its figures are unchanged
 * (tax-remittance.filing.ts `planSave`). Audited in the same transaction.
 * @returns the period's saved returns, in print order.
 * @throws BAD_USER_INPUT as {@link taxReturn}, or an empty `returns`; NOT_FOUND as {@link taxReturn};
 *   CONFLICT when the worksheet has none of the returns asked for, when a filed or paid return overlaps
 *   the period or no longer matches the worksheet, or when another save of the same returns ran at the
 *   same moment. Nothing is written on any error.
 */
export async function saveTaxReturn(ctx: FinanceContext, args: SaveTaxReturnArgs): Promise<TaxRemittanceType[]> {
  const period = checkPeriod(args.periodStart, args.periodEnd);
  const trainerId = booksTrainerId(ctx.scope, args.trainerId);
  if (args.returns && !args.returns.length) throw badUserInput('returns must name at least one return, or be left out for all of them.', 'returns');
  const kinds: ReturnKind[] = args.returns ? [...new Set(args.returns)] : ALL_KINDS;
  try {
    const saved = await ctx.data.run(async (tx) => {
      if (!(await tx.trainerBooks.keeps(trainerId))) throw notFound('Trainer');
      const sheet = computeWorksheet(await tx.taxRemittances.sources(trainerId, period));
      const returns = returnsOf(sheet).filter((r) => kinds.includes(r.kind));
      const missing = args.returns ? kinds.filter((k) => !returns.some((r) => r.kind === k)) : [];
      if (missing.length) {
        throw conflict(
          `This period's worksheet has no ${missing.map((k) => RETURN_NAMES[k]).join(', ')} return: nothing was charged and no registration is on file.`,
        );
      }
      if (!returns.length) throw conflict('This period has no return to save: a small supplier files no GST/HST return, and no QST or PST/RST was charged.');

      const plan = planSave(period, returns, await tx.taxRemittances.overlapping(trainerId, period, kinds.map(storedKind)));
      await tx.taxRemittances.removeCalculated(plan.remove.map((r) => r.id));
      for (const row of plan.remove)
        await tx.audit.record({ action: 'delete', table: TABLE, recordId: row.id, oldValues: auditValues(row), reason: 'replaced by a later save' });
      const rows: TaxRemittanceEntity[] = [...plan.keep];
      for (const { row, figures } of plan.recalculate) {
        if (!sameFigures(row, figures)) {
          await tx.taxRemittances.update(row.id, figures);
          await tx.audit.record({
            action: 'update',
            table: TABLE,
            recordId: row.id,
            oldValues: auditValues(row),
            newValues: auditValues({ ...row, ...figures }),
          });
        }
        rows.push(Object.assign(row, figures));
      }
      for (const figures of plan.create) {
        const row = await tx.taxRemittances.insert({
          id: randomUUID(),
          trainerId,
          ...period,
          ...figures,
          status: 'calculated',
          remittanceReference: null,
          filedOn: null,
          filedAt: null,
          paidOn: null,
          paidAt: null,
        });
        await tx.audit.record({ action: 'create', table: TABLE, recordId: row.id, newValues: auditValues(row) });
        rows.push(row);
      }
      const order = (r: TaxRemittanceEntity) => ALL_KINDS.indexOf(returnKindOf(r.taxType, r.jurisdiction));
      return rows.sort((a, b) => order(a) - order(b));
    });
    ctx.loaders.taxRemittancesOfTrainer.clear(trainerId);
    return saved.map(TaxRemittanceType.from);
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01') {
      throw conflict('These returns were saved at the same moment by another request; try again.');
    }
    throw error;
  }
}

/**
 * Records that a saved return was filed with its tax authority (`filedOn`, the confirmation number
 * `reference`): calculated → filed, and its figures are frozen from then on (a database trigger refuses
 * any change). The worksheet is computed again first, so that what is frozen is what was filed.
 * Audited.
 * @throws BAD_USER_INPUT for a malformed id, a blank or over-long reference, or a `filedOn` in the
 *   future or not after the period's end; NOT_FOUND when the return is unknown or not in books the
 *   caller keeps; CONFLICT when it was already filed or paid, or its figures no longer match the
 *   period's worksheet (save it again, review, then file).
 */
export async function markTaxReturnFiled(ctx: FinanceContext, args: MarkTaxReturnFiledArgs): Promise<TaxRemittanceType> {
  const id = parseId(args.id);
  const reference = args.reference.trim();
  if (!reference) throw badUserInput('reference must not be blank: enter the confirmation number the tax authority gave.', 'reference');
  if (reference.length > 255) throw badUserInput('reference must be at most 255 characters.', 'reference');
  if (args.filedOn > latestLocalDay(ctx)) throw badUserInput('filedOn must not be in the future.', 'filedOn');
  const row = await ctx.data.run(async (tx) => {
    const row = await tx.taxRemittances.findForBookkeeping(id);
    if (!row) throw notFound('Tax return');
    if (row.status !== 'calculated') throw conflict(`This return was already filed on ${row.filedOn}.`);
    if (args.filedOn <= row.periodEnd) throw badUserInput(`filedOn must be after the period ends (${row.periodEnd}).`, 'filedOn');
    const kind = returnKindOf(row.taxType, row.jurisdiction);
    const sheet = computeWorksheet(await tx.taxRemittances.sources(row.trainerId, row));
    const now = returnsOf(sheet).find((r) => r.kind === kind);
    if (!now || !sameFigures(row, rowFigures(now))) {
      throw conflict("This period's worksheet changed since the return was saved: save it again and review it before filing.");
    }
    const filed = { status: 'filed' as const, filedOn: args.filedOn, filedAt: ctx.deps.now(), remittanceReference: reference };
    await tx.taxRemittances.update(id, filed);
    await tx.audit.record({ action: 'update', table: TABLE, recordId: id, oldValues: auditValues(row), newValues: auditValues({ ...row, ...filed }) });
    return Object.assign(row, filed);
  });
  ctx.loaders.taxRemittancesOfTrainer.clear(row.trainerId);
  return TaxRemittanceType.from(row);
}

/**
 * Records that a filed return's net tax was paid (or its refund settled) on `paidOn`: filed → paid.
 * Audited.
 * @throws BAD_USER_INPUT for a malformed id, or a `paidOn` in the future or not after the period's
 *   end; NOT_FOUND when the return is unknown or not in books the caller keeps; CONFLICT when it was
 *   not filed yet, or already paid.
 */
export async function markTaxReturnPaid(ctx: FinanceContext, args: MarkTaxReturnPaidArgs): Promise<TaxRemittanceType> {
  const id = parseId(args.id);
  if (args.paidOn > latestLocalDay(ctx)) throw badUserInput('paidOn must not be in the future.', 'paidOn');
  const row = await ctx.data.run(async (tx) => {
    const row = await tx.taxRemittances.findForBookkeeping(id);
    if (!row) throw notFound('Tax return');
    if (row.status === 'calculated') throw conflict('File this return before recording its payment.');
    if (row.status === 'paid') throw conflict(`This return was already paid on ${row.paidOn}.`);
    if (args.paidOn <= row.periodEnd) throw badUserInput(`paidOn must be after the period ends (${row.periodEnd}).`, 'paidOn');
    const paid = { status: 'paid' as const, paidOn: args.paidOn, paidAt: ctx.deps.now() };
    await tx.taxRemittances.update(id, paid);
    await tx.audit.record({ action: 'update', table: TABLE, recordId: id, oldValues: auditValues(row), newValues: auditValues({ ...row, ...paid }) });
    return Object.assign(row, paid);
  });
  ctx.loaders.taxRemittancesOfTrainer.clear(row.trainerId);
  return TaxRemittanceType.from(row);
}
