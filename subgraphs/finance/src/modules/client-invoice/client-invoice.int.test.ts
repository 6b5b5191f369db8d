import { demoId } from '@fitflow/demo';
import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoStudio as studio, demoTenant, demoTrainer as trainer, execute, testEnv, UNKNOWN_ID } from '@fitflow/testkit';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const counter = new QueryCounter();
const bed = useFinanceTestBed(counter);
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
/** Another client of Maya's (not Emma), and one of Liam's. */
const mayasOtherClient = () => demoTenant().clients.find((c) => c.trainerId === trainer('maya').id && c.id !== emma().id)!;
const liamsClient = () => demoTenant().clients.find((c) => c.trainerId === trainer('liam').id)!;

/**
 * Sessions of their own (in March 2020, far from the demo tenant's weeks), written through a superuser
 * connection into scheduling's tables, which finance reads through the published views; removed
 * afterwards with the invoices billing them.
 */
let admin: pg.Pool;
const appointments: string[] = [];
beforeAll(() => {
  admin = new pg.Pool({ connectionString: testEnv().adminUrl, max: 2 });
});
afterAll(async () => {
  const client = await admin.connect();
  try {
    await client.query('begin');
    // An issued invoice's lines are frozen by a trigger: this cleanup is not the application.
    await client.query('set local session_replication_role = replica');
    const invoices = `select distinct invoice_id from finance.invoice_items where appointment_id = any($1::uuid[])`;
    await client.query(`delete from finance.payments where invoice_id in (${invoices})`, [appointments]);
    await client.query(`create temporary table gone on commit drop as ${invoices}`, [appointments]);
    await client.query('delete from finance.invoice_items where invoice_id in (select invoice_id from gone)');
    // Triggers are off (foreign keys too): every row that names an invoice goes before the invoice.
    await client.query('delete from finance.invoice_documents where invoice_id in (select invoice_id from gone)');
    await client.query('delete from finance.invoices where id in (select invoice_id from gone)');
    await client.query('delete from scheduling.appointment_participants where appointment_id = any($1::uuid[])', [appointments]);
    await client.query('delete from scheduling.appointments where id = any($1::uuid[])', [appointments]);
    await client.query('commit');
  } finally {
    client.release();
    await admin.end();
  }
});

let hour = 0;
interface SessionFixture {
  trainer?: 'maya' | 'liam';
  clientId?: string;
  at: 'harbourfront' | 'kits' | 'online' | 'client-location';
  status?: 'completed' | 'scheduled' | 'no-show';
  rate?: string | null;
  booking?: 'confirmed' | 'cancelled';
  attended?: boolean | null;
}
/** A one-to-one session, two hours after the previous fixture's (no double booking); returns its id. */
async function session({
  trainer: who = 'maya',
  clientId = emma().id,
  at,
  status = 'completed',
  rate = '105.00',
  booking = 'confirmed',
  attended = true,
}: SessionFixture) {
  const id = randomUUID();
  const start = new Date(Date.UTC(2020, 2, 2, 14) + hour++ * 2 * 3_600_000);
  const studioId = at === 'harbourfront' || at === 'kits' ? studio(at).id : null;
  await admin.query(
    `insert into scheduling.appointments (id, trainer_id, studio_id, class_type_id, start_time, end_time, status, location_type, rate, completed_at)
     values ($1, $2, $3, $4, $5, $5::timestamptz + interval '1 hour', $6::varchar, $7, $8, case when $6::varchar = 'completed' then $5::timestamptz + interval '1 hour' end)`,
    [id, trainer(who).id, studioId, demoId('class-type', who, 'individual'), start, status, studioId ? 'studio' : at, rate],
  );
  await admin.query(
    `insert into scheduling.appointment_participants (appointment_id, client_id, status, attended, cancelled_at)
     values ($1, $2, $3::varchar, $4, case when $3::varchar = 'cancelled' then now() end)`,
    [id, clientId, booking, attended],
  );
  appointments.push(id);
  return id;
}
/** The day a fixture session took place in Toronto, as its line prints it. */
const dayOf = async (appointmentId: string): Promise<string> =>
  (
    await admin.query(`select to_char((start_time at time zone 'America/Toronto')::date, 'YYYY-MM-DD') as day from scheduling.appointments where id = $1`, [
      appointmentId,
    ])
  ).rows[0].day;
const invoicesOf = async (clientId: string): Promise<number> =>
  Number((await bed.owner.query('select count(*) from finance.invoices where client_id = $1', [clientId]))[0].count);

