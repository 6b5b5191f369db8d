import { demoTenant, graphql, postGraphQL, signInThroughGateway, testEnv, type Operation } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCents, toCents } from '../src/lib/money';
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

/** What the walks wrote, to remove afterwards. */
const written = { expenseVendors: new Set<string>(), remittancesBefore: new Set<string>() };

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
  const rows = await superuser((db) => db.query<{ id: string }>('select id from finance.tax_remittances'));
  for (const row of rows.rows) written.remittancesBefore.add(row.id);
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

/** Deletes what the walks wrote, triggers off for this session only. */
async function removeWritten() {
  await superuser(async (db) => {
    await db.query('begin');
    await db.query('set local session_replication_role = replica');
    await db.query('delete from finance.expenses where trainer_id = $1 and vendor = any($2)', [maya.id, [...written.expenseVendors]]);
    await db.query('delete from finance.tax_remittances where not (id = any($1::uuid[]))', [[...written.remittancesBefore]]);
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

describe('the studio portal’s money', () => {
  const hq = studio('harbourfront');

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
