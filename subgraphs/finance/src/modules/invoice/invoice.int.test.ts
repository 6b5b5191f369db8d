import { Decimal } from '@fitflow/kit';
import { demoAmountPaid, demoInvoiceStatus, type DemoInvoice } from '@fitflow/demo';
import { demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, execute, UNKNOWN_ID as UNKNOWN, type GraphQLResult } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const bed = useFinanceTestBed();

const tenant = () => demoTenant();
/** Demo invoices in API order: newest invoice date first, then id descending. */
const newestFirst = (invoices: DemoInvoice[]) => [...invoices].sort((a, b) => b.invoiceDate.localeCompare(a.invoiceDate) || b.id.localeCompare(a.id));
/** Money as the API prints it (docs/money.md): dollars with exactly two decimals. */
const MONEY = /^-?\d+\.\d{2}$/;

interface ApiInvoice {
  id: string;
  invoiceNumber: string;
  subtotal: string;
  total: string;
  taxLines: { tax: string; rate: string; amount: string }[];
  items: { id: string; quantity: string; unitPrice: string; amount: string; taxRate: string | null; appointment: { id: string } | null }[];
}

const INVOICE_FIELDS = /* GraphQL */ `
  id invoiceNumber invoiceType invoiceDate dueDate periodStart periodEnd subtotal total currency status
  taxLines { tax rate amount }
  items { id description quantity unitPrice amount taxRate appointment { id } }
  amountPaid balanceDue
  trainer { id } studio { id } client { id }`;

const STUDIO_INVOICES = /* GraphQL */ `
  query($r: [_Any!]!, $first: Int, $after: String, $status: InvoiceStatus) {
    _entities(representations: $r) {
      ... on Studio { id invoices(first: $first, after: $after, status: $status) { edges { cursor node { ${INVOICE_FIELDS} } } pageInfo { hasNextPage endCursor } } }
    }
  }`;

const TRAINER_INVOICES = /* GraphQL */ `
  query($r: [_Any!]!, $first: Int, $after: String, $status: InvoiceStatus) {
    _entities(representations: $r) {
      ... on Trainer { id invoices(first: $first, after: $after, status: $status) { edges { node { ${INVOICE_FIELDS} } } pageInfo { hasNextPage endCursor } } }
    }
  }`;

const nodes = (connection: { edges: { node: ApiInvoice }[] }) => connection.edges.map((e) => e.node);

