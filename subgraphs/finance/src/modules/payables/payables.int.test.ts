import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoStudio as studio, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const counter = new QueryCounter();
const bed = useFinanceTestBed(counter);
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

/** Invoices this file made: removed afterwards (other files list a studio's invoices exactly as the demo tenant billed them). */
const made: string[] = [];
afterAll(async () => {
  await bed.owner.query('delete from finance.payments where invoice_id = any($1::uuid[])', [made]);
  await bed.owner.query('delete from finance.invoices where credited_invoice_id is not null and id = any($1::uuid[])', [made]);
  await bed.owner.query('delete from finance.invoices where id = any($1::uuid[])', [made]);
});

interface Fixture {
  trainer: 'liam' | 'maya';
  studio: 'harbourfront' | 'midtown' | 'kits';
  date: string;
  total: string;
  status?: 'draft' | 'issued' | 'sent' | 'partially_paid' | 'paid' | 'void';
  credits?: string;
}

/** A fresh studio invoice (or credit note), written by the owner connection as issueInvoice and the payments would leave it. */
async function fresh({ trainer: who, studio: where, date, total, status = 'sent', credits }: Fixture): Promise<string> {
  const id = randomUUID();
  await bed.owner.query(
    `insert into finance.invoices (id, invoice_number, trainer_id, studio_id, invoice_type, document_type, credited_invoice_id, invoice_date, due_date,
                                   period_start, period_end, subtotal, tax_details, total, status, issued_at, sent_at, paid_at, voided_at, time_zone, place_of_supply)
     values ($1, $2, $3, $4, 'studio', $5, $6, $7::date, $7::date + 30, $7::date, $7::date, $8, '{"province": "ON", "lines": []}', $8, $9::varchar,
             case when $9::varchar <> 'draft' then now() end, case when $9::varchar = 'sent' then now() end,
             case when $9::varchar = 'paid' then now() end, case when $9::varchar = 'void' then now() end, 'America/Toronto', 'ON')`,
    [
      id,
      status === 'draft' ? null : `TEST-${id.slice(0, 8)}`,
      trainer(who).id,
      studio(where).id,
      credits ? 'credit_note' : 'invoice',
      credits ?? null,
      date,
      total,
      status,
    ],
  );
  made.push(id);
  return id;
}
async function paid(invoiceId: string, amount: string, paymentDate: string) {
  await bed.owner.query(
    `insert into finance.payments (invoice_id, trainer_id, studio_id, amount, payment_date, payment_method, status)
     select id, trainer_id, studio_id, $2, $3, 'cheque', 'completed' from finance.invoices where id = $1`,
    [invoiceId, amount, paymentDate],
  );
}

const PAYABLES = /* GraphQL */ `
  query ($r: [_Any!]!, $asOf: LocalDate) {
    _entities(representations: $r) {
      ... on Studio {
        payables(asOf: $asOf) {
          asOf
          currency
          total
          ageing {
            days0To30
            days31To60
            days61To90
            over90
          }
          months {
            month
            balance
          }
          trainers {
            trainer {
              id
            }
            total
            ageing {
              days0To30
              days31To60
              days61To90
              over90
            }
            months {
              month
              balance
            }
            invoices {
              ageDays
              balanceDue
              invoice {
                id
              }
            }
          }
        }
      }
    }
  }
`;
const payablesOf = async (studioKeys: string[], email: string, asOf?: string) =>
  execute(bed.server, PAYABLES, { r: studioKeys.map((k) => ({ __typename: 'Studio', id: studio(k).id })), asOf }, await as(email));
const ageing = (days0To30: string, days31To60: string, days61To90: string, over90: string) => ({ days0To30, days31To60, days61To90, over90 });

