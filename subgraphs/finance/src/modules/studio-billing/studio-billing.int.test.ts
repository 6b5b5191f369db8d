import { Decimal } from '@fitflow/kit';
import { termsOn } from '@fitflow/demo';
import { demoAuth, demoStudio, demoTenant, demoTrainer, execute, type GraphQLResult } from '@fitflow/testkit';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBillingFixtures, useFinanceTestBed } from '../../test-bed.js';

/**
 * Month-end for studios (docs/invoices.md, "Generating studio invoices"): which sessions become lines,
 * at which rate, on which studio's invoice — on fresh trainers, studios and sessions of this file's own
 * (the demo tenant stays as other files compare it).
 */

const bed = useFinanceTestBed();
const world = useBillingFixtures();

const GENERATE = /* GraphQL */ `
  mutation ($periodStart: LocalDate!, $periodEnd: LocalDate!, $trainerId: ID) {
    generateStudioInvoices(periodStart: $periodStart, periodEnd: $periodEnd, trainerId: $trainerId) {
      invoicesCreated
      sessionsAdded
      invoices {
        id
        status
        invoiceNumber
        invoiceDate
        dueDate
        periodStart
        periodEnd
        subtotal
        total
        trainer {
          id
        }
        studio {
          id
        }
        taxLines {
          tax
          jurisdiction
          name
          rate
          base
          amount
        }
        items {
          description
          quantity
          unitPrice
          amount
          kind
          category
          serviceDate
          attendees
          billingBasis
          appointment {
            id
          }
          location {
            id
          }
        }
      }
      skipped {
        appointment {
          id
        }
        studio {
          id
        }
        serviceDate
        reason
        message
      }
    }
  }
`;

type Generated = {
  invoicesCreated: number;
  sessionsAdded: number;
  invoices: {
    id: string;
    status: string;
    invoiceNumber: string | null;
    invoiceDate: string;
    dueDate: string;
    subtotal: string;
    total: string;
    studio: { id: string };
    trainer: { id: string };
    taxLines: { tax: string; jurisdiction: string; name: string; rate: string; base: string; amount: string }[];
    items: {
      description: string;
      unitPrice: string;
      amount: string;
      kind: string;
      category: string;
      serviceDate: string;
      attendees: number;
      billingBasis: string;
      appointment: { id: string };
      location: { id: string };
    }[];
  }[];
  skipped: { appointment: { id: string }; studio: { id: string }; serviceDate: string; reason: string; message: string }[];
};

async function generate(
  auth: string,
  periodStart: string,
  periodEnd: string,
  trainerId?: string,
): Promise<GraphQLResult<{ generateStudioInvoices: Generated }>> {
  return execute(bed.server, GENERATE, { periodStart, periodEnd, trainerId }, auth);
}
async function generated(auth: string, periodStart: string, periodEnd: string, trainerId?: string): Promise<Generated> {
  const result = await generate(auth, periodStart, periodEnd, trainerId);
  expect(result.errors).toBeUndefined();
  return result.data!.generateStudioInvoices;
}
const invoicesOf = (trainerId: string) =>
  world.sql<{ id: string; studio_id: string; status: string }>('select id, studio_id, status from finance.invoices where trainer_id = $1 order by created_at', [
    trainerId,
  ]);
const linesOf = (invoiceId: string) =>
  world.sql<{ appointment_id: string; position: number; location_studio_id: string; live: boolean }>(
    'select appointment_id, position, location_studio_id, live from finance.invoice_items where invoice_id = $1 order by position',
    [invoiceId],
  );
const MARCH = ['2026-03-01', '2026-03-31'] as const;
const GROUP = { group: '50.00', individual: '90.00', trial: '25.00' };

