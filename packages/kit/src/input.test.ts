import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type CursorKind } from './connection.js';
import { createErrorMasker } from './errors.js';
import { clientIp } from './http.js';
import type { IncomingMessage } from 'node:http';
import { inputGuardPlugin } from './input-guard.js';
import { DateTimeScalar, DecimalScalar, LocalDateScalar } from './scalars.js';

const log = pino({ level: 'silent' });
const ID = '6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11';
const cursor = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('the strict cursor decoder', () => {
  const valid: [CursorKind, string][] = [
    ['instant', '2026-11-23T15:00:00.000Z'],
    ['date', '2024-02-29'],
    ['timestamptz', '2026-11-23 15:00:00.123456+00'],
    ['timestamptz', '2026-11-23 10:00:00-05:30'],
    ['none', ''],
  ];
  it.each(valid)('accepts a %s key such as %j', (kind, key) => {
    expect(decodeCursor(encodeCursor({ key, id: ID }), kind)).toEqual({ key, id: ID });
  });

  /** Each of these passed the old format checks and then failed in PostgreSQL as an internal error. */
  const forged: [CursorKind, string][] = [
    ['date', cursor('2026-99-99', ID)],
    ['date', cursor('2026-02-30', ID)],
    ['date', cursor('0000-01-01', ID)],
    ['date', cursor('2026-11-23', '------------------------------------')],
    ['date', cursor('2026-11-23', ID, 'extra')],
    ['date', cursor('2026-11-23')],
    ['instant', cursor('2026-99-99T00:00:00.000Z', ID)],
    ['instant', cursor('yesterday', ID)],
    ['timestamptz', cursor('2026-99-99 10:00:00+00', ID)],
    ['timestamptz', cursor('2026-11-23 25:00:00+00', ID)],
    ['none', cursor('', 'not-a-uuid')],
    ['none', cursor('Smith', ID)],
    ['none', Buffer.from('{"key":"","id":"x"}').toString('base64url')],
  ];
  it.each(forged)('refuses a forged %s cursor %s with BAD_USER_INPUT naming `after`', (kind, value) => {
    expect(() => decodeCursor(value, kind)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }));
  });
});

describe('FitFlow scalars refuse bad input as BAD_USER_INPUT', () => {
  const refused = [
    [DateTimeScalar, '2026-13-45T00:00:00Z'],
    [DateTimeScalar, 'yesterday'],
    [LocalDateScalar, '2026-02-30'],
    [LocalDateScalar, '0000-01-01'],
    [DecimalScalar, '1e400'],
    [DecimalScalar, 'Infinity'],
    [DecimalScalar, 12.5],
  ] as const;
  it.each(refused)('%s refuses %j', (scalar, value) => {
    expect(() => scalar.parseValue(value)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^must be /), extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });
});

