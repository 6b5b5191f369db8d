import { Decimal } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoStudio as studio, demoTenant, demoTrainer as trainer, execute, UNKNOWN_ID } from '@fitflow/testkit';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const bed = useFinanceTestBed();
/** A due date a month from now: an invoice due then is not overdue (OVERDUE is derived from the due date on read). */
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const tenant = () => demoTenant();
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const auditOf = (recordId: string): Promise<{ action: string; table_name: string; user_id: string; old_values: any; new_values: any }[]> =>
  bed.owner.query('select action, table_name, user_id, old_values, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);
const paymentsIn = (invoiceId: string): Promise<{ amount: string; recorded_by: string | null; recorded_by_party: string }[]> =>
  bed.owner.query('select amount, recorded_by, recorded_by_party from finance.payments where invoice_id = $1 order by created_at, id', [invoiceId]);
const userId = (email: string) => tenant().users.find((u) => u.email === email)!.id;

/** Studio invoices this file made: removed afterwards, because other files list a studio's invoices exactly as the demo tenant billed them. */
const madeForStudios: string[] = [];
afterAll(async () => {
  if (!madeForStudios.length) return;
  await bed.owner.query('delete from finance.payments where invoice_id = any($1::uuid[])', [madeForStudios]);
  await bed.owner.query('delete from finance.invoices where credited_invoice_id = any($1::uuid[])', [madeForStudios]);
  await bed.owner.query('delete from finance.invoices where id = any($1::uuid[])', [madeForStudios]);
});

interface Fresh {
  status?: 'draft' | 'issued' | 'sent' | 'void';
  /** Bill this demo studio (a studio invoice); else Emma (a client invoice). */
  studio?: string;
  subtotal?: string;
  total?: string;
  /** Make it a credit note crediting this invoice. */
  credits?: string;
  /** Invoice date and due date (`YYYY-MM-DD`); default 2026-10-31, due in a month (not overdue). */
  invoiceDate?: string;
  dueDate?: string;
}

/**
 * A fresh invoice of Liam's (in Maya's team), issued by the test bed's owner connection as issueInvoice
 * would leave it: by default to his client Emma, 100.00 + 13 % HST = 113.00 CAD. Tests change only
 * these, never the demo tenant's invoices, which other test files compare exactly.
 */
async function freshInvoice({
  status = 'issued',
  studio: studioKey,
  subtotal = '100.00',
  total = '113.00',
  credits,
  invoiceDate = '2026-10-31',
  dueDate = IN_A_MONTH,
}: Fresh = {}): Promise<string> {
  const id = randomUUID();
  const studioId = studioKey ? studio(studioKey).id : null;
  await bed.owner.query(
    `insert into finance.invoices (id, invoice_number, trainer_id, studio_id, client_id, invoice_type, document_type, credited_invoice_id,
                                   invoice_date, due_date, period_start, period_end, subtotal, tax_details, total, status, issued_at,
                                   sent_at, voided_at, time_zone, place_of_supply)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $12, $13, $12, $12, $9,
             '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "13.00"}]}', $10, $11::varchar,
             case when $11::varchar <> 'draft' then now() end, case when $11::varchar = 'sent' then now() end,
             case when $11::varchar = 'void' then now() end, 'America/Toronto', 'ON')`,
    [
      id,
      status === 'draft' ? null : `TEST-${id.slice(0, 8)}`,
      trainer('liam').id,
      studioId,
      studioId ? null : emma().id,
      studioId ? 'studio' : 'client',
      credits ? 'credit_note' : 'invoice',
      credits ?? null,
      subtotal,
      total,
      status,
      invoiceDate,
      dueDate,
    ],
  );
  if (studioId) madeForStudios.push(id);
  return id;
}

const SEND = 'mutation($id: ID!) { markInvoiceSent(id: $id) { id status sentAt } }';
const PAY =
  'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id status paidAt amountPaid balanceDue payments { amount paymentMethod referenceNumber recordedByParty } } }';
const payment = (invoiceId: string, amount: string, paymentMethod = 'E_TRANSFER') => ({
  input: { invoiceId, amount, paymentDate: '2026-11-02', paymentMethod, referenceNumber: `ET-${amount}` },
});
const BALANCE = 'query($id: ID!) { invoice(id: $id) { status amountPaid balanceDue payments { amount recordedByParty } } }';

describe('recording payments: partial, then paid, never above the balance', () => {
  it('takes Maya’s team invoice from SENT to PARTIALLY_PAID to PAID, each step audited; the client sees it once issued', async () => {
    const invoiceId = await freshInvoice({ status: 'draft' });
    const draft = await execute(bed.server, PAY, payment(invoiceId, '13.00'), await as('maya@fitflow.demo'));
    expect(draft.errors?.[0]).toMatchObject({
      message: 'This invoice is still a draft: issue it before recording a payment.',
      extensions: { code: 'CONFLICT' },
    });
    // A draft is Liam's work in progress: Emma, whom it bills, is told it does not exist.
    const unknown = await execute(bed.server, BALANCE, { id: randomUUID() }, await as('emma.wilson@example.com'));
    expect((await execute(bed.server, BALANCE, { id: invoiceId }, await as('emma.wilson@example.com'))).errors).toEqual(unknown.errors);
    await bed.owner.query(`update finance.invoices set status = 'issued', invoice_number = $2, issued_at = now() where id = $1`, [
      invoiceId,
      `TEST-${invoiceId.slice(0, 8)}`,
    ]);

    const sent = await execute(bed.server, SEND, { id: invoiceId }, await as('maya@fitflow.demo'));
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.markInvoiceSent).toMatchObject({ id: invoiceId, status: 'SENT', sentAt: expect.anything() });

    const over = await execute(bed.server, PAY, payment(invoiceId, '113.01'), await as('liam@fitflow.demo'));
    expect(over.data).toBeNull();
    expect(over.errors?.[0]).toMatchObject({
      message: 'input.amount (113.01 CAD) is more than the balance due of 113.00 CAD: record at most 113.00.',
      extensions: { code: 'CONFLICT' },
    });
    const part = await execute(bed.server, PAY, payment(invoiceId, '13.00'), await as('liam@fitflow.demo'));
    expect(part.errors).toBeUndefined();
    expect(part.data!.recordPayment).toMatchObject({ status: 'PARTIALLY_PAID', paidAt: null, amountPaid: '13.00', balanceDue: '100.00' });
    const second = await execute(bed.server, PAY, payment(invoiceId, '60.50', 'CHEQUE'), await as('maya@fitflow.demo'));
    expect(second.data!.recordPayment).toMatchObject({ status: 'PARTIALLY_PAID', amountPaid: '73.50', balanceDue: '39.50' });
    expect(codeOf(await execute(bed.server, PAY, payment(invoiceId, '39.51'), await as('maya@fitflow.demo')))).toBe('CONFLICT');
    const rest = await execute(bed.server, PAY, payment(invoiceId, '39.50', 'CASH'), await as('maya@fitflow.demo'));
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.recordPayment).toMatchObject({ status: 'PAID', paidAt: expect.anything(), amountPaid: '113.00', balanceDue: '0.00' });
    const paid = await execute(bed.server, PAY, payment(invoiceId, '1.00'), await as('maya@fitflow.demo'));
    expect(paid.errors?.[0]).toMatchObject({ message: 'This invoice is already paid in full.', extensions: { code: 'CONFLICT' } });

    // The client billed sees the payments; the trainer's side recorded them.
    const clientView = await execute(bed.server, BALANCE, { id: invoiceId }, await as('emma.wilson@example.com'));
    expect(clientView.data!.invoice).toEqual({
      status: 'PAID',
      amountPaid: '113.00',
      balanceDue: '0.00',
      payments: ['13.00', '60.50', '39.50'].map((amount) => ({ amount, recordedByParty: 'SUPPLIER' })),
    });

    const invoiceAudit = await auditOf(invoiceId);
    expect(invoiceAudit.map((a) => [a.action, a.old_values.status, a.new_values.status])).toEqual([
      ['update', 'issued', 'sent'],
      ['update', 'sent', 'partially_paid'],
      ['update', 'partially_paid', 'paid'],
    ]);
    const rows = await paymentsIn(invoiceId);
    expect(rows.map((p) => [p.amount, p.recorded_by, p.recorded_by_party])).toEqual([
      ['13.00', userId('liam@fitflow.demo'), 'supplier'],
      ['60.50', userId('maya@fitflow.demo'), 'supplier'],
      ['39.50', userId('maya@fitflow.demo'), 'supplier'],
    ]);
    const ids: { id: string }[] = await bed.owner.query('select id from finance.payments where invoice_id = $1', [invoiceId]);
    for (const p of ids) expect((await auditOf(p.id)).map((a) => [a.action, a.table_name])).toEqual([['create', 'payments']]);
  });

  it('takes payments on an issued invoice not sent yet, and on one past its due date', async () => {
    const issued = await freshInvoice();
    const paid = await execute(bed.server, PAY, payment(issued, '113.00'), await as('liam@fitflow.demo'));
    expect(paid.data!.recordPayment).toMatchObject({ status: 'PAID', balanceDue: '0.00' });
    // OVERDUE is derived, never stored: an overdue invoice is a sent one past its due date, and takes payments.
    const overdue = await freshInvoice({ status: 'sent', invoiceDate: '2020-01-01', dueDate: '2020-01-31' });
    expect((await execute(bed.server, BALANCE, { id: overdue }, await as('liam@fitflow.demo'))).data!.invoice.status).toBe('OVERDUE');
    const late = await execute(bed.server, PAY, payment(overdue, '10.00'), await as('liam@fitflow.demo'));
    expect(late.errors).toBeUndefined();
    // Still past due with a balance: it shows OVERDUE, and is stored partially paid.
    expect(late.data!.recordPayment).toMatchObject({ status: 'OVERDUE', balanceDue: '103.00' });
    expect((await bed.owner.query('select status from finance.invoices where id = $1', [overdue]))[0].status).toBe('partially_paid');
    const rest = await execute(bed.server, PAY, payment(overdue, '103.00'), await as('liam@fitflow.demo'));
    expect(rest.data!.recordPayment).toMatchObject({ status: 'PAID', balanceDue: '0.00' });
  });

  it('counts issued credit notes against the balance, but not draft or void ones, and takes no payment on a credit note itself', async () => {
    const invoiceId = await freshInvoice({ status: 'sent' });
    await freshInvoice({ credits: invoiceId, subtotal: '20.00', total: '22.60' });
    await freshInvoice({ credits: invoiceId, subtotal: '50.00', total: '56.50', status: 'void' });
    const draftCredit = await freshInvoice({ credits: invoiceId, subtotal: '10.00', total: '11.30', status: 'draft' });
    const auth = await as('liam@fitflow.demo');
    expect((await execute(bed.server, BALANCE, { id: invoiceId }, auth)).data!.invoice).toMatchObject({ amountPaid: '0.00', balanceDue: '90.40' });
    const over = await execute(bed.server, PAY, payment(invoiceId, '90.41'), auth);
    expect(over.errors?.[0]).toMatchObject({ message: expect.stringContaining('balance due of 90.40 CAD'), extensions: { code: 'CONFLICT' } });
    const all = await execute(bed.server, PAY, payment(invoiceId, '90.40'), auth);
    expect(all.data!.recordPayment).toMatchObject({ status: 'PAID', amountPaid: '90.40', balanceDue: '0.00' });

    const onCredit = await execute(bed.server, PAY, payment(draftCredit, '1.00'), auth);
    expect(codeOf(onCredit)).toBe('CONFLICT');
    const creditNote = await freshInvoice({ credits: await freshInvoice(), subtotal: '10.00', total: '11.30' });
    expect((await execute(bed.server, PAY, payment(creditNote, '1.00'), auth)).errors?.[0]).toMatchObject({
      message: 'This is a credit note: it reduces what its invoice owes and takes no payment.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await execute(bed.server, BALANCE, { id: creditNote }, auth)).data!.invoice).toMatchObject({ balanceDue: '0.00' });

    // Credited in full: nothing is left to pay.
    const credited = await freshInvoice({ status: 'sent' });
    await freshInvoice({ credits: credited });
    expect((await execute(bed.server, PAY, payment(credited, '0.01'), auth)).errors?.[0]).toMatchObject({
      message: 'Nothing is left to pay on this invoice: its credit notes cover it in full.',
      extensions: { code: 'CONFLICT' },
    });
    for (const id of [draftCredit, creditNote, credited]) expect(await paymentsIn(id)).toEqual([]);
  });

  it('refuses a void invoice with CONFLICT, and a void invoice owes nothing', async () => {
    const invoiceId = await freshInvoice({ status: 'void' });
    const auth = await as('liam@fitflow.demo');
    expect((await execute(bed.server, PAY, payment(invoiceId, '1.00'), auth)).errors?.[0]).toMatchObject({
      message: 'This invoice is void; it takes no payments.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await execute(bed.server, BALANCE, { id: invoiceId }, auth)).data!.invoice).toMatchObject({ status: 'VOID', balanceDue: '0.00' });
    expect(await paymentsIn(invoiceId)).toEqual([]);
  });

  it('lets concurrent payments through only while they fit the balance: the invoice row is locked, so none overpays', async () => {
    const invoiceId = await freshInvoice({ status: 'sent' });
    const auth = await as('liam@fitflow.demo');
    // Five requests at once of 40.00 each against 113.00: two fit (80.00), the rest must be refused.
    const results = await Promise.all(Array.from({ length: 5 }, () => execute(bed.server, PAY, payment(invoiceId, '40.00'), auth)));
    expect(results.filter((r) => !r.errors).length).toBe(2);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await paymentsIn(invoiceId)).map((p) => p.amount)).toEqual(['40.00', '40.00']);

    // Two requests at once for the whole of what is left: exactly one settles it.
    const settle = await Promise.all([
      execute(bed.server, PAY, payment(invoiceId, '33.00'), auth),
      execute(bed.server, PAY, payment(invoiceId, '33.00'), await as('maya@fitflow.demo')),
    ]);
    expect(settle.filter((r) => !r.errors).map((r) => r.data!.recordPayment.status)).toEqual(['PAID']);
    expect(settle.filter((r) => r.errors).map((r) => r.errors![0].message)).toEqual(['This invoice is already paid in full.']);
    const [{ sum }] = await bed.owner.query('select sum(amount)::text as sum from finance.payments where invoice_id = $1', [invoiceId]);
    expect(sum).toBe('113.00');
  });
});

describe('the studio billed records that it paid', () => {
  it('lets the Harbourfront admin pay an invoice to Harbourfront and to its Midtown location; the trainer sees who recorded it', async () => {
    for (const location of ['harbourfront', 'midtown']) {
      const invoiceId = await freshInvoice({ studio: location, status: 'sent' });
      const part = await execute(bed.server, PAY, payment(invoiceId, '100.00', 'CHEQUE'), await as('studio@harbourfront.demo'));
      expect(part.errors, location).toBeUndefined();
      expect(part.data!.recordPayment).toMatchObject({ status: 'PARTIALLY_PAID', amountPaid: '100.00', balanceDue: '13.00' });
      const rest = await execute(bed.server, PAY, payment(invoiceId, '13.00'), await as('studio@harbourfront.demo'));
      expect(rest.data!.recordPayment).toMatchObject({ status: 'PAID', paidAt: expect.anything(), balanceDue: '0.00' });

      const trainerView = await execute(bed.server, BALANCE, { id: invoiceId }, await as('liam@fitflow.demo'));
      expect(trainerView.data!.invoice).toEqual({
        status: 'PAID',
        amountPaid: '113.00',
        balanceDue: '0.00',
        payments: [
          { amount: '100.00', recordedByParty: 'RECIPIENT' },
          { amount: '13.00', recordedByParty: 'RECIPIENT' },
        ],
      });
      const rows = await paymentsIn(invoiceId);
      expect(rows.map((p) => [p.recorded_by, p.recorded_by_party])).toEqual([
        [userId('studio@harbourfront.demo'), 'recipient'],
        [userId('studio@harbourfront.demo'), 'recipient'],
      ]);
      expect((await auditOf(invoiceId)).map((a) => [a.user_id, a.new_values.status])).toEqual([
        [userId('studio@harbourfront.demo'), 'partially_paid'],
        [userId('studio@harbourfront.demo'), 'paid'],
      ]);
    }
  });

  it("answers NOT_FOUND to another studio's admin, to a studio admin on a draft or a client invoice, and FORBIDDEN to the client billed; nothing is written", async () => {
    const harbourfront = await freshInvoice({ studio: 'harbourfront', status: 'sent' });
    const draft = await freshInvoice({ studio: 'harbourfront', status: 'draft' });
    const clientInvoice = await freshInvoice({ status: 'sent' });
    const kits = await as('studio@kitsflow.demo');
    const unknown = await execute(bed.server, PAY, payment(UNKNOWN_ID, '10.00'), kits);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect((await execute(bed.server, PAY, payment(harbourfront, '10.00'), kits)).errors).toEqual(unknown.errors);
    const hf = await as('studio@harbourfront.demo');
    expect(codeOf(await execute(bed.server, PAY, payment(draft, '10.00'), hf))).toBe('NOT_FOUND');
    expect(codeOf(await execute(bed.server, PAY, payment(clientInvoice, '10.00'), hf))).toBe('NOT_FOUND');
    expect(codeOf(await execute(bed.server, PAY, payment(clientInvoice, '10.00'), await as('emma.wilson@example.com')))).toBe('FORBIDDEN');
    // A studio admin may not be the one to mark it sent: that is the trainer's act.
    expect(codeOf(await execute(bed.server, SEND, { id: harbourfront }, hf))).toBe('FORBIDDEN');
    for (const id of [harbourfront, draft, clientInvoice]) {
      expect(await paymentsIn(id)).toEqual([]);
      expect(await auditOf(id)).toEqual([]);
    }
  });

  it('lets a studio admin see only the payments of invoices billed to it', async () => {
    const demo = tenant().invoices.find((i) => i.studioId === studio('harbourfront').id && i.status === 'sent')!;
    const kits = await execute(bed.server, BALANCE, { id: demo.id }, await as('studio@kitsflow.demo'));
    expect(codeOf(kits)).toBe('NOT_FOUND');
  });
});

describe('refused input', () => {
  it('answers NOT_FOUND to a trainer who cannot see the invoice, FORBIDDEN to the client, and writes nothing', async () => {
    const invoiceId = await freshInvoice({ status: 'sent' });
    for (const [email, code] of [
      ['sofia@fitflow.demo', 'NOT_FOUND'], // in Maya's team beside Liam, not above him
      ['noah@fitflow.demo', 'NOT_FOUND'],
      ['studio@harbourfront.demo', 'NOT_FOUND'], // a client invoice bills no studio
      ['emma.wilson@example.com', 'FORBIDDEN'], // the client billed reads, never changes
    ] as const) {
      expect(codeOf(await execute(bed.server, PAY, payment(invoiceId, '10.00'), await as(email))), email).toBe(code);
    }
    const unknown = await execute(bed.server, PAY, payment(randomUUID(), '10.00'), await as('sofia@fitflow.demo'));
    expect((await execute(bed.server, PAY, payment(invoiceId, '10.00'), await as('sofia@fitflow.demo'))).errors).toEqual(unknown.errors);
    expect(await paymentsIn(invoiceId)).toEqual([]);
    expect(await auditOf(invoiceId)).toEqual([]);
  });

  it('refuses a payment in the future, a CREDIT payment, or an amount that is not Money, naming the field', async () => {
    const invoiceId = await freshInvoice({ status: 'sent' });
    const auth = await as('liam@fitflow.demo');
    for (const amount of ['10.005', '1e400', 'NaN', '-Infinity', '10000000000.00', '']) {
      const refused = await execute(bed.server, PAY, payment(invoiceId, amount), auth);
      expect(refused.errors?.[0].extensions?.code, amount).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message, amount).toMatch(/^amount must be .*(dollars|decimals|string)/);
    }
    const literal = await execute(
      bed.server,
      `mutation { recordPayment(input: { invoiceId: "${invoiceId}", amount: "1e400", paymentDate: "2026-11-02", paymentMethod: CASH }) { id } }`,
      {},
      auth,
    );
    expect(literal.data ?? null).toBeNull();
    expect(literal.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^amount must be a plain decimal amount of dollars/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    for (const amount of ['0.00', '-5.00']) {
      const refused = await execute(bed.server, PAY, payment(invoiceId, amount), auth);
      expect(refused.errors?.[0], amount).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    }
    const card = await execute(bed.server, PAY, payment(invoiceId, '10.00', 'CREDIT'), auth);
    expect(card.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'paymentMethod' } });
    const future = await execute(bed.server, PAY, { input: { ...payment(invoiceId, '10.00').input, paymentDate: '2999-01-01' } }, auth);
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'paymentDate' } });
    expect(await paymentsIn(invoiceId)).toEqual([]);
    expect(await auditOf(invoiceId)).toEqual([]);
  });
});

