import { QueryCounter, ScopedDb, scopeOf, type Viewer } from '@fitflow/kit';
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

const RECORD = `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) {
  id expenseDate vendor description category amountBeforeTax gstHstPaid qstPaid pstPaid total province receiptReference itcEligible currency } }`;
const CORRECT = 'mutation($id: ID!, $input: ExpenseInput!) { correctExpense(id: $id, input: $input) { id vendor amountBeforeTax gstHstPaid itcEligible } }';
const LIST = `query($r: [_Any!]!, $first: Int, $after: String, $from: LocalDate, $to: LocalDate) { _entities(representations: $r) { ... on Trainer {
  expenses(first: $first, after: $after, from: $from, to: $to) { edges { node { id expenseDate vendor } } pageInfo { hasNextPage endCursor } } } } }`;

const expense = (over: Record<string, unknown> = {}) => ({
  expenseDate: '2025-02-10',
  vendor: 'Fitness Depot',
  description: 'Kettlebells for group classes',
  category: 'EQUIPMENT',
  amountBeforeTax: '240.00',
  gstHstPaid: '31.20',
  province: 'ON',
  receiptReference: 'FD-88123',
  ...over,
});
const rowsOf = (trainerId: string): Promise<{ id: string }[]> => bed.owner.query('select id from finance.expenses where trainer_id = $1', [trainerId]);
const auditOf = (recordId: string): Promise<{ action: string; table_name: string; old_values: any; new_values: any }[]> =>
  bed.owner.query('select action, table_name, old_values, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);

describe('recording a business expense', () => {
  it("records an expense in the caller's own books, audited, and lists it newest first, paged and between two days", async () => {
    const me = await freshTrainer();
    const recorded = await execute(bed.server, RECORD, { input: expense({ vendor: '  Fitness Depot ' }) }, me.auth);
    expect(recorded.errors).toBeUndefined();
    const first = recorded.data!.recordExpense;
    expect(first).toEqual({
      id: expect.any(String),
      expenseDate: '2025-02-10',
      vendor: 'Fitness Depot',
      description: 'Kettlebells for group classes',
      category: 'EQUIPMENT',
      amountBeforeTax: '240.00',
      gstHstPaid: '31.20',
      qstPaid: '0.00',
      pstPaid: '0.00',
      total: '271.20',
      province: 'ON',
      receiptReference: 'FD-88123',
      itcEligible: true,
      currency: 'CAD',
    });
    expect((await auditOf(first.id)).map((a) => [a.action, a.table_name, a.new_values.amountBeforeTax, a.new_values.trainerId])).toEqual([
      ['create', 'expenses', '240.00', me.id],
    ]);

    for (const [expenseDate, vendor] of [
      ['2025-01-10', 'Via Rail'],
      ['2025-03-10', 'CanFitPro'],
    ]) {
      const more = await execute(bed.server, RECORD, { input: expense({ expenseDate, vendor, category: 'TRAVEL', itcEligible: false }) }, me.auth);
      expect(more.errors).toBeUndefined();
    }
    const r = [{ __typename: 'Trainer', id: me.id }];
    const page1 = await execute(bed.server, LIST, { r, first: 2 }, me.auth);
    expect(page1.errors).toBeUndefined();
    const p1 = page1.data!._entities[0].expenses;
    expect(p1.edges.map((e: any) => [e.node.expenseDate, e.node.vendor])).toEqual([
      ['2025-03-10', 'CanFitPro'],
      ['2025-02-10', 'Fitness Depot'],
    ]);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const page2 = await execute(bed.server, LIST, { r, first: 2, after: p1.pageInfo.endCursor }, me.auth);
    expect(page2.data!._entities[0].expenses.edges.map((e: any) => e.node.vendor)).toEqual(['Via Rail']);
    expect(page2.data!._entities[0].expenses.pageInfo.hasNextPage).toBe(false);

    const february = await execute(bed.server, LIST, { r, from: '2025-02-01', to: '2025-02-28' }, me.auth);
    expect(february.data!._entities[0].expenses.edges.map((e: any) => e.node.vendor)).toEqual(['Fitness Depot']);
    const backwards = await execute(bed.server, LIST, { r, from: '2025-03-01', to: '2025-02-01' }, me.auth);
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });

  it('refuses negative or sub-cent amounts, a tax above its highest Canadian rate, QST outside Québec and a future date, naming the field; writes nothing', async () => {
    const me = await freshTrainer();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ amountBeforeTax: '10.005' }, 'amountBeforeTax', /^amountBeforeTax must be/],
      [{ amountBeforeTax: 12.5 }, 'amountBeforeTax', /^amountBeforeTax must be/],
      [{ amountBeforeTax: '-240.00' }, 'amountBeforeTax', /must not be negative/],
      [{ gstHstPaid: '-1.00' }, 'gstHstPaid', /must not be negative/],
      [{ gstHstPaid: '36.01' }, 'gstHstPaid', /at most 15 % of amountBeforeTax \(36\.00 CAD\)/],
      [{ qstPaid: '5.00' }, 'qstPaid', /outside Québec/],
      [{ province: 'AB', pstPaid: '5.00' }, 'pstPaid', /outside British Columbia/],
      [{ expenseDate: '2999-01-01' }, 'expenseDate', /must not be in the future/],
      [{ expenseDate: '2025-02-30' }, 'expenseDate', /^expenseDate must be a calendar date/],
      [{ vendor: '   ' }, 'vendor', /must not be blank/],
    ];
    for (const [over, field, message] of cases) {
      const refused = await execute(bed.server, RECORD, { input: expense(over) }, me.auth);
      expect(refused.errors?.[0], JSON.stringify(over)).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    expect(await rowsOf(me.id)).toEqual([]);
  });
});

