import { demoAuth, demoEmma as emma, demoStudio as studio, demoTenant, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const bed = useFinanceTestBed();
const tenant = () => demoTenant();
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const auditOf = (recordId: string): Promise<{ action: string; table_name: string; user_id: string; old_values: any; new_values: any }[]> =>
  bed.owner.query('select action, table_name, user_id, old_values, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);

/**
 * A fresh invoice from Liam (in Maya's team) to his client session with Emma: 100.00 + 13 % HST =
 * 113.00 CAD. Tests change only these, never the demo tenant's invoices, which other test files
 * compare exactly (they list trainers' and studios' invoices; a client invoice of Liam's shows up
 * only where they filter by demo id).
 */
async function freshInvoice(status: 'draft' | 'issued' | 'sent' = 'draft'): Promise<string> {
  const id = randomUUID();
  await bed.owner.query(
    `insert into finance.invoices (id, invoice_number, trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end,
                                   subtotal, tax_details, total, status, issued_at, sent_at, time_zone)
     values ($1, $2, $3, $4, 'client', '2026-10-31', '2026-11-30', '2026-10-01', '2026-10-31', 100.00,
             '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "13.00"}]}', 113.00, $5::varchar,
             case when $5::varchar <> 'draft' then now() end, case when $5::varchar = 'sent' then now() end, 'America/Toronto')`,
    [id, status === 'draft' ? null : `TEST-${id.slice(0, 8)}`, trainer('liam').id, emma().id, status],
  );
  return id;
}

describe('sending an invoice and recording its payments', () => {
  const SEND = 'mutation($id: ID!) { markInvoiceSent(id: $id) { id status sentAt } }';
  const PAY =
    'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id status paidAt amountPaid balanceDue payments { amount paymentMethod referenceNumber } } }';
  const payment = (invoiceId: string, amount: string) => ({
    input: { invoiceId, amount, paymentDate: '2026-11-02', paymentMethod: 'E_TRANSFER', referenceNumber: `ET-${amount}` },
  });

  it("lets Maya send her team's invoice and settle it in two payments, each step audited; the client sees it once sent", async () => {
    const invoiceId = await freshInvoice();
    expect(codeOf(await execute(bed.server, PAY, payment(invoiceId, '13.00'), await as('maya@fitflow.demo')))).toBe('CONFLICT');
    const CLIENT_VIEW = 'query($id: ID!) { invoice(id: $id) { status payments { amount } } }';
    // A draft is Liam's work in progress: Emma, whom it bills, is told it does not exist.
    const unknown = await execute(bed.server, CLIENT_VIEW, { id: randomUUID() }, await as('emma.wilson@example.com'));
    expect((await execute(bed.server, CLIENT_VIEW, { id: invoiceId }, await as('emma.wilson@example.com'))).errors).toEqual(unknown.errors);
    await bed.owner.query(`update finance.invoices set status = 'issued', invoice_number = $2, issued_at = now() where id = $1`, [
      invoiceId,
      `TEST-${invoiceId.slice(0, 8)}`,
    ]);

    const sent = await execute(bed.server, SEND, { id: invoiceId }, await as('maya@fitflow.demo'));
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.markInvoiceSent).toMatchObject({ id: invoiceId, status: 'SENT', sentAt: expect.anything() });
    expect(codeOf(await execute(bed.server, SEND, { id: invoiceId }, await as('liam@fitflow.demo')))).toBe('CONFLICT');

    const over = await execute(bed.server, PAY, payment(invoiceId, '113.01'), await as('liam@fitflow.demo'));
    expect(over.errors?.[0]).toMatchObject({ message: 'amount exceeds the balance due of 113.00 CAD.', extensions: { code: 'BAD_USER_INPUT' } });
    const part = await execute(bed.server, PAY, payment(invoiceId, '13.00'), await as('liam@fitflow.demo'));
    expect(part.errors).toBeUndefined();
    expect(part.data!.recordPayment).toMatchObject({ status: 'SENT', paidAt: null, amountPaid: '13.00', balanceDue: '100.00' });
    const rest = await execute(bed.server, PAY, payment(invoiceId, '100.00'), await as('maya@fitflow.demo'));
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.recordPayment).toMatchObject({ status: 'PAID', paidAt: expect.anything(), amountPaid: '113.00', balanceDue: '0.00' });
    expect(codeOf(await execute(bed.server, PAY, payment(invoiceId, '1.00'), await as('maya@fitflow.demo')))).toBe('CONFLICT');

    // The client billed sees the payments.
    const clientView = await execute(bed.server, CLIENT_VIEW, { id: invoiceId }, await as('emma.wilson@example.com'));
    expect(clientView.data!.invoice).toEqual({ status: 'PAID', payments: [{ amount: '13.00' }, { amount: '100.00' }] });

    const invoiceAudit = await auditOf(invoiceId);
    expect(invoiceAudit.map((a) => [a.action, a.old_values.status, a.new_values.status])).toEqual([
      ['update', 'issued', 'sent'],
      ['update', 'sent', 'paid'],
    ]);
    const payments: { id: string }[] = await bed.owner.query('select id from finance.payments where invoice_id = $1 order by amount', [invoiceId]);
    expect(payments).toHaveLength(2);
    for (const p of payments) expect((await auditOf(p.id)).map((a) => [a.action, a.table_name])).toEqual([['create', 'payments']]);
  });

  it('answers NOT_FOUND to a trainer who cannot see the invoice, FORBIDDEN to studios and clients, and writes nothing', async () => {
    const invoiceId = await freshInvoice('sent');
    for (const [email, code] of [
      ['sofia@fitflow.demo', 'NOT_FOUND'], // in Maya's team beside Liam, not above him
      ['noah@fitflow.demo', 'NOT_FOUND'],
      ['studio@harbourfront.demo', 'FORBIDDEN'], // keeping books is never a studio's operation
      ['emma.wilson@example.com', 'FORBIDDEN'], // the client billed reads, never changes
    ] as const) {
      expect(codeOf(await execute(bed.server, SEND, { id: invoiceId }, await as(email))), email).toBe(code);
      expect(codeOf(await execute(bed.server, PAY, payment(invoiceId, '10.00'), await as(email))), email).toBe(code);
    }
    // Liam's invoice is unknown to Sofia, exactly like a made-up id.
    const unknown = await execute(bed.server, SEND, { id: randomUUID() }, await as('sofia@fitflow.demo'));
    expect((await execute(bed.server, SEND, { id: invoiceId }, await as('sofia@fitflow.demo'))).errors).toEqual(unknown.errors);
    expect(await bed.owner.query('select id from finance.payments where invoice_id = $1', [invoiceId])).toEqual([]);
    expect(await auditOf(invoiceId)).toEqual([]);

    // A studio reads the invoices addressed to it, but sending them is the trainer's.
    const demo = tenant().invoices.find((i) => i.studioId === studio('harbourfront').id && i.status === 'sent')!;
    expect(codeOf(await execute(bed.server, SEND, { id: demo.id }, await as('studio@harbourfront.demo')))).toBe('FORBIDDEN');
    expect(await auditOf(demo.id)).toEqual([]);
  });

  it('refuses a payment in the future, or an amount that is not Money (fractions of a cent, exponents, NaN, out of range), naming the field', async () => {
    const invoiceId = await freshInvoice('sent');
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
    const zero = await execute(bed.server, PAY, payment(invoiceId, '0.00'), auth);
    expect(zero.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    const future = await execute(bed.server, PAY, { input: { ...payment(invoiceId, '10.00').input, paymentDate: '2999-01-01' } }, auth);
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'paymentDate' } });
    expect(await bed.owner.query('select id from finance.payments where invoice_id = $1', [invoiceId])).toEqual([]);
  });
});
