import { ScopedDb, type Viewer , scopeOf } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoStudio as studio, demoTenant, demoTrainer as trainer, execute, openSubgraphDatabase, quietLog, testKeyRing, testVerifier } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFinanceServer } from '../src/server.js';

/**
 * The finance subgraph's access rules: a Trainer Admin keeps the team's books, a Studio Admin reads its
 * child studios' invoices, bank numbers are sealed, every change is audited, and row-level security
 * holds when the application's own filters are bypassed.
 */

let ds: DataSource;
/** Owner connection: fixtures, and reading raw columns as an attacker with a database dump would. */
let owner: DataSource;
let server: Awaited<ReturnType<typeof buildFinanceServer>>;

beforeAll(async () => {
  ds = await openSubgraphDatabase('finance', undefined, 'app');
  owner = await openSubgraphDatabase('finance');
  server = await buildFinanceServer({ ds, verifier: await testVerifier(), log: quietLog, keyRing: testKeyRing() });
});
afterAll(async () => {
  await ds?.destroy();
  await owner?.destroy();
});

const tenant = () => demoTenant();
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;


/**
 * A fresh invoice from Liam (in Maya's team) to his client session with Emma: 100.00 + 13 % HST =
 * 113.00 CAD. Tests change only these, never the demo tenant's invoices, which other test files
 * compare exactly (they list trainers' and studios' invoices; a client invoice of Liam's shows up
 * only where they filter by demo id).
 */
async function freshInvoice(status: 'draft' | 'sent' = 'draft'): Promise<string> {
  const id = randomUUID();
  await owner.query(
    `insert into finance.invoices (id, invoice_number, trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end,
                                   subtotal, tax_details, total, status, sent_at)
     values ($1, $2, $3, $4, 'client', '2026-10-31', '2026-11-30', '2026-10-01', '2026-10-31', 100.00,
             '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "13.00"}]}', 113.00, $5::varchar, case when $5::varchar = 'sent' then now() end)`,
    [id, `TEST-${id.slice(0, 8)}`, trainer('liam').id, emma().id, status],
  );
  return id;
}

const auditOf = (recordId: string): Promise<{ action: string; table_name: string; user_id: string; old_values: any; new_values: any }[]> =>
  owner.query('select action, table_name, user_id, old_values, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);

const ADD_ACCOUNT = /* GraphQL */ `
  mutation($input: AddBankAccountInput!) { addBankAccount(input: $input) { id accountName bankName accountType isPrimary accountNumberLast4 } }`;
const ACCOUNT = { accountName: 'Liam Okafor Training', bankName: 'RBC Royal Bank', institutionNumber: '003', transitNumber: '01234', accountNumber: '0009876543', accountType: 'CHECKING' };

const BANK_ACCOUNTS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { bankAccounts { id accountNumberLast4 } } } }';
const TRAINER_INVOICES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { invoices(first: 100) { edges { node { id } } } } } }';
const STUDIO_INVOICES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Studio { invoices(first: 100) { edges { node { id } } } } } }';
const ids = (result: any, at = 0) => result.data._entities[at].invoices.edges.map((e: { node: { id: string } }) => e.node.id).sort();