/** A tiny server with the kit's scalars, input guard and masker, as every FitFlow server has them. */
function guardedServer() {
  const seen: unknown[] = [];
  const schema = makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      scalar DateTime
      scalar LocalDate
      scalar Decimal
      input PaymentInput {
        amount: Decimal!
        paymentDate: LocalDate!
        note: String
        lines: [LineInput!]
      }
      input LineInput {
        text: String!
      }
      type Query {
        echo(from: DateTime, on: LocalDate, text: String, tags: [String!], input: PaymentInput): Boolean
      }
    `,
    resolvers: {
      DateTime: DateTimeScalar,
      LocalDate: LocalDateScalar,
      Decimal: DecimalScalar,
      Query: { echo: (_: unknown, args: unknown) => (seen.push(args), true) },
    },
  });
  const apollo = new ApolloServer({ schema, formatError: createErrorMasker(log), plugins: [inputGuardPlugin({ hideSchemaDetails: true })] });
  return {
    seen,
    async run(query: string, variables: Record<string, unknown> = {}) {
      const response = await apollo.executeOperation({ query, variables });
      return response.body.kind === 'single' ? response.body.singleResult : undefined;
    },
  };
}

describe('the input guard', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['a DateTime literal', '{ echo(from: "2026-13-45T00:00:00Z") }', {}, 'from'],
    ['a DateTime variable', 'query($f: DateTime) { echo(from: $f) }', { f: 'nope' }, 'from'],
    ['a LocalDate in a nested literal', '{ echo(input: { amount: "1.00", paymentDate: "2026-02-30" }) }', {}, 'paymentDate'],
    ['a LocalDate in a nested variable', 'query($i: PaymentInput) { echo(input: $i) }', { i: { amount: '1.00', paymentDate: '2026-02-30' } }, 'paymentDate'],
    ['a huge Decimal literal', '{ echo(input: { amount: "1e400", paymentDate: "2026-02-03" }) }', {}, 'amount'],
    ['a huge Decimal variable', 'query($i: PaymentInput) { echo(input: $i) }', { i: { amount: '1e400', paymentDate: '2026-02-03' } }, 'amount'],
    ['a NUL in a string literal', '{ echo(text: "a\\u0000b") }', {}, 'text'],
    ['a NUL in a list literal', '{ echo(tags: ["ok", "a\\u0000b"]) }', {}, 'tags'],
    ['a NUL in a string variable', 'query($t: String) { echo(text: $t) }', { t: 'a\u0000b' }, 'text'],
    [
      'a NUL deep in a variable',
      'query($i: PaymentInput) { echo(input: $i) }',
      { i: { amount: '1.00', paymentDate: '2026-02-03', lines: [{ text: 'x\u0000' }] } },
      'text',
    ],
    ['a NUL in a nested literal', '{ echo(input: { amount: "1.00", paymentDate: "2026-02-03", note: "\\u0000" }) }', {}, 'note'],
  ];
  it.each(cases)('refuses %s as BAD_USER_INPUT naming the field, before any resolver', async (_name, query, variables, field) => {
    const server = guardedServer();
    const result = await server.run(query, variables);
    expect(result?.errors).toHaveLength(1);
    expect(result?.errors?.[0]).toMatchObject({ message: expect.stringMatching(new RegExp(`^${field} `)), extensions: { code: 'BAD_USER_INPUT', field } });
    expect(server.seen).toEqual([]);
  });

  it('lets good input through, parsed', async () => {
    const server = guardedServer();
    const result = await server.run('query($i: PaymentInput) { echo(from: "2026-11-23T15:00:00Z", input: $i) }', {
      i: { amount: '49.95', paymentDate: '2024-02-29' },
    });
    expect(result?.errors).toBeUndefined();
    expect(JSON.stringify(server.seen)).toBe(
      JSON.stringify([{ from: new Date('2026-11-23T15:00:00Z'), input: { amount: '49.95', paymentDate: '2024-02-29' } }]),
    );
  });

  it('gives no field suggestions when hiding schema details', async () => {
    const result = await guardedServer().run('query($i: PaymentInput) { echo(input: $i) }', { i: { amount: '1.00', paymentDate: '2026-02-03', nots: 'x' } });
    expect(result?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result?.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('error masking of relayed subgraph errors', () => {
  const mask = createErrorMasker(log);
  it('drops @apollo/gateway’s copy of the subgraph response, its URL and status', () => {
    const formatted = {
      message: 'Email or password is incorrect.',
      extensions: { code: 'UNAUTHENTICATED', serviceName: 'identity', http: { status: 401 }, note: 'see http://127.0.0.1:4101/graphql' },
    };
    expect(mask(formatted, new GraphQLError(formatted.message, { extensions: formatted.extensions }))).toEqual({
      message: 'Email or password is incorrect.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('masks a raw HTTP error of the gateway even when it carries an expected code', () => {
    const formatted = {
      message: '401: Unauthorized',
      extensions: { code: 'UNAUTHENTICATED', response: { url: 'http://127.0.0.1:4101/graphql', status: 401, body: {} } },
    };
    const shown = mask(formatted, new GraphQLError(formatted.message, { extensions: formatted.extensions }));
    expect(shown).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(shown)).not.toContain('http://');
  });

  it('keeps the extensions a client acts on, such as retryAfterSeconds', () => {
    const formatted = { message: 'Too many attempts.', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120, serviceName: 'identity' } };
    expect(mask(formatted, new GraphQLError(formatted.message, { extensions: formatted.extensions }))).toEqual({
      message: 'Too many attempts.',
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 },
    });
  });
});

describe('the caller’s network address', () => {
  const request = (xff: string | undefined, peer: string) =>
    ({ headers: xff ? { 'x-forwarded-for': xff } : {}, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;
  it('is read by a subgraph from the right, where no caller can write', () => {
    expect(clientIp(request('6.6.6.6, 203.0.113.7', '10.0.0.3'))).toBe('203.0.113.7');
    expect(clientIp(request(undefined, '10.0.0.3'))).toBe('10.0.0.3');
  });
});
