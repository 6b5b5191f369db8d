import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoStudio, demoTrainer, graphql, postGraphQL, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * An invoice's PDF end to end: its link asked for through the gateway's GraphQL API
 * (`Invoice.pdfUrl`), the document fetched from the gateway's `GET /documents/invoices/<token>.pdf`
 * (which asks the private finance subgraph), byte for byte the same on every download. The invoice is
 * written issued through the finance owner connection, as issueInvoice leaves it, before any document
 * was stored: the first download renders and stores it, later ones return those bytes.
 */

let stack: InProcessStack;
let financeOwner: pg.Client;
const invoiceId = randomUUID();
const invoiceNumber = `MC-2026-${String(1000 + Math.floor(Math.random() * 9000))}`;

beforeAll(async () => {
  financeOwner = new pg.Client({ connectionString: testEnv().urls.finance });
  await financeOwner.connect();
  await financeOwner.query(
    `insert into finance.invoices (id, trainer_id, studio_id, invoice_type, invoice_date, due_date, period_start, period_end,
       subtotal, tax_details, total, status, time_zone, language)
     values ($1, $2, $3, 'studio', '2026-11-01', '2026-12-01', '2026-10-01', '2026-10-31', 55.00,
       '{"province": "ON", "lines": [{"tax": "HST", "jurisdiction": "ON", "rate": "0.13", "base": "55.00", "amount": "7.15"}], "notices": []}',
       62.15, 'draft', 'America/Toronto', 'en')`,
    [invoiceId, demoTrainer('maya').id, demoStudio('harbourfront').id],
  );
  await financeOwner.query(
    `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount, tax_rate, service_date, attendees, location_studio_id)
     values ($1, 0, 'Vinyasa Flow (group)', 1, 55.00, 55.00, 0.13, '2026-10-05', 12, $2)`,
    [invoiceId, demoStudio('harbourfront').id],
  );
  await financeOwner.query(
    `update finance.invoices set status = 'issued', invoice_number = $2, issued_at = now(), place_of_supply = 'ON',
       supplier = '{"name": "Maya Chen", "gstHstNumber": "123456782 RT0001"}', recipient = '{"name": "Harbourfront Wellness"}' where id = $1`,
    [invoiceId, invoiceNumber],
  );
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  // Stored documents and issued lines never change — except here, where the owner lifts the triggers
  // for a moment to leave the shared database as the demo tenant left it.
  await financeOwner.query('begin');
  await financeOwner.query('alter table finance.invoice_documents disable trigger invoice_documents_never_change');
  await financeOwner.query('alter table finance.invoice_items disable trigger invoice_items_frozen_once_issued');
  await financeOwner.query('delete from finance.invoice_documents where invoice_id = $1', [invoiceId]);
  await financeOwner.query('delete from finance.invoice_items where invoice_id = $1', [invoiceId]);
  await financeOwner.query('delete from finance.invoices where id = $1', [invoiceId]);
  await financeOwner.query('alter table finance.invoice_items enable trigger invoice_items_frozen_once_issued');
  await financeOwner.query('alter table finance.invoice_documents enable trigger invoice_documents_never_change');
  await financeOwner.query('commit');
  await financeOwner.end();
});

const PDF_URL = graphql(`
  query InvoicePdfUrl($id: ID!) {
    invoice(id: $id) {
      id
      pdfUrl
    }
  }
`);

const pdfUrl = async (email: string) => {
  const result = await postGraphQL(stack.gatewayUrl, PDF_URL, { id: invoiceId }, { token: (await signInThroughGateway(stack.gatewayUrl, email)).accessToken });
  expect(result.errors).toBeUndefined();
  return result.data!.invoice.pdfUrl;
};
/** The link as served by this test's gateway (the in-process stack listens on a free port, not PUBLIC_URL's). */
const atGateway = (url: string) => new URL(new URL(url).pathname, stack.gatewayUrl).toString();
const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

describe('GET /documents/invoices/<token>.pdf on the gateway', () => {
  it('serves the issued PDF as an attachment named after its number, the same bytes to Maya and to the studio billed', async () => {
    const first = await fetch(atGateway(await pdfUrl('maya@fitflow.demo')));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${invoiceNumber}.pdf"`);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    const bytes = await first.arrayBuffer();
    expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [stored] = (await financeOwner.query('select sha256 from finance.invoice_documents where invoice_id = $1', [invoiceId])).rows;
    expect(stored.sha256).toBe(sha256(bytes));
    const again = await fetch(atGateway(await pdfUrl('studio@harbourfront.demo')));
    expect(again.status).toBe(200);
    expect(sha256(await again.arrayBuffer())).toBe(stored.sha256);

    const { rows } = await financeOwner.query(
      `select count(*)::int as n from finance.access_log where resource_id = $1 and resource_type = 'invoice_document'`,
      [invoiceId],
    );
    expect(rows[0].n).toBe(2);
  });

  it('answers 404 to a tampered or malformed token and 405 to anything but GET, without asking for details', async () => {
    const url = atGateway(await pdfUrl('maya@fitflow.demo'));
    const tampered = url.replace(/\.([A-Za-z0-9_-])([A-Za-z0-9_-]*)\.pdf$/, (_m, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}.pdf`);
    for (const bad of [tampered, new URL('/documents/invoices/not-a-token.pdf', stack.gatewayUrl).toString()]) {
      const response = await fetch(bad);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(405);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });
});
