import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
} from 'graphql';
import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_LIMITS, limitsStep, operationCost } from '../src/limits.js';
import { signInAttempts } from '../src/rate-limits.js';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../schema/api.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), { variables, defaultListSize: 20 });

describe('the cost of an operation', () => {
  it('counts objects; scalars are free', () => {
    expect(cost('{ me { id email } }')).toBe(1);
    expect(cost('{ me { id trainer { id displayName } } }')).toBe(2);
  });

  it('multiplies by `first` (its default when absent) through nesting, the edges of a connection counted once', () => {
    // clients(first: 10): 10 × (connection 1 + edges 1 + node 1) = 30, inside me and trainer.
    expect(cost('{ me { trainer { clients(first: 10) { edges { node { id } } } } } }')).toBe(2 + 30);
    expect(cost('{ me { trainer { clients { edges { node { id } } } } } }')).toBe(2 + 60);
    expect(cost('query($n: Int!) { me { trainer { clients(first: $n) { edges { node { id } } } } } }', { n: 50 })).toBe(2 + 150);
  });

  it('multiplies a list without `first` by the default list size, and nested lists by each other', () => {
    expect(cost('{ studios { id } }')).toBe(20);
    expect(cost('{ studios { childStudios { id } } }')).toBe(20 * (1 + 20));
  });

  it('counts a fragment bomb as more than can be counted', () => {
    const levels = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Query { a: me { id } ...F${i + 1} b: me { id } ...F${i + 1} }`).join(' ');
    expect(cost(`{ ...F0 } ${levels} fragment F14 on Query { me { id } }`)).toBe(Infinity);
  });

  it('admits every operation of the web app with the default limits', () => {
    /** A value of `type` (required input fields only), so that the operation's variables fit. */
    const sample = (type: GraphQLInputType): unknown => {
      const nullable = getNullableType(type) as GraphQLInputType;
      if (isListType(nullable)) return [];
      if (isEnumType(nullable)) return nullable.getValues()[0].value;
      if (isInputObjectType(nullable)) {
        return Object.fromEntries(Object.values(nullable.getFields()).flatMap((f) => (isNonNullType(f.type) ? [[f.name, sample(f.type)]] : [])));
      }
      return ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[nullable.name] ?? '00000000-0000-4000-8000-000000000000';
    };
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const costs = Object.values(manifest).map((text) => {
      const document = parse(text, { maxTokens: DEFAULT_REQUEST_LIMITS.maxTokens });
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]),
      );
      return { name: operation.name?.value, cost: operationCost(schema, document, { variables, defaultListSize: DEFAULT_REQUEST_LIMITS.defaultListSize }) };
    });
    expect(costs.length).toBeGreaterThan(50);
    expect(costs.filter((c) => c.cost > DEFAULT_REQUEST_LIMITS.maxCost)).toEqual([]);
    expect(Math.max(...costs.map((c) => c.cost))).toBeGreaterThan(10_000);
  });

  it('leaves an operation with variables that do not fit to Apollo (no cost, no crash), and an unknown operation name too', () => {
    expect(cost('query($n: Int!) { me { trainer { clients(first: $n) { edges { node { id } } } } } }', { n: 'many' })).toBe(0);
    expect(operationCost(schema, parse('{ me { id } }'), { operationName: 'Other', defaultListSize: 20 })).toBe(1);
  });
});

describe('sign-in attempts in a document', () => {
  const attempts = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    signInAttempts(schema, parse(query), variables, operationName);

  it('one per login field, aliases and fragments included, with the email trimmed and lower-cased', () => {
    const aliased = `mutation { ${Array.from({ length: 10 }, (_, i) => `l${i}: login(input: { email: " Emma@Example.com", password: "p" }) { accessToken }`).join(' ')} }`;
    expect(attempts(aliased)).toEqual(Array.from({ length: 10 }, () => ({ field: 'login', account: 'emma@example.com' })));
    expect(
      attempts(
        'mutation($i: LoginInput!) { ...F a: verifyMfa(code: "1", mfaToken: "T") { accessToken } } fragment F on Mutation { login(input: $i) { accessToken } }',
        {
          i: { email: 'x@y.z', password: 'p' },
        },
      ),
    ).toEqual([
      { field: 'verifyMfa', account: 'T' },
      { field: 'login', account: 'x@y.z' },
    ]);
  });

  it('none in queries or other operations than the named one; an unreadable account is null', () => {
    expect(attempts('{ me { id } }')).toEqual([]);
    expect(
      attempts('mutation A { login(input: { email: "a@b.c", password: "p" }) { accessToken } } mutation B { logout(refreshToken: "r") }', {}, 'B'),
    ).toEqual([]);
    expect(attempts('mutation($e: String!) { login(input: { email: $e, password: "p" }) { accessToken } }')).toEqual([{ field: 'login', account: null }]);
  });
});

describe('the limits step, asked the same operation again', () => {
  const step = limitsStep(DEFAULT_REQUEST_LIMITS, () => schema);
  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    step({} as IncomingMessage, { method: 'POST', body: { query, variables }, search: '' });
  const PAGE = 'query Page($n: Int) { clients(first: $n) { edges { node { id sessionNotes(first: $n) { edges { node { id } } } } } } }';

  it('still prices each request by its own variables: an operation admitted once is refused when its lists grow', async () => {
    await expect(ask(PAGE, { n: 5 })).resolves.toBeDefined();
    await expect(ask(PAGE, { n: 5_000 })).rejects.toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    await expect(ask(PAGE, { n: 5 })).resolves.toBeDefined();
  });

  it('refuses a too-deep operation every time it is sent', async () => {
    const deep = `{ ${'me { trainer { clients(first: 1) { edges { node { trainer { '.repeat(3)}id${' } } } } } }'.repeat(3)} }`;
    for (let i = 0; i < 2; i++) await expect(ask(deep)).rejects.toMatchObject({ code: 'MAX_DEPTH_EXCEEDED' });
  });
});