describe('generateStudioInvoices: one draft per trainer and studio billed', () => {
  it('bills each studio of a chain that does not consolidate on its own invoice, dated today, due after its net days', async () => {
    const trainer = await world.trainer();
    const hq = await world.studio({ consolidated: false, netDays: 15 });
    const child = await world.studio({ parentId: hq.id });
    await world.contract(trainer.id, hq.id, [{ from: '2026-01-01', rates: GROUP }]);
    await world.contract(trainer.id, child.id, [{ from: '2026-01-01', rates: { ...GROUP, group: '45.00' } }]);
    const atHq = await world.session(trainer.id, hq.id, { start: '2026-03-03T23:00:00Z', attendees: 4 });
    const atChild = await world.session(trainer.id, child.id, { start: '2026-03-05T14:00:00Z', attendees: 3 });

    const result = await generated(await trainer.auth(), ...MARCH);
    expect(result).toMatchObject({ invoicesCreated: 2, sessionsAdded: 2, skipped: [] });
    const byStudio = new Map(result.invoices.map((i) => [i.studio.id, i]));
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Toronto' });
    expect(byStudio.get(hq.id)).toMatchObject({ status: 'DRAFT', invoiceNumber: null, invoiceDate: today, subtotal: '50.00', trainer: { id: trainer.id } });
    expect(byStudio.get(hq.id)!.items.map((i) => i.appointment.id)).toEqual([atHq]);
    expect(byStudio.get(child.id)!.items.map((i) => [i.appointment.id, i.unitPrice, i.location.id])).toEqual([[atChild, '45.00', child.id]]);
    const due = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    expect(byStudio.get(hq.id)!.dueDate).toBe(due(15));
    expect(byStudio.get(child.id)!.dueDate).toBe(due(30));
  });

  it("bills a consolidating chain's sessions on one invoice to its headquarters, the lines grouped by location (the headquarters' first)", async () => {
    const trainer = await world.trainer();
    const hq = await world.studio({ consolidated: true, name: 'HQ Fitness' });
    const child = await world.studio({ parentId: hq.id, name: 'HQ Fitness North' });
    await world.contract(trainer.id, hq.id, [{ from: '2026-01-01', rates: GROUP }]);
    await world.contract(trainer.id, child.id, [{ from: '2026-01-01', rates: { ...GROUP, group: '45.00' } }]);
    const childEarly = await world.session(trainer.id, child.id, { start: '2026-03-02T14:00:00Z' });
    const hqLate = await world.session(trainer.id, hq.id, { start: '2026-03-20T14:00:00Z' });
    const hqEarly = await world.session(trainer.id, hq.id, { start: '2026-03-04T14:00:00Z' });

    const result = await generated(await trainer.auth(), ...MARCH);
    expect(result.invoicesCreated).toBe(1);
    const [invoice] = result.invoices;
    expect(invoice!.studio.id).toBe(hq.id);
    expect(invoice!.items.map((i) => [i.appointment.id, i.location.id, i.unitPrice])).toEqual([
      [hqEarly, hq.id, '50.00'],
      [hqLate, hq.id, '50.00'],
      [childEarly, child.id, '45.00'],
    ]);
    expect(invoice!.subtotal).toBe('145.00');
  });
});

