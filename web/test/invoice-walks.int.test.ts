import { demoEmma, demoStudio, demoTrainer, testEnv } from '@fitflow/testkit';
import { DateTime } from 'luxon';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Month-end in the browser, on the real stack (see ./harness.ts): Maya generates last month's
 * invoices, reviews and issues the Harbourfront one, downloads its PDF; the Harbourfront admin
 * approves and pays it; Maya sees it paid. Every page visited is checked with axe; screenshots land in
 * web/test-results/.
 *
 * Issued invoices are frozen by triggers and never deleted by the app's roles, so everything the walk
 * makes — invoices, credit notes, their lines, documents, payments, and the numbers taken from Maya's
 * sequence — is removed afterwards through the superuser connection with
 * `session_replication_role = replica`, and the drafts that existed before are put back as they were:
 * other files read the demo tenant unchanged. The audit and access-log rows the walk caused stay
 * (append-only, hash-chained: docs/security.md, "Audit trail").
 */
let app: WebApp;
let db: pg.Pool;
let before: Snapshot;

beforeAll(async () => {
  db = new pg.Pool({ connectionString: testEnv().adminUrl, max: 2 });
  before = await snapshot();
  app = await startWebApp(import.meta.filename);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  try {
    await restore(before);
    // Other files read the demo tenant: finance is as the walk found it, or this file fails.
    const after = await snapshot();
    expect([...after.invoices.entries()].toSorted()).toEqual([...before.invoices.entries()].toSorted());
    expect([...after.items].toSorted()).toEqual([...before.items].toSorted());
    expect([...after.payments].toSorted()).toEqual([...before.payments].toSorted());
    expect(after.sequences.toSorted((a, b) => `${a.trainer_id}${a.year}`.localeCompare(`${b.trainer_id}${b.year}`))).toEqual(
      before.sequences.toSorted((a, b) => `${a.trainer_id}${a.year}`.localeCompare(`${b.trainer_id}${b.year}`)),
    );
  } finally {
    await db?.end();
  }
});

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** What people must never read: error codes, the server's internal wording, IANA zone ids. */
const RAW = /BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT|INTERNAL_SERVER_ERROR|must be a UUID|\d{3}: [A-Z]|America\/|NaN|undefined/;

const maya = demoTrainer('maya');
const harbourfront = demoStudio('harbourfront');
const emma = demoEmma();

/** The page says nothing raw, and axe finds nothing serious. */
async function checkPage(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(RAW);
  await app.expectAccessible(page);
}
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });

/** Fails when the page is wider than the screen (a phone would scroll sideways). */
async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${page.url()}`).toBeLessThanOrEqual(width);
}

describe('month-end in the browser', () => {
  it('Maya generates last month’s invoices, issues Harbourfront’s and downloads its PDF; Harbourfront approves and pays it; Maya sees it paid', async () => {
    const today = DateTime.now().setZone(maya.timeZone);
    const lastMonth = today.minus({ months: 1 }).toFormat('yyyy-MM');
    let invoiceId = '';
    let number = '';
    let total = '';

    await app.withPage(
      DESKTOP,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
        await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
        // The month before today in Maya's zone is what month-end bills, unless she picks another.
        expect(await page.getByLabel('Period').inputValue()).toBe(lastMonth);
        const list = page.getByRole('region', { name: 'Your and your team’s invoices' });
        await list.getByRole('link', { name: /^MC-2026-0001$/ }).waitFor();
        await page.getByRole('table', { name: /Revenue by month of service and studio/ }).waitFor();
        await checkPage(page);
        await shot(page, 'invoices');

        await page.getByRole('button', { name: 'Generate invoices' }).click();
        const outcome = page.getByRole('status').filter({ hasText: 'sessions added' });
        await outcome.waitFor({ timeout: 15_000 });
        expect(await outcome.innerText()).toMatch(/\d+ drafts? created/);
        await checkPage(page);
        await shot(page, 'invoices-generated');

        // The Harbourfront draft: the document as the studio will read it.
        await outcome.getByRole('link', { name: 'Harbourfront Movement draft' }).click();
        await page.getByRole('heading', { level: 1, name: /^Draft invoice to Harbourfront Movement/ }).waitFor();
        invoiceId = new URL(page.url()).pathname.split('/').at(-1)!;
        const document = page.getByRole('article');
        expect(await document.innerText()).toContain('Toronto (ET)');
        expect(await document.innerText()).toMatch(/HST \(Ontario\) 13 %/);
        const draftTotal = await page.getByTestId('invoice-total').innerText();

        // A line by hand: the tax engine previews what issuing would charge with it; then it goes again.
        await page.getByLabel('Description').fill('Mat rental');
        await page.getByLabel('Unit price').fill('15');
        await page.getByLabel('Kind').selectOption('GOODS');
        await expect.poll(() => page.locator('.tax-preview').innerText(), { timeout: 10_000 }).toMatch(/\$16\.95 more than now/);
        await checkPage(page);
        await shot(page, 'invoice-draft');
        await page.getByRole('button', { name: 'Add line' }).click();
        await page.getByRole('status').filter({ hasText: 'Line added: Mat rental, $15.00.' }).waitFor();
        await page.getByRole('button', { name: 'Remove line: Mat rental' }).click();
        await page.getByRole('button', { name: 'Remove line: Mat rental' }).waitFor({ state: 'detached' });
        await expect.poll(() => page.getByTestId('invoice-total').innerText()).toBe(draftTotal);

        await page.getByRole('button', { name: 'Issue invoice' }).click();
        const heading = page.getByRole('heading', { level: 1, name: /^Invoice MC-2026-\d{4,}/ });
        await heading.waitFor({ timeout: 15_000 });
        number = /MC-2026-\d{4,}/.exec(await heading.innerText())![0];
        await page
          .getByRole('status')
          .filter({ hasText: `Issued as ${number}` })
          .waitFor();
        total = await page.getByTestId('invoice-total').innerText();
        expect(total).toBe(draftTotal);

        // The PDF: the link is asked for on the click. The in-process gateway listens on a free port,
        // not on PUBLIC_URL's, so the browser's request for the link is answered by this stack's gateway.
        await page.route('**/documents/invoices/*.pdf', async (route) => {
          const at = new URL(new URL(route.request().url()).pathname, app.stack.gatewayUrl).toString();
          await route.fulfill({ response: await route.fetch({ url: at }) });
        });
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
        expect(download.suggestedFilename()).toBe(`${number}.pdf`);
        const pdf = readFileSync(await download.path());
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const text = await pdfText(pdf);
        expect(text).toContain(number);
        expect(text).toContain(total);
        expect(await page.locator('a.pdf-link').getAttribute('href')).toMatch(/\/documents\/invoices\/[^/]+\.pdf$/);

        await page.getByRole('button', { name: 'Mark as sent' }).click();
        await page.getByRole('status').filter({ hasText: 'Marked as sent to Harbourfront Movement.' }).waitFor();

        // A payment over the balance is refused with the API's sentence beside the amount; a part is recorded.
        const amount = page.getByLabel('Amount received (CAD)');
        expect(await amount.inputValue()).toBe(total.replace(/[$,]/g, ''));
        await amount.fill('99999.00');
        await page.getByRole('button', { name: 'Record payment' }).click();
        const refusal = page.getByRole('alert').filter({ hasText: /balance due/ });
        await refusal.waitFor();
        expect(await refusal.getAttribute('id')).toBe(await amount.getAttribute('aria-describedby'));
        expect(await refusal.innerText()).toMatch(/^Amount received/);
        expect(await amount.getAttribute('aria-invalid')).toBe('true');
        await checkPage(page);
        await shot(page, 'invoice-payment-refused');
        await amount.fill('100');
        await page.getByLabel(/Reference/).fill('ET-5521');
        await page.getByRole('button', { name: 'Record payment' }).click();
        await page.getByRole('status').filter({ hasText: 'Payment of $100.00 recorded.' }).waitFor();
        await expect.poll(() => page.locator('.page-head .badge').innerText()).toBe('Partly paid');
        await checkPage(page);
        await shot(page, 'invoice-issued');
      },
      'invoice-walk-maya',
    );

    await harbourfrontApprovesAndPays(invoiceId, number);

    await app.withPage(
      DESKTOP,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/invoices/${invoiceId}`);
        await page.getByRole('heading', { level: 1, name: `Invoice ${number} to Harbourfront Movement` }).waitFor({ timeout: 15_000 });
        expect(await page.locator('.page-head .badge').innerText()).toBe('Paid');
        await page.getByText('Approved by the studio').waitFor();
        const payments = page.getByRole('region', { name: /Payments received/ });
        expect(await payments.innerText()).toContain('Recorded by Harbourfront Movement');
        expect(await page.getByRole('row', { name: /Paid so far/ }).innerText()).toContain(total);

        // Voiding a paid invoice is refused, and the API's sentence says what to do instead.
        await page.getByRole('button', { name: 'Void invoice' }).click();
        await page.getByLabel(/Why is it void/).fill('Billed twice');
        await page.getByRole('button', { name: `Void ${number}` }).click();
        await page.getByRole('alert').filter({ hasText: 'This invoice is paid' }).waitFor();
        await checkPage(page);
        await shot(page, 'invoice-paid');

        // A credit note for one line: numbered from the same sequence, listed on the invoice.
        await page.getByRole('button', { name: 'Create credit note' }).click();
        const copy = page.getByLabel('Credit a line of the invoice');
        await copy.selectOption({ index: 1 });
        await page.getByLabel('Reason (printed on the credit note)').fill('One session billed by mistake');
        await page.getByRole('button', { name: 'Issue credit note' }).click();
        const credited = page.getByRole('status').filter({ hasText: /Credit note MC-2026-\d{4,} issued/ });
        await credited.waitFor({ timeout: 15_000 });
        const creditNumber = /MC-2026-\d{4,}/.exec(await credited.innerText())![0];
        await page.getByRole('link', { name: creditNumber }).click();
        await page.getByRole('heading', { level: 1, name: `Credit note ${creditNumber} to Harbourfront Movement` }).waitFor();
        await page.getByText(`Credits invoice ${number}.`).waitFor();
        await checkPage(page);
        await shot(page, 'invoice-credit-note');

        // The list says it as people say it.
        await page.goto(`${app.appUrl}/trainer/invoices?status=PAID`);
        await page.getByRole('link', { name: number }).waitFor({ timeout: 15_000 });
        await checkPage(page);
      },
      'invoice-walk-paid',
    );

    // On a phone: nothing cut off, nothing scrolls sideways.
    await app.withPage(
      PHONE,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/invoices`);
        await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor({ timeout: 15_000 });
        await page.getByRole('link', { name: number }).waitFor();
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'invoices-phone');
        await page.getByRole('link', { name: number }).click();
        await page.getByRole('heading', { level: 1, name: `Invoice ${number} to Harbourfront Movement` }).waitFor();
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'invoice-phone');
        const kitsDraft = page;
        await kitsDraft.goto(`${app.appUrl}/trainer/invoices?status=DRAFT`);
        await kitsDraft.getByRole('link', { name: 'Draft for Kitsilano Flow Studio' }).first().click();
        await kitsDraft.getByRole('heading', { level: 1, name: /^Draft invoice to Kitsilano Flow Studio/ }).waitFor({ timeout: 15_000 });
        await expectNoSidewaysScroll(kitsDraft);
        await checkPage(kitsDraft);
        await shot(kitsDraft, 'invoice-draft-phone');
      },
      'invoice-walk-phone',
    );
  }, 240_000);
});

describe('a client invoice in the browser', () => {
  it('Maya drafts an invoice to Emma with a package line, sees it taxed where Emma lives, is told an empty draft cannot be issued, and deletes it', async () => {
    await app.withPage(
      DESKTOP,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/invoices`);
        await page.getByRole('link', { name: 'New client invoice' }).click();
        await page.getByRole('heading', { level: 1, name: 'New client invoice' }).waitFor({ timeout: 15_000 });
        await page.getByLabel('Client', { exact: true }).selectOption({ label: `${emma.firstName} ${emma.lastName}` });
        await page.getByLabel('Where the client lives').selectOption('ON');
        const sessions = page.getByRole('group', { name: 'Completed sessions not yet invoiced' });
        await expect.poll(() => sessions.innerText(), { timeout: 15_000 }).not.toMatch(/Loading|Choose a client/);
        await page.getByRole('button', { name: 'Add a line' }).click();
        await page.getByLabel('Description').fill('10-session pack');
        await page.getByLabel('Unit price (CAD)').fill('650');
        await checkPage(page);
        await shot(page, 'invoice-new-client');

        await page.getByRole('button', { name: 'Create draft' }).click();
        await page.getByRole('heading', { level: 1, name: `Draft invoice to ${emma.firstName} ${emma.lastName}` }).waitFor({ timeout: 15_000 });
        const document = page.getByRole('article');
        await expect.poll(() => document.innerText()).toMatch(/HST \(Ontario\) 13 %/);
        expect(await page.getByTestId('invoice-total').innerText()).toBe('$734.50');
        await checkPage(page);
        await shot(page, 'invoice-client-draft');

        // Without lines there is nothing to issue: the API's sentence says so.
        await page.getByRole('button', { name: 'Remove line: 10-session pack' }).click();
        await page.locator('.state-empty', { hasText: 'No lines yet.' }).waitFor();
        await page.getByRole('button', { name: 'Issue invoice' }).click();
        await page.getByRole('alert').filter({ hasText: 'This draft has no lines' }).waitFor();
        await checkPage(page);

        await page.getByRole('button', { name: 'Delete draft' }).click();
        await page.getByRole('button', { name: 'Yes, delete draft' }).click();
        await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor({ timeout: 15_000 });
        await page
          .getByRole('status')
          .filter({ hasText: `The draft for ${emma.firstName} ${emma.lastName} was deleted.` })
          .waitFor();
      },
      'invoice-walk-client',
    );
  }, 90_000);
});

