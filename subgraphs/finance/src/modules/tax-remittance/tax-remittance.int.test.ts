import { Decimal, QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTrainer as trainer, execute, tokenFor, UNKNOWN_ID } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const counter = new QueryCounter();
const bed = useFinanceTestBed(counter);
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

/** A trainer no other test knows, signed in as themself: their books start empty. */
async function freshTrainer() {
  const id = randomUUID();
  return { id, auth: await tokenFor(randomUUID(), [{ role: 'trainer', scopeId: id }]) };
}

interface Tax {
  tax: 'GST' | 'HST' | 'QST' | 'PST' | 'RST';
  jurisdiction: string;
  rate: string;
  base: string;
  amount: string;
}
const gst = (base: string, amount: string): Tax => ({ tax: 'GST', jurisdiction: 'CA', rate: '0.05', base, amount });
const hst = (base: string, amount: string): Tax => ({ tax: 'HST', jurisdiction: 'ON', rate: '0.13', base, amount });

/**
 * An invoice (or credit note) of `trainerId` in the shape issuing stores it (migration
 * 1733700000000): written as a draft with its line, then issued — the trigger refuses lines on an
 * issued invoice — and moved on to `status`. Amounts are CAD strings; every tax line carries its
 * jurisdiction, rate, base and amount.
 */
async function invoice(
  trainerId: string,
  o: {
    date: string;
    place: string;
    subtotal: string;
    taxes?: Tax[];
    status?: 'draft' | 'issued' | 'sent' | 'paid' | 'void';
    credits?: string;
    supplier?: Record<string, unknown>;
  },
): Promise<string> {
  const id = randomUUID();
  const taxes = o.taxes ?? [];
  const total = taxes.reduce((sum, t) => sum.plus(t.amount), new Decimal(o.subtotal)).toFixed(2);
  await bed.owner.query(
    `insert into finance.invoices (id, trainer_id, studio_id, invoice_type, document_type, credited_invoice_id, invoice_date, due_date,
                                   period_start, period_end, subtotal, tax_details, total, status, place_of_supply, time_zone)
     values ($1, $2, $3, 'studio', $4, $5, $6::date, $6::date + 30, $6::date - 30, $6::date - 1, $7, $8, $9, 'draft', $10, 'America/Toronto')`,
    [
      id,
      trainerId,
      randomUUID(),
      o.credits ? 'credit_note' : 'invoice',
      o.credits ?? null,
      o.date,
      o.subtotal,
      JSON.stringify({ placeOfSupply: o.place, taxPoint: o.date, lines: taxes, notices: [] }),
      total,
      o.place,
    ],
  );
  await bed.owner.query(
    `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount, kind) values ($1, 0, 'Group class', 1, $2, $2, 'service')`,
    [id, o.subtotal],
  );
  const status = o.status ?? 'issued';
  if (status === 'draft') return id;
  await bed.owner.query(`update finance.invoices set status = 'issued', invoice_number = $2, issued_at = now(), supplier = $3 where id = $1`, [
    id,
    `T-${id.slice(0, 8)}`,
    JSON.stringify(o.supplier ?? { name: 'Test Trainer', gstHstNumber: '812345678 RT0001' }),
  ]);
  if (status === 'sent') await bed.owner.query(`update finance.invoices set status = 'sent', sent_at = now() where id = $1`, [id]);
  if (status === 'paid') await bed.owner.query(`update finance.invoices set status = 'paid', sent_at = now(), paid_at = now() where id = $1`, [id]);
  if (status === 'void')
    await bed.owner.query(`update finance.invoices set status = 'void', voided_at = now(), void_reason = 'Billed twice' where id = $1`, [id]);
  return id;
}

const RECORD = 'mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }';
async function spent(auth: string, input: Record<string, unknown>) {
  const result = await execute(bed.server, RECORD, { input: { vendor: 'Fitness Depot', description: 'Equipment', category: 'EQUIPMENT', ...input } }, auth);
  expect(result.errors).toBeUndefined();
}

