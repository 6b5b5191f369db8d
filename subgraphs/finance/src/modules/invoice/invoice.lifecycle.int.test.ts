import { Decimal, QueryCounter, ScopedDb, scopeOf } from '@fitflow/kit';
import { demoAuth, demoEmma, execute, executeAsJson, UNKNOWN_ID, type GraphQLResult } from '@fitflow/testkit';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBillingFixtures, useFinanceTestBed } from '../../test-bed.js';

/**
 * The life of an invoice after generation (docs/invoices.md): editing a draft, issuing it with the
 * trainer's gap-free number, freezing it, voiding, deleting a draft, crediting, and OVERDUE derived on
 * read on both sides of midnight in the invoice's zone. The server's clock is pinned (`clock`), and every
 * invoice is a fresh trainer's, so the demo tenant stays as other files compare it.
 */

let clock = new Date('2026-04-10T15:00:00Z');
const counter = new QueryCounter();
const bed = useFinanceTestBed(counter, () => clock);
const world = useBillingFixtures();

const INVOICE = /* GraphQL */ `
  id invoiceNumber status documentType invoiceDate dueDate subtotal total placeOfSupply language issuedAt voidedAt voidReason notes
  taxLines { tax jurisdiction name rate base amount }
  notices { code message }
  items { id description quantity unitPrice amount kind category appointment { id } }
  creditedInvoice { id invoiceNumber }
  creditNotes { id invoiceNumber total status }`;

const GENERATE = `mutation($s: LocalDate!, $e: LocalDate!) { generateStudioInvoices(periodStart: $s, periodEnd: $e) { invoices { id } } }`;
const ADD = `mutation($id: ID!, $line: InvoiceLineInput!) { addInvoiceLine(invoiceId: $id, line: $line) { ${INVOICE} } }`;
const REMOVE = `mutation($id: ID!, $line: ID!) { removeInvoiceLine(invoiceId: $id, lineId: $line) { ${INVOICE} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateInvoiceDraftInput!) { updateInvoiceDraft(invoiceId: $id, input: $input) { ${INVOICE} } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(id: $id) { ${INVOICE} } }`;
const SEND = `mutation($id: ID!) { markInvoiceSent(id: $id) { id status } }`;
const VOID = `mutation($id: ID!, $reason: String!) { voidInvoice(id: $id, reason: $reason) { ${INVOICE} } }`;
const DELETE = `mutation($id: ID!) { deleteDraftInvoice(id: $id) }`;
const CREDIT = `mutation($id: ID!, $input: CreditNoteInput!) { createCreditNote(invoiceId: $id, input: $input) { ${INVOICE} } }`;
const GET = `query($id: ID!) { invoice(id: $id) { ${INVOICE} } }`;

type Invoice = {
  id: string;
  invoiceNumber: string | null;
  status: string;
  documentType: string;
  invoiceDate: string;
  dueDate: string;
  subtotal: string;
  total: string;
  placeOfSupply: string | null;
  language: string;
  issuedAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  notes: string | null;
  taxLines: { tax: string; jurisdiction: string; name: string; rate: string; base: string; amount: string }[];
  notices: { code: string; message: string }[];
  items: {
    id: string;
    description: string;
    quantity: string;
    unitPrice: string;
    amount: string;
    kind: string;
    category: string | null;
    appointment: { id: string } | null;
  }[];
  creditedInvoice: { id: string; invoiceNumber: string } | null;
  creditNotes: { id: string; invoiceNumber: string; total: string; status: string }[];
};

async function ok<T = Invoice>(query: string, variables: Record<string, unknown>, auth: string): Promise<T> {
  const result = await executeAsJson(bed.server, query, variables, auth);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as T;
}
const refusal = async (query: string, variables: Record<string, unknown>, auth: string) => (await execute(bed.server, query, variables, auth)).errors?.[0];
const row = async (id: string) =>
  (
    await world.sql<{ status: string; subtotal: string; total: string; invoice_number: string | null; supplier: any; recipient: any; tax_details: any }>(
      'select status, subtotal, total, invoice_number, supplier, recipient, tax_details from finance.invoices where id = $1',
      [id],
    )
  )[0];
