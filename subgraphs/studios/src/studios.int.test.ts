import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTenant, execute, subgraphContract, testEnv, useSubgraphTestBed } from '@fitflow/testkit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildStudiosServer } from './server.js';

const counter = new QueryCounter();
const bed = useSubgraphTestBed('studios', buildStudiosServer, { counter });

subgraphContract('studios', {
  server: () => bed.server,
  counter: () => counter,
  anonymous: () => [
    '{ studios { id } }',
    `{ _entities(representations: [{ __typename: "Studio", id: "${demoTenant().studios[0].id}" }]) { ... on Studio { name } } }`,
  ],
  byId: { query: 'query($id: ID!) { trainer(id: $id) { id } }', auth: () => demoAuth('maya@fitflow.demo'), what: 'Trainer' },
  internals: /select|trainers|studios\./i,
  references: [
    {
      typename: 'Trainer',
      selection: 'id contracts { studio { name childStudios { id } } classRates { rate } ratePeriods { effectiveFrom classRates { rate } } }',
      knownIds: () =>
        demoTenant()
          .trainers.slice(0, 4)
          .map((t) => t.id),
      auth: () => demoAuth('maya@fitflow.demo'),
    },
    {
      typename: 'Studio',
      selection: 'id name parentStudio { id } childStudios { id }',
      knownIds: () => demoTenant().studios.map((s) => s.id),
      auth: () => demoAuth('maya@fitflow.demo'),
    },
  ],
});

describe('studios subgraph', () => {
  it('answers a forged token with UNAUTHENTICATED', async () => {
    const real = await demoAuth('maya@fitflow.demo');
    const forged = real.slice(0, -4) + (real.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const result = await execute(bed.server, '{ studios { id } }', {}, forged);
    expect(result.errors?.[0]).toMatchObject({ message: 'Your access token is not valid. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('the studios database contract', () => {
  it('lets other subgraphs read the published views, and nothing else', async () => {
    const scheduling = new pg.Client({ connectionString: testEnv().urls.scheduling });
    await scheduling.connect();
    try {
      const { rows } = await scheduling.query('select count(*)::int as n from studios.contract_directory');
      expect(rows[0].n).toBe(demoTenant().contracts.length);
      await expect(scheduling.query('select * from studios.trainers')).rejects.toThrow(/permission denied/);
      await expect(scheduling.query("update studios.studios set name = 'x'")).rejects.toThrow(/permission denied/);
      await expect(scheduling.query('create table studios.intruder (id int)')).rejects.toThrow(/permission denied/);
    } finally {
      await scheduling.end();
    }
  });
});
