import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';

export { Decimal };
export { DateTimeResolver as DateTimeScalar, LocalDateResolver as LocalDateScalar, JSONObjectResolver as JSONObjectScalar } from 'graphql-scalars';

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw new GraphQLError('Decimal values are strings such as "49.95" (no exponent, at most 6 decimals).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Decimal(value);
}

/**
 * Exact decimal number carried as a string ("49.95"): money amounts in dollars (not cents) of the
 * currency named beside them, and rates such as commission percentages. Never a float.
 */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description: 'Exact decimal number as a string, e.g. "49.95". Money is in dollars (not cents); never a float.',
  serialize: (value: unknown) => {
    if (value instanceof Decimal) return value.toFixed();
    if (typeof value === 'string' && DECIMAL.test(value)) return new Decimal(value).toFixed();
    throw new GraphQLError('Decimal cannot represent a non-decimal value.');
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal literals are strings, e.g. "49.95".');
    return parseDecimal(ast.value);
  },
});

/** TypeORM transformer between PostgreSQL NUMERIC (a string in pg) and decimal.js. */
export const decimalTransformer: ValueTransformer = {
  from: (value: string | null) => (value == null ? null : new Decimal(value)),
  to: (value: Decimal | string | null | undefined) => (value == null ? value : new Decimal(value).toFixed()),
};
