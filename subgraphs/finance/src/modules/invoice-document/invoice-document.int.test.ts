import { demoAuth, demoEmma, demoStudio as studio, demoTenant, demoTrainer as trainer, execute, testKeyRing, testVerifier } from '@fitflow/testkit';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinanceContext } from '../../context.js';
import { buildFinanceServer } from '../../server.js';
import { useFinanceTestBed } from '../../test-bed.js';
import { DEFAULT_PUBLIC_URL, invoiceLinkKey } from './invoice-document.config.js';
import { INVOICE_DOCUMENT_ROUTE } from './invoice-document.http.js';
import { LINK_LIFETIME_SECONDS, signInvoiceLink } from './invoice-document.link.js';
import { invoiceDocumentModelOf, storeIssuedDocument } from './invoice-document.service.js';

/**
 * Invoice PDFs against PostgreSQL: the document is stored when an invoice is issued (with its
 * SHA-256), a download through the finance subgraph's internal route returns exactly those bytes and
 * lands in the access log, only whoever sees the invoice gets a link, expired, forged and tampered
 * links all get the same 404, and the database refuses any change to a stored document.
 * Issuing itself belongs to the invoicing code: here an issued invoice is written through the owner
 * connection, as issueInvoice leaves it, and its document stored as issueInvoice stores it.
 */

const bed = useFinanceTestBed();
const logLines: string[] = [];
/** A second finance server, listening, whose log lines the tests read (the bed's is silent). */
let route: { url: string; stop(): Promise<void> };
beforeAll(async () => {
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  const server = await buildFinanceServer({ ds: bed.ds, verifier: await testVerifier(), log, keyRing: testKeyRing() });
  const listening = await server.listen(0);
  route = { url: new URL(INVOICE_DOCUMENT_ROUTE, listening.url).toString(), stop: listening.stop };
});

const created: string[] = [];
afterAll(async () => {
  await route?.stop();
  if (!created.length) return;
  // Stored documents and issued lines never change — except here, where the owner lifts the triggers
  // for a moment to leave the shared database as the demo tenant left it.
  await bed.owner.transaction(async (em) => {
    await em.query('alter table finance.invoice_documents disable trigger invoice_documents_never_change');
    await em.query('alter table finance.invoice_items disable trigger invoice_items_frozen_once_issued');
    await em.query('delete from finance.invoice_documents where invoice_id = any($1::uuid[])', [created]);
    await em.query('delete from finance.invoice_items where invoice_id = any($1::uuid[])', [created]);
    await em.query('delete from finance.invoices where id = any($1::uuid[])', [created]);
    await em.query('alter table finance.invoice_items enable trigger invoice_items_frozen_once_issued');
    await em.query('alter table finance.invoice_documents enable trigger invoice_documents_never_change');
  });
});

const maya = () => trainer('maya').id;
const harbourfront = () => studio('harbourfront').id;
const userOf = (email: string) => demoTenant().users.find((u) => u.email === email)!.id;
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A studio invoice from Maya to Harbourfront, written as a draft with two session lines and then
 * issued as issueInvoice leaves it (number, snapshots, taxes) — or, with `snapshots: false`, as the
 * demo's past invoices were issued, without party snapshots; returns its id and number.
 */
async function issuedInvoice(options: { issue?: boolean; snapshots?: boolean } = {}): Promise<{ id: string; number: string }> {
  const id = randomUUID();
  const number = `MC-2026-${String(1000 + Math.floor(Math.random() * 9000))}`;
  created.push(id);
  await bed.owner.query(
    `insert into finance.invoices (id, trainer_id, studio_id, invoice_type, invoice_date, due_date, period_start, period_end,
       subtotal, tax_details, total, status, time_zone, language)
     values ($1, $2, $3, 'studio', '2026-11-01', '2026-12-01', '2026-10-01', '2026-10-31', 110.00,
       '{"province": "ON", "lines": [{"tax": "HST", "jurisdiction": "ON", "rate": "0.13", "base": "110.00", "amount": "14.30"}], "notices": []}',
       124.30, 'draft', 'America/Toronto', 'en')`,
    [id, maya(), harbourfront()],
  );
  await bed.owner.query(
    `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount, tax_rate, service_date, attendees, location_studio_id)
     values ($1, 0, 'Vinyasa Flow (group)', 1, 55.00, 55.00, 0.13, '2026-10-05', 12, $2),
            ($1, 1, 'Power Yoga (group)', 1, 55.00, 55.00, 0.13, '2026-10-12', 9, $2)`,
    [id, harbourfront()],
  );
  if (options.issue === false) return { id, number };
  const supplier = {
    name: 'Maya Chen',
    businessName: 'Maya Chen Fitness',
    address: { line1: '120 Queens Quay W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2V5' },
    gstHstNumber: '123456782 RT0001',
  };
  const recipient = { name: 'Harbourfront Wellness', address: { line1: '235 Queens Quay W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2G8' } };
  const snapshots = options.snapshots !== false;
  await bed.owner.query(
    `update finance.invoices set status = 'issued', invoice_number = $2, issued_at = now(), place_of_supply = 'ON', supplier = $3, recipient = $4 where id = $1`,
    [id, number, snapshots ? JSON.stringify(supplier) : null, snapshots ? JSON.stringify(recipient) : null],
  );
  return { id, number };
}

