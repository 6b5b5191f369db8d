import { badUserInput, Decimal } from '@fitflow/kit';
import type { ExpenseEntity } from './expense.entity.js';
import type { ExpenseInput } from './expense.inputs.js';

/** The largest amount `finance.expenses` holds (`numeric(10, 2)`). */
const MAX_AMOUNT = new Decimal('99999999.99');

/**
 * The highest rate of each kind of sales tax in Canada, which no tax paid on a purchase can exceed
 * (docs/remittance.md, "Checks on an expense"):
 * - GST/HST 15 %: HST in New Brunswick, Newfoundland and Labrador, Prince Edward Island (and Nova
 *   Scotia until 2025-03-31) — Excise Tax Act s. 165(2), Schedule VIII; CRA "GST/HST rates by province";
 * - QST 9.975 %: Act respecting the Québec sales tax; Revenu Québec "Calculating the GST and QST";
 * - PST 20 %: British Columbia's top rate, on passenger vehicles of $150,000 or more — Bulletin PST 308,
 *   "PST on Vehicles" (the general rates are BC 7 %, Saskatchewan 6 %, Manitoba RST 7 %).
 */
const CAPS = {
  gstHstPaid: { rate: new Decimal('0.15'), percent: '15 %' },
  qstPaid: { rate: new Decimal('0.09975'), percent: '9.975 %' },
  pstPaid: { rate: new Decimal('0.20'), percent: '20 %' },
} as const;

/** The provinces levying a PST or RST of their own (QST is Québec's alone). */
const PST_PROVINCES = new Set(['BC', 'SK', 'MB']);

/** An expense's columns as checked and normalised by {@link checkExpense}. */
export type CheckedExpense = Pick<
  ExpenseEntity,
  | 'expenseDate'
  | 'vendor'
  | 'description'
  | 'category'
  | 'amountBeforeTax'
  | 'gstHstPaid'
  | 'qstPaid'
  | 'pstPaid'
  | 'province'
  | 'receiptReference'
  | 'itcEligible'
>;

/**
 * Checks an expense before anything is written, and normalises it (text trimmed, an empty receipt
 * reference null, missing taxes 0, `itcEligible` true unless said otherwise).
 * @param today the latest calendar day it may bear (`YYYY-MM-DD`).
 * @throws BAD_USER_INPUT naming the field at fault: a date after `today`; a blank or over-long vendor,
 *   description or receipt reference; an amount below zero, in fractions of a cent or above
 *   99,999,999.99 CAD; a tax above its cap of `amountBeforeTax` (rounded half-up to the cent); QST on a
 *   purchase outside Québec; PST on a purchase outside British Columbia, Saskatchewan and Manitoba.
 */
export function checkExpense(input: ExpenseInput, today: string): CheckedExpense {
  if (input.expenseDate > today) throw badUserInput('expenseDate must not be in the future.', 'expenseDate');
  const vendor = text(input.vendor, 'vendor', 255);
  const description = text(input.description, 'description', 1000);
  const reference = input.receiptReference?.trim() || null;
  if (reference && reference.length > 255) throw badUserInput('receiptReference must be at most 255 characters.', 'receiptReference');

  const amountBeforeTax = money(input.amountBeforeTax, 'amountBeforeTax');
  const taxes = {} as Record<keyof typeof CAPS, Decimal>;
  for (const field of Object.keys(CAPS) as (keyof typeof CAPS)[]) {
    const paid = money(input[field] ?? new Decimal(0), field);
    const cap = amountBeforeTax.times(CAPS[field].rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (paid.gt(cap)) {
      throw badUserInput(`${field} must be at most ${CAPS[field].percent} of amountBeforeTax (${cap.toFixed(2)} CAD): no Canadian rate is higher.`, field);
    }
    taxes[field] = paid;
  }
  if (taxes.qstPaid.gt(0) && input.province !== 'QC') throw badUserInput('qstPaid must be 0 for a purchase outside Québec: QST is Québec’s tax.', 'qstPaid');
  if (taxes.pstPaid.gt(0) && !PST_PROVINCES.has(input.province)) {
    throw badUserInput('pstPaid must be 0 for a purchase outside British Columbia, Saskatchewan and Manitoba: no other province levies a PST.', 'pstPaid');
  }
  return {
    expenseDate: input.expenseDate,
    vendor,
    description,
    category: input.category,
    amountBeforeTax,
    ...taxes,
    province: input.province,
    receiptReference: reference,
    itcEligible: input.itcEligible ?? true,
  };
}

function text(value: string, field: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw badUserInput(`${field} must not be blank.`, field);
  if (trimmed.length > max) throw badUserInput(`${field} must be at most ${max} characters.`, field);
  return trimmed;
}

function money(value: Decimal, field: string): Decimal {
  if (value.lt(0)) throw badUserInput(`${field} must not be negative.`, field);
  if (value.decimalPlaces() > 2) throw badUserInput(`${field} must be in whole cents, e.g. "12.50".`, field);
  if (value.gt(MAX_AMOUNT)) throw badUserInput(`${field} must be at most 99,999,999.99 CAD.`, field);
  return value;
}