const lastNumber = async (trainerId: string, year = 2026) =>
  (await world.sql<{ last_number: number }>('select last_number from finance.invoice_sequences where trainer_id = $1 and year = $2', [trainerId, year]))[0]
    ?.last_number ?? 0;

/** A fresh trainer with a draft for March at a fresh Ontario studio: `sessions` group sessions at 50.00. */
async function draft(options: { sessions?: number; province?: string; zone?: string; gst?: string | null; qst?: string | null; prefix?: string } = {}) {
  const trainer = await world.trainer({ gst: options.gst, qst: options.qst, prefix: options.prefix });
  const studio = await world.studio({ province: options.province, zone: options.zone, name: 'Lakeshore Movement' });
  await world.contract(trainer.id, studio.id, [{ from: '2026-01-01', rates: { group: '50.00', individual: '90.00' } }]);
  const sessions: string[] = [];
  for (let n = 0; n < (options.sessions ?? 2); n++) {
    sessions.push(await world.session(trainer.id, studio.id, { start: `2026-03-${String(2 + n).padStart(2, '0')}T15:00:00Z`, attendees: 3 }));
  }
  const auth = await trainer.auth();
  const generated = await ok<{ invoices: { id: string }[] }>(GENERATE, { s: '2026-03-01', e: '2026-03-31' }, auth);
  return { trainer, studio, auth, sessions, id: generated.invoices[0]!.id };
}

describe('editing a draft', () => {
  it("adds and removes lines and changes notes and due date, re-quoting the draft at today's rates every time", async () => {
    const { id, auth, sessions } = await draft();
    const added = await ok(
      ADD,
      { id, line: { description: 'Resistance bands', quantity: '2', unitPrice: '12.50', kind: 'GOODS', category: 'Equipment' } },
      auth,
    );
    expect(added).toMatchObject({ status: 'DRAFT', invoiceNumber: null, invoiceDate: '2026-04-10', subtotal: '125.00', total: '141.25' });
    expect(added.items.at(-1)).toMatchObject({
      description: 'Resistance bands',
      quantity: '2',
      unitPrice: '12.50',
      amount: '25.00',
      kind: 'GOODS',
      category: 'equipment',
    });
    expect(added.taxLines).toEqual([{ tax: 'HST', jurisdiction: 'ON', name: 'HST (Ontario) 13 %', rate: '0.13', base: '125.00', amount: '16.25' }]);

    const sessionLine = added.items.find((i) => i.appointment?.id === sessions[0])!;
    const removed = await ok(REMOVE, { id, line: sessionLine.id }, auth);
    expect(removed).toMatchObject({ subtotal: '75.00', total: '84.75' });
    expect(removed.items.map((i) => i.appointment?.id ?? null)).toEqual([sessions[1], null]);

    const updated = await ok(UPDATE, { id, input: { notes: 'Thank you!', dueDate: '2026-04-30' } }, auth);
    expect(updated).toMatchObject({ notes: 'Thank you!', invoiceDate: '2026-04-10', dueDate: '2026-04-30', total: '84.75' });
    // A session taken off a draft is billed again by the next generation, on the same draft.
    const again = await ok<{ invoices: { id: string }[] }>(GENERATE, { s: '2026-03-01', e: '2026-03-31' }, auth);
    expect(again.invoices.map((i) => i.id)).toEqual([id]);
    expect((await ok(GET, { id }, auth)).items.map((i) => i.appointment?.id ?? null)).toEqual([sessions[0], sessions[1], null]);
  });

  it('refuses negative or sub-cent amounts, a quantity of zero, a blank description and a past due date, naming the field, and writes nothing', async () => {
    const { id, auth } = await draft();
    const before = await row(id);
    const line = { description: 'Mat rental', quantity: '1', unitPrice: '10.00', kind: 'GOODS' };
    for (const [bad, field] of [
      [{ unitPrice: '-1.00' }, 'unitPrice'],
      [{ quantity: '0' }, 'quantity'],
      [{ quantity: '1.005' }, 'quantity'],
      [{ description: '   ' }, 'description'],
    ] as const) {
      expect(await refusal(ADD, { id, line: { ...line, ...bad } }, auth), JSON.stringify(bad)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const subCent = await refusal(ADD, { id, line: { ...line, unitPrice: '10.005' } }, auth);
    expect(subCent).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(subCent!.message).toMatch(/unitPrice must be an amount with at most two decimals/);
    expect(await refusal(UPDATE, { id, input: { dueDate: '2026-04-09' } }, auth)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'dueDate' } });
    expect(await refusal(UPDATE, { id, input: { notes: 'x'.repeat(2001) } }, auth)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'notes' } });
    expect(await row(id)).toEqual(before);
    expect((await ok(GET, { id }, auth)).items).toHaveLength(2);
  });

  it('keeps lines, notes and due date of an issued invoice as they are: BAD_USER_INPUT naming invoiceId', async () => {
    const { id, auth } = await draft();
    const issued = await ok(ISSUE, { id }, auth);
    const line = { description: 'Late fee', quantity: '1', unitPrice: '10.00', kind: 'SERVICE' };
    for (const [query, variables] of [
      [ADD, { id, line }],
      [REMOVE, { id, line: issued.items[0]!.id }],
      [UPDATE, { id, input: { notes: 'changed' } }],
    ] as const) {
      const refused = await refusal(query, variables, auth);
      expect(refused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'invoiceId' } });
      expect(refused!.message).toMatch(/issued as TT-2026-\d{4}.*void it or issue a credit note/);
    }
    expect(await ok(GET, { id }, auth)).toEqual(issued);
  });
});

