import { demoTenant } from '@fitflow/testkit';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks through the web app on the real stack (five subgraphs + gateway in-process, demo
 * tenant in this run's database), served by a Vite dev server and driven by headless Chromium (see
 * ./browser.ts).
 * Each walk leaves a screenshot in web/test-results/ (git-ignored).
 */
const ZONE = 'America/Toronto';

let app: WebApp;
let browser: Browser;
let signIn: WebApp['signIn'];

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
  ({ browser, signIn } = app);
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
const dayIn = (instant: Date, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

describe('the web app in a browser', () => {
  it('a trainer signs in, sees their studios on the dashboard, finds a client and reads their session notes', async () => {
    const tenant = demoTenant();
    const maya = tenant.trainers.find((t) => t.key === 'maya')!;
    const studios = tenant.contracts.filter((c) => c.trainerId === maya.id).map((c) => tenant.studios.find((s) => s.id === c.studioId)!.name);
    // The maya client with the most notes, and their newest note (the client page lists newest first).
    const notesByClient = new Map<string, typeof tenant.sessionNotes>();
    for (const note of tenant.sessionNotes.filter((n) => tenant.clients.find((c) => c.id === n.clientId)?.trainerId === maya.id)) {
      notesByClient.set(note.clientId, [...(notesByClient.get(note.clientId) ?? []), note]);
    }
    const [clientId, notes] = [...notesByClient].sort((a, b) => b[1].length - a[1].length)[0];
    const client = tenant.clients.find((c) => c.id === clientId)!;
    const newest = notes.toSorted((a, b) => b.sessionDate.localeCompare(a.sessionDate))[0];

    const context = await browser.newContext({ timezoneId: ZONE, locale: 'en-CA', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, 'maya@fitflow.demo');
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dashboard' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('heading', { name: 'Your studios' }).waitFor();
      for (const name of studios) await page.getByRole('heading', { level: 3, name }).waitFor();
      expect(studios.sort()).toEqual(['Harbourfront Movement', 'Kitsilano Flow Studio']);
      await page.getByRole('heading', { name: 'Revenue, last 6 months' }).waitFor();
      await page.screenshot({ path: resolve(SHOTS, 'trainer-dashboard.png'), fullPage: true });

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
      await page.getByLabel('Search clients').fill(client.lastName);
      // The search runs as you type: wait for the filtered list before clicking a result.
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(client.lastName);
      const results = page.locator('main a[href^="/trainer/clients/"]');
      await expect.poll(async () => (await results.allInnerTexts()).every((name) => name.includes(client.lastName))).toBe(true);
      await page.getByRole('link', { name: `${client.firstName} ${client.lastName}` }).first().click();
      await page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }).waitFor();
      await page.getByRole('heading', { name: 'Session notes' }).waitFor();
      // Newest first; two sessions on the same day may come in either order.
      const firstNote = page.locator('.note').first();
      await firstNote.waitFor();
      const shown = await firstNote.innerText();
      for (const field of ['Subjective', 'Objective', 'Assessment', 'Plan']) expect(shown).toContain(field);
      const sameDay = notes.filter((n) => n.sessionDate === newest.sessionDate);
      expect(sameDay.some((n) => shown.includes(n.subjective) && shown.includes(n.assessment) && shown.includes(n.plan))).toBe(true);
      await page.screenshot({ path: resolve(SHOTS, 'trainer-client.png'), fullPage: true });
    } catch (error) {
      await page.screenshot({ path: resolve(SHOTS, 'trainer-failed.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }, 45_000);

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
      if (response.url().endsWith('/graphql')) void response.text().then((t) => bodies.push(t), () => undefined);
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
