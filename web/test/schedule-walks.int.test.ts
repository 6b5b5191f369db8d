import { demoTenant, graphql, openSubgraphDatabase, postGraphQL, signInThroughGateway, type Operation } from '@fitflow/testkit';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks through the trainer's week as the trainer runs it — a weekly class across a
 * daylight-saving change, bookings and the waitlist, attendance and the signed SOAP note — and a client
 * booking and cancelling a class in the portal, on the real stack (see ./harness.ts). Every page visited
 * is checked with axe; screenshots land in web/test-results/.
 *
 * What the walks create lies in 2027 or in hours no demo session uses, and is deleted afterwards (other
 * files read the demo tenant).
 */
let app: WebApp;
const created = { appointments: new Set<string>(), series: new Set<string>(), classTypes: new Set<string>(), notes: new Set<string>() };

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
}, 120_000);

afterAll(async () => {
  await removeCreated().catch((error: unknown) => console.error('schedule walks: cleanup failed', error));
  await app?.stop();
});

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** What people must never read: error codes and the server's internal wording. */
const RAW = /BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT|INTERNAL_SERVER_ERROR|must be a UUID|\d{3}: [A-Z]|America\/|Pacific\//;

const tenant = demoTenant();
const trainer = (key: string) => tenant.trainers.find((t) => t.key === key)!;
const studio = (key: string) => tenant.studios.find((s) => s.key === key)!;
const classTypeOf = (trainerKey: string, category: string) => tenant.classTypes.find((c) => c.trainerId === trainer(trainerKey).id && c.category === category)!;
const clientsOf = (trainerKey: string) => tenant.clients.filter((c) => c.trainerId === trainer(trainerKey).id);

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