describe('whose books an expense goes in', () => {
  it("lets a Trainer Admin record and correct a team trainer's expense, audited; a super admin names any trainer", async () => {
    const liam = trainer('liam');
    const recorded = await execute(bed.server, RECORD, { input: expense({ trainerId: liam.id, expenseDate: '2019-05-05' }) }, await as('maya@fitflow.demo'));
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordExpense.id;
    expect((await bed.owner.query('select trainer_id, created_by from finance.expenses where id = $1', [id]))[0].trainer_id).toBe(liam.id);

    const corrected = await execute(
      bed.server,
      CORRECT,
      { id, input: { ...expense({ expenseDate: '2019-05-05', amountBeforeTax: '200.00', gstHstPaid: '26.00', itcEligible: false }), receiptReference: null } },
      await as('maya@fitflow.demo'),
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctExpense).toEqual({ id, vendor: 'Fitness Depot', amountBeforeTax: '200.00', gstHstPaid: '26.00', itcEligible: false });
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect([audit[1].old_values.amountBeforeTax, audit[1].new_values.amountBeforeTax, audit[1].new_values.itcEligible]).toEqual(['240.00', '200.00', false]);

    const admin = await as('admin@fitflow.demo');
    const unnamed = await execute(bed.server, RECORD, { input: expense() }, admin);
    expect(unnamed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'trainerId' } });
    expect(codeOf(await execute(bed.server, RECORD, { input: expense({ trainerId: UNKNOWN_ID }) }, admin))).toBe('NOT_FOUND');
    const forNoah = await execute(bed.server, RECORD, { input: expense({ trainerId: trainer('noah').id, expenseDate: '2019-05-06' }) }, admin);
    expect(forNoah.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for books the caller does not keep and FORBIDDEN to studios and clients, and writes nothing', async () => {
    const me = await freshTrainer();
    const mine = (await execute(bed.server, RECORD, { input: expense() }, me.auth)).data!.recordExpense.id;
    const before = await rowsOf(trainer('maya').id);
    for (const [email, code] of [
      ['liam@fitflow.demo', 'NOT_FOUND'], // in Maya's team, not above her
      ['noah@fitflow.demo', 'NOT_FOUND'],
      ['studio@harbourfront.demo', 'FORBIDDEN'],
      ['emma.wilson@example.com', 'FORBIDDEN'],
    ] as const) {
      const auth = await as(email);
      expect(codeOf(await execute(bed.server, RECORD, { input: expense({ trainerId: trainer('maya').id }) }, auth)), email).toBe(code);
      expect(codeOf(await execute(bed.server, CORRECT, { id: mine, input: expense() }, auth)), email).toBe(code);
    }
    // Another trainer's expense is unknown to Noah, exactly like a made-up id.
    const unknown = await execute(bed.server, CORRECT, { id: randomUUID(), input: expense() }, await as('noah@fitflow.demo'));
    expect((await execute(bed.server, CORRECT, { id: mine, input: expense() }, await as('noah@fitflow.demo'))).errors).toEqual(unknown.errors);
    const liamReadsMaya = await execute(bed.server, LIST, { r: [{ __typename: 'Trainer', id: trainer('maya').id }] }, await as('liam@fitflow.demo'));
    expect(liamReadsMaya.data!._entities[0].expenses.edges).toEqual([]);
    expect(await rowsOf(trainer('maya').id)).toEqual(before);
    expect((await auditOf(mine)).map((a) => a.action)).toEqual(['create']);
  });

  it('reads the expenses of many trainers in one statement', async () => {
    const admin = await as('admin@fitflow.demo');
    const r = ['maya', 'liam', 'sofia', 'noah'].map((key) => ({ __typename: 'Trainer', id: trainer(key).id }));
    counter.reset();
    const result = await execute(bed.server, LIST, { r, first: 5 }, admin);
    expect(result.errors).toBeUndefined();
    expect(counter.statements.filter((s) => s.includes('finance.expenses'))).toHaveLength(1);
  });
});

describe('the third wall: row-level security on expenses', () => {
  const viewer = (roles: Viewer['roles']): Viewer => ({ userId: randomUUID(), roles });

  it("shows a trainer only their own expenses, refuses writing another's, and never deletes one", async () => {
    const me = await freshTrainer();
    const id = (await execute(bed.server, RECORD, { input: expense() }, me.auth)).data!.recordExpense.id;
    const noah = new ScopedDb(bed.ds, scopeOf(viewer([{ role: 'trainer', scopeId: trainer('noah').id }])));
    expect(await noah.run((em) => em.query('select id from finance.expenses where id = $1', [id]))).toEqual([]);
    const updated = await noah.run((em) => em.query("update finance.expenses set vendor = 'mine now' where id = $1", [id]));
    expect(updated[1]).toBe(0);
    await expect(
      noah.run((em) =>
        em.query(
          `insert into finance.expenses (trainer_id, expense_date, vendor, description, category, amount_before_tax, province, created_by)
           values ($1, '2025-01-01', 'x', 'y', 'other', 1, 'ON', $1)`,
          [me.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const mine = new ScopedDb(bed.ds, scopeOf(viewer([{ role: 'trainer', scopeId: me.id }])));
    await expect(mine.run((em) => em.query('delete from finance.expenses where id = $1', [id]))).rejects.toThrow(/permission denied/);
    expect(await rowsOf(me.id)).toEqual([{ id }]);
  });
});
