import { demoTenant, postGraphQL, signInThroughGateway } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks through the studio portal, the client home and the app shell's failure states, on the
 * real stack (see ./harness.ts). Every page visited is checked with axe; screenshots (desktop and a
 * 390 px phone) land in web/test-results/.
 */
let app: WebApp;

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** What people must never read: error codes and the server's internal wording. */
const RAW = /BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|INTERNAL_SERVER_ERROR|must be a UUID|\d{3}: [A-Z]/;

const withPage: WebApp['withPage'] = (...args) => app.withPage(...args);

/** The page's text says nothing raw, and axe finds nothing serious. */
async function checkPage(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(RAW);
  await app.expectAccessible(page);
}

/** Signs `email` in through the gateway and reads `document` as them (to leave traces in an access log). */
async function asUser(email: string, document: string, variables: Record<string, unknown>) {
  const { accessToken } = await signInThroughGateway(app.stack.gatewayUrl, email);
  const answer = await postGraphQL(app.stack.gatewayUrl, document, variables, { token: accessToken });
  expect(answer.errors).toBeUndefined();
}

describe('the studio portal', () => {
  const tenant = demoTenant();
  const studio = (key: string) => tenant.studios.find((s) => s.key === key)!;

  it('lists the studio’s child location in the navigation, shows its schedule in the studio’s named zone, and the header names the studio', async () => {
    const [hq, midtown] = [studio('harbourfront'), studio('midtown')];
    for (const viewport of [DESKTOP, PHONE]) {
      await withPage(
        viewport,
        hq.timeZone,
        async (page) => {
          await app.signIn(page, 'studio@harbourfront.demo');
          await page.getByRole('heading', { level: 1, name: `${hq.name} — schedule` }).waitFor({ timeout: 15_000 });
          await page.getByText('Times in Toronto (ET).').waitFor();
          const header = page.locator('.app-header');
          expect(await header.innerText()).toContain(hq.name);
          expect(await header.innerText()).not.toContain('@');
          await checkPage(page);

          const locations = page.getByRole('navigation', { name: 'Locations' });
          await locations.getByRole('link', { name: midtown.name }).click();
          await page.getByRole('heading', { level: 1, name: `${midtown.name} — schedule` }).waitFor();
          await page.getByText('Times in Toronto (ET).').waitFor();
          expect(new URL(page.url()).pathname).toBe(`/studio/${midtown.id}/schedule`);
          await checkPage(page);
          const suffix = viewport === PHONE ? '-phone' : '';
          await page.screenshot({ path: resolve(SHOTS, `portal-midtown-schedule${suffix}.png`), fullPage: true });

          // The main navigation follows the location on screen; the location keeps the section.
          await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
          await page.getByRole('heading', { level: 1, name: `${midtown.name} — invoices` }).waitFor();
          await locations.getByRole('link', { name: hq.name, exact: true }).click();
          await page.getByRole('heading', { level: 1, name: `${hq.name} — invoices` }).waitFor();
          await page.getByRole('heading', { name: 'Invoices received' }).waitFor();
          await checkPage(page);
          await page.screenshot({ path: resolve(SHOTS, `portal-invoices${suffix}.png`), fullPage: true });
        },
        'portal-locations',
      );
    }
  }, 90_000);

  it('answers another studio’s pages, an unknown studio and a malformed id with “not found”, never with untrue empty states', async () => {
    const kits = studio('kits');
    await withPage(
      DESKTOP,
      'America/Toronto',
      async (page) => {
        await app.signIn(page, 'studio@harbourfront.demo');
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
        const addresses = [
          ...['schedule', 'trainers', 'invoices', 'payables'].map((section) => `/studio/${kits.id}/${section}`),
          '/studio/00000000-0000-4000-8000-000000000000/trainers',
          '/studio/not-a-uuid/invoices',
        ];
        for (const address of addresses) {
          await page.goto(`${app.appUrl}${address}`);
          await page.getByRole('heading', { level: 1, name: 'Studio not found' }).waitFor({ timeout: 15_000 });
          const text = await page.locator('main').innerText();
          expect(text).toContain('not one you manage');
          expect(text).not.toMatch(/No invoices received yet|No trainers under contract|No sessions this week|Kitsilano/);
          await checkPage(page);
        }
        await page.screenshot({ path: resolve(SHOTS, 'portal-other-studio.png'), fullPage: true });
      },
      'portal-other-studio',
    );
  }, 60_000);
});

