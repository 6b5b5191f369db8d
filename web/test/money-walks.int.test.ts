import { demoAmountPaid } from '@fitflow/demo';
import { demoTenant, graphql, postGraphQL, signInThroughGateway, testEnv, type Operation } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCents, fromCents, toCents } from '../src/lib/money';
import { quarterDays, quarterLabel, quarterOf, shiftQuarter } from '../src/lib/quarters';
import { addDays, formatDay } from '../src/lib/time';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks through the money screens other than the trainer's invoices, on the real stack (see
 * ./harness.ts): the studio portal's received invoices (approve, record a payment, the PDF), its
 * payables with the CSV export and its trainers' rate history; the trainer's expenses, the quarter's
 * tax return worksheet and the billing profile. Every page visited is checked with axe; screenshots
 * land in web/test-results/.
 *
 * What the walks write — an approval, payments, an expense, saved returns — is removed afterwards
 * through the run's superuser connection (triggers refuse changing issued invoices and filed returns,
 * so the cleanup runs with `session_replication_role = replica`): other test files read the demo
 * tenant unchanged.
 */
let app: WebApp;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** What people must never read: error codes, the API's field names and the server's internal wording. */
const RAW =
  /BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT|INTERNAL_SERVER_ERROR|must be a UUID|\d{3}: [A-Z]|America\/|gstHstPaid|amountBeforeTax|gstHstNumber|effectiveFrom/;

const tenant = demoTenant();
const trainer = (key: string) => tenant.trainers.find((t) => t.key === key)!;
const studio = (key: string) => tenant.studios.find((s) => s.key === key)!;
const maya = trainer('maya');

/**
 * What the walks wrote, to remove afterwards: their expenses (by vendor), the returns saved, and the
 * demo invoice the studio approved and paid (its row as it was, to put back).
 */
const written = {
  since: '',
  expenseVendors: new Set<string>(),
  remittancesBefore: new Set<string>(),
  invoices: new Map<string, Record<string, unknown>>(),
};

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
  await superuser(async (db) => {
    written.since = (await db.query<{ now: string }>('select now()::text as now')).rows[0].now;
    for (const row of (await db.query<{ id: string }>('select id from finance.tax_remittances')).rows) written.remittancesBefore.add(row.id);
  });
}, 120_000);

afterAll(async () => {
  await removeWritten().catch((error: unknown) => console.error('money walks: cleanup failed', error));
  await app?.stop();
});

/** Runs `work` on a connection as the run's superuser. */
async function superuser<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: testEnv().adminUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Keeps `invoiceId`'s row as it is now, to put back after the walk (once). */
async function rememberInvoice(invoiceId: string) {
  if (written.invoices.has(invoiceId)) return;
  const { rows } = await superuser((db) =>
    db.query<{ row: Record<string, unknown> }>('select to_jsonb(i) as row from finance.invoices i where id = $1', [invoiceId]),
  );
  written.invoices.set(invoiceId, rows[0].row);
}

/**
 * Deletes what the walks wrote — and the PDF a first download stored — and puts the invoices they
 * approved and paid back as they were; triggers off for this transaction only (issued invoices and filed
 * returns are frozen). The audit and access-log rows the walks caused stay: the logs are append-only and
 * hash-chained (docs/security.md, "Audit trail"), and rows about records that are gone harm no one.
 */
async function removeWritten() {
  await superuser(async (db) => {
    await db.query('begin');
    await db.query('set local session_replication_role = replica');
    const since = written.since;
    const expenses = await db.query<{ id: string }>('select id from finance.expenses where trainer_id = $1 and vendor = any($2)', [
      maya.id,
      [...written.expenseVendors],
    ]);
    const remittances = await db.query<{ id: string }>('select id from finance.tax_remittances where not (id = any($1::uuid[]))', [
      [...written.remittancesBefore],
    ]);
    const invoiceIds = [...written.invoices.keys()];
    const payments = await db.query<{ id: string }>('select id from finance.payments where invoice_id = any($1::uuid[]) and created_at >= $2', [
      invoiceIds,
      since,
    ]);
    await db.query('delete from finance.expenses where id = any($1::uuid[])', [expenses.rows.map((r) => r.id)]);
    await db.query('delete from finance.tax_remittances where id = any($1::uuid[])', [remittances.rows.map((r) => r.id)]);
    await db.query('delete from finance.payments where id = any($1::uuid[])', [payments.rows.map((r) => r.id)]);
    await db.query('delete from finance.invoice_documents where invoice_id = any($1::uuid[]) and rendered_at >= $2', [invoiceIds, since]);
    for (const [id, row] of written.invoices) {
      await db.query(
        `update finance.invoices i set (status, approved_at, approved_by, paid_at, payment_method, payment_reference, updated_at) =
           (select r.status, r.approved_at, r.approved_by, r.paid_at, r.payment_method, r.payment_reference, r.updated_at
              from jsonb_populate_record(null::finance.invoices, $2) r)
         where i.id = $1`,
        [id, row],
      );
    }
    await db.query('commit');
  });
}

