import { Decimal } from 'decimal.js';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { scalarInputError } from './errors.js';

/**
 * Money in the API (docs/money.md): an amount of Canadian dollars (not cents) carried as a string
 * with exactly two decimals — "1249.50", "-12.00", "0.00" — never a float, never an exponent.
 * Amounts are decimal.js values in code and `numeric(…, 2)` in PostgreSQL.
 */

/** Decimals of every money amount: cents. */
export const MONEY_DECIMALS = 2;

/**
 * Largest magnitude a money amount may have: what PostgreSQL `numeric(12, 2)` holds (ten integer
 * digits). Columns may be narrower; services check their own limits before writing.
 */
export const MONEY_MAX = new Decimal('9999999999.99');

/** A plain decimal numeral: optional minus, digits, optional fraction. No exponent, no "NaN", no "+", no spaces. */
const NUMERAL = /^-?\d+(\.\d+)?$/;
/** Longer strings are refused before any parsing (a typo guard, and no megabyte numerals). */
const MAX_LENGTH = 32;

/**
 * A money amount from the wire: a string of at most two decimals ("250", "250.5", "250.50") within
 * ±{@link MONEY_MAX}. Fewer than two decimals are accepted on input; output always has two.
 * @throws GraphQLError BAD_USER_INPUT ({@link scalarInputError}: "<field> must be …") naming the
 *   problem: not a string (a JSON number would be a float), not a plain decimal numeral ("1e400",
 *   "NaN", "Infinity", "12,50"), more than two decimals, or out of range.
 */
export function parseMoney(value: unknown, node?: ValueNode): Decimal {
  if (typeof value !== 'string') {
    throw scalarInputError('an amount of dollars written as a string, e.g. "1249.50", not a number', node);
  }
  if (value.length > MAX_LENGTH || !NUMERAL.test(value)) {
    throw scalarInputError('a plain decimal amount of dollars such as "1249.50" (no exponent, no NaN, no comma)', node);
  }
  return checkedMoney(new Decimal(value), node);
}

/**
 * `value` as it appears in the API: exactly two decimals ("1249.50").
 * @throws GraphQLError BAD_USER_INPUT when `value` is not a finite decimal (a JavaScript number is
 *   refused: money never passes through a float), has more than two decimals (it would have to be
 *   rounded, which is the caller's decision — see `toCents` in finance), or is out of range.
 */
export function formatMoney(value: Decimal | string): string {
  if (typeof value === 'string') return parseMoney(value).toFixed(MONEY_DECIMALS);
  if (!Decimal.isDecimal(value)) throw scalarInputError('a decimal amount, never a float');
  return checkedMoney(value).toFixed(MONEY_DECIMALS);
}

function checkedMoney(amount: Decimal, node?: ValueNode): Decimal {
  if (!amount.isFinite()) throw scalarInputError('a finite amount of dollars, not NaN or Infinity', node);
  if (amount.decimalPlaces() > MONEY_DECIMALS) throw scalarInputError('an amount with at most two decimals (whole cents), e.g. "12.50"', node);
  if (amount.abs().greaterThan(MONEY_MAX)) throw scalarInputError(`between -${MONEY_MAX.toFixed(2)} and ${MONEY_MAX.toFixed(2)} dollars`, node);
  return amount;
}

function parseMoneyLiteral(ast: ValueNode): Decimal {
  if (ast.kind !== Kind.STRING) throw scalarInputError('an amount of dollars written as a string, e.g. "1249.50"', ast);
  return parseMoney(ast.value, ast);
}

/**
 * The `Money` scalar: every CAD amount of every subgraph (invoice totals, items, taxes, payments,
 * balances, contract and appointment rates, hourly rates). Serializes decimal.js values as strings
 * with exactly two decimals; parses strictly ({@link parseMoney}). Non-money decimals (tax rates,
 * percentages, quantities) stay `Decimal`. See docs/money.md.
 */
export const MoneyScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Money',
  description:
    'An amount of Canadian dollars as a string with exactly two decimals, e.g. "1249.50" (never a float, never an exponent). Inputs take at most two decimals ("250", "250.5" and "250.50" are the same amount), up to ±9999999999.99. See docs/money.md.',
  serialize: (value: unknown) => formatMoney(value as Decimal | string),
  parseValue: (value: unknown) => parseMoney(value),
  parseLiteral: parseMoneyLiteral,
});
