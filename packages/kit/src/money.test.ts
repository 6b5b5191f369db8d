import { Decimal } from 'decimal.js';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatMoney, MoneyScalar, parseMoney } from './money.js';

const refusal = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { code: (error as GraphQLError).extensions.code, message: (error as GraphQLError).message };
  }
};

describe('the Money scalar', () => {
  it('prints every amount with exactly two decimals', () => {
    expect(MoneyScalar.serialize(new Decimal('1249.5'))).toBe('1249.50');
    expect(MoneyScalar.serialize(new Decimal('10'))).toBe('10.00');
    expect(MoneyScalar.serialize(new Decimal('0'))).toBe('0.00');
    expect(MoneyScalar.serialize(new Decimal('-12.3'))).toBe('-12.30');
    expect(MoneyScalar.serialize('99.9')).toBe('99.90');
    expect(MoneyScalar.serialize(new Decimal('9999999999.99'))).toBe('9999999999.99');
  });

  it('reads amounts of up to two decimals from variables and literals', () => {
    expect(parseMoney('250').toFixed(2)).toBe('250.00');
    expect(parseMoney('250.5').toFixed(2)).toBe('250.50');
    expect(parseMoney('-0.01').toFixed(2)).toBe('-0.01');
    expect(formatMoney('7')).toBe('7.00');
  });

  it('refuses exponents, NaN, fractions of a cent, floats and amounts out of range with BAD_USER_INPUT naming the problem', () => {
    const cases: [unknown, RegExp][] = [
      ['1e400', /no exponent/],
      ['NaN', /no NaN/],
      ['Infinity', /plain decimal/],
      ['12,50', /plain decimal/],
      [' 12.50', /plain decimal/],
      ['10.005', /at most two decimals/],
      ['10000000000.00', /between/],
      ['-10000000000', /between/],
      [55.5, /not a number/],
      [null, /not a number/],
    ];
    for (const [value, message] of cases) {
      const refused = refusal(() => MoneyScalar.parseValue(value));
      expect(refused, String(value)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(refused!.message, String(value)).toMatch(message);
    }
  });

  it('never prints a float, NaN, a fraction of a cent or an amount out of range', () => {
    for (const [value, message] of [
      [49.95, /never a float/],
      [new Decimal(NaN), /finite/],
      [new Decimal('10.005'), /at most two decimals/],
      [new Decimal('1e400'), /between/],
    ] as const) {
      expect(
        refusal(() => MoneyScalar.serialize(value)),
        String(value),
      ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
  });

  it('answers a bad literal or variable before any resolver runs', async () => {
    let ran = false;
    const schema = buildSchema('scalar Money type Query { pay(amount: Money!): Money! }');
    Object.assign(schema.getType('Money')!, { serialize: MoneyScalar.serialize, parseValue: MoneyScalar.parseValue, parseLiteral: MoneyScalar.parseLiteral });
    const rootValue = { pay: ({ amount }: { amount: Decimal }) => ((ran = true), amount) };
    const ok = await graphql({ schema, rootValue, source: '{ pay(amount: "1249.5") }' });
    expect(ok).toEqual({ data: { pay: '1249.50' } });
    ran = false;
    const literal = await graphql({ schema, rootValue, source: '{ pay(amount: "1e400") }' });
    const variable = await graphql({ schema, rootValue, source: 'query($a: Money!) { pay(amount: $a) }', variableValues: { a: '2.675' } });
    expect(ran).toBe(false);
    expect(literal.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/\$a.*at most two decimals/) });
  });
});