describe('generateStudioInvoices: the rate, the bonus and what is billable', () => {
  it('bills each session at the rate in force on its own day when the rates change mid-period', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [
      { from: '2026-01-01', rates: GROUP },
      { from: '2026-03-15', rates: { ...GROUP, group: '60.00' } },
    ]);
    const before = await world.session(trainer.id, studio.id, { start: '2026-03-14T15:00:00Z' });
    const after = await world.session(trainer.id, studio.id, { start: '2026-03-16T15:00:00Z' });
    const [invoice] = (await generated(await trainer.auth(), ...MARCH)).invoices;
    expect(invoice!.items.map((i) => [i.appointment.id, i.unitPrice, i.serviceDate])).toEqual([
      [before, '50.00', '2026-03-14'],
      [after, '60.00', '2026-03-16'],
    ]);
  });

  it('adds the attendee bonus above the threshold, and says so on the line', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: { group: '55.00' }, bonus: { threshold: 7, rate: '5.00' } }]);
    const busy = await world.session(trainer.id, studio.id, { start: '2026-03-03T23:00:00Z', attendees: 9 });
    const quiet = await world.session(trainer.id, studio.id, { start: '2026-03-10T22:00:00Z', attendees: 7 });
    const [invoice] = (await generated(await trainer.auth(), ...MARCH)).invoices;
    expect(invoice!.items.map((i) => ({ id: i.appointment.id, description: i.description, unitPrice: i.unitPrice, attendees: i.attendees }))).toEqual([
      { id: busy, description: 'Small-group strength — Tue 3 Mar 2026 18:00 · 9 attendees (2 above 7 × 5.00)', unitPrice: '65.00', attendees: 9 },
      { id: quiet, description: 'Small-group strength — Tue 10 Mar 2026 18:00 · 7 attendees', unitPrice: '55.00', attendees: 7 },
    ]);
    expect(invoice!.items.every((i) => i.kind === 'SERVICE' && i.category === 'group' && i.billingBasis === 'COMPLETED')).toBe(true);
  });

  it('bills no-shows and late cancellations only when the rates in force that day say so, and tells why the others are left off', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [
      { from: '2026-01-01', rates: GROUP },
      { from: '2026-03-16', rates: GROUP, billNoShows: true, billLateCancellations: true },
    ]);
    const noShowBefore = await world.session(trainer.id, studio.id, { start: '2026-03-09T12:00:00Z', category: 'individual', status: 'no-show', noShows: 1 });
    const lateBefore = await world.session(trainer.id, studio.id, { start: '2026-03-10T12:00:00Z', status: 'cancelled', lateCancellations: 3 });
    const cancelled = await world.session(trainer.id, studio.id, { start: '2026-03-11T12:00:00Z', status: 'cancelled' });
    const noShowAfter = await world.session(trainer.id, studio.id, { start: '2026-03-17T12:00:00Z', category: 'individual', status: 'no-show', noShows: 1 });
    const lateAfter = await world.session(trainer.id, studio.id, { start: '2026-03-18T12:00:00Z', status: 'cancelled', lateCancellations: 2 });
    const unmarked = await world.session(trainer.id, studio.id, { start: '2026-03-19T12:00:00Z', status: 'scheduled', attendees: 2 });

    const result = await generated(await trainer.auth(), ...MARCH);
    const [invoice] = result.invoices;
    expect(invoice!.items.map((i) => [i.appointment.id, i.billingBasis, i.unitPrice, i.description.split(' · ')[1]])).toEqual([
      [noShowAfter, 'NO_SHOW', '90.00', 'no-show'],
      [lateAfter, 'LATE_CANCELLATION', '50.00', 'late cancellation'],
    ]);
    expect(result.skipped.map((s) => [s.appointment.id, s.reason])).toEqual([
      [noShowBefore, 'NO_SHOW_NOT_BILLED'],
      [lateBefore, 'LATE_CANCELLATION_NOT_BILLED'],
      [unmarked, 'NOT_COMPLETED'],
    ]);
    expect(result.skipped.map((s) => s.appointment.id)).not.toContain(cancelled);
    expect(result.skipped[2]!.message).toMatch(/mark it completed/);
  });

  it('skips a session whose category has no rate, or that precedes the contract, naming the day', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    const elsewhere = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-03-10', rates: { group: '50.00' } }]);
    const early = await world.session(trainer.id, studio.id, { start: '2026-03-05T15:00:00Z' });
    const trial = await world.session(trainer.id, studio.id, { start: '2026-03-12T15:00:00Z', category: 'trial' });
    const noContract = await world.session(trainer.id, elsewhere.id, { start: '2026-03-13T15:00:00Z' });
    const billed = await world.session(trainer.id, studio.id, { start: '2026-03-14T15:00:00Z' });
    const result = await generated(await trainer.auth(), ...MARCH);
    expect(result.invoices.flatMap((i) => i.items.map((l) => l.appointment.id))).toEqual([billed]);
    expect(result.skipped.map((s) => [s.appointment.id, s.reason, s.serviceDate])).toEqual([
      [early, 'NO_RATE', '2026-03-05'],
      [trial, 'NO_RATE', '2026-03-12'],
      [noContract, 'NO_CONTRACT', '2026-03-13'],
    ]);
    expect(result.skipped[1]!.message).toMatch(/no rate for trial classes on 2026-03-12/);
  });

  it("takes a session's day in its studio's zone: 21:00 in Vancouver on 31 March is March there, though April in UTC", async () => {
    const trainer = await world.trainer();
    const studio = await world.studio({ province: 'BC', zone: 'America/Vancouver' });
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    const lastEvening = await world.session(trainer.id, studio.id, { start: '2026-04-01T04:00:00Z' });
    const april = await generate(await trainer.auth(), '2026-04-01', '2026-04-30');
    expect(april.data!.generateStudioInvoices).toMatchObject({ invoicesCreated: 0, sessionsAdded: 0 });
    const [march] = (await generated(await trainer.auth(), ...MARCH)).invoices;
    expect(march!.items.map((i) => [i.appointment.id, i.serviceDate, i.description])).toEqual([
      [lastEvening, '2026-03-31', 'Small-group strength — Tue 31 Mar 2026 21:00 · 1 attendee'],
    ]);
    // British Columbia: GST 5 %, no PST on fitness instruction.
    expect(march!.taxLines).toEqual([{ tax: 'GST', jurisdiction: 'CA', name: 'GST 5 %', rate: '0.05', base: '50.00', amount: '2.50' }]);
  });
});