/** The invoices of known ages on 2025-06-30 (asOf), each in the bucket its age says. */
const ids: Record<string, string> = {};
beforeAll(async () => {
  ids.age0 = await fresh({ trainer: 'liam', studio: 'harbourfront', date: '2025-06-30', total: '10.00' });
  ids.age30 = await fresh({ trainer: 'liam', studio: 'midtown', date: '2025-05-31', total: '20.00' });
  ids.age31 = await fresh({ trainer: 'liam', studio: 'harbourfront', date: '2025-05-30', total: '40.00', status: 'issued' });
  ids.age60 = await fresh({ trainer: 'maya', studio: 'harbourfront', date: '2025-05-01', total: '80.00' });
  // 160.00 less 60.00 paid on 2025-05-15; the 50.00 paid on 2025-07-02 is after asOf.
  ids.age61 = await fresh({ trainer: 'maya', studio: 'midtown', date: '2025-04-30', total: '160.00', status: 'partially_paid' });
  await paid(ids.age61, '60.00', '2025-05-15');
  await paid(ids.age61, '50.00', '2025-07-02');
  // 320.00 less an issued 20.00 credit note; a draft credit note reduces nothing.
  ids.age90 = await fresh({ trainer: 'maya', studio: 'harbourfront', date: '2025-04-01', total: '320.00' });
  await fresh({ trainer: 'maya', studio: 'harbourfront', date: '2025-04-15', total: '20.00', status: 'issued', credits: ids.age90 });
  await fresh({ trainer: 'maya', studio: 'harbourfront', date: '2025-04-16', total: '5.00', status: 'draft', credits: ids.age90 });
  ids.age91 = await fresh({ trainer: 'liam', studio: 'harbourfront', date: '2025-03-31', total: '640.00' });
  // Paid in full after asOf: still owed on asOf.
  ids.paidLater = await fresh({ trainer: 'maya', studio: 'harbourfront', date: '2025-02-15', total: '5.00', status: 'paid' });
  await paid(ids.paidLater, '5.00', '2025-07-10');
  // Never counted on 2025-06-30: dated after it, void, a draft, paid before it, another studio's.
  ids.tomorrow = await fresh({ trainer: 'liam', studio: 'harbourfront', date: '2025-07-01', total: '1.00' });
  await fresh({ trainer: 'liam', studio: 'harbourfront', date: '2025-06-01', total: '2000.00', status: 'void' });
  await fresh({ trainer: 'liam', studio: 'harbourfront', date: '2025-06-01', total: '3000.00', status: 'draft' });
  const settled = await fresh({ trainer: 'maya', studio: 'harbourfront', date: '2025-06-01', total: '4000.00', status: 'paid' });
  await paid(settled, '4000.00', '2025-06-15');
  await fresh({ trainer: 'liam', studio: 'kits', date: '2025-06-01', total: '5000.00' });
});