/** The page says nothing raw, and axe finds nothing serious. */
async function checkPage(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(RAW);
  await app.expectAccessible(page);
}
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });

/** Fails when the page is wider than the screen (a phone would scroll sideways). */
async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  // The outermost elements reaching past the screen's edge, to say what to fix.
  const wide = await page.evaluate(
    (screen) =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > screen + 0.5 && !el.closest('.table-scroll')?.contains(el.parentElement))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.innerText.slice(0, 40)}"`),
    width,
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${page.url()}: ${wide.join('; ')}`).toBeLessThanOrEqual(width);
}

/** Asks the gateway as `email` (real HTTP, real sign-in), with typed documents. */
async function gatewayAs(email: string) {
  const { accessToken } = await signInThroughGateway(app.stack.gatewayUrl, email);
  return async <T, V extends Record<string, unknown>>(query: Operation<T, V>, variables: V = {} as V): Promise<T> => {
    const body = await postGraphQL(app.stack.gatewayUrl, query, variables, { token: accessToken });
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
}

const MAYAS_BILLING_PROFILE = graphql(`
  query MoneyWalkBillingProfile {
    me {
      trainer {
        billingProfile {
          gstHstNumber
          businessName
        }
      }
    }
  }
`);

const todayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });

describe('the trainer’s expenses, taxes and billing profile', () => {
  const today = todayIn(maya.timeZone);
  const lastQuarter = shiftQuarter(quarterOf(today), -1);
  const { start, end } = quarterDays(lastQuarter);

  it('Maya records an expense (the API’s refusal beside the field first), sees it in last quarter’s worksheet, saves the return and marks it filed', async () => {
    const vendor = `Walk Fitness Supply ${randomUUID().slice(0, 6)}`;
    written.expenseVendors.add(vendor);
    const expenseDate = addDays(end, -15);
    await app.withPage(
      DESKTOP,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await main(page).getByRole('link', { name: 'Expenses' }).click();
        await page.getByRole('heading', { level: 1, name: 'Expenses' }).waitFor();
        await page.getByRole('button', { name: 'Record an expense' }).click();
        const form = page.getByRole('form', { name: 'Record an expense' });
        await form.getByLabel('Date on the receipt').fill(expenseDate);
        await form.getByLabel('Vendor').fill(vendor);
        await form.getByLabel('What it was').fill('Resistance bands for group classes');
        expect(await form.getByLabel('Province of purchase').inputValue()).toBe('ON');
        await form.getByLabel('Amount before tax (CAD)').fill('120');
        // More GST/HST than any Canadian rate: the API refuses it, and says so beside the field.
        await form.getByLabel('GST/HST paid (CAD)').fill('30.00');
        await expect.poll(() => form.innerText()).toContain('Total paid: $150.00');
        await form.getByRole('button', { name: 'Record expense' }).click();
        const gstError = form.locator('.field-error');
        await gstError.waitFor();
        expect(await gstError.innerText()).toMatch(/^GST\/HST paid must be at most 15 % of the amount before tax \(18\.00 CAD\)/);
        expect(await form.getByLabel('GST/HST paid (CAD)').getAttribute('aria-invalid')).toBe('true');
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('gstHstPaid');
        await checkPage(page);
        await shot(page, 'money-expense-refused');

        await form.getByLabel('GST/HST paid (CAD)').fill('15.60');
        await expect.poll(() => form.innerText()).toContain('Total paid: $135.60');
        await form.getByRole('button', { name: 'Record expense' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Expense recorded (${longDay(expenseDate)}).` })
          .waitFor();
        // The list moved to the quarter the expense went into.
        await page.getByRole('heading', { level: 2, name: quarterLabel(lastQuarter) }).waitFor();
        const row = page.getByRole('row', { name: new RegExp(vendor) });
        await row.waitFor();
        expect(await row.innerText()).toMatch(/\$120\.00[\s\S]*\$15\.60[\s\S]*\$135\.60/);
        await checkPage(page);
        await shot(page, 'money-expenses');

        // A correction replaces the expense's facts (expenses are kept, never deleted).
        await row.getByRole('button', { name: `Correct ${vendor}, ${longDay(expenseDate)}` }).click();
        const correcting = page.getByRole('form', { name: `Correct the expense from ${vendor}` });
        expect(await correcting.getByLabel('Amount before tax (CAD)').inputValue()).toBe('120.00');
        await correcting.getByLabel('Receipt number (optional)').fill('R-1001');
        await correcting.getByRole('button', { name: 'Save correction' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Expense from ${vendor} corrected.` })
          .waitFor();
        await expect.poll(() => row.innerText()).toContain('receipt R-1001');

        await main(page).getByRole('link', { name: 'Taxes' }).click();
        await page.getByRole('heading', { level: 1, name: 'Taxes' }).waitFor();
        await page.getByRole('heading', { level: 2, name: `Worksheet, ${quarterLabel(lastQuarter)}` }).waitFor();
        const gst = page.getByRole('region', { name: 'GST/HST return', exact: true });
        await gst.waitFor();
        // Line 101: Maya's issued invoices dated in the quarter; line 106: the expense just recorded (with any other of hers in it).
        const sales = tenant.invoices
          .filter((i) => i.trainerId === maya.id && i.status !== 'draft' && i.invoiceDate >= start && i.invoiceDate <= end)
          .reduce((sum, i) => sum + toCents(i.subtotal.toFixed(2)), 0n);
        expect(await gst.getByRole('row', { name: /^101 / }).innerText()).toContain(formatCents(sales));
        expect(await gst.getByRole('row', { name: /^106 / }).innerText()).toContain('$15.60');
        await checkPage(page);
        await shot(page, 'money-taxes-worksheet');

        await page.getByRole('button', { name: 'Save return' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Saved for ${quarterLabel(lastQuarter)}` })
          .waitFor();
        const saved = page.getByRole('region', { name: 'Saved returns', exact: true });
        const savedRow = saved.getByRole('row', { name: /GST\/HST return/ }).first();
        await expect.poll(() => savedRow.innerText()).toContain('Ready to file');
        await savedRow.getByRole('button', { name: /^Mark filed/ }).click();
        const filing = saved.getByRole('form', { name: /^Mark filed/ });
        await filing.getByLabel('Confirmation number').fill('WALK-2047');
        expect(await filing.getByLabel('Filed on').inputValue()).toBe(today);
        await filing.getByRole('button', { name: 'Mark filed', exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `marked filed on ${longDay(today)}.` })
          .waitFor();
        await expect.poll(() => savedRow.innerText()).toContain(`Filed ${longDay(today)}, confirmation WALK-2047`);
        await checkPage(page);
        await shot(page, 'money-taxes-filed');

        await savedRow.getByRole('button', { name: /^Mark paid/ }).click();
        const paying = saved.getByRole('form', { name: /^Mark paid/ });
        expect(await paying.getByLabel('Paid on').inputValue()).toBe(today);
        await paying.getByRole('button', { name: 'Mark paid', exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `marked paid on ${longDay(today)}.` })
          .waitFor();
        await expect.poll(() => savedRow.innerText()).toMatch(/^GST\/HST return[\s\S]*Paid\s/);
        expect(await savedRow.getByRole('button').count()).toBe(0);
        await checkPage(page);
      },
      'money-expenses-taxes',
    );
  }, 120_000);

  it('Maya enters a GST/HST number whose check digit is wrong: the API’s message shows beside the field, and nothing is saved', async () => {
    const asMaya = await gatewayAs(maya.email);
    const before = (await asMaya(MAYAS_BILLING_PROFILE)).me.trainer!.billingProfile!;
    expect(before.gstHstNumber).toBe(maya.gstNumber);
    await app.withPage(
      DESKTOP,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await main(page).getByRole('link', { name: 'Billing profile' }).click();
        await page.getByRole('heading', { level: 1, name: 'Billing profile' }).waitFor();
        const number = page.getByLabel('GST/HST number');
        await expect.poll(() => number.inputValue()).toBe(maya.gstNumber);
        await page.getByLabel('Business name (optional)').fill('Walk Fitness Inc.');
        await number.fill('123456789 RT0001');
        await page.getByRole('button', { name: 'Save billing profile' }).click();
        const message = page.locator('.field', { has: number }).locator('.field-error');
        await message.waitFor();
        expect(await number.getAttribute('aria-describedby')).toContain(await message.getAttribute('id'));
        expect(await message.innerText()).toMatch(/^The business number's check digit does not match: check for a typo/);
        expect(await number.getAttribute('aria-invalid')).toBe('true');
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('gstHstNumber');
        await checkPage(page);
        await shot(page, 'money-billing-profile-refused');

        await page.reload();
        await expect.poll(() => page.getByLabel('GST/HST number').inputValue(), { timeout: 15_000 }).toBe(maya.gstNumber);
        expect(await page.getByLabel('Business name (optional)').inputValue()).toBe(before.businessName ?? '');
      },
      'money-billing-profile',
    );
    expect((await asMaya(MAYAS_BILLING_PROFILE)).me.trainer!.billingProfile).toEqual(before);
  }, 60_000);

  it('lays the worksheet out on a phone without sideways scrolling', async () => {
    await app.withPage(
      PHONE,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/taxes`);
        await page.getByRole('region', { name: 'GST/HST return', exact: true }).waitFor({ timeout: 15_000 });
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'money-taxes-phone');
        await page.goto(`${app.appUrl}/trainer/expenses`);
        await page.getByRole('heading', { level: 1, name: 'Expenses' }).waitFor({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Record an expense' }).click();
        await page.getByRole('form', { name: 'Record an expense' }).waitFor();
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'money-expense-form-phone');
      },
      'money-phone',
    );
  }, 60_000);
});

const HQ_PAYABLES = graphql(`
  query MoneyWalkPayables($studioId: ID!) {
    studio(id: $studioId) {
      payables {
        asOf
        total
        trainers {
          total
          trainer {
            displayName
          }
          months {
            month
            balance
          }
        }
      }
    }
  }
`);

describe('the studio portal’s money', () => {
  const hq = studio('harbourfront');

  it('the Harbourfront admin approves a received invoice, records part of its payment, downloads its PDF, and exports the payables as CSV', async () => {
    // A demo invoice billed to Harbourfront, issued, not approved yet, with a balance due.
    const invoice = tenant.invoices.find(
      (i) => i.studioId === hq.id && ['issued', 'sent', 'partially_paid'].includes(i.status) && !i.approvedAt && i.total.gt(demoAmountPaid(i)),
    )!;
    expect(invoice, 'a demo invoice for Harbourfront to approve and pay').toBeDefined();
    const number = invoice.invoiceNumber!;
    const balance = toCents(invoice.total.minus(demoAmountPaid(invoice)).toFixed(2));
    const part = 10000n; // $100.00
    const owedTo = tenant.trainers.find((t) => t.id === invoice.trainerId)!;
    const trainerName = `${owedTo.firstName} ${owedTo.lastName}`;
    const today = todayIn(hq.timeZone);
    await rememberInvoice(invoice.id);

    await app.withPage(
      DESKTOP,
      hq.timeZone,
      async (page) => {
        await app.signIn(page, 'studio@harbourfront.demo');
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
        await main(page).getByRole('link', { name: 'Invoices' }).click();
        await page.getByRole('heading', { level: 1, name: `${hq.name} — invoices` }).waitFor();
        const table = page.getByRole('region', { name: 'Invoices received, newest first' });
        const row = table.getByRole('row', { name: new RegExp(`^${number} `) });
        await row.waitFor();
        expect(await row.innerText()).toContain(trainerName);
        expect(await row.getByRole('button', { name: `Approve ${number}` }).isVisible()).toBe(true);
        // Drafts never reach the studio.
        expect(await table.innerText()).not.toMatch(/\bDraft\b/);
        await checkPage(page);
        await shot(page, 'portal-invoices-received');

        await row.getByRole('button', { name: `Approve ${number}` }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `${number} approved.` })
          .waitFor();
        await expect.poll(() => row.innerText()).toContain(longDay(today));
        expect(await row.getByRole('button', { name: /^Approve/ }).count()).toBe(0);

        await row.getByRole('button', { name: `Record payment for ${number}` }).click();
        const form = page.getByRole('form', { name: `Record payment for ${number}` });
        const amount = form.getByLabel('Amount (CAD)');
        // The balance due is filled in.
        expect(await amount.inputValue()).toBe(fromCents(balance));
        expect(await form.getByLabel('Paid on').inputValue()).toBe(today);
        // More than the balance: the API refuses, and says so beside the amount.
        await amount.fill(fromCents(balance + 1n));
        await form.getByRole('button', { name: 'Record payment', exact: true }).click();
        const refused = form.locator('.field-error');
        await refused.waitFor();
        expect(await refused.innerText()).toBe(
          `The amount (${fromCents(balance + 1n)} CAD) is more than the balance due of ${fromCents(balance)} CAD: record at most ${fromCents(balance)}.`,
        );
        expect(await amount.getAttribute('aria-invalid')).toBe('true');
        await checkPage(page);
        await shot(page, 'portal-invoice-payment-refused');

        await amount.fill('100');
        await form.getByLabel('Method').selectOption('CHEQUE');
        await form.getByLabel('Cheque or transfer reference (optional)').fill('CHQ 2047');
        await form.getByRole('button', { name: 'Record payment', exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Payment of $100.00 recorded on ${number}: ${formatCents(balance - part)} still owed.` })
          .waitFor();
        await expect.poll(() => row.innerText()).toContain(formatCents(balance - part));
        expect(await row.innerText()).toMatch(/Partly paid|Overdue/);
        await checkPage(page);
        await shot(page, 'portal-invoice-paid-in-part');

        // The invoice's PDF, through its five-minute link. The in-process stack's finance signs links for
        // its default public address (PUBLIC_URL, http://localhost:4000); this run's gateway listens elsewhere.
        const gateway = new URL(app.stack.gatewayUrl).origin;
        await page.route('**/documents/invoices/*.pdf', (route) => route.continue({ url: `${gateway}${new URL(route.request().url()).pathname}` }));
        const [pdf] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `Download PDF of ${number}` }).click()]);
        expect(pdf.suggestedFilename()).toBe(`${number}.pdf`);
        expect(
          readFileSync(await pdf.path())
            .subarray(0, 5)
            .toString('latin1'),
        ).toBe('%PDF-');

        // Payables: what Harbourfront owes, by trainer and age, and the CSV of it.
        const asHq = await gatewayAs('studio@harbourfront.demo');
        const payables = (await asHq(HQ_PAYABLES, { studioId: hq.id })).studio.payables;
        await main(page).getByRole('link', { name: 'Payables' }).click();
        await page.getByRole('heading', { level: 1, name: `${hq.name} — payables` }).waitFor();
        await page.getByText(`as of ${longDay(payables.asOf)} in Toronto (ET)`).waitFor();
        const byAge = page.getByRole('region', { name: 'Owed by trainer and age' });
        expect(await byAge.locator('tfoot').innerText()).toContain(formatCents(toCents(payables.total)));
        const owing = byAge.getByRole('row', { name: new RegExp(`^${trainerName}`) });
        expect(await owing.innerText()).toContain(formatCents(toCents(payables.trainers.find((t) => t.trainer.displayName === trainerName)!.total)));
        await checkPage(page);
        await shot(page, 'portal-payables');

        const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
        expect(csvFile.suggestedFilename()).toBe(`payables-harbourfront-movement-${payables.asOf}.csv`);
        await page
          .getByRole('status')
          .filter({ hasText: `Downloaded payables-harbourfront-movement-${payables.asOf}.csv.` })
          .waitFor();
        const bytes = readFileSync(await csvFile.path());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...lines] = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
        expect(header).toBe('Trainer,Month,Invoices,Owed (CAD),0–30 days (CAD),31–60 days (CAD),61–90 days (CAD),Over 90 days (CAD)');
        const rows = lines.map((line) => line.split(','));
        expect(rows.length).toBe(payables.trainers.reduce((n, t) => n + t.months.length, 0));
        for (const cells of rows) {
          expect(cells).toHaveLength(8);
          expect(cells[1]).toMatch(/^\d{4}-\d{2}$/);
          for (const amountCell of cells.slice(3)) expect(amountCell).toMatch(/^\d+\.\d{2}$/);
          // Each row's buckets add up to what it owes.
          expect(cells.slice(4).reduce((sum, c) => sum + toCents(c), 0n)).toBe(toCents(cells[3]));
        }
        expect(rows.reduce((sum, cells) => sum + toCents(cells[3]), 0n)).toBe(toCents(payables.total));
        // The invoice paid in part: its trainer's row of its month owes what the API says, the part payment taken off.
        const invoiceMonth = invoice.invoiceDate.slice(0, 7);
        const apiMonth = payables.trainers.find((t) => t.trainer.displayName === trainerName)!.months.find((m) => m.month === invoiceMonth)!;
        expect(rows.find((r) => r[0] === trainerName && r[1] === invoiceMonth)?.[3]).toBe(apiMonth.balance);
      },
      'portal-invoices-money',
    );
  }, 120_000);

  it('lays the received invoices and the payables out on a phone without sideways scrolling', async () => {
    await app.withPage(
      PHONE,
      hq.timeZone,
      async (page) => {
        await app.signIn(page, 'studio@harbourfront.demo');
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/studio/${hq.id}/invoices`);
        await page.getByRole('region', { name: 'Invoices received, newest first' }).waitFor({ timeout: 15_000 });
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'portal-invoices-phone');
        await page.goto(`${app.appUrl}/studio/${hq.id}/payables`);
        await page.getByRole('region', { name: 'Owed by trainer and age' }).waitFor({ timeout: 15_000 });
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'portal-payables-phone');
      },
      'portal-money-phone',
    );
  }, 60_000);

  it('shows a trainer’s rate history, and the API’s refusal of new rates dated before the contract beside “Effective from”', async () => {
    const contract = tenant.contracts.find((c) => c.trainerId === maya.id && c.studioId === hq.id)!;
    await app.withPage(
      DESKTOP,
      hq.timeZone,
      async (page) => {
        await app.signIn(page, 'studio@harbourfront.demo');
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
        await main(page).getByRole('link', { name: 'Trainers' }).click();
        await page.getByRole('heading', { level: 1, name: `${hq.name} — trainers` }).waitFor();
        const history = page.getByRole('region', { name: `Rate history of ${maya.firstName} ${maya.lastName}` });
        await history.waitFor();
        // Newest first, one row per period.
        expect(await history.locator('tbody tr').count()).toBe(contract.ratePeriods.length);
        expect(await history.locator('tbody tr').first().innerText()).toContain(`From ${longDay(contract.ratePeriods.at(-1)!.effectiveFrom)}`);
        await checkPage(page);

        await page.getByRole('button', { name: `Set new rates for ${maya.firstName} ${maya.lastName}` }).click();
        const form = page.getByRole('form', { name: `New rates for ${maya.firstName} ${maya.lastName}` });
        await form.getByLabel('Effective from').fill(addDays(contract.startDate, -1));
        await form.getByRole('button', { name: 'Save new rates' }).click();
        const message = form.locator('.field-error');
        await message.waitFor();
        expect(await message.innerText()).toBe(`New rates cannot apply before the contract starts (${longDay(contract.startDate)}).`);
        expect(await form.getByLabel('Effective from').getAttribute('aria-invalid')).toBe('true');
        await checkPage(page);
        await shot(page, 'portal-trainer-rates');
        expect(await history.locator('tbody tr').count()).toBe(contract.ratePeriods.length);
      },
      'portal-trainer-rates',
    );
  }, 60_000);
});

describe('after the walks', () => {
  it('leaves the demo tenant as the walks found it: no expense, saved return, payment, approval or stored PDF of theirs remains; their audit trail does', async () => {
    await removeWritten();
    await superuser(async (db) => {
      for (const [id, before] of written.invoices) {
        const { rows } = await db.query<{ row: Record<string, unknown> }>('select to_jsonb(i) as row from finance.invoices i where id = $1', [id]);
        expect(rows[0].row).toEqual(before);
      }
      const since = written.since;
      const invoiceIds = [...written.invoices.keys()];
      const left = await db.query<{ what: string; n: number }>(
        `select 'expenses' as what, count(*)::int as n from finance.expenses where vendor = any($1)
         union all select 'returns', count(*)::int from finance.tax_remittances where not (id = any($2::uuid[]))
         union all select 'payments', count(*)::int from finance.payments where invoice_id = any($3::uuid[]) and created_at >= $4
         union all select 'documents', count(*)::int from finance.invoice_documents where invoice_id = any($3::uuid[]) and rendered_at >= $4
         union all select 'audit', count(*)::int from finance.audit_log where record_id = any($3::uuid[]) and created_at >= $4`,
        [[...written.expenseVendors], [...written.remittancesBefore], invoiceIds, since],
      );
      const { audit, ...rest } = Object.fromEntries(left.rows.map((r) => [r.what, r.n]));
      expect(rest).toEqual({ expenses: 0, returns: 0, payments: 0, documents: 0 });
      // The approvals and payments stay on record: the audit log is append-only (docs/security.md, "Audit trail").
      expect(audit).toBeGreaterThan(0);
    });
  });
});