describe('issuing an invoice', () => {
  it('numbers it from the gap-free yearly sequence, dates it today (the tax point), computes its taxes and snapshots both parties', async () => {
    const { id, auth, trainer } = await draft({ prefix: 'LK' });
    const issued = await ok(ISSUE, { id }, auth);
    expect(issued).toMatchObject({
      status: 'ISSUED',
      invoiceNumber: 'LK-2026-0001',
      invoiceDate: '2026-04-10',
      dueDate: '2026-05-10',
      subtotal: '100.00',
      total: '113.00',
      placeOfSupply: 'ON',
      language: 'EN',
      issuedAt: '2026-04-10T15:00:00.000Z',
      notices: [],
    });
    expect(issued.taxLines).toEqual([{ tax: 'HST', jurisdiction: 'ON', name: 'HST (Ontario) 13 %', rate: '0.13', base: '100.00', amount: '13.00' }]);
    const stored = await row(id);
    expect(stored!.supplier).toMatchObject({ name: 'Test Trainer', businessName: 'Test Training Co', gstHstNumber: '123456782 RT0001' });
    expect(stored!.recipient).toMatchObject({
      name: 'Lakeshore Movement',
      businessNumber: '845612378 RT0001',
      address: { line1: '1 Test St', city: 'Testville', province: 'ON' },
    });
    expect(stored!.tax_details).toMatchObject({ placeOfSupply: 'ON', taxPoint: '2026-04-10' });
    expect(await lastNumber(trainer.id)).toBe(1);

    const twice = await refusal(ISSUE, { id }, auth);
    expect(twice).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(twice!.message).toMatch(/already issued as LK-2026-0001/);
    const next = await draft({ prefix: 'LK' });
    await world.sql('update finance.invoices set trainer_id = $1 where id = $2', [trainer.id, next.id]);
    expect((await ok(ISSUE, { id: next.id }, auth)).invoiceNumber).toBe('LK-2026-0002');
  });

  it('refuses an empty draft with CONFLICT and takes no number', async () => {
    const { id, auth, trainer } = await draft({ sessions: 1 });
    const [line] = (await ok(GET, { id }, auth)).items;
    await ok(REMOVE, { id, line: line!.id }, auth);
    expect(await refusal(ISSUE, { id }, auth)).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/no lines/) });
    expect(await lastNumber(trainer.id)).toBe(0);
  });

  it('charges GST and QST to a Québec studio from a QST registrant, in French; nothing but a notice from a small supplier', async () => {
    const quebec = await draft({ province: 'QC', qst: '1234567890 TQ0001' });
    const issued = await ok(ISSUE, { id: quebec.id }, quebec.auth);
    expect(issued).toMatchObject({ language: 'FR', placeOfSupply: 'QC', subtotal: '100.00', total: '114.98' });
    expect(issued.taxLines.map((t) => [t.tax, t.jurisdiction, t.rate, t.base, t.amount])).toEqual([
      ['GST', 'CA', '0.05', '100.00', '5.00'],
      ['QST', 'QC', '0.09975', '100.00', '9.98'],
    ]);

    const small = await draft({ gst: null });
    const unregistered = await ok(ISSUE, { id: small.id }, small.auth);
    expect(unregistered).toMatchObject({ subtotal: '100.00', total: '100.00', taxLines: [] });
    expect(unregistered.notices).toEqual([{ code: 'SMALL_SUPPLIER', message: 'No GST/HST charged: the supplier is not registered (small supplier).' }]);
  });

  it("issues a client's invoice at its own place of supply, to the client's name opened from the sealed directory", async () => {
    const trainer = await world.trainer();
    const id = randomUUID();
    await world.sql(
      `insert into finance.invoices (id, trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end, subtotal, total, status, time_zone, place_of_supply)
       values ($1, $2, $3, 'client', '2026-04-10', '2026-04-24', '2026-03-01', '2026-03-31', 0, 0, 'draft', 'America/Toronto', 'QC')`,
      [id, trainer.id, demoEmma().id],
    );
    await world.sql(
      `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount) values ($1, 0, 'Personal training', 1, 100, 100)`,
      [id],
    );
    const issued = await ok(ISSUE, { id }, await trainer.auth());
    // Québec: GST, but no QST from a trainer without a QST number; the document is in French.
    expect(issued).toMatchObject({ placeOfSupply: 'QC', language: 'FR', subtotal: '100.00', total: '105.00', dueDate: '2026-04-24' });
    expect(issued.notices.map((n) => n.code)).toEqual(['QST_NOT_REGISTERED']);
    expect((await row(id))!.recipient).toEqual({ name: 'Emma Wilson' });
  });

  it('gives two invoices issued at once consecutive numbers, and gives back the number of an issue that failed', async () => {
    const first = await draft();
    const others = await Promise.all([draft(), draft(), draft()]);
    for (const other of others) await world.sql('update finance.invoices set trainer_id = $1 where id = $2', [first.trainer.id, other.id]);
    const [a, b] = await Promise.all([ok(ISSUE, { id: first.id }, first.auth), ok(ISSUE, { id: others[0]!.id }, first.auth)]);
    expect([a.invoiceNumber, b.invoiceNumber].sort()).toEqual(['TT-2026-0001', 'TT-2026-0002']);

    // An invoice already holds the next number (entered by hand): the issue fails whole, the sequence does not move.
    const blocker = randomUUID();
    await world.sql(
      `insert into finance.invoices (id, invoice_number, trainer_id, studio_id, invoice_type, invoice_date, due_date, period_start, period_end,
                                     subtotal, total, status, issued_at, time_zone)
       select $1, 'TT-2026-0003', trainer_id, studio_id, 'studio', invoice_date, due_date, period_start, period_end, 0, 0, 'issued', now(), time_zone
         from finance.invoices where id = $2`,
      [blocker, first.id],
    );
    const failed = await refusal(ISSUE, { id: others[1]!.id }, first.auth);
    expect(failed).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await lastNumber(first.trainer.id)).toBe(2);
    expect((await row(others[1]!.id))!.status).toBe('draft');
    await world.sql('delete from finance.invoices where id = $1', [blocker]);
    expect((await ok(ISSUE, { id: others[1]!.id }, first.auth)).invoiceNumber).toBe('TT-2026-0003');
    expect((await ok(ISSUE, { id: others[2]!.id }, first.auth)).invoiceNumber).toBe('TT-2026-0004');
  });

  it("refuses, in the database, any change to an issued invoice or its lines — even a direct UPDATE as the runtime role with the trainer's claims", async () => {
    const { id, auth, trainer } = await draft();
    const issued = await ok(ISSUE, { id }, auth);
    const asTrainer = new ScopedDb(bed.ds, scopeOf({ userId: trainer.id, roles: [{ role: 'trainer', scopeId: trainer.id }] }));
    await expect(asTrainer.run((em) => em.query('update finance.invoices set total = total + 1 where id = $1', [id]))).rejects.toThrow(
      /is issued and cannot change/,
    );
    await expect(asTrainer.run((em) => em.query(`update finance.invoices set invoice_date = '2026-04-01' where id = $1`, [id]))).rejects.toThrow(
      /is issued and cannot change/,
    );
    await expect(asTrainer.run((em) => em.query(`update finance.invoice_items set unit_price = 1, amount = 1 where invoice_id = $1`, [id]))).rejects.toThrow(
      /lines of an issued invoice cannot change/,
    );
    await expect(asTrainer.run((em) => em.query('delete from finance.invoice_items where invoice_id = $1', [id]))).rejects.toThrow(
      /lines of an issued invoice cannot change/,
    );
    // …and no row of an issued invoice is deleted (row-level security admits deleting drafts only).
    expect((await asTrainer.run((em) => em.query('delete from finance.invoices where id = $1', [id])))[1]).toBe(0);
    expect(await ok(GET, { id }, auth)).toEqual(issued);
  });
});

