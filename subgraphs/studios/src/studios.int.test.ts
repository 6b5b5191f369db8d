import { QueryCounter, runSql } from '@fitflow/kit';
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
      selection:
        'id billingProfile { invoicePrefix address { city } pstNumbers { number } } contracts { studio { name childStudios { id } } classRates { rate } ratePeriods { effectiveFrom classRates { rate } } }',
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
      // The billing directories are finance's alone.
      for (const view of ['studio_billing_directory', 'trainer_billing_directory', 'contract_rate_directory'])
        await expect(scheduling.query(`select * from studios.${view}`)).rejects.toThrow(/permission denied/);
    } finally {
      await scheduling.end();
    }
  });

  it('publishes to finance what an invoice says about the studio billed and the trainer billing it', async () => {
    const finance = new pg.Client({ connectionString: testEnv().appUrls.finance });
    await finance.connect();
    try {
      const tenant = demoTenant();
      const { rows: studios } = await finance.query('select * from studios.studio_billing_directory order by name');
      expect(studios).toHaveLength(tenant.studios.length);
      const midtown = tenant.studios.find((s) => s.key === 'midtown')!;
      expect(studios.find((s) => s.id === midtown.id)).toEqual({
        id: midtown.id,
        parent_studio_id: midtown.parentStudioId,
        name: midtown.name,
        address: { line1: '2300 Yonge St', line2: 'Suite 300', city: 'Toronto', province: 'ON', postal_code: 'M4P 1E4' },
        province: 'ON',
        time_zone: 'America/Toronto',
        net_days: 30,
        billing_consolidated: true,
        is_headquarters: false,
        business_number: midtown.businessNumber,
        qst_number: null,
        status: 'active',
      });
      expect(studios.find((s) => s.name === 'Kitsilano Flow Studio')).toMatchObject({ net_days: 15, province: 'BC' });

      const { rows: trainers } = await finance.query('select * from studios.trainer_billing_directory');
      const maya = tenant.trainers.find((t) => t.key === 'maya')!;
      expect(trainers.find((t) => t.id === maya.id)).toEqual({
        id: maya.id,
        parent_trainer_id: null,
        first_name: 'Maya',
        last_name: 'Chen',
        business_name: 'Chen Wellness Collective',
        address: { line1: '401 Richmond St W', line2: 'Suite 212', city: 'Toronto', province: 'ON', postal_code: 'M5V 3A8' },
        province: 'ON',
        time_zone: 'America/Toronto',
        gst_number: maya.gstNumber,
        qst_number: null,
        pst_numbers: {},
        invoice_prefix: 'MC',
        status: 'active',
      });
      expect(trainers.find((t) => t.first_name === 'Sofia')).toMatchObject({ gst_number: null, invoice_prefix: 'SR' });
      expect(trainers.find((t) => t.first_name === 'Noah')).toMatchObject({ pst_numbers: { BC: 'PST-4821-7730' }, province: 'BC' });
    } finally {
      await finance.end();
    }
  });

  it('counts 30 net days for a studio whose payment terms name none', async () => {
    const midtown = demoTenant().studios.find((s) => s.key === 'midtown')!;
    const finance = new pg.Client({ connectionString: testEnv().appUrls.finance });
    await finance.connect();
    try {
      await runSql(bed.owner.manager, "update studios.studios set payment_terms = payment_terms - 'net_days' where id = :id", { id: midtown.id });
      const { rows } = await finance.query('select net_days from studios.studio_billing_directory where id = $1', [midtown.id]);
      expect(rows[0].net_days).toBe(30);
      await expect(
        runSql(bed.owner.manager, `update studios.studios set payment_terms = '{"net_days": "thirty"}' where id = :id`, { id: midtown.id }),
      ).rejects.toThrow(/studios_net_days/);
    } finally {
      await runSql(bed.owner.manager, "update studios.studios set payment_terms = payment_terms || jsonb_build_object('net_days', :days::int) where id = :id", {
        id: midtown.id,
        days: midtown.netDays,
      });
      await finance.end();
    }
  });
});