describe('a Trainer Admin keeps the books of their team', () => {
  it("shows Maya her team's invoices, but Liam not Maya's", async () => {
    const liamsInvoices = tenant().invoices.filter((i) => i.trainerId === trainer('liam').id).map((i) => i.id).sort();
    expect(liamsInvoices.length).toBeGreaterThan(0);
    const maya = await execute(server, TRAINER_INVOICES, { r: [{ __typename: 'Trainer', id: trainer('liam').id }] }, await as('maya@fitflow.demo'));
    expect(maya.errors).toBeUndefined();
    expect(ids(maya)).toEqual(expect.arrayContaining(liamsInvoices));

    const liam = await execute(server, TRAINER_INVOICES, { r: [{ __typename: 'Trainer', id: trainer('maya').id }] }, await as('liam@fitflow.demo'));
    expect(ids(liam)).toEqual([]);
    const noah = await execute(server, TRAINER_INVOICES, { r: [{ __typename: 'Trainer', id: trainer('liam').id }] }, await as('noah@fitflow.demo'));
    expect(ids(noah)).toEqual([]);
  });

  it("shows Maya the last four digits of Liam's new account, but only Liam may deactivate it", async () => {
    const added = await execute(server, ADD_ACCOUNT, { input: ACCOUNT }, await as('liam@fitflow.demo'));
    expect(added.errors).toBeUndefined();
    const account = added.data!.addBankAccount;
    const r = [{ __typename: 'Trainer', id: trainer('liam').id }];

    const maya = await execute(server, BANK_ACCOUNTS, { r }, await as('maya@fitflow.demo'));
    expect(maya.data!._entities[0].bankAccounts).toContainEqual({ id: account.id, accountNumberLast4: '6543' });
    const noah = await execute(server, BANK_ACCOUNTS, { r }, await as('noah@fitflow.demo'));
    expect(noah.data!._entities[0].bankAccounts).toEqual([]);
    const studioAdmin = await execute(server, BANK_ACCOUNTS, { r }, await as('studio@harbourfront.demo'));
    expect(codeOf(studioAdmin)).toBe('FORBIDDEN');

    const deactivate = 'mutation($id: ID!) { deactivateBankAccount(id: $id) { id isPrimary } }';
    expect(codeOf(await execute(server, deactivate, { id: account.id }, await as('maya@fitflow.demo')))).toBe('FORBIDDEN');
    expect(codeOf(await execute(server, deactivate, { id: account.id }, await as('noah@fitflow.demo')))).toBe('NOT_FOUND');
    const own = await execute(server, deactivate, { id: account.id }, await as('liam@fitflow.demo'));
    expect(own.errors).toBeUndefined();
    expect((await execute(server, BANK_ACCOUNTS, { r }, await as('liam@fitflow.demo'))).data!._entities[0].bankAccounts).not.toContainEqual(
      expect.objectContaining({ id: account.id }),
    );
    expect((await auditOf(account.id)).map((a) => [a.action, a.old_values?.status ?? null, a.new_values.status])).toEqual([
      ['create', null, 'active'],
      ['update', 'active', 'inactive'],
    ]);
  });
});

describe('a Studio Admin reads the invoices of their studio and its child studios, once sent', () => {
  it('shows Harbourfront the sent invoices addressed to Midtown, and Kitsilano none of them', async () => {
    const midtown = tenant().invoices.filter((i) => i.studioId === studio('midtown').id && i.status === 'sent').map((i) => i.id).sort();
    expect(midtown.length, 'the demo tenant bills Midtown every month').toBeGreaterThan(0);
    expect(tenant().invoices.some((i) => i.studioId === studio('midtown').id && i.status === 'draft'), 'and has a Midtown draft').toBe(true);
    const r = [{ __typename: 'Studio', id: studio('midtown').id }];
    expect(ids(await execute(server, STUDIO_INVOICES, { r }, await as('studio@harbourfront.demo')))).toEqual(midtown);
    expect(ids(await execute(server, STUDIO_INVOICES, { r }, await as('studio@kitsflow.demo')))).toEqual([]);
    const byId = await execute(server, 'query($id: ID!) { invoice(id: $id) { id } }', { id: midtown[0] }, await as('studio@kitsflow.demo'));
    expect(codeOf(byId)).toBe('NOT_FOUND');
  });
});