describe('the client home', () => {
  const tenant = demoTenant();
  const emma = tenant.clients.find((c) => c.email === 'emma.wilson@example.com')!;
  const maya = tenant.trainers.find((t) => t.key === 'maya')!;

  it('shows Emma her upcoming sessions in each studio’s named zone, who read her record by name and role, and downloads her data', async () => {
    // Maya (her trainer, who heads a team) opens Emma's record: Emma must see it by name.
    await asUser(maya.email, 'query($id: ID!) { client(id: $id) { id firstName } }', { id: emma.id });
    const now = Date.now();
    const upcoming = tenant.appointments
      .filter((a) => a.status === 'scheduled' && a.startTime.getTime() > now && a.participants.some((p) => p.clientId === emma.id))
      .sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
    expect(upcoming.length).toBeGreaterThan(0);
    const zoneNames: Record<string, string> = { 'America/Toronto': 'Toronto (ET)', 'America/Vancouver': 'Vancouver (PT)' };
    const firstZone = zoneNames[tenant.studios.find((s) => s.id === upcoming[0].studioId)!.timeZone];

    for (const viewport of [DESKTOP, PHONE]) {
      await withPage(
        viewport,
        'America/Toronto',
        async (page) => {
          await app.signIn(page, emma.email);
          await page.getByRole('heading', { level: 1, name: `Hello, ${emma.firstName} ${emma.lastName}` }).waitFor({ timeout: 15_000 });
          expect(await page.locator('.app-header').innerText()).toContain(`${emma.firstName} ${emma.lastName}`);
          expect(await page.locator('.app-header').innerText()).not.toContain('@');

          const sessions = page.getByRole('region', { name: 'Your upcoming sessions' });
          const items = sessions.locator('li');
          await expect.poll(() => items.count()).toBe(Math.min(10, upcoming.length));
          expect(await items.first().innerText()).toContain(firstZone);

          const log = page.getByRole('region', { name: 'Access log' });
          await log
            .getByRole('cell', { name: `${maya.firstName} ${maya.lastName}, Trainer Admin` })
            .first()
            .waitFor();
          expect(await log.innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

          // A phone number is a tel: link that never wraps mid-number.
          const phone = page.locator('a.phone');
          expect(await phone.getAttribute('href')).toMatch(/^tel:\+?\d+$/);
          expect(await phone.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
          expect(await phone.evaluate((el) => el.getClientRects().length)).toBe(1);
          await checkPage(page);
          const suffix = viewport === PHONE ? '-phone' : '';
          await page.screenshot({ path: resolve(SHOTS, `client-home${suffix}.png`), fullPage: true });

          if (viewport === DESKTOP) {
            const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
            expect(download.suggestedFilename()).toMatch(/^fitflow-my-data-\d{4}-\d{2}-\d{2}\.json$/);
            const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
            expect(JSON.stringify(exported)).toContain(emma.id);
            expect(JSON.stringify(exported)).toContain(emma.lastName);
            await page.getByRole('status').filter({ hasText: 'Downloaded.' }).waitFor();
          }
        },
        `client-home${viewport === PHONE ? '-phone' : ''}`,
      );
    }
  }, 90_000);
});

describe('the app shell when things fail', () => {
  it('gives up on a hung gateway after a while, says so, and loads on Retry', async () => {
    await withPage(
      DESKTOP,
      'America/Toronto',
      async (page) => {
        await app.signIn(page, 'studio@harbourfront.demo');
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
        // Every GraphQL request now hangs: never answered.
        await page.route('**/graphql', () => undefined);
        await page.reload();
        await page.getByText('Loading your account…').waitFor();
        await page.getByText('FitFlow is taking too long to answer').waitFor({ timeout: 25_000 });
        await checkPage(page);
        await page.screenshot({ path: resolve(SHOTS, 'shell-timeout.png'), fullPage: true });
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.getByRole('button', { name: 'Try again' }).click();
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
      },
      'shell-timeout',
    );
  }, 60_000);

  it('shows a message with Reload when a page’s code fails to download, instead of a blank page', async () => {
    await withPage(
      DESKTOP,
      'America/Toronto',
      async (page) => {
        await app.signIn(page, 'studio@harbourfront.demo');
        await page.getByRole('heading', { level: 1, name: /— schedule$/ }).waitFor({ timeout: 15_000 });
        await page.route('**/src/routes/studio/StudioTrainersRoute.tsx*', (route) => route.abort());
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainers' }).click();
        await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor({ timeout: 15_000 });
        // The header stays: the person can go elsewhere, or reload.
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await checkPage(page);
        await page.screenshot({ path: resolve(SHOTS, 'shell-chunk-failed.png'), fullPage: true });
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.getByRole('button', { name: 'Reload' }).click();
        await page.getByRole('heading', { level: 1, name: /— trainers$/ }).waitFor({ timeout: 15_000 });
      },
      'shell-chunk',
    );
  }, 60_000);

  it('words a malformed link for people, never as the server’s code and message', async () => {
    await withPage(
      DESKTOP,
      'America/Toronto',
      async (page) => {
        await app.signIn(page, 'maya@fitflow.demo');
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        await page.goto(`${app.appUrl}/trainer/clients/not-a-uuid`);
        await page.getByText('This link is not valid').waitFor({ timeout: 15_000 });
        await checkPage(page);
        await page.screenshot({ path: resolve(SHOTS, 'shell-bad-link.png'), fullPage: true });
      },
      'shell-bad-link',
    );
  }, 45_000);

  it('slows repeated failed sign-ins with a wait said in words, offers the authenticator code, and remembers a device after a sign-in', async () => {
    await withPage(
      DESKTOP,
      'America/Toronto',
      async (page) => {
        // An unknown email is counted exactly like a real one, so no real account is slowed for other tests.
        const stranger = `walk-${randomUUID()}@example.com`;
        await page.goto(`${app.appUrl}/login`);
        await page.getByLabel('Email').fill(stranger);
        await page.getByLabel('Password').fill('not the password');
        for (let attempt = 0; attempt < 6; attempt++) {
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByRole('button', { name: 'Sign in' }).waitFor();
          await page.locator('#login-error').waitFor();
        }
        await expect.poll(() => page.locator('#login-error').innerText(), { timeout: 15_000 }).toMatch(/Try again in 30 seconds\./);
        await page.getByLabel(/Authenticator code/).waitFor();
        await checkPage(page);
        await page.screenshot({ path: resolve(SHOTS, 'login-throttled.png'), fullPage: true });

        await app.signIn(page, 'maya@fitflow.demo');
        await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 15_000 });
        const devices = await page.evaluate(() => localStorage.getItem('fitflow.devices') ?? '');
        expect(devices).not.toContain('maya');
        expect(Object.values(JSON.parse(devices) as Record<string, { token: string }>).map((d) => d.token.length)).toEqual([expect.any(Number)]);
      },
      'login-throttled',
    );
  }, 60_000);
});
