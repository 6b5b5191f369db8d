import { demoTenant, graphql, openSubgraphDatabase, postGraphQL, signInThroughGateway, type Operation } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCents, toCents } from '../src/lib/money';
import { addDays } from '../src/lib/time';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks through the web app on the real stack (five subgraphs + gateway in-process, demo
 * tenant in this run's database), served by a Vite dev server and driven by headless Chromium (see
 * ./browser.ts).
 * Each walk leaves a screenshot in web/test-results/ (git-ignored).
 */

let app: WebApp;
let browser: Browser;
let signIn: WebApp['signIn'];
let expectAccessible: WebApp['expectAccessible'];

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
  ({ browser, signIn, expectAccessible } = app);
  walkInvoice = await issueWalkInvoice();
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** Today's Monday..Sunday (YYYY-MM-DD) in `zone`. */
function weekOf(zone: string) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => new Date(date.getTime() + i * 86_400_000).toISOString().slice(0, 10));
}
const dayIn = (instant: Date, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const hhmm = (instant: Date, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
const addMonths = (day: string, months: number) => {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/** Maya's zone (her calendar and dashboard are hers: docs/time-zones.md) and, for the walks, a browser far from it. */
const MAYA_ZONE = 'America/Toronto';
const FAR_BROWSER_ZONE = 'Pacific/Auckland';
const PHONE = { width: 390, height: 844 };

const RECORD_PAYMENT = graphql(`
  mutation WalkRecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
    }
  }
`);

const LIAMS_INVOICES = graphql(`
  query WalkLiamsInvoices {
    me {
      trainer {
        invoices(first: 100) {
          edges {
            node {
              invoiceNumber
              status
              periodStart
              periodEnd
              subtotal
              total
              balanceDue
            }
          }
        }
      }
    }
  }
`);

/** Asks the gateway as `email` (real HTTP, real sign-in), with typed documents. */
async function gatewayAs(email: string) {
  const { accessToken } = await signInThroughGateway(app.stack.gatewayUrl, email);
  return async <T, V extends Record<string, unknown>>(query: Operation<T, V>, variables: V = {} as V): Promise<T> => {
    const body = await postGraphQL(app.stack.gatewayUrl, query, variables, { token: accessToken });
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
}

/**
 * One invoice the money walks know: Liam's work of the month before last, invoiced on the first of the
 * next month, sent, partly paid through the API. It bills one of his clients, not a studio, so that no
 * studio's screens see it (and it is Liam's, not Maya's: other tests list Maya's invoices exactly).
 */
interface WalkInvoice {
  id: string;
  invoiceNumber: string;
  serviceMonth: string;
  invoiceMonth: string;
  subtotal: bigint;
  total: bigint;
  paid: bigint;
}
let walkInvoice: WalkInvoice;

async function issueWalkInvoice(): Promise<WalkInvoice> {
  const tenant = demoTenant();
  const liam = tenant.trainers.find((t) => t.key === 'liam')!;
  const client = tenant.clients.filter((c) => c.trainerId === liam.id)[1];
  const periodStart = addMonths(dayIn(new Date(), liam.timeZone), -2);
  const invoiceDate = addMonths(periodStart, 1);
  const periodEnd = new Date(Date.parse(`${invoiceDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const id = randomUUID();
  const invoiceNumber = `WALK-${id.slice(0, 8).toUpperCase()}`;
  const finance = await openSubgraphDatabase('finance');
  try {
    await finance.query(
      `insert into finance.invoices (id, invoice_number, trainer_id, client_id, invoice_type, invoice_date, due_date, period_start, period_end,
                                     subtotal, tax_details, total, status, issued_at, sent_at, time_zone)
       values ($1, $2, $3, $4, 'client', $5, $5::date + 30, $6, $7, 2480.00,
               '{"province": "ON", "lines": [{"tax": "HST", "rate": "0.13", "amount": "322.40"}]}', 2802.40, 'sent', now(), now(), $8)`,
      [id, invoiceNumber, liam.id, client.id, invoiceDate, periodStart, periodEnd, liam.timeZone],
    );
  } finally {
    await finance.destroy();
  }
  const asLiam = await gatewayAs(liam.email);
  await asLiam(RECORD_PAYMENT, {
    input: { invoiceId: id, amount: '802.40', paymentDate: dayIn(new Date(), liam.timeZone), paymentMethod: 'E_TRANSFER', referenceNumber: 'WALK' },
  });
  return { id, invoiceNumber, serviceMonth: periodStart.slice(0, 7), invoiceMonth: invoiceDate.slice(0, 7), subtotal: 248000n, total: 280240n, paid: 80240n };
}

/** Fails when the page is wider than the screen (a phone would scroll sideways). */
async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${page.url()}`).toBeLessThanOrEqual(width);
}

/** A demo trainer's sessions (any status) whose start falls on `day` in the trainer's zone, by start. */
function sessionsOn(day: string, trainerKey = 'maya') {
  const tenant = demoTenant();
  const trainer = tenant.trainers.find((t) => t.key === trainerKey)!;
  return tenant.appointments
    .filter((a) => a.trainerId === trainer.id && dayIn(a.startTime, trainer.timeZone) === day)
    .sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
}
const mayasSessionsOn = (day: string) => sessionsOn(day, 'maya');

/** The calendar entry text a person reads for `a`: Maya's times, and the studio's beside them when its clock differs. */
function expectedEntryTimes(a: { startTime: Date; endTime: Date }, studioZone: string) {
  const home = `${hhmm(a.startTime, MAYA_ZONE)}–${hhmm(a.endTime, MAYA_ZONE)}`;
  if (studioZone === MAYA_ZONE) return { home, local: null };
  const weekday =
    dayIn(a.startTime, studioZone) === dayIn(a.startTime, MAYA_ZONE)
      ? ''
      : `${new Intl.DateTimeFormat('en-CA', { timeZone: studioZone, weekday: 'short' }).format(a.startTime)} `;
  const label = studioZone === 'America/Vancouver' ? 'Vancouver (PT)' : studioZone;
  return { home: `${home} Toronto (ET)`, local: `${weekday}${hhmm(a.startTime, studioZone)}–${hhmm(a.endTime, studioZone)} ${label}` };
}

describe('the web app in a browser', () => {
  it('a trainer signs in, sees their studios on the dashboard, finds a client and reads their session notes', async () => {
    const tenant = demoTenant();
    const maya = tenant.trainers.find((t) => t.key === 'maya')!;
    const studios = tenant.contracts.filter((c) => c.trainerId === maya.id).map((c) => tenant.studios.find((s) => s.id === c.studioId)!);
    const today = dayIn(new Date(), MAYA_ZONE);
    // The maya client with the most notes, and their newest note (the client page lists newest first).
    const notesByClient = new Map<string, typeof tenant.sessionNotes>();
    for (const note of tenant.sessionNotes.filter((n) => tenant.clients.find((c) => c.id === n.clientId)?.trainerId === maya.id)) {
      notesByClient.set(note.clientId, [...(notesByClient.get(note.clientId) ?? []), note]);
    }
    const [clientId, notes] = [...notesByClient].sort((a, b) => b[1].length - a[1].length)[0];
    const client = tenant.clients.find((c) => c.id === clientId)!;
    const newest = notes.toSorted((a, b) => b.sessionDate.localeCompare(a.sessionDate))[0];

    // The browser is in Auckland, Maya in Toronto: every day and time on her screens must be Toronto's.
    const context = await browser.newContext({ timezoneId: FAR_BROWSER_ZONE, locale: 'en-CA', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, 'maya@fitflow.demo');
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dashboard' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('heading', { name: 'Your studios' }).waitFor();
      for (const studio of studios) await page.getByRole('heading', { level: 3, name: studio.name }).waitFor();
      expect(studios.map((s) => s.name).sort()).toEqual(['Harbourfront Movement', 'Kitsilano Flow Studio']);
      await expect.poll(() => page.locator('.lede').innerText()).toContain('Times are in your time zone, Toronto (ET).');
      // "Today" on each studio card is Maya's today, the same day the calendar marks.
      for (const studio of studios) {
        const todays = mayasSessionsOn(today).filter((a) => a.studioId === studio.id && a.status !== 'cancelled');
        const card = page.locator('.studio-card', { has: page.getByRole('heading', { level: 3, name: studio.name, exact: true }) });
        expect(await card.locator('.stats div').first().innerText(), studio.name).toContain(`${todays.length} session${todays.length === 1 ? '' : 's'}`);
      }
      await page.getByRole('heading', { name: 'Revenue, last 6 months' }).waitFor();
      await page.locator('.revenue-table').waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/America\/|Pacific\//);
      await page.screenshot({ path: resolve(SHOTS, 'trainer-dashboard.png'), fullPage: true });
      await expectAccessible(page);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
      await page.locator('.day.is-today').waitFor();
      expect(await page.locator('.day.is-today .day-title').getAttribute('id')).toBe(`day-${today}`);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
      await page.getByRole('list', { name: 'Clients' }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Search clients').fill(client.lastName);
      // The search runs as you type: wait for the filtered list before clicking a result.
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(client.lastName);
      const results = page.locator('main a[href^="/trainer/clients/"]');
      await expect.poll(async () => (await results.allInnerTexts()).every((name) => name.includes(client.lastName))).toBe(true);
      await page
        .getByRole('link', { name: `${client.firstName} ${client.lastName}` })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }).waitFor();
      await page.getByRole('heading', { name: 'Session notes' }).waitFor();
      // Newest first; two sessions on the same day may come in either order.
      const firstNote = page.locator('.note').first();
      await firstNote.waitFor();
      const shown = await firstNote.innerText();
      for (const field of ['Subjective', 'Objective', 'Assessment', 'Plan']) expect(shown).toContain(field);
      const sameDay = notes.filter((n) => n.sessionDate === newest.sessionDate);
      expect(sameDay.some((n) => shown.includes(n.subjective) && shown.includes(n.assessment) && shown.includes(n.plan))).toBe(true);
      await expect.poll(() => page.locator('.session-list, #upcoming-title + .state-empty').count()).toBeGreaterThan(0);
      await page.screenshot({ path: resolve(SHOTS, 'trainer-client.png'), fullPage: true });
      await expectAccessible(page);
    } catch (error) {
      await page.screenshot({ path: resolve(SHOTS, 'trainer-failed.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);

  it("a trainer's week shows every session at its instant in her zone, with a studio's local time beside it where the zones differ", async () => {
    const tenant = demoTenant();
    const today = dayIn(new Date(), MAYA_ZONE);
    const zoneOfStudio = (id: string) => tenant.studios.find((s) => s.id === id)!.timeZone;
    // Maya flies to Vancouver one week a month: walk the nearest week (this one, else later, else
    // earlier — the demo spans from last month's first week to four weeks ahead) that has her there.
    const weeks = [0, 1, -1, 2, -2, 3, -3, 4, -4, -5].map((n) => weekOf(MAYA_ZONE).map((day) => addDays(day, 7 * n)));
    const week = weeks.find((days) => days.flatMap(mayasSessionsOn).some((a) => zoneOfStudio(a.studioId) !== MAYA_ZONE));
    expect(week, 'Maya teaches in Vancouver in some week of the demo').toBeDefined();
    if (!week) return;
    const sessions = week.flatMap(mayasSessionsOn);
    const shownDay = week.includes(today) ? today : week[0];

    const context = await browser.newContext({ timezoneId: FAR_BROWSER_ZONE, locale: 'en-CA', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, 'maya@fitflow.demo');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
      await page.goto(`${app.appUrl}/trainer/calendar?view=week&date=${week[0]}`);
      await page.locator('.week .day').first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('.week .appointment').count()).toBe(sessions.length);
      for (const day of week) {
        const column = page.locator('li.day', { has: page.locator(`#day-${day}`) });
        const entries = (await column.locator('.appointment-time').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
        // Placed by instant, in Maya's zone: the day's entries are her sessions of that day, in start order.
        const expected = mayasSessionsOn(day).map((a) => {
          const { home, local } = expectedEntryTimes(a, zoneOfStudio(a.studioId));
          return local ? `${home} ${local}` : home;
        });
        expect(entries, day).toEqual(expected);
      }
      if (week.includes(today)) expect(await page.locator('.day.is-today .day-title').getAttribute('id')).toBe(`day-${today}`);
      await page.screenshot({ path: resolve(SHOTS, 'trainer-calendar-week.png'), fullPage: true });
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Day', exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('day');
      await page.locator('.day-view').waitFor();
      expect(await page.locator('.day-view .day-title').getAttribute('id')).toBe(`day-${shownDay}`);
      await expect.poll(() => page.locator('.day-view .appointment').count()).toBe(mayasSessionsOn(shownDay).length);
      await expectAccessible(page);
    } catch (error) {
      await page.screenshot({ path: resolve(SHOTS, 'trainer-calendar-failed.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the revenue chart dates work by its service period and leaves drafts out; "owed to you" counts sent invoices only, with partial payments', async () => {
    const walk = walkInvoice;
    const asLiam = await gatewayAs('liam@fitflow.demo');
    const { me } = await asLiam(LIAMS_INVOICES);
    const invoices = me.trainer!.invoices.edges.map((e) => e.node);
    const issued = invoices.filter((i) => ['ISSUED', 'SENT', 'PARTIALLY_PAID', 'OVERDUE', 'PAID'].includes(i.status));
    const revenueOf = (month: string) => {
      const touching = issued.filter((i) => i.periodStart.slice(0, 7) <= month && i.periodEnd.slice(0, 7) >= month);
      expect(
        touching.every((i) => i.periodStart.startsWith(month) && i.periodEnd.startsWith(month)),
        `one-month periods in ${month}`,
      ).toBe(true);
      return touching.reduce((sum, i) => sum + toCents(i.subtotal), 0n);
    };
    const owed = issued.filter((i) => i.status !== 'PAID' && toCents(i.balanceDue) > 0n).reduce((sum, i) => sum + toCents(i.balanceDue), 0n);
    const drafts = invoices.filter((i) => i.status === 'DRAFT');
    expect(drafts.length, 'the demo tenant has drafts for Liam').toBeGreaterThan(0);
    expect(revenueOf(walk.serviceMonth)).toBeGreaterThanOrEqual(walk.subtotal);

    const context = await browser.newContext({ timezoneId: 'America/Toronto', locale: 'en-CA', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, 'liam@fitflow.demo');
      await page.locator('.revenue-table').waitFor({ timeout: 15_000 });
      // The work of the month before last, invoiced on the 1st of last month, is revenue of its own month.
      expect(await page.locator(`tr[data-month="${walk.serviceMonth}"] td`).innerText()).toBe(formatCents(revenueOf(walk.serviceMonth)));
      expect(await page.locator(`tr[data-month="${walk.invoiceMonth}"] td`).innerText()).toBe(formatCents(revenueOf(walk.invoiceMonth)));
      const tickLabels = page.locator('.chart-plot .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
      await expect.poll(() => tickLabels.count()).toBeGreaterThan(1);
      const ticks = await tickLabels.allTextContents();
      for (const tick of ticks) expect(tick).toMatch(/^\$\d{1,3}(,\d{3})*$/);
      expect(ticks.some((t) => t.includes(','))).toBe(true);

      // Drafts are nobody's debt: the total owed leaves them out, and says so.
      expect(await page.locator('.total-owed').innerText()).toBe(formatCents(owed));
      expect(await page.locator('.drafts-note').innerText()).toContain(`${drafts.length} draft`);
      const row = page.locator('table.unpaid tbody tr', { hasText: walk.invoiceNumber });
      const cells = (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      expect(cells[2]).toBe(`${formatCents(walk.paid)} of ${formatCents(walk.total)}`);
      expect(cells[3]).toBe(formatCents(walk.total - walk.paid));
      await page.locator('#revenue-title').scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(SHOTS, 'trainer-money.png'), fullPage: true });
    } catch (error) {
      await page.screenshot({ path: resolve(SHOTS, 'trainer-money-failed.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);

  it('on a phone (390 px) every trainer page fits the screen, the chart draws, and the calendar opens on today', async () => {
    // Liam: his revenue chart has the walk invoice's bar to draw.
    const today = dayIn(new Date(), demoTenant().trainers.find((t) => t.key === 'liam')!.timeZone);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

    const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-CA', viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await signIn(page, 'liam@fitflow.demo');
      await page.locator('.revenue-table').waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('.chart-plot svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: resolve(SHOTS, 'phone-dashboard.png'), fullPage: true });
      await expectAccessible(page);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
      await page.locator('.day-view').waitFor();
      expect(await page.getByRole('button', { name: 'Day', exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.day-view .day-title').getAttribute('id')).toBe(`day-${today}`);
      await expect.poll(() => page.locator('.day-view .appointment').count()).toBe(sessionsOn(today, 'liam').length);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: resolve(SHOTS, 'phone-calendar-day.png'), fullPage: true });
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Next day →' }).click();
      await page.locator(`.day-view #day-${tomorrow}`).waitFor();
      await expect.poll(() => page.locator('.day-view .appointment').count()).toBe(sessionsOn(tomorrow, 'liam').length);

      await page.getByRole('button', { name: 'Week', exact: true }).click();
      await page.locator('.week:not(.day-view) .day').first().waitFor();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: resolve(SHOTS, 'phone-calendar-week.png') });
      await expectAccessible(page);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
      await page.getByRole('list', { name: 'Clients' }).waitFor();
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await page.getByRole('list', { name: 'Clients' }).getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Session notes' }).waitFor();
      await expectNoSidewaysScroll(page);
      await page.locator('#upcoming-title').scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(SHOTS, 'phone-client.png') });
      await expectAccessible(page);
    } catch (error) {
      await page.screenshot({ path: resolve(SHOTS, 'phone-failed.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a studio admin signs in and sees the schedule by trainer with head counts, and no client names', async () => {
    const tenant = demoTenant();
    const studio = tenant.studios.find((s) => s.key === 'harbourfront')!;
    const week = weekOf(studio.timeZone);
    const thisWeek = tenant.appointments.filter((a) => a.studioId === studio.id && week.includes(dayIn(a.startTime, studio.timeZone)));
    const trainers = [...new Set(thisWeek.map((a) => a.trainerId))].map((id) => tenant.trainers.find((t) => t.id === id)!);
    // Every client who ever trains at this studio: none of their names may appear.
    const clientIds = new Set(tenant.appointments.filter((a) => a.studioId === studio.id).flatMap((a) => a.participants.map((p) => p.clientId)));
    const clientNames = new Set(tenant.clients.filter((c) => clientIds.has(c.id)).flatMap((c) => [c.firstName, c.lastName]));
    expect(thisWeek.length).toBeGreaterThan(0);

    const context = await browser.newContext({ timezoneId: studio.timeZone, locale: 'en-CA', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const bodies: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql'))
        void response.text().then(
          (t) => bodies.push(t),
          () => undefined,
        );
    });
    try {
      await signIn(page, 'studio@harbourfront.demo');
      await page.getByRole('heading', { level: 1, name: `${studio.name} — schedule` }).waitFor({ timeout: 15_000 });
      const table = page.getByRole('table');
      await table.waitFor();
      for (const trainer of trainers) await table.getByRole('rowheader', { name: `${trainer.firstName} ${trainer.lastName}` }).waitFor();
      expect(await page.locator('.slot').count()).toBe(thisWeek.length);
      const shownHeads = (await page.locator('.slot .head-count').allInnerTexts()).map((t) => Number(/(\d+) booked/.exec(t)?.[1]));
      expect(shownHeads.every((n) => Number.isInteger(n))).toBe(true);
      expect(shownHeads.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      await page.screenshot({ path: resolve(SHOTS, 'studio-schedule.png'), fullPage: true });

      const text = await page.locator('body').innerText();
      const leaked = [...clientNames].filter((name) => new RegExp(`(^|[^\\p{L}])${name}($|[^\\p{L}])`, 'u').test(text));
      expect(leaked).toEqual([]);
      expect(bodies.join('\n')).not.toMatch(/"(firstName|lastName|participants|client)"/);
    } finally {
      await context.close();
    }
  }, 45_000);
});
