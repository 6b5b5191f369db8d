import { ScopedDb, scopeOf, type Viewer } from '@fitflow/kit';
import { demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../test-bed.js';

/**
 * The finance subgraph's access rules across modules: a Trainer Admin keeps the team's books, a Studio
 * Admin reads its child studios' invoices, and row-level security holds when the application's own
 * filters are bypassed.
 */

const bed = useFinanceTestBed();
const tenant = () => demoTenant();
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const TRAINER_INVOICES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { invoices(first: 100) { edges { node { id } } } } } }';
const STUDIO_INVOICES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Studio { invoices(first: 100) { edges { node { id } } } } } }';
const ids = (result: any, at = 0) => result.data._entities[at].invoices.edges.map((e: { node: { id: string } }) => e.node.id).sort();

describe('a Trainer Admin keeps the books of their team', () => {
  it("shows Maya her team's invoices, but Liam not Maya's", async () => {
    const liamsInvoices = tenant()
      .invoices.filter((i) => i.trainerId === trainer('liam').id)
      .map((i) => i.id)
      .sort();
    expect(liamsInvoices.length).toBeGreaterThan(0);
    const maya = await execute(bed.server, TRAINER_INVOICES, { r: [{ __typename: 'Trainer', id: trainer('liam').id }] }, await as('maya@fitflow.demo'));
    expect(maya.errors).toBeUndefined();
    expect(ids(maya)).toEqual(expect.arrayContaining(liamsInvoices));

    const liam = await execute(bed.server, TRAINER_INVOICES, { r: [{ __typename: 'Trainer', id: trainer('maya').id }] }, await as('liam@fitflow.demo'));
    expect(ids(liam)).toEqual([]);
    const noah = await execute(bed.server, TRAINER_INVOICES, { r: [{ __typename: 'Trainer', id: trainer('liam').id }] }, await as('noah@fitflow.demo'));
    expect(ids(noah)).toEqual([]);
  });
});

describe('a Studio Admin reads the invoices of their studio and its child studios, once issued', () => {
  it("shows Harbourfront its chain's consolidated invoices, Midtown's sessions included, and Kitsilano none of them", async () => {
    const consolidated = tenant()
      .invoices.filter((i) => i.studioId === studio('harbourfront').id && i.status !== 'draft')
      .map((i) => i.id)
      .sort();
    expect(
      tenant().invoices.some((i) => consolidated.includes(i.id) && i.items.some((l) => l.locationStudioId === studio('midtown').id)),
      "the demo tenant bills Midtown's sessions on Harbourfront's invoices",
    ).toBe(true);
    const r = [{ __typename: 'Studio', id: studio('harbourfront').id }];
    expect(ids(await execute(bed.server, STUDIO_INVOICES, { r }, await as('studio@harbourfront.demo')))).toEqual(consolidated);
    expect(ids(await execute(bed.server, STUDIO_INVOICES, { r }, await as('studio@kitsflow.demo')))).toEqual([]);
    const byId = await execute(bed.server, 'query($id: ID!) { invoice(id: $id) { id } }', { id: consolidated[0] }, await as('studio@kitsflow.demo'));
    expect(codeOf(byId)).toBe('NOT_FOUND');
  });

  it('shows Harbourfront an invoice addressed to Midtown, its child studio, once issued — and Kitsilano never', async () => {
    const id = randomUUID();
    await bed.owner.query(
      `insert into finance.invoices (id, invoice_number, trainer_id, studio_id, invoice_type, invoice_date, due_date, period_start, period_end,
                                     subtotal, total, status, issued_at, time_zone)
       values ($1, $2, $3, $4, 'studio', '2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31', 0, 0, 'issued', now(), 'America/Toronto')`,
      [id, `TEST-${id.slice(0, 8)}`, trainer('liam').id, studio('midtown').id],
    );
    try {
      const r = [{ __typename: 'Studio', id: studio('midtown').id }];
      expect(ids(await execute(bed.server, STUDIO_INVOICES, { r }, await as('studio@harbourfront.demo')))).toEqual([id]);
      expect(ids(await execute(bed.server, STUDIO_INVOICES, { r }, await as('studio@kitsflow.demo')))).toEqual([]);
    } finally {
      await bed.owner.query('delete from finance.invoices where id = $1', [id]);
    }
  });
});

