/**
 * Money arrives as `Decimal` strings in dollars ("1234.50"). Sums are done in integer cents (BigInt),
 * never in floating point; only the final display goes through Intl.NumberFormat.
 */

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
/** "$1,234.50" (CAD). */
export const formatMoney = (amount: string) => cad.format(Number(amount));

/** "13%" for a rate "0.13". */
export const formatRate = (rate: string) => `${new Intl.NumberFormat('en-CA', { maximumFractionDigits: 3 }).format(Number(rate) * 100)}%`;