describe('generateStudioInvoices: the unique index decides', () => {
  it('changes nothing when run twice, and adds a session marked completed late to the same draft on the next run', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    const first = await world.session(trainer.id, studio.id, { start: '2026-03-02T15:00:00Z', attendees: 2 });
    const late = await world.session(trainer.id, studio.id, { start: '2026-03-03T15:00:00Z', status: 'scheduled', attendees: 3 });
    const auth = await trainer.auth();

    const once = await generated(auth, ...MARCH);
    expect(once).toMatchObject({ invoicesCreated: 1, sessionsAdded: 1 });
    const twice = await generated(auth, ...MARCH);
    expect(twice).toMatchObject({ invoicesCreated: 0, sessionsAdded: 0, invoices: [] });
    expect(await invoicesOf(trainer.id)).toHaveLength(1);

    await world.sql(`update scheduling.appointments set status = 'completed', completed_at = now() where id = $1`, [late]);
    const third = await generated(auth, ...MARCH);
    expect(third).toMatchObject({ invoicesCreated: 0, sessionsAdded: 1 });
    expect(third.invoices[0]!.id).toBe(once.invoices[0]!.id);
    expect(third.invoices[0]!.items.map((i) => i.appointment.id)).toEqual([first, late]);
    expect(third.invoices[0]).toMatchObject({ subtotal: '100.00', total: '113.00' });
    expect(third.invoices[0]!.taxLines).toEqual([
      { tax: 'HST', jurisdiction: 'ON', name: 'HST (Ontario) 13 %', rate: '0.13', base: '100.00', amount: '13.00' },
    ]);
  });

  it('never bills a session twice, even on a draft of another period', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    const session = await world.session(trainer.id, studio.id, { start: '2026-03-02T15:00:00Z' });
    const auth = await trainer.auth();
    await generated(auth, ...MARCH);
    expect(await generated(auth, '2026-03-01', '2026-03-15')).toMatchObject({ invoicesCreated: 0, sessionsAdded: 0 });
    const [invoice] = await invoicesOf(trainer.id);
    // The database itself refuses a second live line for the session, whatever the code does.
    await expect(
      world.sql(
        `insert into finance.invoice_items (invoice_id, position, appointment_id, description, quantity, unit_price, amount) values ($1, 99, $2, 'again', 1, 50, 50)`,
        [invoice!.id, session],
      ),
    ).rejects.toThrow(/invoice_items_one_live_invoice/);
  });
});