/** Stores invoice `id`'s document as issueInvoice does: in a unit of work of the trainer who issues it. */
async function storeAsIssued(id: string, email = 'maya@fitflow.demo') {
  const ctx = (await bed.server.createContext({ authorization: await demoAuth(email) })) as FinanceContext;
  return ctx.data.run(async (tx) => storeIssuedDocument(tx, id, await invoiceDocumentModelOf(tx, id)));
}

const PDF_URL = 'query($id: ID!) { invoice(id: $id) { id pdfUrl } }';
const pdfUrlAs = async (email: string, id: string) => execute(bed.server, PDF_URL, { id }, await demoAuth(email));
const LINK = new RegExp(`^${DEFAULT_PUBLIC_URL}/documents/invoices/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)\\.pdf$`);
const tokenOf = (url: string) => LINK.exec(url)![1];

/** Asks the internal route for `token`, as the gateway does. */
const download = (token: string) =>
  fetch(route.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: JSON.stringify({ token }) });

/** The text of a PDF's pages, joined (enough to see what a document names). */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
  const document = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

const accessRows = (invoiceId: string) =>
  bed.owner.query(
    `select user_id, resource_type, action, purpose, host(ip_address) as ip from finance.access_log where resource_id = $1 order by created_at, id`,
    [invoiceId],
  );

