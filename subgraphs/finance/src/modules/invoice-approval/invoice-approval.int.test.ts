import { demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, execute, UNKNOWN_ID } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const bed = useFinanceTestBed();
/** A due date a month from now: the invoices here are not overdue (OVERDUE is derived on read). */
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const userId = (email: string) => demoTenant().users.find((u) => u.email === email)!.id;
const approvalOf = async (id: string): Promise<{ approved_at: Date | null; approved_by: string | null }> =>
  (await bed.owner.query('select approved_at, approved_by from finance.invoices where id = $1', [id]))[0];
const auditOf = (recordId: string): Promise<{ user_id: string; new_values: any }[]> =>
  bed.owner.query('select user_id, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);

/** Invoices this file made: removed afterwards (other files list a studio's invoices exactly as the demo tenant billed them). */
const made: string[] = [];
afterAll(async () => {
  await bed.owner.query('delete from finance.invoices where credited_invoice_id = any($1::uuid[])', [made]);
  await bed.owner.query('delete from finance.invoices where id = any($1::uuid[])', [made]);
});

/** A fresh invoice of Liam's (in Maya's team) to a demo studio, 113.00 CAD, as issueInvoice would leave it (written by the owner connection). */
async function freshStudioInvoice(studioKey: string, status: 'draft' | 'issued' | 'sent' | 'void' = 'sent', credits?: string): Promise<string> {
  const id = randomUUID();
  await bed.owner.query(
    `insert into finance.invoices (id, invoice_number, trainer_id, studio_id, invoice_type, document_type, credited_invoice_id, invoice_date, due_date,
                                   period_start, period_end, subtotal, tax_details, total, status, issued_at, sent_at, voided_at, time_zone, place_of_supply)
     values ($1, $2, $3, $4, 'studio', $5, $6, '2026-10-31', $8, '2026-10-01', '2026-10-31', 100.00,
             '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "13.00"}]}', 113.00, $7::varchar,
             case when $7::varchar <> 'draft' then now() end, case when $7::varchar = 'sent' then now() end,
             case when $7::varchar = 'void' then now() end, 'America/Toronto', 'ON')`,
    [
      id,
      status === 'draft' ? null : `TEST-${id.slice(0, 8)}`,
      trainer('liam').id,
      studio(studioKey).id,
      credits ? 'credit_note' : 'invoice',
      credits ?? null,
      status,
      IN_A_MONTH,
    ],
  );
  made.push(id);
  return id;
}

const APPROVE = 'mutation($id: ID!) { approveInvoice(id: $id) { id status approvedAt approvedBy } }';
const VIEW = 'query($id: ID!) { invoice(id: $id) { status approvedAt approvedBy } }';

describe('the studio billed approves an invoice it received', () => {
  it('lets the Harbourfront admin approve an invoice to Harbourfront and one to its Midtown location, once each, audited; the trainer sees it', async () => {
    const admin = 'studio@harbourfront.demo';
    for (const location of ['harbourfront', 'midtown']) {
      const id = await freshStudioInvoice(location);
      const approved = await execute(bed.server, APPROVE, { id }, await as(admin));
      expect(approved.errors, location).toBeUndefined();
      expect(approved.data!.approveInvoice).toEqual({ id, status: 'SENT', approvedAt: expect.any(Date), approvedBy: userId(admin) });
      expect(await approvalOf(id)).toEqual({ approved_at: expect.any(Date), approved_by: userId(admin) });
      expect((await auditOf(id)).map((a) => [a.user_id, a.new_values.approvedBy])).toEqual([[userId(admin), userId(admin)]]);

      const again = await execute(bed.server, APPROVE, { id }, await as(admin));
      expect(again.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^This invoice was already approved/), extensions: { code: 'CONFLICT' } });
      expect(await auditOf(id)).toHaveLength(1);

      const trainerView = await execute(bed.server, VIEW, { id }, await as('liam@fitflow.demo'));
      expect(trainerView.data!.invoice).toEqual({ status: 'SENT', approvedAt: expect.any(Date), approvedBy: userId(admin) });
    }
  });

  it('approves an issued invoice not yet sent, and a paid one; shows null until approved', async () => {
    const issued = await freshStudioInvoice('harbourfront', 'issued');
    expect((await execute(bed.server, VIEW, { id: issued }, await as('liam@fitflow.demo'))).data!.invoice).toEqual({
      status: 'ISSUED',
      approvedAt: null,
      approvedBy: null,
    });
    expect((await execute(bed.server, APPROVE, { id: issued }, await as('studio@harbourfront.demo'))).errors).toBeUndefined();
    const paid = await freshStudioInvoice('harbourfront');
    await bed.owner.query(`update finance.invoices set status = 'paid', paid_at = now() where id = $1`, [paid]);
    expect((await execute(bed.server, APPROVE, { id: paid }, await as('studio@harbourfront.demo'))).data!.approveInvoice.status).toBe('PAID');
  });

  it('answers CONFLICT for a void invoice and a credit note', async () => {
    const auth = await as('studio@harbourfront.demo');
    const voided = await freshStudioInvoice('harbourfront', 'void');
    expect((await execute(bed.server, APPROVE, { id: voided }, auth)).errors?.[0]).toMatchObject({
      message: 'This invoice is void: there is nothing to approve.',
      extensions: { code: 'CONFLICT' },
    });
    const creditNote = await freshStudioInvoice('harbourfront', 'issued', await freshStudioInvoice('harbourfront'));
    expect(codeOf(await execute(bed.server, APPROVE, { id: creditNote }, auth))).toBe('CONFLICT');
    for (const id of [voided, creditNote]) {
      expect(await approvalOf(id)).toEqual({ approved_at: null, approved_by: null });
      expect(await auditOf(id)).toEqual([]);
    }
  });

  it('answers NOT_FOUND, exactly as for an unknown id, for a draft and for another studio’s invoice; FORBIDDEN to anyone but a studio admin', async () => {
    const draft = await freshStudioInvoice('harbourfront', 'draft');
    const kitsInvoice = await freshStudioInvoice('kits');
    const harbourfrontInvoice = await freshStudioInvoice('harbourfront');
    const hf = await as('studio@harbourfront.demo');
    const unknown = await execute(bed.server, APPROVE, { id: UNKNOWN_ID }, hf);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect((await execute(bed.server, APPROVE, { id: draft }, hf)).errors).toEqual(unknown.errors);
    expect((await execute(bed.server, APPROVE, { id: kitsInvoice }, hf)).errors).toEqual(unknown.errors);
    expect((await execute(bed.server, APPROVE, { id: harbourfrontInvoice }, await as('studio@kitsflow.demo'))).errors).toEqual(unknown.errors);
    for (const email of ['liam@fitflow.demo', 'maya@fitflow.demo', 'admin@fitflow.demo', 'emma.wilson@example.com']) {
      expect(codeOf(await execute(bed.server, APPROVE, { id: harbourfrontInvoice }, await as(email))), email).toBe('FORBIDDEN');
    }
    expect(codeOf(await execute(bed.server, APPROVE, { id: harbourfrontInvoice }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await execute(bed.server, APPROVE, { id: 'not-an-id' }, hf))).toBe('BAD_USER_INPUT');
    for (const id of [draft, kitsInvoice, harbourfrontInvoice]) {
      expect(await approvalOf(id)).toEqual({ approved_at: null, approved_by: null });
      expect(await auditOf(id)).toEqual([]);
    }
  });
});