describe('the third wall: row-level security on the runtime role', () => {
  const viewer = (roles: Viewer['roles']): Viewer => ({ userId: randomUUID(), roles });
  const invoiceIds = (v: Viewer | null) =>
    new ScopedDb(bed.ds, scopeOf(v)).run(async (em) => ((await em.query('select id from finance.invoices')) as { id: string }[]).map((r) => r.id).sort());
  const demoIds = (match: (i: ReturnType<typeof tenant>['invoices'][number]) => boolean) =>
    tenant()
      .invoices.filter(match)
      .map((i) => i.id);

  it('shows each caller only their rows even when a query carries no filter at all', async () => {
    expect(await invoiceIds(null)).toEqual([]);
    const liam = await invoiceIds(viewer([{ role: 'trainer', scopeId: trainer('liam').id }]));
    expect(liam).toEqual(expect.arrayContaining(demoIds((i) => i.trainerId === trainer('liam').id)));
    expect(liam.filter((id) => demoIds((i) => i.trainerId !== trainer('liam').id).includes(id))).toEqual([]);

    const maya = await invoiceIds(
      viewer([
        { role: 'trainer', scopeId: trainer('maya').id },
        { role: 'trainer_admin', scopeId: trainer('maya').id },
      ]),
    );
    expect(maya).toEqual(expect.arrayContaining(demoIds((i) => [trainer('maya').id, trainer('liam').id, trainer('sofia').id].includes(i.trainerId))));
    expect(maya).not.toEqual(expect.arrayContaining(demoIds((i) => i.trainerId === trainer('noah').id)));

    const harbourfront = await invoiceIds(viewer([{ role: 'studio_admin', scopeId: studio('harbourfront').id }]));
    const issued = demoIds((i) => i.studioId === studio('harbourfront').id && i.status !== 'draft');
    expect(issued.length).toBeGreaterThan(0);
    expect(harbourfront).toEqual(expect.arrayContaining(issued));
    expect(harbourfront.filter((id) => demoIds((i) => i.studioId === studio('kits').id).includes(id))).toEqual([]);
    // Drafts are the trainer's work in progress: no row of theirs reaches the studio billed, nor its items.
    const drafts = demoIds((i) => i.status === 'draft' && [studio('harbourfront').id, studio('midtown').id].includes(i.studioId));
    expect(drafts.length).toBeGreaterThan(0);
    expect(harbourfront.filter((id) => drafts.includes(id))).toEqual([]);
    const draftItems = await new ScopedDb(bed.ds, scopeOf(viewer([{ role: 'studio_admin', scopeId: studio('harbourfront').id }]))).run((em) =>
      em.query('select id from finance.invoice_items where invoice_id = any($1::uuid[])', [drafts]),
    );
    expect(draftItems).toEqual([]);
  });

  it("refuses to write another trainer's books, and to rewrite or erase the audit log", async () => {
    const liam = viewer([{ role: 'trainer', scopeId: trainer('liam').id }]);
    const mayas = tenant().invoices.find((i) => i.trainerId === trainer('maya').id)!;
    const updated = await new ScopedDb(bed.ds, scopeOf(liam)).run((em) => em.query("update finance.invoices set notes = 'mine now' where id = $1", [mayas.id]));
    expect(updated[1]).toBe(0);
    await expect(
      new ScopedDb(bed.ds, scopeOf(liam)).run((em) =>
        em.query("insert into finance.bank_accounts (trainer_id, account_name, bank_name) values ($1, 'x', 'y')", [trainer('maya').id]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(bed.ds.query("update finance.audit_log set reason = 'edited'")).rejects.toThrow(/permission denied/);
    await expect(bed.ds.query('delete from finance.audit_log')).rejects.toThrow(/permission denied/);
  });
});