describe('bank account numbers are sealed', () => {
  it('stores no number in clear, keeps the last four digits for display, and opens only with the key', async () => {
    const added = await execute(server, ADD_ACCOUNT, { input: { ...ACCOUNT, accountNumber: '1234567890', makePrimary: false } }, await as('noah@fitflow.demo'));
    expect(added.errors).toBeUndefined();
    expect(added.data!.addBankAccount).toMatchObject({ accountNumberLast4: '7890', isPrimary: false });
    const id = added.data!.addBankAccount.id;

    const [raw] = await owner.query('select * from finance.bank_accounts where id = $1', [id]);
    const stored = JSON.stringify(raw);
    for (const secret of ['1234567890', '01234', '"003"']) expect(stored).not.toContain(secret);
    expect(raw.account_number).toMatch(/^v1:bank:trainer:/);
    expect(raw.account_number_last4).toBe('7890');

    const opened = await owner.transaction(async (em) => {
      const sealer = await server.keys.bankAccount(em, trainer('noah').id, id);
      return [sealer.openText('account_number', raw.account_number), sealer.openText('transit_number', raw.transit_number), sealer.openText('institution_number', raw.institution_number)];
    });
    expect(opened).toEqual(['1234567890', '01234', '003']);

    const [audit] = await auditOf(id);
    expect(audit).toMatchObject({ action: 'create', table_name: 'bank_accounts', new_values: { accountNumberLast4: '7890', isPrimary: false } });
    expect(JSON.stringify(audit)).not.toMatch(/1234567890|01234/);
  });

  it('rejects malformed numbers, naming the field, and writes nothing', async () => {
    const [{ count: before }] = await owner.query('select count(*)::int as count from finance.bank_accounts');
    for (const [field, value] of [['transitNumber', '12'], ['institutionNumber', 'RBC'], ['accountNumber', '12-34']] as const) {
      const result = await execute(server, ADD_ACCOUNT, { input: { ...ACCOUNT, [field]: value } }, await as('liam@fitflow.demo'));
      expect(codeOf(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain(field);
    }
    const other = await execute(server, ADD_ACCOUNT, { input: { ...ACCOUNT, trainerId: trainer('liam').id } }, await as('maya@fitflow.demo'));
    expect(codeOf(other)).toBe('FORBIDDEN');
    const [{ count: after }] = await owner.query('select count(*)::int as count from finance.bank_accounts');
    expect(after).toBe(before);
  });
});

describe('sending an invoice and recording its payments', () => {
  const SEND = 'mutation($id: ID!) { markInvoiceSent(id: $id) { id status sentAt } }';
  const PAY = 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id status paidAt amountPaid balanceDue payments { amount paymentMethod referenceNumber } } }';
  const payment = (invoiceId: string, amount: string) => ({ input: { invoiceId, amount, paymentDate: '2026-11-02', paymentMethod: 'E_TRANSFER', referenceNumber: `ET-${amount}` } });

  it("lets Maya send her team's invoice and settle it in two payments, each step audited; the client sees it once sent", async () => {
    const invoiceId = await freshInvoice();
    expect(codeOf(await execute(server, PAY, payment(invoiceId, '13.00'), await as('maya@fitflow.demo')))).toBe('CONFLICT');
    const CLIENT_VIEW = 'query($id: ID!) { invoice(id: $id) { status payments { amount } } }';
    // A draft is Liam's work in progress: Emma, whom it bills, is told it does not exist.
    const unknown = await execute(server, CLIENT_VIEW, { id: randomUUID() }, await as('emma.wilson@example.com'));
    expect((await execute(server, CLIENT_VIEW, { id: invoiceId }, await as('emma.wilson@example.com'))).errors).toEqual(unknown.errors);

    const sent = await execute(server, SEND, { id: invoiceId }, await as('maya@fitflow.demo'));
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.markInvoiceSent).toMatchObject({ id: invoiceId, status: 'SENT', sentAt: expect.anything() });
    expect(codeOf(await execute(server, SEND, { id: invoiceId }, await as('liam@fitflow.demo')))).toBe('CONFLICT');

    const over = await execute(server, PAY, payment(invoiceId, '113.01'), await as('liam@fitflow.demo'));
    expect(over.errors?.[0]).toMatchObject({ message: 'amount exceeds the balance due of 113.00 CAD.', extensions: { code: 'BAD_USER_INPUT' } });
    const part = await execute(server, PAY, payment(invoiceId, '13.00'), await as('liam@fitflow.demo'));
    expect(part.errors).toBeUndefined();
    expect(part.data!.recordPayment).toMatchObject({ status: 'SENT', paidAt: null, amountPaid: '13.00', balanceDue: '100.00' });
    const rest = await execute(server, PAY, payment(invoiceId, '100.00'), await as('maya@fitflow.demo'));
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.recordPayment).toMatchObject({ status: 'PAID', paidAt: expect.anything(), amountPaid: '113.00', balanceDue: '0.00' });
    expect(codeOf(await execute(server, PAY, payment(invoiceId, '1.00'), await as('maya@fitflow.demo')))).toBe('CONFLICT');

    // The client billed sees the payments.
    const clientView = await execute(server, CLIENT_VIEW, { id: invoiceId }, await as('emma.wilson@example.com'));
    expect(clientView.data!.invoice).toEqual({ status: 'PAID', payments: [{ amount: '13.00' }, { amount: '100.00' }] });

    const invoiceAudit = await auditOf(invoiceId);
    expect(invoiceAudit.map((a) => [a.action, a.old_values.status, a.new_values.status])).toEqual([
      ['update', 'draft', 'sent'],
      ['update', 'sent', 'paid'],
    ]);
    const payments: { id: string }[] = await owner.query('select id from finance.payments where invoice_id = $1 order by amount', [invoiceId]);
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
      expect(codeOf(await execute(server, SEND, { id: invoiceId }, await as(email))), email).toBe(code);
      expect(codeOf(await execute(server, PAY, payment(invoiceId, '10.00'), await as(email))), email).toBe(code);
    }
    // Liam's invoice is unknown to Sofia, exactly like a made-up id.
    const unknown = await execute(server, SEND, { id: randomUUID() }, await as('sofia@fitflow.demo'));
    expect((await execute(server, SEND, { id: invoiceId }, await as('sofia@fitflow.demo'))).errors).toEqual(unknown.errors);
    expect(await owner.query('select id from finance.payments where invoice_id = $1', [invoiceId])).toEqual([]);
    expect(await auditOf(invoiceId)).toEqual([]);

    // A studio reads the invoices addressed to it, but sending them is the trainer's.
    const demo = tenant().invoices.find((i) => i.studioId === studio('harbourfront').id && i.status === 'sent')!;
    expect(codeOf(await execute(server, SEND, { id: demo.id }, await as('studio@harbourfront.demo')))).toBe('FORBIDDEN');
    expect(await auditOf(demo.id)).toEqual([]);
  });

  it('refuses a payment in the future, or an amount that is not Money (fractions of a cent, exponents, NaN, out of range), naming the field', async () => {
    const invoiceId = await freshInvoice('sent');
    const auth = await as('liam@fitflow.demo');
    for (const amount of ['10.005', '1e400', 'NaN', '-Infinity', '10000000000.00', '']) {
      const refused = await execute(server, PAY, payment(invoiceId, amount), auth);
      expect(refused.errors?.[0].extensions?.code, amount).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message, amount).toMatch(/^amount must be .*(dollars|decimals|string)/);
    }
    const literal = await execute(server, `mutation { recordPayment(input: { invoiceId: "${invoiceId}", amount: "1e400", paymentDate: "2026-11-02", paymentMethod: CASH }) { id } }`, {}, auth);
    expect(literal.data ?? null).toBeNull();
    expect(literal.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^amount must be a plain decimal amount of dollars/), extensions: { code: 'BAD_USER_INPUT' } });
    const zero = await execute(server, PAY, payment(invoiceId, '0.00'), auth);
    expect(zero.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    const future = await execute(server, PAY, { input: { ...payment(invoiceId, '10.00').input, paymentDate: '2999-01-01' } }, auth);
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'paymentDate' } });
    expect(await owner.query('select id from finance.payments where invoice_id = $1', [invoiceId])).toEqual([]);
  });
});

