/**
 * Money arrives as decimal strings in dollars ("1234.50", or "1234.5" from older servers: both read
 * the same). Sums are done in integer cents (BigInt), never in floating point; display goes through
 * Intl.NumberFormat with the exact decimal string, always with two decimals.
 */
import { addDays, daysBetween } from './time';

/** "12.5" → 1250n cents (rounded half-up beyond two places). */
export function toCents(amount: string): bigint {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  let cents = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  if (Number(fraction[2] ?? '0') >= 5) cents += 1n;
  return sign ? -cents : cents;
}

/** 1250n → "12.50". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Sum of decimal strings, as a decimal string. */
export const sumMoney = (amounts: string[]) => fromCents(amounts.reduce((sum, a) => sum + toCents(a), 0n));

const cad = new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' });
/** "$1,234.50" (CAD) for "1234.5": exact (the decimal string is formatted, not a float), two decimals. */
export const formatMoney = (amount: string) => cad.format(fromCents(toCents(amount)) as Intl.StringNumericLiteral);

/** "$1,234.50" for 123450n cents. */
export const formatCents = (cents: bigint) => formatMoney(fromCents(cents));

const cadWhole = new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD', maximumFractionDigits: 0 });
/** "$12,400" — whole dollars for a chart axis tick (a number of dollars the chart library chose). */
export const formatAxisDollars = (dollars: number) => cadWhole.format(dollars);

/** What the money screens need of an invoice. `status` is the API's InvoiceStatus. */
export interface InvoiceMoney {
  status: string;
  /** First and last day of the work billed, `YYYY-MM-DD` (inclusive). */
  periodStart: string;
  periodEnd: string;
  /** Before tax. */
  subtotal: string;
  balanceDue: string;
}

/**
 * Whether an invoice is revenue: issued (ISSUED, SENT, PARTIALLY_PAID, OVERDUE, PAID). A DRAFT is the
 * trainer's work in progress and a VOID invoice was withdrawn; neither counts in revenue or in what is owed.
 */
export const isIssued = (invoice: Pick<InvoiceMoney, 'status'>) => invoice.status !== 'DRAFT' && invoice.status !== 'VOID';

/** Whether an invoice still has money owed to the trainer: issued, not paid, with a positive balance. */
export const isOwed = (invoice: Pick<InvoiceMoney, 'status' | 'balanceDue'>) =>
  isIssued(invoice) && invoice.status !== 'PAID' && toCents(invoice.balanceDue) > 0n;

const lastDayOfMonth = (month: string) => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);

/**
 * Revenue (subtotals, before tax, in cents) by month of service (`YYYY-MM` → cents): each issued invoice
 * ({@link isIssued}) counts in the months of its service period, not the month it was dated — November's
 * sessions invoiced on December 1 are November's revenue. A period spanning months is shared between
 * them in proportion to its days in each (whole cents; the shares add up to the subtotal exactly).
 */
export function revenueByServiceMonth(invoices: Pick<InvoiceMoney, 'status' | 'periodStart' | 'periodEnd' | 'subtotal'>[]): Map<string, bigint> {
  const byMonth = new Map<string, bigint>();
  for (const invoice of invoices.filter(isIssued)) {
    const cents = toCents(invoice.subtotal);
    const days = BigInt(daysBetween(invoice.periodStart, invoice.periodEnd) + 1);
    if (days <= 0n) continue;
    let from = invoice.periodStart;
    let daysSoFar = 0n;
    let allocated = 0n;
    while (from <= invoice.periodEnd) {
      const month = from.slice(0, 7);
      const to = lastDayOfMonth(month) < invoice.periodEnd ? lastDayOfMonth(month) : invoice.periodEnd;
      daysSoFar += BigInt(daysBetween(from, to) + 1);
      const upTo = (cents * daysSoFar) / days;
      byMonth.set(month, (byMonth.get(month) ?? 0n) + upTo - allocated);
      allocated = upTo;
      from = addDays(to, 1);
    }
  }
  return byMonth;
}

/** "13%" for a rate "0.13". */
export const formatRate = (rate: string) => `${new Intl.NumberFormat('en-CA', { maximumFractionDigits: 3 }).format(Number(rate) * 100)}%`;
