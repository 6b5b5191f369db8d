import { runSql } from '@fitflow/kit';
import {
  demoAuth,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  execute,
  openSubgraphDatabase,
  quietLog,
  testEnv,
  testVerifier,
  UNKNOWN_ID as UNKNOWN,
} from '@fitflow/testkit';
import { DateTime } from 'luxon';
import pg from 'pg';
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
  if (ds) for (const [t, s] of TOUCHED) await restoreDemoTerms(t, s);
  await ds?.destroy();
});

/** Puts a contract's commission, end date and rate history back as the demo tenant has them. */
async function restoreDemoTerms(t: string, s: string) {
  const c = contract(t, s);
  await runSql(ds.manager, 'update studios.trainer_studios set commission_rate = :commission, end_date = null where id = :id', {
    commission: c.commissionRate.toFixed(2),
    id: c.id,
  });
  await runSql(ds.manager, 'delete from studios.contract_rates where trainer_studio_id = :id', { id: c.id });
  for (const p of c.ratePeriods)
    await runSql(
      ds.manager,
      `insert into studios.contract_rates (trainer_studio_id, effective_from, class_rates, attendee_bonus_threshold, attendee_bonus_rate, bill_no_shows, bill_late_cancellations)
       values (:id, :from::date, :rates::jsonb, :threshold, :bonus::numeric, :noShows, :late)`,
      {
        id: c.id,
        from: p.effectiveFrom,
        rates: JSON.stringify(Object.fromEntries(Object.entries(p.classRates).map(([k, v]) => [k, v.toFixed(2)]))),
        threshold: p.attendeeBonus?.threshold ?? null,
        bonus: p.attendeeBonus?.rate.toFixed(2) ?? null,
        noShows: p.billNoShows,
        late: p.billLateCancellations,
      },
    );
}

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
      ratePeriods {
        effectiveFrom
        effectiveUntil
        classRates {
          category
          rate
        }
        attendeeBonus {
          threshold
          rate
        }
        billNoShows
        billLateCancellations
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
/** Audit rows about a contract: its own row (commission) and its rate periods, oldest first. */
const auditRows = async (t: string, s: string) =>
  runSql<any>(
    ds.manager,
    `select user_id, action, table_name, record_id, old_values, new_values from studios.audit_log
      where record_id = :id or (table_name = 'contract_rates' and new_values->>'contractId' = :id::text) order by created_at, id`,
    { id: contract(t, s).id },
  );
/** A contract's commission and rate periods as stored, oldest first. */
const stored = async (t: string, s: string) => ({
  commission: (await runSql<any>(ds.manager, 'select commission_rate from studios.trainer_studios where id = :id', { id: contract(t, s).id }))[0]
    .commission_rate,
  periods: await runSql<any>(
    ds.manager,
    `select to_char(effective_from, 'YYYY-MM-DD') as from, class_rates, attendee_bonus_threshold as threshold, attendee_bonus_rate as bonus,
            bill_no_shows as no_shows, bill_late_cancellations as late
       from studios.contract_rates where trainer_studio_id = :id order by effective_from`,
    { id: contract(t, s).id },
  ),
});
/** Now in a studio's zone. */
const todayAt = (s: string) => DateTime.now().setZone(studio(s).timeZone);
const setRates = async (email: string, input: Record<string, unknown>) => execute(server, SET_RATES, { input }, await demoAuth(email));

describe('setContractRates', () => {
  it("lets Harbourfront's admin set a Midtown trainer's rates from today, keeping the earlier rates as history, with audit rows of the old and new values", async () => {
    const before = await stored('sofia', 'midtown');
    const auditsBefore = (await auditRows('sofia', 'midtown')).length;
    const today = todayAt('midtown').toISODate()!;
    const result = await setRates('studio@harbourfront.demo', ratesInput('sofia', 'midtown', { commissionRate: '11.5' }));
    expect(result.errors).toBeUndefined();
    const demo = contract('sofia', 'midtown');
    expect(result.data!.setContractRates).toMatchObject({
      trainerId: trainer('sofia').id,
      studioId: studio('midtown').id,
      commissionRate: '11.5',
      classRates: [
        { category: 'GROUP', rate: '51.25' },
        { category: 'INDIVIDUAL', rate: '99.00' },
      ],
    });
    // Newest first: today's period, open-ended; the contract's first rates end where it begins.
    expect(result.data!.setContractRates.ratePeriods).toEqual([
      {
        effectiveFrom: today,
        effectiveUntil: null,
        classRates: [
          { category: 'GROUP', rate: '51.25' },
          { category: 'INDIVIDUAL', rate: '99.00' },
        ],
        attendeeBonus: null,
        billNoShows: true,
        billLateCancellations: true,
      },
      {
        effectiveFrom: demo.startDate,
        effectiveUntil: today,
        classRates: [
          { category: 'GROUP', rate: demo.classRates.group.toFixed(2) },
          { category: 'INDIVIDUAL', rate: demo.classRates.individual.toFixed(2) },
          { category: 'TRIAL', rate: demo.classRates.trial.toFixed(2) },
        ],
        attendeeBonus: null,
        billNoShows: true,
        billLateCancellations: true,
      },
    ]);
    const after = await stored('sofia', 'midtown');
    expect(after.commission).toBe('11.50');
    expect(after.periods).toEqual([
      ...before.periods,
      { from: today, class_rates: { group: '51.25', individual: '99.00' }, threshold: null, bonus: null, no_shows: true, late: true },
    ]);
    const audits = await auditRows('sofia', 'midtown');
    const adminId = tenant().users.find((u) => u.email === 'studio@harbourfront.demo')!.id;
    // Both rows are written in one transaction (one created_at): compared in table order.
    const written = audits.slice(auditsBefore).sort((a: any, b: any) => a.table_name.localeCompare(b.table_name));
    expect(written).toEqual([
      expect.objectContaining({
        user_id: adminId,
        action: 'create',
        table_name: 'contract_rates',
        old_values: null,
        new_values: {
          contractId: demo.id,
          effectiveFrom: today,
          classRates: { group: '51.25', individual: '99.00' },
          attendeeBonus: null,
          billNoShows: true,
          billLateCancellations: true,
        },
      }),
      expect.objectContaining({
        user_id: adminId,
        action: 'update',
        table_name: 'trainer_studios',
        record_id: demo.id,
        old_values: { commissionRate: before.commission },
        new_values: { commissionRate: '11.50' },
      }),
    ]);
  });

  it("keeps this month's rates in force when new rates take effect next month, and replaces a period set again for the same day", async () => {
    await restoreDemoTerms('liam', 'harbourfront');
    const demo = contract('liam', 'harbourfront');
    const nextMonth = todayAt('harbourfront').startOf('month').plus({ months: 1 }).toISODate()!;
    const first = await setRates('maya@fitflow.demo', ratesInput('liam', 'harbourfront', { effectiveFrom: nextMonth }));
    expect(first.errors).toBeUndefined();
    // Today the contract's rates are still the demo's; next month's are history to come.
    expect(first.data!.setContractRates.classRates).toEqual([
      { category: 'GROUP', rate: demo.classRates.group.toFixed(2) },
      { category: 'INDIVIDUAL', rate: demo.classRates.individual.toFixed(2) },
      { category: 'TRIAL', rate: demo.classRates.trial.toFixed(2) },
    ]);
    expect(first.data!.setContractRates.ratePeriods.map((p: any) => [p.effectiveFrom, p.effectiveUntil])).toEqual([
      [nextMonth, null],
      [demo.startDate, nextMonth],
    ]);
    const auditsBefore = (await auditRows('liam', 'harbourfront')).length;
    const again = await setRates(
      'maya@fitflow.demo',
      ratesInput('liam', 'harbourfront', { effectiveFrom: nextMonth, rates: [{ category: 'GROUP', rate: '53.00' }] }),
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.setContractRates.ratePeriods).toHaveLength(2);
    expect(again.data!.setContractRates.ratePeriods[0].classRates).toEqual([{ category: 'GROUP', rate: '53.00' }]);
    const [audit] = (await auditRows('liam', 'harbourfront')).slice(auditsBefore);
    expect(audit).toMatchObject({
      user_id: trainer('maya').id,
      action: 'update',
      table_name: 'contract_rates',
      old_values: { effectiveFrom: nextMonth, classRates: { group: '51.25', individual: '99.00' } },
      new_values: { effectiveFrom: nextMonth, classRates: { group: '53.00' } },
    });
    expect(again.data!.setContractRates.commissionRate).toBe(demo.commissionRate.toFixed());
  });

  it('publishes every rate period to finance, each ending where the next begins', async () => {
    await restoreDemoTerms('liam', 'harbourfront');
    const demo = contract('liam', 'harbourfront');
    const nextMonth = todayAt('harbourfront').startOf('month').plus({ months: 1 }).toISODate()!;
    const set = await setRates(
      'maya@fitflow.demo',
      ratesInput('liam', 'harbourfront', { effectiveFrom: nextMonth, rates: [{ category: 'GROUP', rate: '53.00' }] }),
    );
    expect(set.errors).toBeUndefined();
    const finance = new pg.Client({ connectionString: testEnv().appUrls.finance });
    await finance.connect();
    try {
      const { rows } = await finance.query(
        `select to_char(effective_from, 'YYYY-MM-DD') as "from", to_char(effective_until, 'YYYY-MM-DD') as "until", class_rates, bill_no_shows
           from studios.contract_rate_directory where trainer_id = $1 and studio_id = $2 order by effective_from`,
        [demo.trainerId, demo.studioId],
      );
      expect(rows).toEqual([
        { from: demo.startDate, until: nextMonth, class_rates: expect.objectContaining({ group: demo.classRates.group.toFixed(2) }), bill_no_shows: true },
        { from: nextMonth, until: null, class_rates: { group: '53.00' }, bill_no_shows: true },
      ]);
      // The published contract shows the rates in force today.
      const { rows: directory } = await finance.query('select class_rates from studios.contract_directory where trainer_id = $1 and studio_id = $2', [
        demo.trainerId,
        demo.studioId,
      ]);
      expect(directory[0].class_rates.group).toBe(demo.classRates.group.toFixed(2));
    } finally {
      await finance.end();
    }
  });

  it('keeps the bonus and billing flags of the period in force unless they are given, and clears a bonus set to null', async () => {
    await restoreDemoTerms('liam', 'harbourfront');
    const start = todayAt('harbourfront').startOf('month');
    const [d1, d2, d3] = [1, 2, 3].map((n) => start.plus({ months: n }).toISODate()!);
    const auth = 'admin@fitflow.demo';
    const withBonus = await setRates(
      auth,
      ratesInput('liam', 'harbourfront', { effectiveFrom: d1, attendeeBonus: { threshold: 4, rate: '5' }, billNoShows: false }),
    );
    expect(withBonus.errors).toBeUndefined();
    expect(withBonus.data!.setContractRates.ratePeriods[0]).toMatchObject({
      effectiveFrom: d1,
      attendeeBonus: { threshold: 4, rate: '5.00' },
      billNoShows: false,
      billLateCancellations: true,
    });
    const inherits = await setRates(auth, ratesInput('liam', 'harbourfront', { effectiveFrom: d2, billLateCancellations: false }));
    expect(inherits.data!.setContractRates.ratePeriods[0]).toMatchObject({
      effectiveFrom: d2,
      attendeeBonus: { threshold: 4, rate: '5.00' },
      billNoShows: false,
      billLateCancellations: false,
    });
    const cleared = await setRates(auth, ratesInput('liam', 'harbourfront', { effectiveFrom: d3, attendeeBonus: null }));
    expect(cleared.data!.setContractRates.ratePeriods.map((p: any) => [p.effectiveFrom, p.effectiveUntil, p.attendeeBonus, p.billNoShows])).toEqual([
      [d3, null, null, false],
      [d2, d3, { threshold: 4, rate: '5.00' }, false],
      [d1, d2, { threshold: 4, rate: '5.00' }, false],
      [contract('liam', 'harbourfront').startDate, d1, null, true],
    ]);
    await restoreDemoTerms('liam', 'harbourfront');
  });

  it('lets the trainer admin above a trainer set their rates, keeping the commission when none is given', async () => {
    const result = await setRates('maya@fitflow.demo', ratesInput('liam', 'harbourfront'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.setContractRates.commissionRate).toBe(contract('liam', 'harbourfront').commissionRate.toFixed());
    expect((await auditRows('liam', 'harbourfront')).at(-1).user_id).toBe(trainer('maya').id);
    await restoreDemoTerms('liam', 'harbourfront');
  });

  it('refuses the trainer themself and a team peer (FORBIDDEN), even the trainer admin for her own contract', async () => {
    const expectForbidden = async (email: string, t: string, s: string) => {
      const before = await stored(t, s);
      const result = await setRates(email, ratesInput(t, s));
      expect(result.data?.setContractRates ?? null, email).toBeNull();
      expect(result.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
      expect(await stored(t, s)).toEqual(before);
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
    const demo = contract('liam', 'harbourfront');
    const before = await stored('liam', 'harbourfront');
    const auditsBefore = (await auditRows('liam', 'harbourfront')).length;
    const dayBefore = DateTime.fromISO(demo.startDate).minus({ days: 1 }).toISODate()!;
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
      [{ effectiveFrom: dayBefore }, 'effectiveFrom'],
      [{ attendeeBonus: { threshold: -1, rate: '5.00' } }, 'attendeeBonus.threshold'],
      [{ attendeeBonus: { threshold: 501, rate: '5.00' } }, 'attendeeBonus.threshold'],
      [{ attendeeBonus: { threshold: 4, rate: '0' } }, 'attendeeBonus.rate'],
      [{ attendeeBonus: { threshold: 4, rate: '1000.01' } }, 'attendeeBonus.rate'],
    ];
    for (const [over, field] of cases) {
      const result = await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront', over) }, auth);
      expect(result.errors?.[0].extensions, JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront', { effectiveFrom: dayBefore }) }, auth)).errors?.[0].message).toBe(
      `New rates cannot apply before the contract starts (${demo.startDate}).`,
    );
    // Not a calendar date, not an Int: refused by the scalars before anything runs.
    for (const over of [{ effectiveFrom: '2026-02-30' }, { effectiveFrom: '1/12/2026' }, { attendeeBonus: { threshold: 1.5, rate: '5.00' } }]) {
      const refused = await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront', over) }, auth);
      expect(refused.errors?.[0].extensions?.code, JSON.stringify(over)).toBe('BAD_USER_INPUT');
    }
    // Not Money at all — a float, an exponent, NaN, fractions of a cent: refused by the scalar before anything runs, naming the field.
    for (const rate of [55.5, '1e400', 'NaN', '25.005', '99999999999.00']) {
      const refused = await execute(server, SET_RATES, { input: ratesInput('liam', 'harbourfront', { rates: [{ category: 'GROUP', rate }] }) }, auth);
      expect(refused.errors?.[0].extensions?.code, String(rate)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message, String(rate)).toMatch(/^rate must be .*(dollars|decimals)/);
    }
    expect(await stored('liam', 'harbourfront')).toEqual(before);
    expect(await auditRows('liam', 'harbourfront')).toHaveLength(auditsBefore);
  });

  it('refuses new rates after the contract has ended, naming effectiveFrom', async () => {
    const demo = contract('liam', 'harbourfront');
    const end = todayAt('harbourfront').plus({ days: 10 }).toISODate()!;
    await runSql(ds.manager, 'update studios.trainer_studios set end_date = :end::date where id = :id', { end, id: demo.id });
    try {
      const before = await stored('liam', 'harbourfront');
      const after = DateTime.fromISO(end).plus({ days: 1 }).toISODate()!;
      const refused = await setRates('admin@fitflow.demo', ratesInput('liam', 'harbourfront', { effectiveFrom: after }));
      expect(refused.errors?.[0]).toMatchObject({
        message: `New rates cannot apply after the contract ends (${end}).`,
        extensions: { code: 'BAD_USER_INPUT', field: 'effectiveFrom' },
      });
      expect(await stored('liam', 'harbourfront')).toEqual(before);
      const lastDay = await setRates('admin@fitflow.demo', ratesInput('liam', 'harbourfront', { effectiveFrom: end }));
      expect(lastDay.errors).toBeUndefined();
    } finally {
      await restoreDemoTerms('liam', 'harbourfront');
    }
  });

  it('runs as the runtime role, whose audit log is append-only and which may not delete or move rate history', async () => {
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
      await expect(app.query('delete from studios.contract_rates')).rejects.toThrow(/permission denied/);
      await expect(app.query('update studios.contract_rates set effective_from = effective_from - 1')).rejects.toThrow(/permission denied/);
    } finally {
      await app.destroy();
    }
  });
});