describe('the third wall: row-level security on the runtime role', () => {
  const viewer = (roles: Viewer['roles']): Viewer => ({ userId: randomUUID(), roles });
  const invoiceIds = (v: Viewer | null) =>
    new ScopedDb(ds, scopeOf(v)).run(async (em) => ((await em.query('select id from finance.invoices')) as { id: string }[]).map((r) => r.id).sort());
  const demoIds = (match: (i: ReturnType<typeof tenant>['invoices'][number]) => boolean) => tenant().invoices.filter(match).map((i) => i.id);

  it('shows each caller only their rows even when a query carries no filter at all', async () => {
    expect(await invoiceIds(null)).toEqual([]);
    const liam = await invoiceIds(viewer([{ role: 'trainer', scopeId: trainer('liam').id }]));
    expect(liam).toEqual(expect.arrayContaining(demoIds((i) => i.trainerId === trainer('liam').id)));
    expect(liam.filter((id) => demoIds((i) => i.trainerId !== trainer('liam').id).includes(id))).toEqual([]);

    const maya = await invoiceIds(viewer([{ role: 'trainer', scopeId: trainer('maya').id }, { role: 'trainer_admin', scopeId: trainer('maya').id }]));
    expect(maya).toEqual(expect.arrayContaining(demoIds((i) => [trainer('maya').id, trainer('liam').id, trainer('sofia').id].includes(i.trainerId))));
    expect(maya).not.toEqual(expect.arrayContaining(demoIds((i) => i.trainerId === trainer('noah').id)));

    const harbourfront = await invoiceIds(viewer([{ role: 'studio_admin', scopeId: studio('harbourfront').id }]));
    expect(harbourfront).toEqual(expect.arrayContaining(demoIds((i) => i.studioId === studio('midtown').id && i.status === 'sent')));
    expect(harbourfront.filter((id) => demoIds((i) => i.studioId === studio('kits').id).includes(id))).toEqual([]);
    // Drafts are the trainer's work in progress: no row of theirs reaches the studio billed, nor its items.
    const drafts = demoIds((i) => i.status === 'draft' && [studio('harbourfront').id, studio('midtown').id].includes(i.studioId));
    expect(drafts.length).toBeGreaterThan(0);
    expect(harbourfront.filter((id) => drafts.includes(id))).toEqual([]);
    const draftItems = await new ScopedDb(ds, scopeOf(viewer([{ role: 'studio_admin', scopeId: studio('harbourfront').id }]))).run((em) =>
      em.query('select id from finance.invoice_items where invoice_id = any($1::uuid[])', [drafts]),
    );
    expect(draftItems).toEqual([]);
  });

  it("refuses to write another trainer's books, and to rewrite or erase the audit log", async () => {
    const liam = viewer([{ role: 'trainer', scopeId: trainer('liam').id }]);
    const mayas = tenant().invoices.find((i) => i.trainerId === trainer('maya').id)!;
    const updated = await new ScopedDb(ds, scopeOf(liam)).run((em) => em.query("update finance.invoices set notes = 'mine now' where id = $1", [mayas.id]));
    expect(updated[1]).toBe(0);
    await expect(
      new ScopedDb(ds, scopeOf(liam)).run((em) =>
        em.query("insert into finance.bank_accounts (trainer_id, account_name, bank_name) values ($1, 'x', 'y')", [trainer('maya').id]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(ds.query("update finance.audit_log set reason = 'edited'")).rejects.toThrow(/permission denied/);
    await expect(ds.query('delete from finance.audit_log')).rejects.toThrow(/permission denied/);
  });
});