describe('voiding, deleting a draft, crediting', () => {
  it('voids an unpaid invoice with a reason; its sessions are billed again by the next generation', async () => {
    const { id, auth, sessions } = await draft();
    await ok(ISSUE, { id }, auth);
    expect(await refusal(VOID, { id, reason: '  ' }, auth)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const voided = await ok(VOID, { id, reason: 'Billed to the wrong studio' }, auth);
    expect(voided).toMatchObject({
      status: 'VOID',
      invoiceNumber: 'TT-2026-0001',
      voidReason: 'Billed to the wrong studio',
      voidedAt: '2026-04-10T15:00:00.000Z',
    });
    expect(await world.sql('select live from finance.invoice_items where invoice_id = $1', [id])).toEqual([{ live: false }, { live: false }]);
    expect(await refusal(VOID, { id, reason: 'again' }, auth)).toMatchObject({ extensions: { code: 'CONFLICT' } });

    const regenerated = await ok<{ invoices: { id: string }[] }>(GENERATE, { s: '2026-03-01', e: '2026-03-31' }, auth);
    expect(regenerated.invoices).toHaveLength(1);
    expect(regenerated.invoices[0]!.id).not.toBe(id);
    expect((await ok(GET, { id: regenerated.invoices[0]!.id }, auth)).items.map((i) => i.appointment!.id)).toEqual(sessions);
  });

  it('refuses to void a draft, an invoice with a payment, or a paid one: CONFLICT', async () => {
    const { id, auth, trainer, studio } = await draft();
    expect(await refusal(VOID, { id, reason: 'no' }, auth)).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/delete it/) });
    await ok(ISSUE, { id }, auth);
    await world.sql(
      `insert into finance.payments (invoice_id, trainer_id, studio_id, amount, payment_date, payment_method, status) values ($1, $2, $3, 10, '2026-04-10', 'cash', 'completed')`,
      [id, trainer.id, studio.id],
    );
    expect(await refusal(VOID, { id, reason: 'no' }, auth)).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/Payments are recorded/),
    });
    await world.sql(`update finance.invoices set status = 'paid', paid_at = now() where id = $1`, [id]);
    expect(await refusal(VOID, { id, reason: 'no' }, auth)).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/paid/) });
    expect((await row(id))!.status).toBe('paid');
  });

  it('deletes a draft and its lines, and only a draft', async () => {
    const { id, auth, sessions } = await draft();
    expect(await ok<string>(DELETE, { id }, auth)).toBe(id);
    expect(await row(id)).toBeUndefined();
    expect(await world.sql('select id from finance.invoice_items where invoice_id = $1', [id])).toEqual([]);
    const regenerated = await ok<{ invoices: { id: string }[] }>(GENERATE, { s: '2026-03-01', e: '2026-03-31' }, auth);
    const again = regenerated.invoices[0]!.id;
    expect((await ok(GET, { id: again }, auth)).items.map((i) => i.appointment!.id)).toEqual(sessions);
    await ok(ISSUE, { id: again }, auth);
    expect(await refusal(DELETE, { id: again }, auth)).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('credits an issued invoice with a numbered credit note bearing the same taxes, up to what is left un-credited', async () => {
    const { id, auth } = await draft();
    const invoice = await ok(ISSUE, { id }, auth);
    expect(invoice.total).toBe('113.00');
    const credit = (amount: string) => ({
      id,
      input: { lines: [{ description: 'Session billed twice', amount, kind: 'SERVICE', category: 'group' }], reason: 'Billed twice' },
    });
    const note = await ok(CREDIT, credit('50.00'), auth);
    expect(note).toMatchObject({
      documentType: 'CREDIT_NOTE',
      status: 'ISSUED',
      invoiceNumber: 'TT-2026-0002',
      invoiceDate: '2026-04-10',
      subtotal: '50.00',
      total: '56.50',
      placeOfSupply: 'ON',
      notes: 'Billed twice',
      creditedInvoice: { id, invoiceNumber: 'TT-2026-0001' },
    });
    expect(note.taxLines).toEqual([{ tax: 'HST', jurisdiction: 'ON', name: 'HST (Ontario) 13 %', rate: '0.13', base: '50.00', amount: '6.50' }]);
    expect((await ok(GET, { id }, auth)).creditNotes).toEqual([{ id: note.id, invoiceNumber: 'TT-2026-0002', total: '56.50', status: 'ISSUED' }]);

    const tooMuch = await refusal(CREDIT, credit('50.01'), auth);
    expect(tooMuch).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lines' } });
    expect(tooMuch!.message).toMatch(/56\.51 CAD with tax, but only 56\.50 CAD/);
    expect(await refusal(CREDIT, credit('-5.00'), auth)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lines[0].amount' } });
    expect((await ok(CREDIT, credit('50.00'), auth)).invoiceNumber).toBe('TT-2026-0003');
    expect(await refusal(CREDIT, credit('0.01'), auth)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lines' } });
    expect(await refusal(CREDIT, { id: note.id, input: credit('1.00').input }, auth)).toMatchObject({ extensions: { code: 'CONFLICT' } });

    const other = await draft();
    expect(await refusal(CREDIT, { id: other.id, input: credit('1.00').input }, other.auth)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    await ok(ISSUE, { id: other.id }, other.auth);
    await ok(VOID, { id: other.id, reason: 'Wrong studio' }, other.auth);
    expect(await refusal(CREDIT, { id: other.id, input: credit('1.00').input }, other.auth)).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('credits an invoice issued before issuing took snapshots, naming its recipient as the directories do today', async () => {
    const { id, auth } = await draft();
    // As the invoices of the founding data model were: issued, with neither party recorded.
    await bed.owner.query(`update finance.invoices set status = 'issued', invoice_number = 'LEGACY-1', issued_at = now() where id = $1`, [id]);
    const note = await ok(CREDIT, { id, input: { lines: [{ description: 'Goodwill', amount: '10.00', kind: 'SERVICE' }], reason: 'Goodwill' } }, auth);
    expect(note).toMatchObject({ documentType: 'CREDIT_NOTE', status: 'ISSUED', total: '11.30', creditedInvoice: { id, invoiceNumber: 'LEGACY-1' } });
  });
});

describe('OVERDUE, derived on read', () => {
  const STUDIO_INVOICES = `query($r: [_Any!]!, $status: InvoiceStatus) { _entities(representations: $r) { ... on Studio { invoices(first: 50, status: $status) { edges { node { id status } } } } } }`;
  const listed = async (studioId: string, status: string | null, auth: string) =>
    (
      (await execute(bed.server, STUDIO_INVOICES, { r: [{ __typename: 'Studio', id: studioId }], status }, auth)) as GraphQLResult<{
        _entities: { invoices: { edges: { node: { id: string; status: string } }[] } }[];
      }>
    ).data!._entities[0]!.invoices.edges.map((e) => e.node);

  it("turns a sent invoice OVERDUE at midnight after its due date in the studio's zone, in the invoice and in the lists", async () => {
    clock = new Date('2026-04-10T15:00:00Z');
    const toronto = await draft();
    const vancouver = await draft({ province: 'BC', zone: 'America/Vancouver' });
    for (const d of [toronto, vancouver]) {
      await ok(ISSUE, { id: d.id }, d.auth);
      await ok(SEND, { id: d.id }, d.auth);
    }
    expect((await ok(GET, { id: toronto.id }, toronto.auth)).dueDate).toBe('2026-05-10');
    try {
      // 23:59:59 on the due date in Toronto (EDT, UTC−4): not yet overdue.
      clock = new Date('2026-05-11T03:59:59Z');
      const studioAuth = await toronto.studio.auth();
      expect((await ok(GET, { id: toronto.id }, toronto.auth)).status).toBe('SENT');
      expect(await listed(toronto.studio.id, 'OVERDUE', studioAuth)).toEqual([]);
      expect(await listed(toronto.studio.id, 'SENT', studioAuth)).toEqual([{ id: toronto.id, status: 'SENT' }]);

      // Midnight in Toronto: overdue there; still 21:00 on the due date in Vancouver.
      clock = new Date('2026-05-11T04:00:00Z');
      expect((await ok(GET, { id: toronto.id }, toronto.auth)).status).toBe('OVERDUE');
      expect(await listed(toronto.studio.id, 'OVERDUE', studioAuth)).toEqual([{ id: toronto.id, status: 'OVERDUE' }]);
      expect(await listed(toronto.studio.id, 'SENT', studioAuth)).toEqual([]);
      expect(await listed(toronto.studio.id, null, studioAuth)).toEqual([{ id: toronto.id, status: 'OVERDUE' }]);
      expect((await ok(GET, { id: vancouver.id }, vancouver.auth)).status).toBe('SENT');
      clock = new Date('2026-05-11T07:00:00Z');
      expect((await ok(GET, { id: vancouver.id }, vancouver.auth)).status).toBe('OVERDUE');

      // Credited in full, nothing is due: no longer overdue, though still SENT.
      await ok(
        CREDIT,
        { id: toronto.id, input: { lines: [{ description: 'Goodwill', amount: '100.00', kind: 'SERVICE' }], reason: 'Goodwill' } },
        toronto.auth,
      );
      expect((await ok(GET, { id: toronto.id }, toronto.auth)).status).toBe('SENT');
      expect(await listed(toronto.studio.id, 'OVERDUE', studioAuth)).toEqual([]);
    } finally {
      clock = new Date('2026-04-10T15:00:00Z');
    }
  });
});

describe('who may', () => {
  it("answers NOT_FOUND for another trainer's invoice exactly as for an unknown one, FORBIDDEN to studio admins, and writes nothing", async () => {
    const { id, auth, studio } = await draft();
    const noah = await demoAuth('noah@fitflow.demo');
    for (const [query, variables] of [
      [ISSUE, { id }],
      [DELETE, { id }],
      [UPDATE, { id, input: { notes: 'mine' } }],
      [ADD, { id, line: { description: 'x', quantity: '1', unitPrice: '1.00', kind: 'SERVICE' } }],
    ] as const) {
      const theirs = await refusal(query, variables, noah);
      const unknown = await refusal(query, { ...variables, id: UNKNOWN_ID }, noah);
      expect(theirs).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(theirs).toEqual(unknown);
      // Keeping books is never a studio's operation, whatever the invoice.
      expect(await refusal(query, variables, await studio.auth())).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    await ok(ISSUE, { id }, auth);
    expect(await refusal(VOID, { id, reason: 'no' }, await studio.auth())).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(
      await refusal(CREDIT, { id, input: { lines: [{ description: 'x', amount: '1.00', kind: 'SERVICE' }], reason: 'x' } }, await studio.auth()),
    ).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await row(id))!.status).toBe('issued');
  });

  it('reads a page of invoices with their lines, status, credit notes and credited invoices in as many statements for three trainers as for one', async () => {
    const trainers = await Promise.all([draft(), draft(), draft()]);
    for (const t of trainers) {
      await ok(ISSUE, { id: t.id }, t.auth);
      await ok(CREDIT, { id: t.id, input: { lines: [{ description: 'x', amount: '1.00', kind: 'SERVICE' }], reason: 'x' } }, t.auth);
    }
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { invoices(first: 10) { edges { node { ${INVOICE} } } } } } }`;
    const superAdmin = await demoAuth('admin@fitflow.demo');
    const run = async (n: number) => {
      counter.reset();
      const result = await execute(bed.server, query, { r: trainers.slice(0, n).map((t) => ({ __typename: 'Trainer', id: t.trainer.id })) }, superAdmin);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.flatMap((t: any) => t.invoices.edges)).toHaveLength(2 * n);
      return counter.count;
    };
    const one = await run(1);
    expect(await run(3)).toBe(one);
  });
});

describe('arithmetic, for any lines', () => {
  it('keeps a draft adding up: its lines sum to the subtotal, subtotal and taxes to the total, every amount in cents', async () => {
    const { id, auth } = await draft({ sessions: 1 });
    const cents = (n: number) => new Decimal(n).dividedBy(100).toFixed(2);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          quantity: fc.integer({ min: 1, max: 1000 }).map((n) => new Decimal(n).dividedBy(100).toFixed(2)),
          unitPrice: fc.integer({ min: 0, max: 500_000 }).map(cents),
          kind: fc.constantFrom('SERVICE', 'GOODS'),
        }),
        async (line) => {
          const invoice = await ok(ADD, { id, line: { description: 'Property line', ...line } }, auth);
          const lines = invoice.items.reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
          const taxes = invoice.taxLines.reduce((sum, tax) => sum.plus(tax.amount), new Decimal(0));
          expect(lines.toFixed(2)).toBe(invoice.subtotal);
          expect(new Decimal(invoice.subtotal).plus(taxes).toFixed(2)).toBe(invoice.total);
          for (const amount of [invoice.subtotal, invoice.total, ...invoice.items.map((i) => i.amount), ...invoice.taxLines.map((t) => t.amount)]) {
            expect(amount).toMatch(/^\d+\.\d{2}$/);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
