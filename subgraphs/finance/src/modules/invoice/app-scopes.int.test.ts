import { demoAppAuth, demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, executeAsJson as run } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

/** Third-party apps at the finance subgraph, called directly: invoices with invoices:read, within the owner's books (docs/scopes.md). */
const bed = useFinanceTestBed();

const MAYA = 'maya@fitflow.demo';
const HARBOURFRONT_ADMIN = 'studio@harbourfront.demo';

const refusal = (coordinate: string, scope?: string) =>
  expect.objectContaining({
    message: scope
      ? `This app may not use ${coordinate}: it needs the scope ${scope}, which the app was not granted.`
      : `This app may not use ${coordinate}: no app scope reaches it.`,
    extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
  });

const INVOICE_FIELDS = `id invoiceNumber invoiceType status invoiceDate dueDate subtotal total amountPaid balanceDue currency
  taxLines { tax rate amount } notices { code } items { id description quantity unitPrice amount appointment { id } location { id } }
  payments { amount paymentDate } trainer { id } studio { id }`;
const invoicesOf = (type: 'Trainer' | 'Studio') =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id invoices(first: 100) { edges { node { ${INVOICE_FIELDS} } } pageInfo { hasNextPage } } } } }`;
const ONE = `query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
const ids = (result: { data?: any }) => (result.data?._entities[0]?.invoices.edges ?? []).map((e: { node: { id: string } }) => e.node.id);