describe('property: whatever sequence of payments the API accepts', () => {
  it('keeps payments + credit notes + balance = total, never overpays, and prints every amount with two decimals', async () => {
    const auth = await as('liam@fitflow.demo');
    const MONEY = /^\d+\.\d{2}$/;
    const cents = (c: number) => new Decimal(c).dividedBy(100).toFixed(2);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 500_00 }),
        fc.option(fc.integer({ min: 1, max: 500_00 }), { nil: null }),
        fc.array(fc.integer({ min: 1, max: 300_00 }), { minLength: 1, maxLength: 6 }),
        async (totalCents, creditCents, attempts) => {
          const total = cents(totalCents);
          const invoiceId = await freshInvoice({ status: 'sent', subtotal: total, total });
          let credited = new Decimal(0);
          if (creditCents !== null && creditCents <= totalCents) {
            credited = new Decimal(cents(creditCents));
            await freshInvoice({ credits: invoiceId, subtotal: credited.toFixed(2), total: credited.toFixed(2) });
          }
          let accepted = new Decimal(0);
          for (const attempt of attempts) {
            const result = await execute(bed.server, PAY, payment(invoiceId, cents(attempt)), auth);
            const fits = new Decimal(cents(attempt)).lte(new Decimal(total).minus(credited).minus(accepted)) && new Decimal(total).gt(credited.plus(accepted));
            expect(!result.errors, `${cents(attempt)} of ${total}`).toBe(fits);
            if (result.errors) expect(codeOf(result)).toBe('CONFLICT');
            else accepted = accepted.plus(cents(attempt));
          }
          const view = (await execute(bed.server, BALANCE, { id: invoiceId }, auth)).data!.invoice;
          for (const amount of [view.amountPaid, view.balanceDue, ...view.payments.map((p: { amount: string }) => p.amount)]) expect(amount).toMatch(MONEY);
          expect(new Decimal(view.amountPaid).plus(credited).plus(view.balanceDue).toFixed(2)).toBe(total);
          expect(view.amountPaid).toBe(accepted.toFixed(2));
          expect(view.status).toBe(
            new Decimal(view.balanceDue).isZero() ? (accepted.isZero() ? 'SENT' : 'PAID') : accepted.isZero() ? 'SENT' : 'PARTIALLY_PAID',
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});