/**
 * The Harbourfront admin (studio@harbourfront.demo) signs in to the studio portal, finds the invoice among
 * those the studio received, approves it, and records that the studio paid its balance (the amount the
 * form fills in).
 */
async function harbourfrontApprovesAndPays(invoiceId: string, number: string) {
  await app.withPage(
    DESKTOP,
    harbourfront.timeZone,
    async (page) => {
      await app.signIn(page, 'studio@harbourfront.demo');
      await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
      const table = page.getByRole('region', { name: 'Invoices received, newest first' });
      const row = table.getByRole('row', { name: new RegExp(`^${number} `) });
      await row.waitFor({ timeout: 15_000 });
      await row.getByRole('button', { name: `Approve ${number}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${number} approved.` })
        .waitFor();
      await row.getByRole('button', { name: `Record payment for ${number}` }).click();
      const form = page.getByRole('form', { name: `Record payment for ${number}` });
      await form.getByRole('button', { name: 'Record payment', exact: true }).click();
      await expect.poll(() => row.innerText()).toMatch(/\bPaid\b/);
      await checkPage(page);
      await shot(page, 'invoice-walk-studio-paid');
    },
    `invoice-walk-studio-${invoiceId.slice(0, 8)}`,
  );
}

/** pdfjs-dist's standard font data (it warns without it; the text is the same). */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** A PDF's text as a reader sees it, pages joined; no-break spaces read as spaces. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join('\n').replace(/[ \u00a0]+/g, ' ');
}

