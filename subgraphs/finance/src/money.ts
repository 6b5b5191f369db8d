import { Decimal } from '@fitflow/kit';

/**
 * Money arithmetic of the finance subgraph. Amounts are CAD dollars as decimal.js values (never a
 * JavaScript number, so never a binary float); stored amounts have two decimals (NUMERIC(10, 2)).
 * Rounding is half-up (away from zero for positive amounts) to the cent, as CRA expects for GST/HST.
 * The API prints amounts with kit's `Money` scalar (two decimals); docs/money.md has the whole rule.
 */

const ZERO = new Decimal(0);

/**
 * `value` rounded half-up to the cent: 10.005 → 10.01, 10.004 → 10.00.
 * @throws Error when `value` is a JavaScript number: money never passes through a float.
 */
export function toCents(value: Decimal | string): Decimal {
  if (typeof value !== 'string' && !(value instanceof Decimal)) throw new Error('money must be a Decimal or a decimal string, never a number');
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Amount of an invoice line: quantity × unit price (CAD), rounded half-up to the cent. */
export function lineAmount(quantity: Decimal, unitPrice: Decimal): Decimal {
  return toCents(quantity.times(unitPrice));
}

/** Sum of amounts (CAD); 0 for none. Exact: no rounding happens. */
export function sumMoney(amounts: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/** Tax on `base` (CAD) at `rate` (a fraction such as 0.13 for 13 %), rounded half-up to the cent. */
export function taxOn(base: Decimal, rate: Decimal): Decimal {
  return toCents(base.times(rate));
}

export interface TotalsInput {
  items: { quantity: Decimal; unitPrice: Decimal }[];
  /** Sales-tax rates applied to the subtotal, e.g. `[{ tax: 'HST', rate: 0.13 }]`. */
  taxes: { tax: string; rate: Decimal }[];
}

export interface Totals {
  /** Each line's amount, in input order. */
  itemAmounts: Decimal[];
  /** Sum of the line amounts. */
  subtotal: Decimal;
  /** One amount per tax, each rounded to the cent on its own (as printed on the invoice). */
  taxes: { tax: string; rate: Decimal; amount: Decimal }[];
  /** subtotal + every tax amount. */
  total: Decimal;
}

/**
 * An invoice's totals from its lines and tax rates: line amounts rounded to the cent, subtotal their
 * exact sum, each tax rounded on the subtotal, total the exact sum of subtotal and taxes.
 */
export function invoiceTotals(input: TotalsInput): Totals {
  const itemAmounts = input.items.map((i) => lineAmount(i.quantity, i.unitPrice));
  const subtotal = sumMoney(itemAmounts);
  const taxes = input.taxes.map((t) => ({ tax: t.tax, rate: t.rate, amount: taxOn(subtotal, t.rate) }));
  return { itemAmounts, subtotal, taxes, total: subtotal.plus(sumMoney(taxes.map((t) => t.amount))) };
}