describe('Studio.payables: what a studio owes each trainer, by month and by age', () => {
  it('ages each open invoice from its invoice date into 0–30, 31–60, 61–90 and 90+ days on asOf, for the headquarters and its location', async () => {
    const result = await payablesOf(['harbourfront'], 'studio@harbourfront.demo', '2025-06-30');
    expect(result.errors).toBeUndefined();
    const payables = result.data!._entities[0].payables;
    expect(payables).toMatchObject({
      asOf: '2025-06-30',
      currency: 'CAD',
      total: '1195.00',
      ageing: ageing('30.00', '120.00', '400.00', '645.00'),
      months: [
        { month: '2025-02', balance: '5.00' },
        { month: '2025-03', balance: '640.00' },
        { month: '2025-04', balance: '400.00' },
        { month: '2025-05', balance: '140.00' },
        { month: '2025-06', balance: '10.00' },
      ],
    });
    expect(payables.trainers).toEqual([
      {
        trainer: { id: trainer('liam').id },
        total: '710.00',
        ageing: ageing('30.00', '40.00', '0.00', '640.00'),
        months: [
          { month: '2025-03', balance: '640.00' },
          { month: '2025-05', balance: '60.00' },
          { month: '2025-06', balance: '10.00' },
        ],
        invoices: [
          { ageDays: 91, balanceDue: '640.00', invoice: { id: ids.age91 } },
          { ageDays: 31, balanceDue: '40.00', invoice: { id: ids.age31 } },
          { ageDays: 30, balanceDue: '20.00', invoice: { id: ids.age30 } },
          { ageDays: 0, balanceDue: '10.00', invoice: { id: ids.age0 } },
        ],
      },
      {
        trainer: { id: trainer('maya').id },
        total: '485.00',
        ageing: ageing('0.00', '80.00', '400.00', '5.00'),
        months: [
          { month: '2025-02', balance: '5.00' },
          { month: '2025-04', balance: '400.00' },
          { month: '2025-05', balance: '80.00' },
        ],
        invoices: [
          { ageDays: 135, balanceDue: '5.00', invoice: { id: ids.paidLater } },
          { ageDays: 90, balanceDue: '300.00', invoice: { id: ids.age90 } },
          { ageDays: 61, balanceDue: '100.00', invoice: { id: ids.age61 } },
          { ageDays: 60, balanceDue: '80.00', invoice: { id: ids.age60 } },
        ],
      },
    ]);
  });

  it('moves invoices across the boundaries as asOf moves on, and counts what was paid by then', async () => {
    const payables = (await payablesOf(['harbourfront'], 'studio@harbourfront.demo', '2025-07-02')).data!._entities[0].payables;
    // Two days on: 30 → 32 days (31–60), 60 → 62 (61–90), 90 → 92 (90+); the 50.00 paid on 07-02 counts; 07-01's invoice appears.
    expect(payables.ageing).toEqual(ageing('11.00', '60.00', '130.00', '945.00'));
    expect(payables.total).toBe('1146.00');
    expect(payables.trainers.find((t: { trainer: { id: string } }) => t.trainer.id === trainer('liam').id).invoices.at(-1)).toEqual({
      ageDays: 1,
      balanceDue: '1.00',
      invoice: { id: ids.tomorrow },
    });
  });

  it('shows a location only its own invoices, and a studio with nothing owed as zeros', async () => {
    const [midtown, kits] = (await payablesOf(['midtown'], 'studio@harbourfront.demo', '2025-06-30')).data!._entities.concat(
      (await payablesOf(['kits'], 'admin@fitflow.demo', '2025-01-01')).data!._entities,
    );
    expect(midtown.payables).toMatchObject({ total: '120.00', ageing: ageing('20.00', '0.00', '100.00', '0.00') });
    expect(midtown.payables.trainers.map((t: { trainer: { id: string }; total: string }) => [t.trainer.id, t.total])).toEqual([
      [trainer('maya').id, '100.00'],
      [trainer('liam').id, '20.00'],
    ]);
    expect(kits.payables).toEqual({
      asOf: '2025-01-01',
      currency: 'CAD',
      total: '0.00',
      ageing: ageing('0.00', '0.00', '0.00', '0.00'),
      months: [],
      trainers: [],
    });
  });

  it('ages to today in the studio’s zone when asOf is left out', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Vancouver', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const result = await payablesOf(['kits'], 'studio@kitsflow.demo');
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].payables.asOf).toBe(today);
  });

  it('costs one transaction of four statements, for one studio or for every studio of a selection', async () => {
    counter.reset();
    await payablesOf(['harbourfront'], 'admin@fitflow.demo', '2025-06-30');
    // One transaction (a read request): set_config, the studios' "today", the open invoices, then the invoices themselves.
    expect(counter.transactions).toBe(1);
    expect(counter.count).toBe(4);
    counter.reset();
    const three = await payablesOf(['harbourfront', 'midtown', 'kits'], 'admin@fitflow.demo', '2025-06-30');
    expect(three.errors).toBeUndefined();
    expect(three.data!._entities.map((s: { payables: { total: string } }) => s.payables.total)).toEqual(['1195.00', '120.00', '5000.00']);
    expect(counter.transactions).toBe(1);
    expect(counter.count).toBe(4);
  });

  it('answers NOT_FOUND for a studio the caller does not administer, FORBIDDEN to trainers and clients', async () => {
    for (const [keys, email] of [
      [['kits'], 'studio@harbourfront.demo'],
      [['harbourfront'], 'studio@kitsflow.demo'],
      [['midtown'], 'studio@kitsflow.demo'],
    ] as const) {
      const result = await payablesOf([...keys], email, '2025-06-30');
      expect(result.errors?.[0], `${email} ${keys}`).toMatchObject({ message: 'Studio not found.', extensions: { code: 'NOT_FOUND' } });
    }
    for (const email of ['maya@fitflow.demo', 'liam@fitflow.demo', 'emma.wilson@example.com']) {
      expect(codeOf(await payablesOf(['harbourfront'], email, '2025-06-30')), email).toBe('FORBIDDEN');
    }
    const malformed = await payablesOf(['harbourfront'], 'studio@harbourfront.demo', '2025-02-30');
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