/** What the walk may change, as it was before. */
interface Snapshot {
  at: Date;
  invoices: Map<string, Record<string, unknown>>;
  items: Set<string>;
  payments: Set<string>;
  sequences: { trainer_id: string; year: number; last_number: number }[];
}

async function snapshot(): Promise<Snapshot> {
  const [{ now }] = (await db.query<{ now: Date }>('select now()')).rows;
  const invoices = (await db.query<{ id: string; row: Record<string, unknown> }>('select id, to_jsonb(i) as row from finance.invoices i')).rows;
  const items = (await db.query<{ id: string }>('select id from finance.invoice_items')).rows;
  const payments = (await db.query<{ id: string }>('select id from finance.payments')).rows;
  const sequences = (await db.query<Snapshot['sequences'][number]>('select trainer_id, year, last_number from finance.invoice_sequences')).rows;
  return {
    at: now,
    invoices: new Map(invoices.map((r) => [r.id, r.row])),
    items: new Set(items.map((r) => r.id)),
    payments: new Set(payments.map((r) => r.id)),
    sequences,
  };
}

/**
 * Puts finance back as {@link snapshot} found it: what the walk made deleted (documents, payments,
 * lines, credit notes, invoices), drafts it changed restored row for row, and every trainer's sequence
 * back at its number — in one transaction with the triggers off. The audit and access-log rows the walk
 * caused stay: the logs are append-only and hash-chained (docs/security.md, "Audit trail").
 */
async function restore(was: Snapshot) {
  const client = await db.connect();
  try {
    await client.query('begin');
    // Issued invoices, their lines and documents are frozen by triggers: this cleanup is not the application.
    await client.query('set local session_replication_role = replica');
    const now = (await client.query<{ id: string; row: Record<string, unknown> }>('select id, to_jsonb(i) as row from finance.invoices i')).rows;
    const made = now.filter((r) => !was.invoices.has(r.id)).map((r) => r.id);
    const changed = now.filter((r) => was.invoices.has(r.id) && JSON.stringify(r.row) !== JSON.stringify(was.invoices.get(r.id))).map((r) => r.id);
    const items = (await client.query<{ id: string }>('select id from finance.invoice_items')).rows.map((r) => r.id).filter((id) => !was.items.has(id));
    const payments = (await client.query<{ id: string }>('select id from finance.payments')).rows.map((r) => r.id).filter((id) => !was.payments.has(id));
    await client.query('delete from finance.invoice_documents where invoice_id = any($1::uuid[])', [made]);
    await client.query('delete from finance.payments where id = any($1::uuid[])', [payments]);
    await client.query('delete from finance.invoice_items where id = any($1::uuid[])', [items]);
    await client.query('delete from finance.invoices where id = any($1::uuid[])', [made]);
    for (const id of changed) {
      await client.query('delete from finance.invoices where id = $1', [id]);
      await client.query('insert into finance.invoices select * from jsonb_populate_record(null::finance.invoices, $1::jsonb)', [
        JSON.stringify(was.invoices.get(id)),
      ]);
    }
    await client.query('delete from finance.invoice_sequences');
    for (const s of was.sequences) {
      await client.query('insert into finance.invoice_sequences (trainer_id, year, last_number) values ($1, $2, $3)', [s.trainer_id, s.year, s.last_number]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