const RETURN_FIELDS = `{ kind jurisdiction authority form registered registrationNumber netTax lines { line description amount } }`;
const TAX_RETURN = `query($periodStart: LocalDate!, $periodEnd: LocalDate!, $trainerId: ID) {
  taxReturn(periodStart: $periodStart, periodEnd: $periodEnd, trainerId: $trainerId) {
    trainer { id } periodStart periodEnd currency invoiceCount creditNoteCount expenseCount notices { code message }
    gstHst ${RETURN_FIELDS} qst ${RETURN_FIELDS} provincialSalesTaxes ${RETURN_FIELDS} } }`;
const Q1 = { periodStart: '2025-01-01', periodEnd: '2025-03-31' };
/** A return's lines as `{ line: amount }`, the way a person reads a worksheet. */
const linesOf = (r: { lines: { line: string; amount: string }[] } | null) => r && Object.fromEntries(r.lines.map((l) => [l.line, l.amount]));

/**
 * Q1 2025 of a trainer registered for GST/HST and QST: Ontario invoices with 13 % HST (issued, sent),
 * a British Columbia invoice with 5 % GST and 7 % PST on its 100.00 of goods (paid), a Québec invoice
 * with 5 % GST and 9.975 % QST, a credit note crediting 100.00 + 13.00 HST of an Ontario invoice —
 * and what must NOT count: a void invoice, a draft, an invoice dated the day after the quarter, a
 * non-eligible expense and an expense of the next quarter.
 */
async function quarterOf(me: { id: string; auth: string }) {
  const supplier = { name: 'Test Trainer', gstHstNumber: '812345678 RT0001', qstNumber: '1234567890 TQ0001' };
  await invoice(me.id, { date: '2025-01-31', place: 'ON', subtotal: '1000.00', taxes: [hst('1000.00', '130.00')], supplier });
  const credited = await invoice(me.id, { date: '2025-02-28', place: 'ON', subtotal: '500.00', taxes: [hst('500.00', '65.00')], status: 'sent', supplier });
  await invoice(me.id, {
    date: '2025-02-15',
    place: 'BC',
    subtotal: '300.00',
    taxes: [gst('300.00', '15.00'), { tax: 'PST', jurisdiction: 'BC', rate: '0.07', base: '100.00', amount: '7.00' }],
    status: 'paid',
    supplier,
  });
  await invoice(me.id, {
    date: '2025-03-31',
    place: 'QC',
    subtotal: '400.00',
    taxes: [gst('400.00', '20.00'), { tax: 'QST', jurisdiction: 'QC', rate: '0.09975', base: '400.00', amount: '39.90' }],
    supplier,
  });
  await invoice(me.id, { date: '2025-03-10', place: 'ON', subtotal: '100.00', taxes: [hst('100.00', '13.00')], credits: credited, supplier });
  await invoice(me.id, { date: '2025-03-01', place: 'ON', subtotal: '999.00', taxes: [hst('999.00', '129.87')], status: 'void', supplier });
  await invoice(me.id, { date: '2025-03-02', place: 'ON', subtotal: '777.00', taxes: [hst('777.00', '101.01')], status: 'draft' });
  await invoice(me.id, { date: '2025-04-01', place: 'ON', subtotal: '50.00', taxes: [hst('50.00', '6.50')], supplier });
  await spent(me.auth, { expenseDate: '2025-02-01', amountBeforeTax: '200.00', gstHstPaid: '26.00', province: 'ON' });
  await spent(me.auth, { expenseDate: '2025-03-01', amountBeforeTax: '100.00', gstHstPaid: '5.00', qstPaid: '9.98', province: 'QC' });
  await spent(me.auth, { expenseDate: '2025-03-15', amountBeforeTax: '100.00', gstHstPaid: '13.00', province: 'ON', itcEligible: false });
  await spent(me.auth, { expenseDate: '2025-04-02', amountBeforeTax: '400.00', gstHstPaid: '52.00', province: 'ON' });
}