describe('finance subgraph: invoices', () => {
  it('shows a studio admin the invoices addressed to their studio once issued, as the demo tenant billed them', async () => {
    const harbourfront = studio('harbourfront');
    const expected = newestFirst(tenant().invoices.filter((i) => i.studioId === harbourfront.id && i.status !== 'draft'));
    expect(expected.length, 'the demo tenant has issued Harbourfront invoices').toBeGreaterThan(1);

    const result = await execute(
      bed.server,
      STUDIO_INVOICES,
      { r: [{ __typename: 'Studio', id: harbourfront.id }], first: 100 },
      await demoAuth('studio@harbourfront.demo'),
    );
    expect(result.errors).toBeUndefined();
    const page = result.data!._entities[0].invoices;
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(nodes(page).map((i) => i.invoiceNumber)).toEqual(expected.map((i) => i.invoiceNumber));
    for (const [n, invoice] of expected.entries()) {
      expect(page.edges[n].node).toMatchObject({
        id: invoice.id,
        invoiceType: 'STUDIO',
        status: demoInvoiceStatus(invoice, new Date()),
        currency: 'CAD',
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        subtotal: invoice.subtotal.toFixed(2),
        total: invoice.total.toFixed(2),
        amountPaid: demoAmountPaid(invoice).toFixed(2),
        balanceDue: invoice.total.minus(demoAmountPaid(invoice)).toFixed(2),
        trainer: { id: invoice.trainerId },
        studio: { id: harbourfront.id },
        client: null,
      });
      expect(page.edges[n].node.items).toHaveLength(invoice.items.length);
      expect(page.edges[n].node.items.map((i: { appointment: { id: string } }) => i.appointment.id)).toEqual(invoice.items.map((i) => i.appointmentId));
    }
    // Ontario: HST 13 %, charged by GST registrants (Maya and Liam both are); Sofia, a small supplier, charges none.
    const maya = page.edges.find((e: { node: ApiInvoice }) => e.node.invoiceNumber.startsWith('MC-'));
    expect(maya.node.taxLines).toEqual([
      { tax: 'HST', rate: '0.13', amount: expected.find((i) => i.trainerId === trainer('maya').id)!.taxDetails.lines[0]!.amount },
    ]);
    const sofia = page.edges.find((e: { node: ApiInvoice }) => e.node.invoiceNumber.startsWith('SR-'));
    expect(sofia.node.taxLines).toEqual([]);
  });

  it("keeps a trainer's drafts from the studio billed: missing from its list, and answered like an unknown id", async () => {
    const harbourfront = studio('harbourfront');
    const drafts = tenant().invoices.filter((i) => i.studioId === harbourfront.id && i.status === 'draft');
    expect(drafts.length, 'the demo tenant has no draft Harbourfront invoice').toBeGreaterThan(0);
    const auth = await demoAuth('studio@harbourfront.demo');

    const list = await execute(bed.server, STUDIO_INVOICES, { r: [{ __typename: 'Studio', id: harbourfront.id }], first: 100, status: 'DRAFT' }, auth);
    expect(list.errors).toBeUndefined();
    expect(list.data!._entities[0].invoices.edges).toEqual([]);

    const query = 'query($id: ID!) { invoice(id: $id) { id status } }';
    const unknown = await execute(bed.server, query, { id: UNKNOWN }, auth);
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id total } } }';
    for (const draft of drafts) {
      const byId = await execute(bed.server, query, { id: draft.id }, auth);
      expect(byId.data).toBeNull();
      expect(byId.errors).toEqual(unknown.errors);
      const reference = await execute(bed.server, entities, { r: [{ __typename: 'Invoice', id: draft.id }] }, auth);
      expect(reference.errors).toBeUndefined();
      expect(reference.data!._entities).toEqual([null]);
    }
    // The trainer who keeps the books still sees the draft.
    const own = await execute(bed.server, query, { id: drafts[0].id }, await demoAuth(tenant().trainers.find((t) => t.id === drafts[0].trainerId)!.email));
    expect(own.data!.invoice).toEqual({ id: drafts[0].id, status: 'DRAFT' });
  });

  it('adds every invoice up exactly: items to the subtotal, subtotal and taxes to the total', async () => {
    const representations = tenant().trainers.map((t) => ({ __typename: 'Trainer', id: t.id }));
    const result = await execute(bed.server, TRAINER_INVOICES, { r: representations, first: 100 }, await demoAuth('admin@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    // Other test files add invoices of their own to the same database; the arithmetic is checked on the demo tenant's.
    const demoIds = new Set(tenant().invoices.map((i) => i.id));
    const invoices: ApiInvoice[] = result
      .data!._entities.flatMap((t: { invoices: { edges: { node: ApiInvoice }[] } }) => nodes(t.invoices))
      .filter((i: ApiInvoice) => demoIds.has(i.id));
    expect(invoices.map((i) => i.id).sort()).toEqual(
      tenant()
        .invoices.map((i) => i.id)
        .sort(),
    );
    for (const invoice of invoices) {
      const demo = tenant().invoices.find((i) => i.id === invoice.id)!;
      const itemSum = invoice.items.reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
      const taxSum = invoice.taxLines.reduce((sum, line) => sum.plus(line.amount), new Decimal(0));
      expect(itemSum.toFixed(2)).toBe(invoice.subtotal);
      expect(new Decimal(invoice.subtotal).plus(taxSum).toFixed(2)).toBe(invoice.total);
      expect(invoice.total).toBe(demo.total.toFixed(2));
      for (const item of invoice.items) {
        expect(new Decimal(item.quantity).times(item.unitPrice).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe(item.amount);
      }
      expect(invoice.items.map((i) => [i.id, i.amount, i.taxRate])).toEqual(demo.items.map((i) => [i.id, i.amount.toFixed(2), null]));
      // Every amount with exactly two decimals, as a string; rates and quantities stay plain decimals.
      const amounts = [invoice.subtotal, invoice.total, ...invoice.taxLines.map((l) => l.amount), ...invoice.items.flatMap((i) => [i.unitPrice, i.amount])];
      expect(amounts.filter((a) => typeof a !== 'string' || !MONEY.test(a))).toEqual([]);
    }
  });

  it("lets Maya read her invoice by id, but Liam, another studio's admin and a client get NOT_FOUND as for an unknown id", async () => {
    const mine = tenant().invoices.find((i) => i.trainerId === trainer('maya').id && i.studioId === studio('harbourfront').id)!;
    const query = `query($id: ID!) { invoice(id: $id) { id invoiceNumber total } }`;
    const own = await execute(bed.server, query, { id: mine.id }, await demoAuth('maya@fitflow.demo'));
    expect(own.errors).toBeUndefined();
    expect(own.data!.invoice).toEqual({ id: mine.id, invoiceNumber: mine.invoiceNumber, total: mine.total.toFixed(2) });

    const unknown = await execute(bed.server, query, { id: UNKNOWN }, await demoAuth('liam@fitflow.demo'));
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Invoice not found.', extensions: { code: 'NOT_FOUND' } });
    for (const email of ['liam@fitflow.demo', 'studio@kitsflow.demo', 'emma.wilson@example.com']) {
      const theirs = await execute(bed.server, query, { id: mine.id }, await demoAuth(email));
      expect(theirs.data).toBeNull();
      expect(theirs.errors).toEqual(unknown.errors);
    }
  });

  it("shows a studio admin nothing of another studio's invoices, and a trainer only their own at a shared studio", async () => {
    const kits = studio('kits');
    const other = await execute(bed.server, STUDIO_INVOICES, { r: [{ __typename: 'Studio', id: kits.id }] }, await demoAuth('studio@harbourfront.demo'));
    expect(other.errors).toBeUndefined();
    expect(other.data!._entities[0].invoices).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });

    const harbourfront = studio('harbourfront');
    const liam = await execute(bed.server, STUDIO_INVOICES, { r: [{ __typename: 'Studio', id: harbourfront.id }] }, await demoAuth('liam@fitflow.demo'));
    expect(nodes(liam.data!._entities[0].invoices).map((i) => i.id)).toEqual(
      newestFirst(tenant().invoices.filter((i) => i.studioId === harbourfront.id && i.trainerId === trainer('liam').id)).map((i) => i.id),
    );
  });

  it("pages a trainer's invoices newest first with a keyset cursor, and filters by status", async () => {
    const maya = trainer('maya');
    const expected = newestFirst(tenant().invoices.filter((i) => i.trainerId === maya.id));
    expect(expected.length).toBeGreaterThan(1);
    const auth = await demoAuth('maya@fitflow.demo');
    const r = [{ __typename: 'Trainer', id: maya.id }];
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < expected.length; n++) {
      const result: GraphQLResult = await execute(bed.server, TRAINER_INVOICES, { r, first: 1, after }, auth);
      expect(result.errors).toBeUndefined();
      const page: { edges: { node: ApiInvoice }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = result.data!._entities[0].invoices;
      seen.push(...nodes(page).map((i) => i.id));
      expect(page.pageInfo.hasNextPage).toBe(n < expected.length - 1);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((i) => i.id));

    // Each status filter agrees with the statuses shown: Maya's unpaid Kitsilano invoice is OVERDUE, not PARTIALLY_PAID.
    const shown = expected.map((i) => demoInvoiceStatus(i, new Date()));
    expect(shown).toContain('OVERDUE');
    for (const status of ['DRAFT', 'ISSUED', 'SENT', 'PARTIALLY_PAID', 'PAID', 'OVERDUE']) {
      const page = await execute(bed.server, TRAINER_INVOICES, { r, first: 100, status }, auth);
      expect(
        nodes(page.data!._entities[0].invoices).map((i) => i.id),
        status,
      ).toEqual(expected.filter((_, n) => shown[n] === status).map((i) => i.id));
    }
  });

  it('refuses a forged cursor and an out-of-range page size with BAD_USER_INPUT', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const r = [{ __typename: 'Trainer', id: trainer('maya').id }];
    const forged = await execute(
      bed.server,
      TRAINER_INVOICES,
      { r, first: 5, after: Buffer.from(JSON.stringify(['not a date', UNKNOWN])).toString('base64url') },
      auth,
    );
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await execute(bed.server, TRAINER_INVOICES, { r, first: 500 }, auth);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows what was paid and what is still due once a studio pays part of an invoice, every amount with two decimals', async () => {
    const invoice = tenant().invoices.find((i) => i.studioId === studio('harbourfront').id && i.status === 'sent' && !i.payments.length)!;
    const half = invoice.total.dividedBy(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const payments = [
      {
        invoiceId: invoice.id,
        trainerId: invoice.trainerId,
        studioId: invoice.studioId,
        amount: half.toFixed(2),
        paymentDate: '2026-01-05',
        paymentMethod: 'e-transfer',
        referenceNumber: 'ET-1001',
        status: 'completed',
      },
      {
        invoiceId: invoice.id,
        trainerId: invoice.trainerId,
        studioId: invoice.studioId,
        amount: '10.00',
        paymentDate: '2026-01-06',
        paymentMethod: 'cheque',
        referenceNumber: 'CHQ-17',
        status: 'failed',
      },
    ];
    const inserted: { id: string }[] = await bed.owner.query(
      `insert into finance.payments (invoice_id, trainer_id, studio_id, amount, payment_date, payment_method, reference_number, status)
       select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::numeric[], $5::date[], $6::text[], $7::text[], $8::text[]) returning id`,
      ['invoiceId', 'trainerId', 'studioId', 'amount', 'paymentDate', 'paymentMethod', 'referenceNumber', 'status'].map((k) =>
        payments.map((p) => p[k as keyof typeof p]),
      ),
    );
    try {
      const result = await execute(
        bed.server,
        'query($id: ID!) { invoice(id: $id) { total amountPaid balanceDue payments { amount paymentDate paymentMethod referenceNumber status } } }',
        { id: invoice.id },
        await demoAuth('studio@harbourfront.demo'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.invoice).toEqual({
        total: invoice.total.toFixed(2),
        amountPaid: half.toFixed(2),
        balanceDue: invoice.total.minus(half).toFixed(2),
        payments: [
          { amount: half.toFixed(2), paymentDate: '2026-01-05', paymentMethod: 'E_TRANSFER', referenceNumber: 'ET-1001', status: 'COMPLETED' },
          { amount: '10.00', paymentDate: '2026-01-06', paymentMethod: 'CHEQUE', referenceNumber: 'CHQ-17', status: 'FAILED' },
        ],
      });
    } finally {
      await bed.owner.query('delete from finance.payments where id = any($1::uuid[])', [inserted.map((p) => p.id)]);
    }
  });
});