/** Fails when a visible button, link, select or text field in `scope` is smaller than 44 × 44 CSS px. */
async function expectTapTargets(page: Page, scope: string) {
  const small = await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return ['(nothing matched)'];
    return [...root.querySelectorAll<HTMLElement>('button, select, input:not([type=checkbox]):not([type=radio]), .check-row, .appointment')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${el.innerText || el.getAttribute('aria-label') || ''}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, scope);
  expect(small, `tap targets under 44 px in ${scope}`).toEqual([]);
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

const SCHEDULE = graphql(`
  mutation ScheduleWalkSession($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) {
      id
    }
  }
`);

/**
 * A session that has already ended (attendance can be taken), put straight into the database: the API
 * schedules from now on. `clientIds` are booked, confirmed.
 */
async function pastSession(trainerKey: string, studioKey: string, start: Date, minutes: number, clientIds: string[]): Promise<string> {
  const id = randomUUID();
  const db = await openSubgraphDatabase('scheduling');
  try {
    await db.query(
      `insert into scheduling.appointments (id, trainer_id, studio_id, class_type_id, start_time, end_time, status, location_type, rate)
       values ($1, $2, $3, $4, $5, $6, 'scheduled', 'studio', 25.00)`,
      [id, trainer(trainerKey).id, studio(studioKey).id, classTypeOf(trainerKey, 'group').id, start, new Date(start.getTime() + minutes * 60_000)],
    );
    for (const clientId of clientIds) {
      await db.query(`insert into scheduling.appointment_participants (appointment_id, client_id, status) values ($1, $2, 'confirmed')`, [id, clientId]);
    }
  } finally {
    await db.destroy();
  }
  created.appointments.add(id);
  return id;
}

/** Deletes the sessions, series, class types and notes the walks made. */
async function removeCreated() {
  const db = await openSubgraphDatabase('scheduling');
  try {
    const series = [...created.series];
    const occurrences = await db.query<{ id: string }[]>(`select id from scheduling.appointments where series_id = any($1)`, [series]);
    const appointments = [...created.appointments, ...occurrences.map((r) => r.id)];
    await db.query(`delete from scheduling.outbox where appointment_id = any($1)`, [appointments]);
    await db.query(`delete from scheduling.appointment_participants where appointment_id = any($1)`, [appointments]);
    await db.query(`delete from scheduling.appointments where id = any($1)`, [appointments]);
    await db.query(`delete from scheduling.appointment_series where id = any($1)`, [series]);
    const classTypes = [...created.classTypes];
    await db.query(
      `delete from scheduling.appointment_participants where appointment_id in (select id from scheduling.appointments where class_type_id = any($1))`,
      [classTypes],
    );
    await db.query(`delete from scheduling.appointments where class_type_id = any($1)`, [classTypes]);
    await db.query(`delete from scheduling.class_types where id = any($1)`, [classTypes]);
    // The notes written on those sessions (with their versions and addenda): later test files read
    // every client's newest note from the demo tenant. Their audit and access-log rows stay.
    const clients = await openSubgraphDatabase('clients');
    try {
      const notes = `select id from clients.session_notes where appointment_id = any($1)`;
      await clients.query(`delete from clients.session_note_addenda where note_id in (${notes})`, [appointments]);
      await clients.query(`delete from clients.session_note_versions where note_id in (${notes})`, [appointments]);
      await clients.query(`delete from clients.session_notes where appointment_id = any($1)`, [appointments]);
    } finally {
      await clients.destroy();
    }
  } finally {
    await db.destroy();
  }
}

/** The session id in the address of a session page. */
const sessionIdOf = (page: Page) => /\/trainer\/sessions\/([0-9a-f-]{36})/.exec(page.url())?.[1];

describe('the trainer runs their week', () => {
  it('creates a weekly class across the spring-forward change that stays at 07:00 Toronto, and books two clients into one occurrence', async () => {
    const maya = trainer('maya');
    const harbourfront = studio('harbourfront');
    // The browser is in Auckland: every time on Maya's screens must still be Toronto's.
    await app.withPage(
      DESKTOP,
      'Pacific/Auckland',
      async (page) => {
        await app.signIn(page, maya.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/calendar?view=week&date=2027-03-08`);
        await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
        await page.getByRole('button', { name: 'New weekly class' }).click();
        const form = page.getByRole('form', { name: 'New weekly class' });
        await form.getByLabel('Class type', { exact: true }).selectOption({ label: `${classTypeOf('maya', 'group').name} (60 min, up to 8)` });
        await form.getByLabel('Studio', { exact: true }).selectOption({ label: `${harbourfront.name} — Toronto (ET)` });
        await form.getByLabel('First session', { exact: true }).fill('2027-03-10');
        await form.getByLabel(/^Start time/).fill('07:00');
        expect(await form.getByLabel('Wednesday', { exact: true }).isChecked()).toBe(true);
        await form.getByLabel('Number of sessions', { exact: true }).fill('3');
        // The preview says the class keeps its local time across the change.
        await form.getByText(/The clocks change before Wed, Mar 17: the class stays at 07:00 Toronto \(ET\)/).waitFor();
        await checkPage(page);
        await shot(page, 'schedule-new-weekly-class');
        await form.getByRole('button', { name: 'Create weekly class' }).click();
        await page.getByRole('status').filter({ hasText: 'Weekly class scheduled: 3 sessions' }).waitFor({ timeout: 15_000 });

        // Before the change (EST) and after it (EDT): 07:00 in Maya's calendar both times.
        for (const day of ['2027-03-10', '2027-03-17', '2027-03-24']) {
          await page.goto(`${app.appUrl}/trainer/calendar?view=day&date=${day}`);
          const entry = page.locator('.appointment', { hasText: classTypeOf('maya', 'group').name });
          await entry.first().waitFor({ timeout: 15_000 });
          expect(await entry.locator('.appointment-time').innerText(), day).toBe('07:00–08:00');
          if (day === '2027-03-17') await shot(page, 'schedule-after-dst-day');
        }
        await page.goto(`${app.appUrl}/trainer/calendar?view=week&date=2027-03-15`);
        await page.locator('.appointment').first().waitFor({ timeout: 15_000 });
        await checkPage(page);
        await shot(page, 'schedule-week-after-dst');

        // Open the occurrence after the change and book two of Maya's clients.
        await page.locator('#day-2027-03-17 ~ ul .appointment-link').first().click();
        await page.getByRole('heading', { level: 2, name: 'Bookings' }).waitFor({ timeout: 15_000 });
        const id = sessionIdOf(page)!;
        const seriesDb = await openSubgraphDatabase('scheduling');
        try {
          const [row] = await seriesDb.query<{ series_id: string }[]>(`select series_id from scheduling.appointments where id = $1`, [id]);
          created.series.add(row.series_id);
        } finally {
          await seriesDb.destroy();
        }
        expect(await page.locator('.session-facts').innerText()).toContain('07:00–08:00');
        expect(await page.locator('.session-facts').innerText()).toContain('Part of a weekly class');
        const names: string[] = [];
        for (let i = 0; i < 2; i++) {
          const select = page.getByLabel('Client', { exact: true });
          await expect.poll(() => select.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
          const name = (await select.locator('option').nth(1).innerText()).trim();
          await select.selectOption({ index: 1 });
          await page.getByRole('button', { name: 'Book', exact: true }).click();
          await page
            .getByRole('status')
            .filter({ hasText: `${name} is booked.` })
            .waitFor({ timeout: 15_000 });
          names.push(name);
        }
        const confirmed = page.getByRole('list', { name: /^Confirmed/ });
        for (const name of names) await confirmed.getByRole('link', { name }).waitFor();
        expect(await page.locator('.session-facts').innerText()).toContain('2 of 8 booked');
        await checkPage(page);
        await shot(page, 'schedule-occurrence-booked');
      },
      'schedule-weekly-dst',
    );
  }, 180_000);

  it('puts the next client on the waitlist when the class is full, and a cancellation promotes them', async () => {
    const noah = trainer('noah');
    const kits = studio('kits');
    await app.withPage(
      DESKTOP,
      noah.timeZone,
      async (page) => {
        await app.signIn(page, noah.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        // A class type for two, made on the class types page.
        await page.goto(`${app.appUrl}/trainer/class-types`);
        await page.getByRole('heading', { level: 1, name: 'Class types' }).waitFor();
        await page.getByRole('button', { name: 'New class type' }).click();
        const typeForm = page.getByRole('form', { name: 'New class type' });
        const typeName = `Duo stretch ${randomUUID().slice(0, 4)}`;
        await typeForm.getByLabel('Name', { exact: true }).fill(typeName);
        await typeForm.getByLabel('Length (minutes)', { exact: true }).fill('45');
        await typeForm.getByLabel('Capacity (people)', { exact: true }).fill('2');
        await typeForm.getByLabel(/Default rate/).fill('18.5');
        await typeForm.getByRole('button', { name: 'Create class type' }).click();
        const card = page.locator('.class-type', { has: page.getByRole('heading', { name: typeName }) });
        await card.waitFor({ timeout: 15_000 });
        expect(await card.innerText()).toContain('$18.50');
        await checkPage(page);
        await shot(page, 'schedule-class-types');
        const db = await openSubgraphDatabase('scheduling');
        try {
          const [row] = await db.query<{ id: string }[]>(`select id from scheduling.class_types where trainer_id = $1 and name = $2`, [noah.id, typeName]);
          created.classTypes.add(row.id);
        } finally {
          await db.destroy();
        }

        // A one-off session of it, at 10:00 Vancouver on a 2027 day.
        await page.goto(`${app.appUrl}/trainer/calendar?view=day&date=2027-04-07`);
        await page.getByRole('button', { name: 'New session' }).click();
        const form = page.getByRole('form', { name: 'New session' });
        await form.getByLabel('Class type', { exact: true }).selectOption({ label: `${typeName} (45 min, up to 2)` });
        await form.getByLabel('Studio', { exact: true }).selectOption({ label: `${kits.name} — Vancouver (PT)` });
        await form.getByLabel('Date', { exact: true }).fill('2027-04-07');
        await form.getByLabel(/^Start time/).fill('10:00');
        await form.getByLabel('Duration (minutes)', { exact: true }).fill('45');
        await form.getByRole('button', { name: 'Schedule session' }).click();
        await page.getByRole('heading', { level: 2, name: 'Bookings' }).waitFor({ timeout: 15_000 });

        // Two book the two places; the third goes on the waitlist, position 1.
        const select = page.getByLabel('Client', { exact: true });
        const names: string[] = [];
        for (let i = 0; i < 3; i++) {
          await expect.poll(() => select.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
          const name = (await select.locator('option').nth(1).innerText()).trim();
          await select.selectOption({ index: 1 });
          await page.getByRole('button', { name: i < 2 ? 'Book' : 'Add to waitlist', exact: true }).click();
          const expected = i < 2 ? `${name} is booked.` : `The class is full: ${name} is on the waitlist, position 1.`;
          await page.getByRole('status').filter({ hasText: expected }).waitFor({ timeout: 15_000 });
          names.push(name);
        }
        const waitlist = page.getByRole('list', { name: 'Waitlist' });
        expect(await waitlist.innerText()).toMatch(new RegExp(`^1\\.\\s*${names[2]}`));
        expect(await page.locator('.session-facts').innerText()).toMatch(/2 of 2 booked · full · 1 on the waitlist/);
        await checkPage(page);
        await shot(page, 'schedule-waitlist');

        // The first cancels: the waitlisted client takes the place.
        await page.getByRole('button', { name: `Cancel booking: ${names[0]}` }).click();
        await page.getByRole('button', { name: 'Yes, cancel booking' }).click();
        const confirmed = page.getByRole('list', { name: /^Confirmed/ });
        await confirmed.getByRole('link', { name: names[2] }).waitFor({ timeout: 15_000 });
        expect(await confirmed.innerText()).not.toContain(names[0]);
        await page.getByText('Nobody is waiting.').waitFor();
        await checkPage(page);
        await shot(page, 'schedule-waitlist-promoted');
      },
      'schedule-waitlist',
    );
  }, 180_000);

  it('on a phone: the day view, attendance and completing the session, then the SOAP note signed and amended', async () => {
    const noah = trainer('noah');
    const [first, second] = clientsOf('noah');
    // Yesterday 04:00–04:45 in Vancouver: over, and an hour no demo session uses.
    const yesterday = DateTime.now().setZone(noah.timeZone).minus({ days: 1 }).toISODate()!;
    const start = DateTime.fromISO(`${yesterday}T04:00`, { zone: noah.timeZone }).toJSDate();
    const id = await pastSession('noah', 'kits', start, 45, [first.id, second.id]);
    await app.withPage(
      PHONE,
      noah.timeZone,
      async (page) => {
        await app.signIn(page, noah.email);
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/calendar?view=day&date=${yesterday}`);
        const entry = page.locator('.appointment', { has: page.locator(`a[href="/trainer/sessions/${id}"]`) });
        await entry.waitFor({ timeout: 15_000 });
        expect(await entry.locator('.appointment-time').innerText()).toBe('04:00–04:45');
        await expectNoSidewaysScroll(page);
        await expectTapTargets(page, '.day-view');
        await checkPage(page);
        await shot(page, 'schedule-phone-day');

        await entry.locator('.appointment-link').click();
        const attendance = page.getByRole('form', { name: 'Attendance' });
        await attendance.waitFor({ timeout: 15_000 });
        await expectNoSidewaysScroll(page);
        await expectTapTargets(page, '.attendance');
        // The second client did not come.
        await attendance.getByLabel(new RegExp(second.lastName)).uncheck();
        expect(await attendance.locator('.check-row', { hasText: second.lastName }).innerText()).toContain('No-show');
        await checkPage(page);
        await shot(page, 'schedule-phone-attendance');
        await attendance.getByRole('button', { name: 'Complete session' }).click();
        await page.getByRole('status').filter({ hasText: 'Session completed' }).waitFor({ timeout: 15_000 });
        await page.getByText('Completed', { exact: true }).first().waitFor();

        // The note: only for the client who came.
        const notes = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Session notes' }) });
        await notes.getByRole('form', { name: new RegExp(`Session note for .*${first.lastName}`) }).waitFor({ timeout: 15_000 });
        expect(await notes.innerText()).not.toContain(second.lastName);
        await notes.getByLabel('Subjective', { exact: true }).fill('Felt strong; left knee a little stiff on stairs.');
        await notes.getByLabel('Objective', { exact: true }).fill('Full range in squats to parallel.');
        await notes.getByLabel('Assessment', { exact: true }).fill('Ready for more load.');
        await notes.getByLabel('Plan', { exact: true }).fill('Add 5 kg to goblet squats next week.');
        await notes.getByRole('button', { name: 'Add exercise' }).click();
        await notes.getByLabel('Name', { exact: true }).fill('Goblet squat');
        await notes.getByLabel('Sets', { exact: true }).fill('3');
        await notes.getByLabel('Reps', { exact: true }).fill('10');
        await notes.getByLabel(/Private notes/).fill('Mentioned a new job; sleeping less.');
        await expectNoSidewaysScroll(page);
        await notes.getByRole('button', { name: 'Sign note' }).click();
        await notes.getByText('Signed', { exact: true }).waitFor({ timeout: 15_000 });
        expect(await notes.innerText()).toContain('Goblet squat — 3 × 10');
        await notes.getByRole('button', { name: 'Add addendum' }).click();
        await notes.getByLabel('Addendum', { exact: true }).fill('Client called: the knee is fine.');
        await notes.getByRole('button', { name: 'Save addendum' }).click();
        await notes.getByText('Client called: the knee is fine.').waitFor({ timeout: 15_000 });
        // The signed text is kept beside the addendum.
        expect(await notes.innerText()).toContain('Felt strong; left knee a little stiff on stairs.');
        await expectNoSidewaysScroll(page);
        await checkPage(page);
        await shot(page, 'schedule-phone-signed-note');
      },
      'schedule-phone-attendance',
    );
  }, 180_000);
});

describe('the client books in the portal', () => {
  it('Emma books one of her trainer’s classes, sees it among her sessions, and cancels it', async () => {
    const maya = trainer('maya');
    const emma = tenant.clients.find((c) => c.email === 'emma.wilson@example.com')!;
    // A Sunday-morning class of Maya's at Harbourfront in about two weeks (06:00 Toronto: no demo session then).
    const day = nextSunday(14, maya.timeZone);
    const asMaya = await gatewayAs(maya.email);
    const startTime = DateTime.fromISO(`${day}T06:00`, { zone: maya.timeZone }).toUTC().toISO()!;
    const { scheduleAppointment } = await asMaya(SCHEDULE, {
      input: { classTypeId: classTypeOf('maya', 'group').id, startTime, locationType: 'STUDIO', studioId: studio('harbourfront').id },
    });
    created.appointments.add(scheduleAppointment.id);
    const label = new RegExp(`^Book: ${classTypeOf('maya', 'group').name}, Sun, \\w+ \\d+ 06:00$`);

    await app.withPage(
      DESKTOP,
      maya.timeZone,
      async (page) => {
        await app.signIn(page, emma.email!);
        await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor({ timeout: 15_000 });
        const classes = page.locator('section', { has: page.getByRole('heading', { name: 'Classes you can book' }) });
        const book = classes.getByRole('button', { name: label });
        await book.waitFor({ timeout: 15_000 });
        await checkPage(page);
        await book.click();
        const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Your upcoming sessions' }) });
        const cancel = upcoming.getByRole('button', { name: new RegExp(`^Cancel booking: ${classTypeOf('maya', 'group').name}, Sun`) });
        await cancel.waitFor({ timeout: 15_000 });
        await classes.getByText('Booked', { exact: true }).first().waitFor();
        await checkPage(page);
        await shot(page, 'schedule-portal-booked');

        await cancel.click();
        await upcoming.getByText('Cancel your place? Someone on the waitlist gets it.').waitFor();
        await upcoming.getByRole('button', { name: 'Yes, cancel' }).click();
        await cancel.waitFor({ state: 'detached', timeout: 15_000 });
        await classes.getByRole('button', { name: label }).waitFor({ timeout: 15_000 });
        await checkPage(page);
        await shot(page, 'schedule-portal-cancelled');
      },
      'schedule-portal',
    );
  }, 120_000);
});

/** The first Sunday at least `days` days from today in `zone`, `YYYY-MM-DD`. */
function nextSunday(days: number, zone: string): string {
  const day = DateTime.now().setZone(zone).startOf('day').plus({ days });
  return day.plus({ days: (7 - day.weekday) % 7 }).toISODate()!;
}