describe("a quarter's sales-tax worksheet", () => {
  it('computes the GST/HST return, the QST return and BC PST from issued invoices, credit notes and expenses of the period only', async () => {
    const me = await freshTrainer();
    await quarterOf(me);
    const result = await execute(bed.server, TAX_RETURN, Q1, me.auth);
    expect(result.errors).toBeUndefined();
    const sheet = result.data!.taxReturn;
    expect(sheet).toMatchObject({ trainer: { id: me.id }, ...Q1, currency: 'CAD', invoiceCount: 4, creditNoteCount: 1, expenseCount: 3 });
    expect(linesOf(sheet.gstHst)).toEqual({
      '101': '2100.00',
      '103': '230.00',
      '104': '0.00',
      '105': '230.00',
      '106': '31.00',
      '107': '13.00',
      '108': '44.00',
      '109': '186.00',
    });
    expect(sheet.gstHst).toMatchObject({
      kind: 'GST_HST',
      jurisdiction: 'CA',
      form: 'GST34, GST/HST Return for Registrants',
      registered: true,
      registrationNumber: '812345678 RT0001',
      netTax: '186.00',
    });
    expect(sheet.gstHst.lines[0]).toEqual({ line: '101', description: 'Sales and other revenue, before taxes, net of credit notes', amount: '2100.00' });
    expect(linesOf(sheet.qst)).toEqual({ '203': '39.90', '204': '0.00', '205': '39.90', '206': '9.98', '207': '0.00', '208': '9.98', '209': '29.92' });
    expect(sheet.qst).toMatchObject({ kind: 'QST', jurisdiction: 'QC', authority: 'Revenu Québec', registrationNumber: '1234567890 TQ0001', netTax: '29.92' });
    expect(sheet.provincialSalesTaxes.map((p: any) => [p.kind, p.jurisdiction, linesOf(p)])).toEqual([
      ['BC_PST', 'BC', { SALES: '300.00', TAXABLE_SALES: '100.00', TAX_COLLECTED: '7.00', TAX_CREDITED: '0.00', NET_TAX: '7.00' }],
    ]);
    expect(sheet.notices.map((n: any) => n.code)).toEqual(['PROVINCIAL_COMMISSION']);
  });

  it('has a QST return only for a QST registrant (or QST charged), and tells a small supplier why there is no GST/HST', async () => {
    const ontario = await freshTrainer();
    await invoice(ontario.id, { date: '2025-02-01', place: 'ON', subtotal: '200.00', taxes: [hst('200.00', '26.00')] });
    await spent(ontario.auth, { expenseDate: '2025-02-02', amountBeforeTax: '50.00', gstHstPaid: '6.50', province: 'ON' });
    const registrant = (await execute(bed.server, TAX_RETURN, Q1, ontario.auth)).data!.taxReturn;
    expect(registrant.qst).toBeNull();
    expect(registrant.provincialSalesTaxes).toEqual([]);
    expect(linesOf(registrant.gstHst)).toMatchObject({ '101': '200.00', '103': '26.00', '106': '6.50', '109': '19.50' });

    const small = await freshTrainer();
    await invoice(small.id, { date: '2025-01-15', place: 'ON', subtotal: '450.00', supplier: { name: 'Small Trainer', gstHstNumber: null } });
    await spent(small.auth, { expenseDate: '2025-01-20', amountBeforeTax: '100.00', gstHstPaid: '13.00', province: 'ON' });
    const smallSupplier = (await execute(bed.server, TAX_RETURN, Q1, small.auth)).data!.taxReturn;
    expect(linesOf(smallSupplier.gstHst)).toEqual({
      '101': '450.00',
      '103': '0.00',
      '104': '0.00',
      '105': '0.00',
      '106': '0.00',
      '107': '0.00',
      '108': '0.00',
      '109': '0.00',
    });
    expect(smallSupplier.gstHst).toMatchObject({ registered: false, registrationNumber: null });
    expect(smallSupplier.notices).toEqual([
      { code: 'SMALL_SUPPLIER', message: expect.stringMatching(/small supplier.*13\.00 CAD of GST\/HST paid on expenses cannot be claimed/) },
    ]);
    expect(smallSupplier.qst).toBeNull();
  });

  it("reads a trainer's registrations from studios' billing directory when no issued document names them", async () => {
    const period = { periodStart: '2017-01-01', periodEnd: '2017-03-31' };
    const noah = (await execute(bed.server, TAX_RETURN, period, await as('noah@fitflow.demo'))).data!.taxReturn;
    // Noah is registered for the GST/HST and British Columbia's PST (demo tenant), and charged nothing then.
    expect(noah.gstHst).toMatchObject({ registered: true, registrationNumber: trainer('noah').gstNumber, netTax: '0.00' });
    expect(noah.qst).toBeNull();
    expect(noah.provincialSalesTaxes.map((p: any) => [p.kind, p.registrationNumber, p.netTax])).toEqual([['BC_PST', trainer('noah').pstNumbers.BC, '0.00']]);
    const sofia = (await execute(bed.server, TAX_RETURN, period, await as('sofia@fitflow.demo'))).data!.taxReturn;
    expect(sofia.gstHst).toMatchObject({ registered: false, registrationNumber: null });
    expect(sofia.notices.map((n: any) => n.code)).toEqual(['SMALL_SUPPLIER']);
  });

  it("shows a Trainer Admin a team trainer's worksheet and a super admin anyone's; answers NOT_FOUND for another trainer's books, like an unknown trainer", async () => {
    const liam = trainer('liam');
    await invoice(liam.id, {
      date: '2019-05-15',
      place: 'ON',
      subtotal: '120.00',
      taxes: [hst('120.00', '15.60')],
      supplier: { name: 'Liam Patel', gstHstNumber: '823456789 RT0001' },
    });
    const period = { periodStart: '2019-04-01', periodEnd: '2019-06-30' };
    const own = await execute(bed.server, TAX_RETURN, period, await as('liam@fitflow.demo'));
    expect(own.errors).toBeUndefined();
    expect(linesOf(own.data!.taxReturn.gstHst)).toMatchObject({ '101': '120.00', '103': '15.60' });
    const byAdmin = await execute(bed.server, TAX_RETURN, { ...period, trainerId: liam.id }, await as('maya@fitflow.demo'));
    expect(byAdmin.data).toEqual(own.data);
    const bySuperAdmin = await execute(bed.server, TAX_RETURN, { ...period, trainerId: liam.id }, await as('admin@fitflow.demo'));
    expect(bySuperAdmin.data).toEqual(own.data);

    for (const [email, whose] of [
      ['liam@fitflow.demo', 'maya'], // in Maya's team, not above her
      ['sofia@fitflow.demo', 'liam'], // beside Liam
      ['noah@fitflow.demo', 'liam'],
    ] as const) {
      const auth = await as(email);
      const refused = await execute(bed.server, TAX_RETURN, { ...period, trainerId: trainer(whose).id }, auth);
      expect(codeOf(refused), email).toBe('NOT_FOUND');
      expect(refused.errors).toEqual((await execute(bed.server, TAX_RETURN, { ...period, trainerId: UNKNOWN_ID }, auth)).errors);
    }
    expect(codeOf(await execute(bed.server, TAX_RETURN, { ...period, trainerId: UNKNOWN_ID }, await as('admin@fitflow.demo')))).toBe('NOT_FOUND');
    const unnamed = await execute(bed.server, TAX_RETURN, period, await as('admin@fitflow.demo'));
    expect(unnamed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'trainerId' } });
    expect(codeOf(await execute(bed.server, TAX_RETURN, { ...period, trainerId: liam.id }, await as('studio@harbourfront.demo')))).toBe('FORBIDDEN');
    expect(codeOf(await execute(bed.server, TAX_RETURN, period, await as('emma.wilson@example.com')))).toBe('FORBIDDEN');
  });

  it('refuses a period ending before it starts, longer than 366 days or with a malformed date before any SQL; reads in a fixed number of statements', async () => {
    const me = await freshTrainer();
    const refusals: [Record<string, string>, string, RegExp][] = [
      [{ periodStart: '2025-03-31', periodEnd: '2025-01-01' }, 'periodEnd', /must not be before periodStart/],
      [{ periodStart: '2025-01-01', periodEnd: '2026-01-02' }, 'periodEnd', /at most 366 days/],
      [{ periodStart: '2025-02-30', periodEnd: '2025-03-31' }, 'periodStart', /^periodStart must be a calendar date/],
      [{ periodStart: '2025-01-01', periodEnd: '31/03/2025' }, 'periodEnd', /^periodEnd must be a calendar date/],
    ];
    for (const [period, field, message] of refusals) {
      counter.reset();
      const refused = await execute(bed.server, TAX_RETURN, period, me.auth);
      expect(refused.errors?.[0], JSON.stringify(period)).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field },
      });
      expect(counter.count, JSON.stringify(period)).toBe(0);
    }
    const leapYear = await execute(bed.server, TAX_RETURN, { periodStart: '2024-01-01', periodEnd: '2024-12-31' }, me.auth);
    expect(leapYear.errors).toBeUndefined();

    await quarterOf(me);
    counter.reset();
    expect((await execute(bed.server, TAX_RETURN, Q1, me.auth)).errors).toBeUndefined();
    // The claims, whose books, the period's documents, its expenses, the registrations: whatever their number.
    expect(counter.count).toBe(5);
  });
});

