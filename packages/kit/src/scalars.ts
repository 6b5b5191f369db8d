import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import type { ValueTransformer } from 'typeorm';
import { scalarInputError } from './errors.js';
import { MoneyScalar } from './money.js';

export { Decimal };
export { JSONObjectResolver as JSONObjectScalar };

/**
 * A copy of a library scalar whose input errors follow {@link scalarInputError}: the library decides
 * what is valid (and `accept` may narrow it further), FitFlow decides what the caller is told.
 */
function withInputErrors<T>(scalar: GraphQLScalarType<T>, mustBe: string, accept: (parsed: T) => boolean = () => true): GraphQLScalarType<T> {
  const config = scalar.toConfig();
  const checked = (parse: () => T, node?: ValueNode): T => {
    let parsed: T;
    try {
      parsed = parse();
    } catch {
      throw scalarInputError(mustBe, node);
    }
    if (!accept(parsed)) throw scalarInputError(mustBe, node);
    return parsed;
  };
  return new GraphQLScalarType<T>({
    ...config,
    parseValue: (value) => checked(() => config.parseValue(value)),
    parseLiteral: (node, variables) => checked(() => config.parseLiteral(node, variables), node),
  });
}

/** An instant: RFC 3339 date-time with an offset in, a `Date` in code, UTC out (graphql-scalars' `DateTime`). */
export const DateTimeScalar = withInputErrors<Date>(DateTimeResolver, 'a date and time in ISO 8601 with its offset, e.g. "2026-11-23T15:00:00Z"');

/**
 * A calendar date without a zone, `YYYY-MM-DD` (graphql-scalars' `LocalDate`, which refuses
 * "2026-02-30"); year 0000 is refused too (PostgreSQL has no year 0).
 */
export const LocalDateScalar = withInputErrors<string>(
  LocalDateResolver,
  'a calendar date written YYYY-MM-DD, e.g. "2026-11-23"',
  (date) => !date.startsWith('0000'),
);

/** At most 15 digits before the point and 6 after, no exponent. */
const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
const DECIMAL_MUST_BE = 'a decimal number written as a string, e.g. "49.95" (at most 15 digits before the point and 6 after, no exponent)';

function parseDecimal(value: unknown, node?: ValueNode): Decimal {
  if (typeof value !== 'string' || !DECIMAL.test(value)) throw scalarInputError(DECIMAL_MUST_BE, node);
  return new Decimal(value);
}

/**
 * Exact decimal number carried as a string ("49.95"): money amounts in dollars (not cents) of the
 * currency named beside them, and rates such as commission percentages. Never a float; "1e400",
 * "NaN" or a JSON number are refused (BAD_USER_INPUT, see {@link scalarInputError}).
 */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description: 'Exact decimal number as a string, e.g. "49.95". Money is in dollars (not cents); never a float.',
  serialize: (value: unknown) => {
    if (value instanceof Decimal) return value.toFixed();
    if (typeof value === 'string' && DECIMAL.test(value)) return new Decimal(value).toFixed();
    throw new GraphQLError('Decimal cannot represent a non-decimal value.');
  },
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

/**
 * The scalars above by name, for the gateway: its schema comes from the supergraph SDL, where custom
 * scalars accept anything, so it borrows these parsers to refuse bad input before planning a query.
 * A new input scalar in kit belongs here too.
 */
export const INPUT_SCALARS: readonly GraphQLScalarType[] = [DateTimeScalar, LocalDateScalar, DecimalScalar, MoneyScalar];

/** TypeORM transformer between PostgreSQL NUMERIC (a string in pg) and decimal.js. */
export const decimalTransformer: ValueTransformer = {
  from: (value: string | null) => (value == null ? null : new Decimal(value)),
  to: (value: Decimal | string | null | undefined) => (value == null ? value : new Decimal(value).toFixed()),
};
