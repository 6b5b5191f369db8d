import { runSql } from '@fitflow/kit';
import {
  demoAuth,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  execute,
  openSubgraphDatabase,
  quietLog,
  testVerifier,
  UNKNOWN_ID as UNKNOWN,
} from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../../server.js';

/**
 * Contracts and rates: who sees a trainer's contract with a studio (and so its class rates
 * and commission), and who may change the rates (docs/domain.md, Roles).
 */

let ds: DataSource;
let server: Awaited<ReturnType<typeof buildStudiosServer>>;

const tenant = () => demoTenant();
const contract = (t: string, s: string) => tenant().contracts.find((c) => c.trainerId === trainer(t).id && c.studioId === studio(s).id)!;

/** The contracts this file changes, as the demo has them, so they can be put back afterwards. */
const TOUCHED = [
  ['sofia', 'midtown'],
  ['liam', 'harbourfront'],
] as const;

beforeAll(async () => {
  ds = await openSubgraphDatabase('studios');
  server = await buildStudiosServer({ ds, verifier: await testVerifier(), log: quietLog });
});
afterAll(async () => {
  for (const [t, s] of TOUCHED) {
    const c = contract(t, s);
    const rates = Object.fromEntries(Object.entries(c.classRates).map(([k, v]) => [k, v.toFixed(2)]));
    if (ds)
      await runSql(ds.manager, 'update studios.trainer_studios set class_rates = :rates, commission_rate = :commission where id = :id', {
        rates,
        commission: c.commissionRate.toFixed(2),
        id: c.id,
      });
  }
  await ds?.destroy();
});

const CONTRACT_ENTITY = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on StudioContract {
        id
        trainerId
        studioId
        commissionRate
        classRates {
          category
          rate
        }
      }
    }
  }
`;
const contractRef = (t: string, s: string) => ({ __typename: 'StudioContract', trainerId: trainer(t).id, studioId: studio(s).id });

async function seesContract(email: string, t: string, s: string): Promise<boolean> {
  const result = await execute(server, CONTRACT_ENTITY, { r: [contractRef(t, s)] }, await demoAuth(email));
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0] !== null;
}

describe('who sees a contract and its rates', () => {
  it("shows Harbourfront's admin the contracts of Midtown, its child location, with their rates", async () => {
    const midtown = studio('midtown');
    const query = 'query($id: ID!) { studio(id: $id) { contracts { trainer { id } commissionRate classRates { category rate } } } }';
    const result = await execute(server, query, { id: midtown.id }, await demoAuth('studio@harbourfront.demo'));
    expect(result.errors).toBeUndefined();
    const expected = tenant().contracts.filter((c) => c.studioId === midtown.id);
    expect(result.data!.studio.contracts.map((c: { trainer: { id: string } }) => c.trainer.id).sort()).toEqual(expected.map((c) => c.trainerId).sort());
    const sofias = result.data!.studio.contracts.find((c: { trainer: { id: string } }) => c.trainer.id === trainer('sofia').id);
    expect(sofias.commissionRate).toBe(contract('sofia', 'midtown').commissionRate.toFixed());
    expect(sofias.classRates).toContainEqual({ category: 'GROUP', rate: contract('sofia', 'midtown').classRates.group.toFixed(2) });
  });

  it("shows Kitsilano's admin none of Midtown's contracts, and null for a Midtown contract reference", async () => {
    const result = await execute(
      server,
      'query($id: ID!) { studio(id: $id) { name contracts { id } } }',
      { id: studio('midtown').id },
      await demoAuth('studio@kitsflow.demo'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.studio).toEqual({ name: 'Harbourfront Movement Midtown', contracts: [] });
    expect(await seesContract('studio@kitsflow.demo', 'sofia', 'midtown')).toBe(false);
    expect(await seesContract('studio@harbourfront.demo', 'sofia', 'midtown')).toBe(true);
  });

  it('shows a contract to its trainer, the trainer admin above them and super admins — not to a team peer, another trainer or a client', async () => {
    const who = {
      'liam@fitflow.demo': true,
      'maya@fitflow.demo': true,
      'admin@fitflow.demo': true,
      'sofia@fitflow.demo': false,
      'noah@fitflow.demo': false,
      'emma.wilson@example.com': false,
    };
    for (const [email, sees] of Object.entries(who)) expect(await seesContract(email, 'liam', 'midtown'), email).toBe(sees);
  });

  it('lists only the contracts of a trainer that the caller may see (Trainer.contracts, Trainer.studios)', async () => {
    const query = 'query($id: ID!) { trainer(id: $id) { displayName contracts { studioId } studios { id } } }';
    const listed = async (email: string, t: string) => {
      const result = await execute(server, query, { id: trainer(t).id }, await demoAuth(email));
      expect(result.errors).toBeUndefined();
      return result.data!.trainer.contracts.map((c: { studioId: string }) => c.studioId).sort();
    };
    const all = (t: string) =>
      tenant()
        .contracts.filter((c) => c.trainerId === trainer(t).id)
        .map((c) => c.studioId)
        .sort();
    expect(await listed('maya@fitflow.demo', 'liam')).toEqual(all('liam'));
    expect(await listed('liam@fitflow.demo', 'maya')).toEqual([]);
    expect(await listed('studio@kitsflow.demo', 'maya')).toEqual([studio('kits').id]);
    expect(await listed('studio@harbourfront.demo', 'maya')).toEqual([studio('harbourfront').id]);
    expect(await listed('emma.wilson@example.com', 'maya')).toEqual([]);
    expect(await listed('admin@fitflow.demo', 'noah')).toEqual(all('noah'));
  });
});

const SET_RATES = /* GraphQL */ `
  mutation ($input: SetContractRatesInput!) {
    setContractRates(input: $input) {
      trainerId
      studioId
      commissionRate
      classRates {
        category
        rate
      }
    }
  }