const SAVE = `mutation($periodStart: LocalDate!, $periodEnd: LocalDate!, $trainerId: ID, $returns: [SalesTaxReturnKind!]) {
  saveTaxReturn(periodStart: $periodStart, periodEnd: $periodEnd, trainerId: $trainerId, returns: $returns) {
    id kind jurisdiction periodStart periodEnd status netTaxOwing taxCollected inputTaxCredits grossRevenue taxableRevenue lines { line amount } } }`;
const FILE =
  'mutation($id: ID!, $reference: String!, $filedOn: LocalDate!) { markTaxReturnFiled(id: $id, reference: $reference, filedOn: $filedOn) { id status reference filedOn filedAt netTaxOwing } }';
const PAY = 'mutation($id: ID!, $paidOn: LocalDate!) { markTaxReturnPaid(id: $id, paidOn: $paidOn) { id status paidOn paidAt } }';
const SAVED =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { taxRemittances { id kind periodStart periodEnd status netTaxOwing reference filedOn paidOn } } } }';
const savedOf = async (me: { id: string; auth: string }) =>
  (await execute(bed.server, SAVED, { r: [{ __typename: 'Trainer', id: me.id }] }, me.auth)).data!._entities[0].taxRemittances;
const rowsOf = (
  trainerId: string,
): Promise<{ id: string; tax_type: string; jurisdiction: string; period_start: string; status: string; net_tax_owing: string }[]> =>
  bed.owner.query(
    "select id, tax_type, jurisdiction, to_char(period_start, 'YYYY-MM-DD') as period_start, status, net_tax_owing from finance.tax_remittances where trainer_id = $1 order by period_start, tax_type, jurisdiction",
    [trainerId],
  );
