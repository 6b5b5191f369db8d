import { describe, expect, it } from 'vitest';
import { execute, UNKNOWN_ID, type GraphQLResult } from './index.js';

/** What {@link subgraphContract} needs of a subgraph under test. */
export interface SubgraphContractOptions {
  /** The built server (not listening) — read lazily, after `beforeAll` built it. */
  server: () => Parameters<typeof execute>[0];
  /** The SQL statement counter the server's DataSource logs to. */
  counter: () => { count: number; reset(): void };
  /**
   * Operations an anonymous caller must be refused with UNAUTHENTICATED and no data (a root field,
   * and `_entities` of each entity). `{ _service { sdl } }` is always added.
   */
  anonymous: () => string[];
  /**
   * A root field reading one record by id (`{ invoice(id: $id) { id } }` with variable `$id`), with
   * the `Authorization` of a caller who may read it and what NOT_FOUND calls it ("Invoice").
   */
  byId: { query: string; auth: () => Promise<string>; what: string };
  /** Text no error may contain (the subgraph's schema name, e.g. /finance\./). */
  internals: RegExp;
  /**
   * Entity references: `typename`, a `selection` inside `... on T { }`, the ids the caller can
   * resolve (`knownIds`, the rest of the 50 are unknown), and the caller. Each must cost as many SQL
   * statements for 50 references as for 1 (DataLoader), after one warm-up.
   */
  references: { typename: string; selection: string; knownIds: () => string[]; auth: () => Promise<string> }[];
}

const unknownId = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
const firstData = (result: GraphQLResult) => {
  const data = result.data ?? {};
  const value = Object.values(data)[0];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
};

/**
 * The contract every subgraph keeps, as tests it runs in a few lines: anonymous callers are refused
 * (federation fields included); a malformed id is BAD_USER_INPUT naming the field, an unknown one
 * NOT_FOUND, and neither leaks SQL, stacks or table names; 50 references cost as many SQL statements
 * as 1.
 */
export function subgraphContract(name: string, options: SubgraphContractOptions): void {
  describe(`${name} subgraph contract`, () => {
    it('refuses anonymous callers, including the federation fields', async () => {
      for (const query of [...options.anonymous(), '{ _service { sdl } }']) {
        const result = await execute(options.server(), query);
        expect(firstData(result), query).toBeNull();
        expect(result.errors?.[0].extensions?.code, query).toBe('UNAUTHENTICATED');
      }
    });

    it('tells a malformed id from an unknown one, without leaking internals', async () => {
      const auth = await options.byId.auth();
      const malformed = await execute(options.server(), options.byId.query, { id: '42' }, auth);
      expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
      const unknown = await execute(options.server(), options.byId.query, { id: UNKNOWN_ID }, auth);
      expect(unknown.errors?.[0]).toMatchObject({ message: `${options.byId.what} not found.`, extensions: { code: 'NOT_FOUND' } });
      const text = JSON.stringify([malformed, unknown]);
      expect(text).not.toMatch(/select |stack|http:\/\//i);
      expect(text).not.toMatch(options.internals);
    });

    for (const reference of options.references) {
      it(`resolves 50 ${reference.typename} references with as many SQL statements as 1 (DataLoader)`, async () => {
        const auth = await reference.auth();
        const known = reference.knownIds();
        const representations = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: reference.typename, id: known[i] ?? unknownId(i) }));
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${reference.typename} { ${reference.selection} } } }`;
        await execute(options.server(), query, { r: representations(50) }, auth); // steady state (caches warm)
        options.counter().reset();
        const one = await execute(options.server(), query, { r: representations(1) }, auth);
        const single = options.counter().count;
        options.counter().reset();
        const fifty = await execute(options.server(), query, { r: representations(50) }, auth);
        expect(one.errors).toBeUndefined();
        expect(fifty.errors).toBeUndefined();
        expect(single).toBeGreaterThan(0);
        expect(fifty.data!._entities.filter(Boolean)).toHaveLength(Math.min(known.length, 50));
        expect(options.counter().count).toBe(single);
      });
    }
  });
}