`;
const ratesInput = (t: string, s: string, over: Record<string, unknown> = {}) => ({
  trainerId: trainer(t).id,
  studioId: studio(s).id,
  rates: [
    { category: 'GROUP', rate: '51.25' },
    { category: 'INDIVIDUAL', rate: '99.00' },
  ],
  ...over,
});
const auditRows = async (t: string, s: string) =>
  runSql<any>(ds.manager, 'select user_id, action, table_name, old_values, new_values from studios.audit_log where record_id = :id order by created_at', {
    id: contract(t, s).id,
  });
const storedRates = async (t: string, s: string) =>
  (await runSql<any>(ds.manager, 'select class_rates, commission_rate from studios.trainer_studios where id = :id', { id: contract(t, s).id }))[0];

describe('setContractRates', () => {
  it("lets Harbourfront's admin set a Midtown trainer's rates, replacing them, with one audit row of the old and new values", async () => {
    const before = await storedRates('sofia', 'midtown');
    const auditsBefore = (await auditRows('sofia', 'midtown')).length;
    const result = await execute(
      server,
      SET_RATES,
      { input: ratesInput('sofia', 'midtown', { commissionRate: '11.5' }) },
      await demoAuth('studio@harbourfront.demo'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.setContractRates).toEqual({
      trainerId: trainer('sofia').id,
      studioId: studio('midtown').id,
      commissionRate: '11.5',
      classRates: expect.arrayContaining([
        { category: 'GROUP', rate: '51.25' },
        { category: 'INDIVIDUAL', rate: '99.00' },
      ]),
    });
    expect(result.data!.setContractRates.classRates).toHaveLength(2);
    expect(await storedRates('sofia', 'midtown')).toEqual({ class_rates: { group: '51.25', individual: '99.00' }, commission_rate: '11.50' });
    const audits = await auditRows('sofia', 'midtown');
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toEqual({
      user_id: tenant().users.find((u) => u.email === 'studio@harbourfront.demo')!.id,
      action: 'update',
      table_name: 'trainer_studios',
      old_values: { classRates: before.class_rates, commissionRate: before.commission_rate },
      new_values: { classRates: { group: '51.25', individual: '99.00' }, commissionRate: '11.50' },
    });
  });

  it('lets the trainer admin above a trainer set their rates, keeping the commission when none is given', async () => {
    const result = await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront') }, await demoAuth('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.setContractRates.commissionRate).toBe(contract('liam', 'harbourfront').commissionRate.toFixed());
    expect((await auditRows('liam', 'harbourfront')).at(-1).user_id).toBe(trainer('maya').id);
  });

  it('refuses the trainer themself and a team peer (FORBIDDEN), even the trainer admin for her own contract', async () => {
    const expectForbidden = async (email: string, t: string, s: string) => {
      const before = await storedRates(t, s);
      const result = await execute(server, SET_RATES, { input: ratesInput(t, s) }, await demoAuth(email));
      expect(result.data?.setContractRates ?? null, email).toBeNull();
      expect(result.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
      expect(await storedRates(t, s)).toEqual(before);
    };
    await expectForbidden('liam@fitflow.demo', 'liam', 'harbourfront');
    await expectForbidden('sofia@fitflow.demo', 'liam', 'harbourfront');
    await expectForbidden('maya@fitflow.demo', 'maya', 'kits');
    await expectForbidden('emma.wilson@example.com', 'liam', 'harbourfront');
  });

  it('answers NOT_FOUND for a contract outside the caller’s scope exactly as for one that does not exist, and refuses anonymous callers', async () => {
    const kits = await demoAuth('studio@kitsflow.demo');
    const outside = await execute(server, SET_RATES, { input: ratesInput('sofia', 'midtown') }, kits);
    const unknown = await execute(server, SET_RATES, { input: { ...ratesInput('sofia', 'midtown'), trainerId: UNKNOWN } }, kits);
    expect(outside.errors?.[0]).toMatchObject({ message: 'Contract not found.', extensions: { code: 'NOT_FOUND' } });
    expect(outside.errors?.[0]).toEqual(unknown.errors?.[0]);
    const mayaOnNoah = await execute(server, SET_RATES, { input: ratesInput('noah', 'kits') }, await demoAuth('maya@fitflow.demo'));
    expect(mayaOnNoah.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await execute(server, SET_RATES, { input: ratesInput('sofia', 'midtown') });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const auth = await demoAuth('admin@fitflow.demo');
    const before = await storedRates('liam', 'harbourfront');
    const auditsBefore = (await auditRows('liam', 'harbourfront')).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ rates: [] }, 'rates'],
      [
        {
          rates: [
            { category: 'GROUP', rate: '50' },
            { category: 'GROUP', rate: '60' },
          ],
        },
        'rates[1].category',
      ],
      [{ rates: [{ category: 'TRIAL', rate: '0' }] }, 'rates[0].rate'],
      [{ rates: [{ category: 'TRIAL', rate: '-10' }] }, 'rates[0].rate'],
      [{ rates: [{ category: 'TRIAL', rate: '10000.01' }] }, 'rates[0].rate'],
      [{ commissionRate: '100.01' }, 'commissionRate'],
      [{ commissionRate: '7.125' }, 'commissionRate'],
    ];
    for (const [over, field] of cases) {
      const result = await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront', over) }, auth);
      expect(result.errors?.[0].extensions, JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // Not Money at all — a float, an exponent, NaN, fractions of a cent: refused by the scalar before anything runs, naming the field.
    for (const rate of [55.5, '1e400', 'NaN', '25.005', '99999999999.00']) {
      const refused = await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront', { rates: [{ category: 'GROUP', rate }] }) }, auth);
      expect(refused.errors?.[0].extensions?.code, String(rate)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message, String(rate)).toMatch(/^rate must be .*(dollars|decimals)/);
    }
    expect(await storedRates('liam', 'harbourfront')).toEqual(before);
    expect(await auditRows('liam', 'harbourfront')).toHaveLength(auditsBefore);
  });

  it('runs as the runtime role, whose audit log is append-only', async () => {
    const app = await openSubgraphDatabase('studios', undefined, 'app');
    try {
      const appServer = await buildStudiosServer({ ds: app, verifier: await testVerifier(), log: quietLog });
      const result = await execute(
        appServer,
        SET_RATES,
        { input: ratesInput('sofia', 'midtown', { rates: [{ category: 'TRIAL', rate: '27.00' }] }) },
        await demoAuth('admin@fitflow.demo'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.setContractRates.classRates).toEqual([{ category: 'TRIAL', rate: '27.00' }]);
      await expect(runSql(app.manager, 'update studios.audit_log set reason = :reason', { reason: 'tampered' })).rejects.toThrow(/permission denied/);
      await expect(app.query('delete from studios.audit_log')).rejects.toThrow(/permission denied/);
    } finally {
      await app.destroy();
    }
  });
});