const auditOf = (recordId: string): Promise<{ action: string; old_values: any; new_values: any }[]> =>
  bed.owner.query('select action, old_values, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);

describe('saving a return, filing it and paying it', () => {
  it('saves the worksheet as calculated returns, recalculates them, freezes them once filed and marks them paid, each step audited; out of order is a CONFLICT', async () => {
    const me = await freshTrainer();
    await quarterOf(me);
    const saved = await execute(bed.server, SAVE, Q1, me.auth);
    expect(saved.errors).toBeUndefined();
    const returns = saved.data!.saveTaxReturn;
    expect(
      returns.map((r: any) => [r.kind, r.jurisdiction, r.status, r.grossRevenue, r.taxableRevenue, r.taxCollected, r.inputTaxCredits, r.netTaxOwing]),
    ).toEqual([
      ['GST_HST', 'CA', 'CALCULATED', '2100.00', '2100.00', '230.00', '44.00', '186.00'],
      ['QST', 'QC', 'CALCULATED', '2100.00', '400.00', '39.90', '9.98', '29.92'],
      ['BC_PST', 'BC', 'CALCULATED', '300.00', '100.00', '7.00', '0.00', '7.00'],
    ]);
    expect(linesOf(returns[0])).toEqual({
      '101': '2100.00',
      '103': '230.00',
      '104': '0.00',
      '105': '230.00',
      '106': '31.00',
      '107': '13.00',
      '108': '44.00',
      '109': '186.00',
    });
    const [gstHst, qst, bcPst] = returns.map((r: any) => r.id);
    expect((await savedOf(me)).map((r: any) => [r.kind, r.status, r.netTaxOwing])).toEqual([
      ['GST_HST', 'CALCULATED', '186.00'],
      ['BC_PST', 'CALCULATED', '7.00'],
      ['QST', 'CALCULATED', '29.92'],
    ]);

    // A receipt found later: saving again recalculates the same rows in place.
    await spent(me.auth, { expenseDate: '2025-03-20', amountBeforeTax: '50.00', gstHstPaid: '6.50', province: 'ON' });
    const again = (await execute(bed.server, SAVE, Q1, me.auth)).data!.saveTaxReturn;
    expect(again.map((r: any) => [r.id, r.netTaxOwing])).toEqual([
      [gstHst, '179.50'],
      [qst, '29.92'],
      [bcPst, '7.00'],
    ]);
    expect((await auditOf(gstHst)).map((a) => [a.action, a.old_values?.netTaxOwing ?? null, a.new_values.netTaxOwing])).toEqual([
      ['create', null, '186.00'],
      ['update', '186.00', '179.50'],
    ]);
    expect((await auditOf(qst)).map((a) => a.action)).toEqual(['create']);

    const pay = (id: string, paidOn: string) => execute(bed.server, PAY, { id, paidOn }, me.auth);
    const file = (id: string, reference: string, filedOn: string) => execute(bed.server, FILE, { id, reference, filedOn }, me.auth);
    expect((await pay(gstHst, '2025-04-30')).errors?.[0]).toMatchObject({
      message: 'File this return before recording its payment.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await file(gstHst, 'CRA-1', '2025-03-31')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filedOn' } });
    expect((await file(gstHst, 'CRA-1', '2999-01-01')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filedOn' } });
    expect((await file(gstHst, '   ', '2025-04-20')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reference' } });
    // The books moved since the save: what would be frozen is no longer the worksheet.
    await spent(me.auth, { expenseDate: '2025-03-21', amountBeforeTax: '10.00', gstHstPaid: '1.30', province: 'ON' });
    expect((await file(gstHst, 'CRA-1', '2025-04-20')).errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/save it again/),
    });
    expect((await rowsOf(me.id)).map((r) => r.status)).toEqual(['calculated', 'calculated', 'calculated']);

    expect((await execute(bed.server, SAVE, Q1, me.auth)).data!.saveTaxReturn[0].netTaxOwing).toBe('178.20');
    const filed = await file(gstHst, ' CRA-2025Q1-0042 ', '2025-04-20');
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.markTaxReturnFiled).toMatchObject({
      id: gstHst,
      status: 'FILED',
      reference: 'CRA-2025Q1-0042',
      filedOn: '2025-04-20',
      filedAt: expect.anything(),
      netTaxOwing: '178.20',
    });
    expect((await file(gstHst, 'CRA-again', '2025-04-21')).errors?.[0]).toMatchObject({
      message: 'This return was already filed on 2025-04-20.',
      extensions: { code: 'CONFLICT' },
    });

    // Filed figures are frozen, in the database itself.
    await expect(
      bed.owner.query('update finance.tax_remittances set net_tax_owing = 0, tax_collected = input_tax_credits where id = $1', [gstHst]),
    ).rejects.toThrow(/filed: its figures are frozen/);
    await expect(
      bed.owner.query("update finance.tax_remittances set status = 'calculated', filed_on = null, filed_at = null where id = $1", [gstHst]),
    ).rejects.toThrow(/frozen/);
    await expect(bed.owner.query('delete from finance.tax_remittances where id = $1', [gstHst])).rejects.toThrow(/filed and is kept/);

    // Saving an unchanged worksheet leaves the filed return as it is; a changed one is refused whole.
    const unchanged = (await execute(bed.server, SAVE, Q1, me.auth)).data!.saveTaxReturn;
    expect(unchanged.map((r: any) => [r.id, r.status])).toEqual([
      [gstHst, 'FILED'],
      [qst, 'CALCULATED'],
      [bcPst, 'CALCULATED'],
    ]);
    await spent(me.auth, { expenseDate: '2025-03-22', amountBeforeTax: '100.00', gstHstPaid: '5.00', qstPaid: '9.98', province: 'QC' });
    const auditRows = async () =>
      (await bed.owner.query('select count(*)::int as n from finance.audit_log where record_id = any($1::uuid[])', [[gstHst, qst, bcPst]]))[0].n;
    const before = [await rowsOf(me.id), await auditRows()];
    const refused = await execute(bed.server, SAVE, Q1, me.auth);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message:
        'The GST/HST return of 2025-01-01 to 2025-03-31 was filed with a net tax of 178.20 CAD and the worksheet now says 173.20: filed figures are frozen. Report the difference in a later period.',
    });
    expect([await rowsOf(me.id), await auditRows()]).toEqual(before);
    const onlyQst = await execute(bed.server, SAVE, { ...Q1, returns: ['QST'] }, me.auth);
    expect(onlyQst.data!.saveTaxReturn.map((r: any) => [r.id, r.netTaxOwing])).toEqual([[qst, '19.94']]);

    expect((await pay(gstHst, '2025-03-31')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'paidOn' } });
    const paid = await pay(gstHst, '2025-04-30');
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.markTaxReturnPaid).toMatchObject({ id: gstHst, status: 'PAID', paidOn: '2025-04-30', paidAt: expect.anything() });
    expect((await pay(gstHst, '2025-05-01')).errors?.[0]).toMatchObject({
      message: 'This return was already paid on 2025-04-30.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await file(gstHst, 'CRA-again', '2025-05-01')).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await auditOf(gstHst)).map((a) => [a.action, a.new_values.status])).toEqual([
      ['create', 'calculated'],
      ['update', 'calculated'],
      ['update', 'calculated'],
      ['update', 'filed'],
      ['update', 'paid'],
    ]);
    expect((await savedOf(me)).find((r: any) => r.id === gstHst)).toMatchObject({
      status: 'PAID',
      reference: 'CRA-2025Q1-0042',
      filedOn: '2025-04-20',
      paidOn: '2025-04-30',
    });
  });

  it('replaces calculated returns of an overlapping period, saves only the returns named, and never overlaps a filed one', async () => {
    const me = await freshTrainer();
    const pst = (base: string, amount: string): Tax => ({ tax: 'PST', jurisdiction: 'BC', rate: '0.07', base, amount });
    await invoice(me.id, { date: '2025-01-20', place: 'BC', subtotal: '100.00', taxes: [gst('100.00', '5.00'), pst('100.00', '7.00')] });
    await invoice(me.id, { date: '2025-02-20', place: 'BC', subtotal: '200.00', taxes: [gst('200.00', '10.00'), pst('200.00', '14.00')] });
    const january = { periodStart: '2025-01-01', periodEnd: '2025-01-31' };
    const jan = (await execute(bed.server, SAVE, january, me.auth)).data!.saveTaxReturn;
    expect(jan.map((r: any) => [r.kind, r.netTaxOwing])).toEqual([
      ['GST_HST', '5.00'],
      ['BC_PST', '7.00'],
    ]);
    // Quarterly GST/HST: January's calculated GST/HST return gives way; January's PST stays.
    const quarterly = (await execute(bed.server, SAVE, { ...Q1, returns: ['GST_HST'] }, me.auth)).data!.saveTaxReturn;
    expect(quarterly.map((r: any) => [r.kind, r.periodStart, r.netTaxOwing])).toEqual([['GST_HST', '2025-01-01', '15.00']]);
    expect((await rowsOf(me.id)).map((r) => [r.tax_type, r.jurisdiction, r.period_start, r.status])).toEqual([
      ['gst_hst', 'CA', '2025-01-01', 'calculated'],
      ['pst', 'BC', '2025-01-01', 'calculated'],
    ]);
    expect((await auditOf(jan[0].id)).map((a) => a.action)).toEqual(['create', 'delete']);

    const noQst = await execute(bed.server, SAVE, { ...Q1, returns: ['QST'] }, me.auth);
    expect(noQst.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/no QST return/) });
    const empty = await execute(bed.server, SAVE, { ...Q1, returns: [] }, me.auth);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'returns' } });

    const filedJanuary = await execute(bed.server, FILE, { id: jan[1].id, reference: 'BC-PST-01', filedOn: '2025-02-15' }, me.auth);
    expect(filedJanuary.errors).toBeUndefined();
    const overlapping = await execute(bed.server, SAVE, { ...Q1, returns: ['BC_PST'] }, me.auth);
    expect(overlapping.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'The British Columbia PST return of 2025-01-01 to 2025-01-31 was filed and overlaps this period: choose a period that does not overlap it.',
    });
    const february = await execute(bed.server, SAVE, { periodStart: '2025-02-01', periodEnd: '2025-02-28', returns: ['BC_PST'] }, me.auth);
    expect(february.data!.saveTaxReturn.map((r: any) => [r.kind, r.netTaxOwing])).toEqual([['BC_PST', '14.00']]);
  });

  it('has nothing to save for a small supplier; lets a Trainer Admin save a team trainer’s returns; answers NOT_FOUND and FORBIDDEN to others, writing nothing', async () => {
    const small = await freshTrainer();
    await invoice(small.id, { date: '2025-01-15', place: 'ON', subtotal: '450.00', supplier: { name: 'Small Trainer' } });
    const nothing = await execute(bed.server, SAVE, Q1, small.auth);
    expect(nothing.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/small supplier files no GST\/HST return/) });
    expect(await rowsOf(small.id)).toEqual([]);

    const liam = trainer('liam');
    await invoice(liam.id, {
      date: '2018-02-15',
      place: 'ON',
      subtotal: '300.00',
      taxes: [hst('300.00', '39.00')],
      supplier: { name: 'Liam Patel', gstHstNumber: '823456789 RT0001' },
    });
    const period = { periodStart: '2018-01-01', periodEnd: '2018-03-31', trainerId: liam.id };
    const byAdmin = await execute(bed.server, SAVE, period, await as('maya@fitflow.demo'));
    expect(byAdmin.errors).toBeUndefined();
    const id = byAdmin.data!.saveTaxReturn[0].id;
    expect(byAdmin.data!.saveTaxReturn[0]).toMatchObject({ kind: 'GST_HST', netTaxOwing: '39.00' });

    for (const [email, code] of [
      ['noah@fitflow.demo', 'NOT_FOUND'],
      ['sofia@fitflow.demo', 'NOT_FOUND'],
      ['studio@harbourfront.demo', 'FORBIDDEN'],
      ['emma.wilson@example.com', 'FORBIDDEN'],
    ] as const) {
      const auth = await as(email);
      expect(codeOf(await execute(bed.server, SAVE, period, auth)), email).toBe(code);
      expect(codeOf(await execute(bed.server, FILE, { id, reference: 'CRA-9', filedOn: '2018-04-20' }, auth)), email).toBe(code);
      expect(codeOf(await execute(bed.server, PAY, { id, paidOn: '2018-04-30' }, auth)), email).toBe(code);
    }
    const unknown = await execute(bed.server, FILE, { id: randomUUID(), reference: 'CRA-9', filedOn: '2018-04-20' }, await as('noah@fitflow.demo'));
    expect((await execute(bed.server, FILE, { id, reference: 'CRA-9', filedOn: '2018-04-20' }, await as('noah@fitflow.demo'))).errors).toEqual(unknown.errors);
    const liamsSaved = (await execute(bed.server, SAVED, { r: [{ __typename: 'Trainer', id: liam.id }] }, await as('noah@fitflow.demo'))).data!._entities[0]
      .taxRemittances;
    expect(liamsSaved).toEqual([]);
    expect((await rowsOf(liam.id)).filter((r) => r.id === id).map((r) => r.status)).toEqual(['calculated']);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create']);
  });
});