describe('generateStudioInvoices: whose sessions, and bad input', () => {
  it("bills a Trainer Admin's team too, and only the trainer named when one is", async () => {
    const admin = await world.trainer({ admin: true });
    const member = await world.trainer({ parentTrainerId: admin.id });
    const studio = await world.studio();
    for (const t of [admin, member]) await world.contract(t.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    await world.session(admin.id, studio.id, { start: '2026-03-02T15:00:00Z' });
    await world.session(member.id, studio.id, { start: '2026-03-02T15:00:00Z' });

    const onlyMember = await generated(await admin.auth(), ...MARCH, member.id);
    expect(onlyMember.invoices.map((i) => i.trainer.id)).toEqual([member.id]);
    const everyone = await generated(await admin.auth(), ...MARCH);
    expect(everyone.invoices.map((i) => i.trainer.id)).toEqual([admin.id]);
    // The member bills only themself: their admin is not theirs to bill, and answers like an unknown trainer.
    const refused = await generate(await member.auth(), ...MARCH, admin.id);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Trainer not found.', extensions: { code: 'NOT_FOUND' } });
    const unknown = await generate(await member.auth(), ...MARCH, randomUUID());
    expect(unknown.errors).toEqual(refused.errors);
  });

  it('asks a super admin to name the trainer, and refuses studio admins and clients', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    await world.session(trainer.id, studio.id, { start: '2026-03-02T15:00:00Z' });
    const superAdmin = await demoAuth('admin@fitflow.demo');
    expect((await generate(superAdmin, ...MARCH)).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'trainerId' } });
    expect(await generated(superAdmin, ...MARCH, trainer.id)).toMatchObject({ invoicesCreated: 1, sessionsAdded: 1 });
    for (const auth of [await studio.auth(), await demoAuth('emma.wilson@example.com')]) {
      expect((await generate(auth, ...MARCH)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a period that ends before it starts, spans more than 92 days, or is not a date — and writes nothing', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    await world.session(trainer.id, studio.id, { start: '2026-03-02T15:00:00Z' });
    const auth = await trainer.auth();
    const refused: [string, string, string][] = [
      ['2026-03-31', '2026-03-01', 'periodEnd'],
      ['2026-01-01', '2026-04-03', 'periodEnd'],
    ];
    for (const [start, end, field] of refused) {
      const result = await generate(auth, start, end);
      expect(result.errors?.[0]?.extensions, `${start}..${end}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await generate(auth, '2026-01-01', '2026-04-03')).errors?.[0]?.message).toMatch(/93 days; generate at most 92 days/);
    for (const [start, end] of [
      ['2026-02-30', '2026-03-31'],
      ['March', '2026-03-31'],
      ['2026-03-01', '2026-13-01'],
    ]) {
      expect((await generate(auth, start!, end!)).errors?.[0]?.extensions?.code, `${start}..${end}`).toBe('BAD_USER_INPUT');
    }
    expect(await generated(auth, '2026-01-01', '2026-04-02')).toMatchObject({ invoicesCreated: 1 }); // 92 days: a quarter is fine
    expect((await invoicesOf(trainer.id)).length).toBe(1);
  });

  it('writes the whole generation or nothing: a draft another run made a moment ago is added to, never duplicated', async () => {
    const trainer = await world.trainer();
    const studio = await world.studio();
    await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: GROUP }]);
    for (let day = 2; day <= 20; day++) await world.session(trainer.id, studio.id, { start: `2026-03-${String(day).padStart(2, '0')}T15:00:00Z` });
    const auth = await trainer.auth();
    const runs = await Promise.all([generate(auth, ...MARCH), generate(auth, ...MARCH), generate(auth, ...MARCH)]);
    expect(runs.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(runs.reduce((n, r) => n + r.data!.generateStudioInvoices.sessionsAdded, 0)).toBe(19);
    const invoices = await invoicesOf(trainer.id);
    expect(invoices).toHaveLength(1);
    expect(await linesOf(invoices[0]!.id)).toHaveLength(19);
    const sum = (await world.sql<{ subtotal: string }>('select subtotal from finance.invoices where id = $1', [invoices[0]!.id]))[0]!.subtotal;
    expect(new Decimal(sum).toFixed(2)).toBe('950.00');
  });
});

describe('month-end on the demo tenant', () => {
  it("gives Maya last month's drafts at Harbourfront and Kitsilano at last month's rates, and bills nothing of the month before twice", async () => {
    const tenant = demoTenant();
    const maya = demoTrainer('maya');
    const auth = await demoAuth('maya@fitflow.demo');
    const lastMonth = DateTime.fromJSDate(new Date(), { zone: 'America/Toronto' }).startOf('month').minus({ months: 1 });
    const [start, end] = [lastMonth.toISODate()!, lastMonth.endOf('month').toISODate()!];
    const result = await generate(auth, start, end, maya.id);
    expect(result.errors).toBeUndefined();
    const { invoices } = result.data!.generateStudioInvoices;
    try {
      expect(invoices.map((i) => i.studio.id).sort()).toEqual([demoStudio('harbourfront').id, demoStudio('kits').id].sort());
      for (const invoice of invoices) {
        const studio = tenant.studios.find((s) => s.id === invoice.studio.id)!;
        const contract = tenant.contracts.find((c) => c.trainerId === maya.id && c.studioId === studio.id)!;
        const sessions = tenant.appointments.filter((a) => {
          const day = DateTime.fromJSDate(a.startTime, { zone: studio.timeZone }).toISODate()!;
          const inMonth = day.slice(0, 7) === DateTime.fromJSDate(new Date(), { zone: studio.timeZone }).minus({ months: 1 }).toFormat('yyyy-MM');
          const billable = a.status === 'completed' || (a.status === 'no-show' && termsOn(contract, day).billNoShows);
          return a.trainerId === maya.id && a.studioId === studio.id && inMonth && billable;
        });
        expect(invoice.items.map((i) => i.appointment.id).sort()).toEqual(sessions.map((a) => a.id).sort());
        for (const item of invoice.items) {
          const session = sessions.find((a) => a.id === item.appointment.id)!;
          // The rates rose on the first of this month: last month is billed at the old ones (no bonus then).
          expect(item.unitPrice).toBe(termsOn(contract, item.serviceDate).classRates[session.category].toFixed(2));
        }
      }
      // The month before last is invoiced already: nothing of it is billed again.
      const before = lastMonth.minus({ months: 1 });
      const again = await generated(auth, before.toISODate()!, before.endOf('month').toISODate()!, maya.id);
      expect(again).toMatchObject({ invoicesCreated: 0, sessionsAdded: 0 });
    } finally {
      for (const invoice of invoices) {
        const deleted = await execute(bed.server, 'mutation($id: ID!) { deleteDraftInvoice(id: $id) }', { id: invoice.id }, auth);
        expect(deleted.errors).toBeUndefined();
      }
    }
  });
});