const CREATE = /* GraphQL */ `
  mutation ($input: CreateClientInvoiceInput!) {
    createClientInvoice(input: $input) {
      id
      status
      invoiceType
      invoiceNumber
      invoiceDate
      dueDate
      periodStart
      periodEnd
      subtotal
      total
      taxLines {
        tax
        rate
        amount
      }
      items {
        description
        quantity
        unitPrice
        amount
        appointment {
          id
        }
      }
      trainer {
        id
      }
      client {
        id
      }
      studio {
        id
      }
    }
  }
`;
const input = (extra: Record<string, unknown>) => ({ input: { clientId: emma().id, clientProvince: 'ON', ...extra } });
const stored = async (id: string) =>
  (await bed.owner.query('select place_of_supply, time_zone, language, studio_id, status, tax_details from finance.invoices where id = $1', [id]))[0];

describe('createClientInvoice: a draft to one of your clients, from their completed sessions and other lines', () => {
  it('bills Emma’s session at Harbourfront and a 10-session pack, supplied in Ontario: HST 13 %, dated in Maya’s zone', async () => {
    const harbourfront = await session({ at: 'harbourfront', rate: '105.00' });
    const result = await execute(
      bed.server,
      CREATE,
      input({
        sessions: [harbourfront],
        lines: [{ description: '10-session pack', quantity: '1', unitPrice: '800.00', kind: 'SERVICE', category: 'individual' }],
      }),
      await as('maya@fitflow.demo'),
    );
    expect(result.errors).toBeUndefined();
    const invoice = result.data!.createClientInvoice;
    const day = await dayOf(harbourfront);
    expect(invoice).toMatchObject({
      status: 'DRAFT',
      invoiceType: 'CLIENT',
      invoiceNumber: null,
      periodStart: day,
      periodEnd: day,
      subtotal: '905.00',
      taxLines: [{ tax: 'HST', rate: '0.13', amount: '117.65' }],
      total: '1022.65',
      items: [
        {
          description: `Personal training — ${day}, Harbourfront Movement`,
          quantity: '1',
          unitPrice: '105.00',
          amount: '105.00',
          appointment: { id: harbourfront },
        },
        { description: '10-session pack', quantity: '1', unitPrice: '800.00', amount: '800.00', appointment: null },
      ],
      trainer: { id: trainer('maya').id },
      client: { id: emma().id },
      studio: null,
    });
    expect(invoice.dueDate).toBe(invoice.invoiceDate);
    expect(await stored(invoice.id)).toMatchObject({ place_of_supply: 'ON', time_zone: 'America/Toronto', language: 'en', studio_id: null, status: 'draft' });
  });

  it('takes a studio session’s place of supply from the studio, wherever the client lives', async () => {
    const kits = await session({ at: 'kits', rate: '120.00' });
    const result = await execute(bed.server, CREATE, input({ sessions: [kits], clientProvince: 'ON' }), await as('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    expect(await stored(result.data!.createClientInvoice.id)).toMatchObject({ place_of_supply: 'BC' });
    // British Columbia: GST 5 %, no HST (Maya holds no BC PST number).
    expect(result.data!.createClientInvoice.taxLines).toContainEqual({ tax: 'GST', rate: '0.05', amount: '6.00' });
  });

  it('takes the client’s province for an online session and for one at the client’s location', async () => {
    const online = await session({ at: 'online', rate: '90.00' });
    const atHome = await session({ at: 'client-location', rate: '110.00' });
    const quebec = await execute(bed.server, CREATE, input({ sessions: [online], clientProvince: 'QC' }), await as('maya@fitflow.demo'));
    expect(quebec.errors).toBeUndefined();
    expect(await stored(quebec.data!.createClientInvoice.id)).toMatchObject({ place_of_supply: 'QC', language: 'fr' });
    expect(quebec.data!.createClientInvoice.items[0].description).toBe(`Personal training — ${await dayOf(online)}, online`);
    const novaScotia = await execute(bed.server, CREATE, input({ sessions: [atHome], clientProvince: 'NS' }), await as('maya@fitflow.demo'));
    expect(novaScotia.errors).toBeUndefined();
    expect(await stored(novaScotia.data!.createClientInvoice.id)).toMatchObject({ place_of_supply: 'NS' });
    expect(novaScotia.data!.createClientInvoice.taxLines.map((l: { tax: string }) => l.tax)).toEqual(['HST']);
  });

  it('refuses two provinces on one invoice, naming the session, and writes nothing', async () => {
    const harbourfront = await session({ at: 'harbourfront' });
    const online = await session({ at: 'online' });
    const before = await invoicesOf(emma().id);
    const mixed = await execute(bed.server, CREATE, input({ sessions: [harbourfront, online], clientProvince: 'BC' }), await as('maya@fitflow.demo'));
    expect(mixed.errors?.[0]).toMatchObject({
      message: 'sessions[1] was supplied in British Columbia but sessions[0] in Ontario: an invoice has one place of supply, so invoice them separately.',
      extensions: { code: 'BAD_USER_INPUT', field: 'sessions[1]' },
    });
    expect(await invoicesOf(emma().id)).toBe(before);
  });

  it('bills only completed sessions Emma attended with her trainer, each on one live invoice', async () => {
    const auth = await as('maya@fitflow.demo');
    const cases: [Promise<string>, RegExp][] = [
      [session({ at: 'harbourfront', status: 'scheduled' }), /^sessions\[0\] is scheduled, not completed/],
      [session({ at: 'harbourfront', status: 'no-show' }), /^sessions\[0\] is a no-show, not completed/],
      [session({ at: 'harbourfront', attended: false }), /^sessions\[0\]: the client was marked absent/],
      [session({ at: 'harbourfront', booking: 'cancelled', attended: null }), /^sessions\[0\]: the client's booking was cancelled/],
      [session({ at: 'harbourfront', rate: null }), /^sessions\[0\] has no rate/],
      [session({ at: 'harbourfront', clientId: mayasOtherClient().id }), /^sessions\[0\] is not a session of this client's with their trainer/],
      [session({ trainer: 'liam', clientId: liamsClient().id, at: 'harbourfront' }), /^sessions\[0\] is not a session of this client's/],
    ];
    const before = await invoicesOf(emma().id);
    for (const [made, message] of cases) {
      const refused = await execute(bed.server, CREATE, input({ sessions: [await made] }), auth);
      expect(refused.errors?.[0], String(message)).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field: 'sessions[0]' },
      });
    }
    const unknown = await execute(bed.server, CREATE, input({ sessions: [UNKNOWN_ID] }), auth);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'sessions[0]' } });
    expect(await invoicesOf(emma().id)).toBe(before);

    const once = await session({ at: 'harbourfront' });
    expect((await execute(bed.server, CREATE, input({ sessions: [once] }), auth)).errors).toBeUndefined();
    const twice = await execute(bed.server, CREATE, input({ sessions: [once] }), auth);
    expect(twice.errors?.[0]).toMatchObject({
      message: 'sessions[0] is already billed on a draft: a session is on one live invoice.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await invoicesOf(emma().id)).toBe(before + 1);
  });

  it('drafts for a team member’s client as their Trainer Admin (the invoice is the trainer’s), NOT_FOUND for anyone else’s client', async () => {
    const liams = await session({ trainer: 'liam', clientId: liamsClient().id, at: 'online', rate: '80.00' });
    const asAdmin = await execute(
      bed.server,
      CREATE,
      { input: { clientId: liamsClient().id, sessions: [liams], clientProvince: 'ON' } },
      await as('maya@fitflow.demo'),
    );
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data!.createClientInvoice).toMatchObject({ trainer: { id: trainer('liam').id }, client: { id: liamsClient().id }, subtotal: '80.00' });

    const line = [{ description: 'Resistance band', quantity: '2', unitPrice: '12.50', kind: 'GOODS', category: 'equipment' }];
    const unknown = await execute(bed.server, CREATE, { input: { clientId: UNKNOWN_ID, lines: line, clientProvince: 'ON' } }, await as('sofia@fitflow.demo'));
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
    for (const email of ['sofia@fitflow.demo', 'noah@fitflow.demo', 'liam@fitflow.demo']) {
      const refused = await execute(bed.server, CREATE, input({ lines: line }), await as(email));
      expect(refused.errors, email).toEqual(unknown.errors);
    }
    for (const email of ['studio@harbourfront.demo', 'emma.wilson@example.com']) {
      expect(codeOf(await execute(bed.server, CREATE, input({ lines: line }), await as(email))), email).toBe('FORBIDDEN');
    }
  });

  it('refuses malformed input before any SQL runs, naming the field', async () => {
    const auth = await as('maya@fitflow.demo');
    const good = { description: 'Pack', quantity: '1', unitPrice: '10.00', kind: 'SERVICE' };
    const cases: [Record<string, unknown>, string][] = [
      [{ clientId: 'nope', lines: [good] }, 'clientId'],
      [{ sessions: [], lines: [] }, 'sessions'],
      [{ sessions: ['not-an-id'] }, 'sessions[0]'],
      [{ sessions: [UNKNOWN_ID, UNKNOWN_ID] }, 'sessions[1]'],
      [{ lines: [good, { ...good, description: '  ' }] }, 'lines[1].description'],
      [{ lines: [{ ...good, quantity: '0' }] }, 'lines[0].quantity'],
      [{ lines: [{ ...good, quantity: '1.005' }] }, 'lines[0].quantity'],
      [{ lines: [{ ...good, unitPrice: '-1.00' }] }, 'lines[0].unitPrice'],
      [{ lines: [{ ...good, quantity: '1000', unitPrice: '99999999.99' }] }, 'lines[0].unitPrice'],
      [{ lines: [{ ...good, category: 'x'.repeat(51) }] }, 'lines[0].category'],
      [{ lines: [good], notes: 'n'.repeat(2001) }, 'notes'],
    ];
    for (const [extra, field] of cases) {
      counter.reset();
      const refused = await execute(bed.server, CREATE, { input: { clientId: emma().id, clientProvince: 'ON', ...extra } }, auth);
      expect(refused.errors?.[0], field).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(counter.count, field).toBe(0);
    }
  });
});

