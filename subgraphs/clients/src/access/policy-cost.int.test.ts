import { ScopedDb, scopeOf } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { clientsOf, useClientsTestBed, viewerOf } from '../test-bed.js';

/**
 * Row-level security that costs the same whatever the number of clients: the caller's team is worked
 * out once per statement (an InitPlan), never once per client row. (The first policies called
 * `clients.can_read_client` on every row and applied it to the whole clients table for every read of a
 * note: 25 ms for Maya's dashboard notes on the demo tenant, growing with every client added.)
 */
const bed = useClientsTestBed();

/** PostgreSQL's plan of `sql` as the runtime role, with Maya's claims set (text, costs off). */
const planAsMaya = (sql: string) =>
  new ScopedDb(bed.ds, scopeOf(viewerOf('maya@fitflow.demo'))).run(async (em) =>
    ((await em.query(`explain (costs off) ${sql}`)) as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n'),
  );

describe('the cost of the read policies', () => {
  it("works out the caller's trainers once per statement, not per client row", async () => {
    const plan = await planAsMaya('select id from clients.clients');
    expect(plan).not.toMatch(/can_read_client/);
    expect(plan).toMatch(/InitPlan/);
    // Still Maya's team's clients, and only theirs.
    const read = await new ScopedDb(bed.ds, scopeOf(viewerOf('maya@fitflow.demo'))).run((em) => em.query('select id from clients.clients'));
    expect(read).toHaveLength(['maya', 'liam', 'sofia'].flatMap((key) => clientsOf(key)).length);
  });
});