describe('an issued invoice has its PDF stored at issue', () => {
  it('stores the rendered document with its SHA-256 and size, and an audit row', async () => {
    const { id } = await issuedInvoice();
    const stored = await storeAsIssued(id);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await bed.owner.query('select language, sha256, byte_size, content from finance.invoice_documents where invoice_id = $1', [id]);
    expect(row).toMatchObject({ language: 'en', sha256: stored.sha256, byte_size: stored.byteSize });
    expect(sha256(row.content)).toBe(stored.sha256);
    expect(row.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const audit = await bed.owner.query(`select user_id, action, new_values from finance.audit_log where table_name = 'invoice_documents' and record_id = $1`, [
      id,
    ]);
    expect(audit).toEqual([
      { user_id: userOf('maya@fitflow.demo'), action: 'create', new_values: { sha256: stored.sha256, byteSize: stored.byteSize, language: 'en' } },
    ]);
  });

  it('is stored once: a second document for the same invoice is refused, and so is one for a draft', async () => {
    const { id } = await issuedInvoice();
    await storeAsIssued(id);
    await expect(storeAsIssued(id)).rejects.toThrow(/duplicate key/);

    const draft = await issuedInvoice({ issue: false });
    const ctx = (await bed.server.createContext({ authorization: await demoAuth('maya@fitflow.demo') })) as FinanceContext;
    const issuedModel = await ctx.data.run((tx) => invoiceDocumentModelOf(tx, id));
    await expect(ctx.data.run((tx) => storeIssuedDocument(tx, draft.id, { ...issuedModel, draft: true, number: null }))).rejects.toThrow(
      /only an issued invoice has a stored document/,
    );
    // The database refuses it too, whatever the code says.
    await expect(ctx.data.run((tx) => storeIssuedDocument(tx, draft.id, issuedModel))).rejects.toThrow(/only an issued invoice has a stored document/);
    expect(await bed.owner.query('select 1 from finance.invoice_documents where invoice_id = $1', [draft.id])).toEqual([]);
  });

  it('may be stored only by whoever keeps the books: the studio billed cannot', async () => {
    const { id } = await issuedInvoice();
    await expect(storeAsIssued(id, 'studio@harbourfront.demo')).rejects.toThrow(/keeps the books/);
    expect(await bed.owner.query('select 1 from finance.invoice_documents where invoice_id = $1', [id])).toEqual([]);
  });
});

describe('the stored document never changes', () => {
  it('refuses UPDATE and DELETE, even to the schema owner, and gives the runtime role no right to try', async () => {
    const { id } = await issuedInvoice();
    await storeAsIssued(id);
    await expect(bed.owner.query(`update finance.invoice_documents set content = 'x'::bytea where invoice_id = $1`, [id])).rejects.toThrow(/never changes/);
    await expect(bed.owner.query(`update finance.invoice_documents set rendered_at = now() where invoice_id = $1`, [id])).rejects.toThrow(/never changes/);
    await expect(bed.owner.query('delete from finance.invoice_documents where invoice_id = $1', [id])).rejects.toThrow(/never changes/);
    await expect(bed.ds.query('delete from finance.invoice_documents where invoice_id = $1', [id])).rejects.toThrow(/permission denied/);
    await expect(bed.ds.query(`update finance.invoice_documents set language = 'fr' where invoice_id = $1`, [id])).rejects.toThrow(/permission denied/);
  });

  it('refuses a hash that is not the content’s', async () => {
    const { id } = await issuedInvoice();
    await expect(
      bed.owner.query(`insert into finance.invoice_documents (invoice_id, language, sha256, content, byte_size) values ($1, 'en', $2, 'x'::bytea, 1)`, [
        id,
        '0'.repeat(64),
      ]),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('downloading through a short-lived signed link', () => {
  it('gives Maya and the studio billed a link each, and returns the stored bytes exactly, each download in the access log', async () => {
    const { id, number } = await issuedInvoice();
    const { sha256: stored } = await storeAsIssued(id);

    for (const email of ['maya@fitflow.demo', 'studio@harbourfront.demo']) {
      const result = await pdfUrlAs(email, id);
      expect(result.errors).toBeUndefined();
      const url = result.data!.invoice.pdfUrl as string;
      expect(url).toMatch(LINK);
      const response = await download(tokenOf(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${number}.pdf"`);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(stored);
    }

    const rows = await accessRows(id);
    expect(rows).toEqual([
      { user_id: userOf('maya@fitflow.demo'), resource_type: 'invoice_document', action: 'export', purpose: 'payment', ip: '203.0.113.9' },
      { user_id: userOf('studio@harbourfront.demo'), resource_type: 'invoice_document', action: 'export', purpose: 'payment', ip: '203.0.113.9' },
    ]);
  });

  it('gives no link to someone who cannot see the invoice: another trainer, another studio (NOT_FOUND, like an unknown id)', async () => {
    const { id } = await issuedInvoice();
    await storeAsIssued(id);
    for (const email of ['liam@fitflow.demo', 'studio@kitsflow.demo']) {
      const result = await pdfUrlAs(email, id);
      expect(codeOf(result), email).toBe('NOT_FOUND');
      expect(JSON.stringify(result)).not.toContain('/documents/invoices/');
    }
  });

  it('answers the same 404 to expired, tampered, forged and malformed tokens, and logs no token and no access', async () => {
    const { id } = await issuedInvoice();
    await storeAsIssued(id);
    const key = invoiceLinkKey({}, testKeyRing());
    const user = userOf('maya@fitflow.demo');
    const expired = await signInvoiceLink({ invoiceId: id, userId: user }, key, new Date(Date.now() - (LINK_LIFETIME_SECONDS + 5) * 1000));
    const valid = tokenOf((await pdfUrlAs('maya@fitflow.demo', id)).data!.invoice.pdfUrl);
    const [header, payload, signature] = valid.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const otherInvoice = demoTenant().invoices.find((i) => i.trainerId !== maya())!.id;
    const tampered = [header, Buffer.from(JSON.stringify({ ...claims, inv: otherInvoice })).toString('base64url'), signature].join('.');
    const forged = await signInvoiceLink({ invoiceId: id, userId: user }, randomBytes(32), new Date());
    const unsigned = [Buffer.from('{"alg":"none"}').toString('base64url'), payload, ''].join('.');
    const unknownInvoice = await signInvoiceLink({ invoiceId: randomUUID(), userId: user }, key, new Date());

    logLines.length = 0;
    const bodies = new Set<string>();
    for (const token of [expired, tampered, forged, unsigned, unknownInvoice, 'not-a-token', 'x'.repeat(5000)]) {
      const response = await download(token);
      expect(response.status).toBe(404);
      bodies.add(await response.text());
    }
    expect([...bodies]).toEqual(['Not found']);
    expect(await accessRows(id)).toEqual([]);
    expect(await accessRows(otherInvoice)).toEqual([]);
    const log = logLines.join('\n');
    for (const token of [expired, tampered, forged, valid]) expect(log).not.toContain(token.split('.')[2] || token);

    const ok = await download(valid);
    expect(ok.status).toBe(200);
    expect(logLines.join('\n')).toContain('invoice document downloaded');
    expect(logLines.join('\n')).not.toContain(valid.split('.')[2]);
  });

  it('previews a draft for whoever keeps its books: marked DRAFT, its parties as the directories give them today, never stored', async () => {
    const { id } = await issuedInvoice({ issue: false });
    const url = (await pdfUrlAs('maya@fitflow.demo', id)).data!.invoice.pdfUrl as string;
    const response = await download(tokenOf(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="DRAFT-${id.slice(0, 8)}.pdf"`);
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain('DRAFT');
    expect(text).toContain('Draft — not a tax invoice');
    expect(text).toContain('Chen Wellness Collective');
    expect(text).toContain('812345676 RT0001');
    expect(text).toContain(demoTenant().studios.find((s) => s.id === harbourfront())!.name);
    expect(await bed.owner.query('select 1 from finance.invoice_documents where invoice_id = $1', [id])).toEqual([]);
    expect(await accessRows(id)).toHaveLength(1);
    // The studio billed does not see a draft, so gets no link to it.
    expect(codeOf(await pdfUrlAs('studio@harbourfront.demo', id))).toBe('NOT_FOUND');
  });

  it("prints a client's draft with the client's name, opened from the sealed directory", async () => {
    const id = randomUUID();
    created.push(id);
    await bed.owner.query(
      `insert into finance.invoices (id, trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end,
         subtotal, tax_details, total, status, time_zone, language, place_of_supply)
       values ($1, $2, $3, 'client', '2026-11-01', '2026-11-15', '2026-10-01', '2026-10-31', 90.00,
         '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "11.70"}]}', 101.70, 'draft', 'America/Toronto', 'en', 'ON')`,
      [id, maya(), demoEmma().id],
    );
    await bed.owner.query(
      `insert into finance.invoice_items (invoice_id, position, description, quantity, unit_price, amount, tax_rate, service_date)
       values ($1, 0, 'Personal training (individual)', 1, 90.00, 90.00, 0.13, '2026-10-14')`,
      [id],
    );
    const response = await download(tokenOf((await pdfUrlAs('maya@fitflow.demo', id)).data!.invoice.pdfUrl));
    expect(response.status).toBe(200);
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain(`${demoEmma().firstName} ${demoEmma().lastName}`);
    expect(text).not.toContain('v1:');
    expect(text).toMatch(/Total \$101\.70 CAD/);
    // The access-log row names the client whose invoice it is.
    const [row] = await bed.owner.query('select subject_client_id from finance.access_log where resource_id = $1', [id]);
    expect(row.subject_client_id).toBe(demoEmma().id);
  });

  it('renders and stores, at its first download, an invoice issued before documents were stored; later downloads return those bytes', async () => {
    // As the demo's past invoices are: issued without party snapshots, and without a document.
    const { id, number } = await issuedInvoice({ snapshots: false });
    const first = await download(tokenOf((await pdfUrlAs('maya@fitflow.demo', id)).data!.invoice.pdfUrl));
    expect(first.status).toBe(200);
    const bytes = await first.arrayBuffer();
    const [stored] = await bed.owner.query('select sha256 from finance.invoice_documents where invoice_id = $1', [id]);
    expect(stored.sha256).toBe(sha256(Buffer.from(bytes)));
    const text = await pdfText(bytes);
    expect(text).toContain('Chen Wellness Collective');
    expect(text).toContain(number);
    expect(text).not.toContain('DRAFT');
    const again = await download(tokenOf((await pdfUrlAs('studio@harbourfront.demo', id)).data!.invoice.pdfUrl));
    expect(sha256(Buffer.from(await again.arrayBuffer()))).toBe(stored.sha256);
    const [audit] = await bed.owner.query(`select reason from finance.audit_log where table_name = 'invoice_documents' and record_id = $1`, [id]);
    expect(audit.reason).toMatch(/issued before documents were stored/);
  });

  it('refuses anything but POST on the internal route', async () => {
    const response = await fetch(route.url);
    expect(response.status).toBe(405);
  });
});