describe('Client.invoices', () => {
  const CLIENT_INVOICES = /* GraphQL */ `
    query ($r: [_Any!]!) {
      _entities(representations: $r) {
        ... on Client {
          id
          invoices(first: 100) {
            edges {
              node {
                id
                status
              }
            }
          }
        }
      }
    }
  `;
  const idsFor = async (email: string, clientId = emma().id): Promise<string[]> => {
    const result = await execute(bed.server, CLIENT_INVOICES, { r: [{ __typename: 'Client', id: clientId }] }, await as(email));
    expect(result.errors, email).toBeUndefined();
    return result.data!._entities[0].invoices.edges.map((e: { node: { id: string } }) => e.node.id);
  };

  it('shows the client their invoices once issued, never a draft; the trainer every one; a studio none', async () => {
    const made = await execute(bed.server, CREATE, input({ sessions: [await session({ at: 'online' })] }), await as('maya@fitflow.demo'));
    const id = made.data!.createClientInvoice.id;
    expect(await idsFor('maya@fitflow.demo')).toContain(id);
    expect(await idsFor('emma.wilson@example.com')).not.toContain(id);
    const unknown = await execute(bed.server, 'query($id: ID!) { invoice(id: $id) { id } }', { id: UNKNOWN_ID }, await as('emma.wilson@example.com'));
    expect((await execute(bed.server, 'query($id: ID!) { invoice(id: $id) { id } }', { id }, await as('emma.wilson@example.com'))).errors).toEqual(
      unknown.errors,
    );

    const issued = await execute(bed.server, 'mutation($id: ID!) { issueInvoice(id: $id) { status invoiceNumber } }', { id }, await as('maya@fitflow.demo'));
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueInvoice).toMatchObject({ status: 'ISSUED', invoiceNumber: expect.stringMatching(/^MC-\d{4}-\d{4}$/) });
    expect(await idsFor('emma.wilson@example.com')).toContain(id);
    expect(
      (await execute(bed.server, 'query($id: ID!) { invoice(id: $id) { id status } }', { id }, await as('emma.wilson@example.com'))).data!.invoice,
    ).toEqual({
      id,
      status: 'ISSUED',
    });
    expect(await idsFor('studio@harbourfront.demo')).toEqual([]);
    expect(await idsFor('emma.wilson@example.com', mayasOtherClient().id)).toEqual([]);
  });

  it('pages the invoices of every client of a selection in one statement', async () => {
    const clients = demoTenant()
      .clients.filter((c) => c.trainerId === trainer('maya').id)
      .slice(0, 5);
    const auth = await as('maya@fitflow.demo');
    counter.reset();
    await execute(bed.server, CLIENT_INVOICES, { r: clients.slice(0, 1).map((c) => ({ __typename: 'Client', id: c.id })) }, auth);
    const one = counter.count;
    counter.reset();
    const five = await execute(bed.server, CLIENT_INVOICES, { r: clients.map((c) => ({ __typename: 'Client', id: c.id })) }, auth);
    expect(five.errors).toBeUndefined();
    expect(five.data!._entities).toHaveLength(5);
    expect(one).toBe(2); // set_config (the caller's claims) and one select
    expect(counter.count).toBe(one);
  });
});