describe('an app with invoices:read, at the finance subgraph', () => {
  it("reads its owner's invoices with their lines, taxes and payments, as its owner does", async () => {
    const maya = trainer('maya');
    const variables = { r: [{ __typename: 'Trainer', id: maya.id }] };
    const app = await run(bed.server, invoicesOf('Trainer'), variables, await demoAppAuth(MAYA, ['invoices:read']));
    expect(app.errors).toBeUndefined();
    expect(app).toEqual(await run(bed.server, invoicesOf('Trainer'), variables, await demoAuth(MAYA)));
    const mine = demoTenant().invoices.filter((i) => i.trainerId === maya.id);
    expect(mine.length, 'the demo tenant has invoices of Maya').toBeGreaterThan(0);
    expect(ids(app)).toEqual(expect.arrayContaining(mine.map((i) => i.id)));

    const one = await run(bed.server, ONE, { id: mine[0].id }, await demoAppAuth(MAYA, ['invoices:read']));
    expect(one.errors).toBeUndefined();
    expect(one.data!.invoice).toMatchObject({ id: mine[0].id, total: mine[0].total.toFixed(2), trainer: { id: maya.id } });
  });

  it("reads the invoices addressed to its studio admin's studio, and none of another studio's", async () => {
    const auth = await demoAppAuth(HARBOURFRONT_ADMIN, ['invoices:read']);
    const harbourfront = { r: [{ __typename: 'Studio', id: studio('harbourfront').id }] };
    const app = await run(bed.server, invoicesOf('Studio'), harbourfront, auth);
    expect(app.errors).toBeUndefined();
    expect(ids(app).length).toBeGreaterThan(0);
    expect(app).toEqual(await run(bed.server, invoicesOf('Studio'), harbourfront, await demoAuth(HARBOURFRONT_ADMIN)));

    const kits = { r: [{ __typename: 'Studio', id: studio('kits').id }] };
    const other = await run(bed.server, invoicesOf('Studio'), kits, auth);
    expect(ids(other)).toEqual([]);
    expect(other).toEqual(await run(bed.server, invoicesOf('Studio'), kits, await demoAuth(HARBOURFRONT_ADMIN)));
    const kitsInvoice = demoTenant().invoices.find((i) => i.studioId === studio('kits').id && i.status !== 'draft')!;
    const byId = await run(bed.server, ONE, { id: kitsInvoice.id }, auth);
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(byId).toEqual(await run(bed.server, ONE, { id: kitsInvoice.id }, await demoAuth(HARBOURFRONT_ADMIN)));
  });

  it("keeps an app of Maya's from Noah's invoices, as Maya is kept", async () => {
    const noah = trainer('noah');
    const noahs = demoTenant().invoices.find((i) => i.trainerId === noah.id)!;
    const app = await demoAppAuth(MAYA, ['invoices:read']);
    const maya = await demoAuth(MAYA);
    const byId = await run(bed.server, ONE, { id: noahs.id }, app);
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(byId).toEqual(await run(bed.server, ONE, { id: noahs.id }, maya));
    const variables = { r: [{ __typename: 'Trainer', id: noah.id }] };
    const list = await run(bed.server, invoicesOf('Trainer'), variables, app);
    expect(ids(list)).not.toContain(noahs.id);
    expect(list).toEqual(await run(bed.server, invoicesOf('Trainer'), variables, maya));
  });

  it("gets an invoice's PDF link only with client records too: the PDF names a client invoice's recipient", async () => {
    const mine = demoTenant().invoices.find((i) => i.trainerId === trainer('maya').id && i.status !== 'draft')!;
    const PDF = 'query($id: ID!) { invoice(id: $id) { id pdfUrl } }';
    const invoicesOnly = await run(bed.server, PDF, { id: mine.id }, await demoAppAuth(MAYA, ['invoices:read']));
    expect(invoicesOnly.errors).toEqual([refusal('Invoice.pdfUrl', 'invoices:read + clients:read')]);
    const both = await run(bed.server, PDF, { id: mine.id }, await demoAppAuth(MAYA, ['invoices:read', 'clients:read']));
    expect(both.errors).toBeUndefined();
    expect(both.data?.invoice.pdfUrl).toMatch(/\/documents\/invoices\/.+\.pdf$/);
  });

  it('is refused the books no scope reaches: bank accounts, expenses, tax returns, payables, and every change', async () => {
    const auth = await demoAppAuth(MAYA, ['schedule:read', 'invoices:read', 'clients:read', 'bookings:write']);
    const maya = { r: [{ __typename: 'Trainer', id: trainer('maya').id }] };
    for (const [selection, coordinate] of [
      ['bankAccounts { id }', 'Trainer.bankAccounts'],
      ['taxRemittances { id }', 'Trainer.taxRemittances'],
      ['expenses { edges { node { id } } }', 'Trainer.expenses'],
    ]) {
      const result = await run(bed.server, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { ${selection} } } }`, maya, auth);
      expect(result.errors).toEqual([refusal(coordinate)]);
    }
    const payables = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Studio { payables { total } } } }',
      { r: [{ __typename: 'Studio', id: studio('harbourfront').id }] },
      auth,
    );
    expect(payables.errors).toEqual([refusal('Studio.payables')]);
    const taxReturn = await run(bed.server, '{ taxReturn(periodStart: "2026-01-01", periodEnd: "2026-03-31") { invoiceCount } }', {}, auth);
    expect(taxReturn.errors).toEqual([refusal('Query.taxReturn')]);
    const invoice = demoTenant().invoices.find((i) => i.trainerId === trainer('maya').id && i.status !== 'paid')!;
    const sent = await run(bed.server, 'mutation($id: ID!) { markInvoiceSent(id: $id) { id } }', { id: invoice.id }, auth);
    expect(sent.errors).toEqual([refusal('Mutation.markInvoiceSent')]);
  });
});

describe('an app without invoices:read, at the finance subgraph', () => {
  it('is refused invoices, naming invoices:read', async () => {
    const auth = await demoAppAuth(MAYA, ['schedule:read', 'clients:read', 'bookings:write']);
    const mine = demoTenant().invoices.find((i) => i.trainerId === trainer('maya').id)!;
    const one = await run(bed.server, ONE, { id: mine.id }, auth);
    expect(one).toEqual({ data: null, errors: [refusal('Query.invoice', 'invoices:read')] });
    const list = await run(bed.server, invoicesOf('Trainer'), { r: [{ __typename: 'Trainer', id: trainer('maya').id }] }, auth);
    expect(list.errors).toEqual([refusal('Trainer.invoices', 'invoices:read')]);
    const client = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { invoices { edges { node { id } } } } } }',
      { r: [{ __typename: 'Client', id: demoTenant().clients[0].id }] },
      await demoAppAuth(MAYA, ['invoices:read', 'clients:read']),
    );
    expect(client.errors).toEqual([refusal('Client.invoices')]);
  });
});
