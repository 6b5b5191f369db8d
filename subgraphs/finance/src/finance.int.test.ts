import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTenant, execute, subgraphContract } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from './test-bed.js';

const counter = new QueryCounter();
const bed = useFinanceTestBed(counter);
const tenant = () => demoTenant();
const superAdmin = () => demoAuth('admin@fitflow.demo');

/** 50 well-formed ids: the demo's first, then made-up ones (a `Studio` stub resolves every well-formed id). */
const fiftyIds = (known: string[]) => Array.from({ length: 50 }, (_, i) => known[i] ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

const STUDIO_SELECTION = 'id invoices(first: 5) { edges { node { id items { amount } payments { amount } amountPaid } } }';
const INVOICE_SELECTION = 'id total items { amount } balanceDue';

subgraphContract('finance', {
  server: () => bed.server,
  counter: () => counter,
  anonymous: () => {
    const invoice = tenant().invoices[0];
    return [
      `{ invoice(id: "${invoice.id}") { id } }`,
      `{ _entities(representations: [{ __typename: "Invoice", id: "${invoice.id}" }]) { ... on Invoice { total } } }`,
      `{ _entities(representations: [{ __typename: "Studio", id: "${invoice.studioId}" }]) { ... on Studio { invoices { edges { cursor } } } } }`,
    ];
  },
  byId: { query: 'query($id: ID!) { invoice(id: $id) { id } }', auth: () => demoAuth('maya@fitflow.demo'), what: 'Invoice' },
  internals: /select|finance\./i,
  references: [
    { typename: 'Studio', selection: STUDIO_SELECTION, knownIds: () => fiftyIds(tenant().studios.map((s) => s.id)), auth: superAdmin },
    { typename: 'Invoice', selection: INVOICE_SELECTION, knownIds: () => tenant().invoices.map((i) => i.id), auth: superAdmin },
  ],
});

describe('finance references: what one costs', () => {
  const entities = (typename: string, selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`;

  it("pages every studio's invoices with their items and payments in 4 SQL statements and one transaction, however many studios", async () => {
    const representations = (n: number) =>
      fiftyIds(tenant().studios.map((s) => s.id))
        .slice(0, n)
        .map((id) => ({ __typename: 'Studio', id }));
    counter.reset();
    const one = await execute(bed.server, entities('Studio', STUDIO_SELECTION), { r: representations(1) }, await superAdmin());
    const single = counter.count;
    counter.reset();
    const fifty = await execute(bed.server, entities('Studio', STUDIO_SELECTION), { r: representations(50) }, await superAdmin());
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(one.data!._entities[0].invoices.edges.length).toBeGreaterThan(0);
    expect(fifty.data!._entities.flatMap((s: { invoices: { edges: unknown[] } }) => s.invoices.edges)).toHaveLength(tenant().invoices.length);
    // One transaction (a read request): the caller's claims (set_config), then invoice pages, items, payments.
    expect(single).toBe(4);
    expect(counter.count).toBe(single);
    expect(counter.transactions).toBe(1);
  });

  it('resolves invoices with their items, payments and balances in 5 SQL statements and one transaction, however many', async () => {
    const representations = (n: number) =>
      fiftyIds(tenant().invoices.map((i) => i.id))
        .slice(0, n)
        .map((id) => ({ __typename: 'Invoice', id }));
    counter.reset();
    const one = await execute(bed.server, entities('Invoice', INVOICE_SELECTION), { r: representations(1) }, await superAdmin());
    const single = counter.count;
    counter.reset();
    const fifty = await execute(bed.server, entities('Invoice', INVOICE_SELECTION), { r: representations(50) }, await superAdmin());
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!._entities.filter(Boolean)).toHaveLength(tenant().invoices.length);
    // One transaction (a read request): the caller's claims (set_config), then invoices by id, items, payments, credit notes (balanceDue).
    expect(single).toBe(5);
    expect(counter.count).toBe(single);
    expect(counter.transactions).toBe(1);
  });
});

describe('the finance database contract', () => {
  it('rejects a line whose amount is not quantity × unit price, and keeps issued invoices from being deleted at runtime', async () => {
    const draft = tenant().invoices.find((i) => i.status === 'draft')!;
    await expect(
      bed.owner.query(
        `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount) values ($1, 999, 'Wrong', 1.5, 33.33, 49.99)`,
        [draft.id],
      ),
    ).rejects.toThrow(/check constraint/);
    const invoice = tenant().invoices.find((i) => i.status === 'sent')!;
    await expect(
      bed.owner.query(
        `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount) values ($1, 999, 'Extra', 1, 10.00, 10.00)`,
        [invoice.id],
      ),
    ).rejects.toThrow(/lines of an issued invoice cannot change/);
    await expect(bed.owner.query(`update finance.invoices set total = total + 1 where id = $1`, [invoice.id])).rejects.toThrow(/is issued and cannot change/);
    // The runtime role deletes only drafts on books the caller keeps (row-level security): an issued invoice stays.
    expect((await bed.ds.query('delete from finance.invoices where id = $1', [invoice.id]))[1]).toBe(0);
    expect(await bed.owner.query('select id from finance.invoices where id = $1', [invoice.id])).toEqual([{ id: invoice.id }]);
  });
});
