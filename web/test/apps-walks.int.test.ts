import { demoTenant, testEnv } from '@fitflow/testkit';
import { createHash, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zoneLabel } from '../src/lib/time';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks through Apps & API, on the real stack (see ./harness.ts): Harbourfront's studio admin
 * registers an app with a timetable manifest (FitFlow's live analysis first), sees its secret once,
 * is refused a manifest that reads client records, sees the app's operations and usage, rotates its
 * secret; the super admin finds the app among every app and suspends it with a reason, which its
 * owner then reads. Every page visited is checked with axe; screenshots land in web/test-results/.
 *
 * What the walks write — apps, their operations and usage — is removed afterwards through the run's
 * superuser connection: other test files read the demo tenant unchanged. Their audit rows stay: the
 * audit log is append-only and hash-chained (docs/security.md, "Audit trail").
 */
let app: WebApp;

const DESKTOP = { width: 1280, height: 900 };
/** What people must never read: error codes and the server's internal wording. */
const RAW = /BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT|INTERNAL_SERVER_ERROR|SCHEDULE_READ|CLIENTS_READ|\d{3}: [A-Z]|America\//;

const tenant = demoTenant();
const harbourfront = tenant.studios.find((s) => s.key === 'harbourfront')!;
const STUDIO_ADMIN = 'studio@harbourfront.demo';
const studioAdmin = tenant.users.find((u) => u.email === STUDIO_ADMIN)!;
const SUPER_ADMIN = 'admin@fitflow.demo';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The timetable query a studio's website runs: this week's classes with free places (schedule:read only). */
const TIMETABLE = `query Timetable($studioId: ID!, $from: DateTime!, $to: DateTime!) {
  studio(id: $studioId) {
    name
    timeZone
    appointments(from: $from, to: $to, first: 50) {
      edges {
        node {
          id
          startTime
          endTime
          placesLeft
          classType {
            name
          }
        }
      }
    }
  }
}`;
/** The same website's manifest, in Apollo's persisted query manifest format. */
const WEBSITE_MANIFEST = JSON.stringify(
  { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(TIMETABLE), name: 'Timetable', type: 'query', body: TIMETABLE }] },
  null,
  2,
);
/** An operation that reads client records: beyond schedule:read. In codegen's format (id → text). */
const CLIENTS = 'query Clients { clients(first: 10) { edges { node { id } } } }';
const CLIENTS_MANIFEST = JSON.stringify({ [sha256(CLIENTS)]: CLIENTS });

/** When the walks began: what the studio admin registered since is theirs to remove. */
let since = '';

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
  since = await superuser(async (db) => (await db.query<{ now: string }>('select now()::text as now')).rows[0].now);
}, 120_000);

afterAll(async () => {
  await removeWritten().catch((error: unknown) => console.error('apps walks: cleanup failed', error));
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

/** The apps the studio admin registered during the walks, oldest first. */
const appsWritten = () =>
  superuser(
    async (db) =>
      (
        await db.query<{ id: string; name: string; client_id: string; secret_hash: string; status: string }>(
          'select id, name, client_id, secret_hash, status from identity.apps where owner_user_id = $1 and created_at >= $2 order by created_at',
          [studioAdmin.id, since],
        )
      ).rows,
  );

/** Deletes the apps the walks registered, their operations and usage (their audit rows stay). */
async function removeWritten() {
  await superuser(async (db) => {
    await db.query('begin');
    const ids = (
      await db.query<{ id: string }>('select id from identity.apps where owner_user_id = $1 and created_at >= $2', [studioAdmin.id, since])
    ).rows.map((r) => r.id);
    await db.query('delete from identity.app_usage where app_id = any($1::uuid[])', [ids]);
    await db.query('delete from identity.app_operations where app_id = any($1::uuid[])', [ids]);
    await db.query('delete from identity.apps where id = any($1::uuid[])', [ids]);
    await db.query('commit');
  });
}

/** The page says nothing raw, and axe finds nothing serious. */
async function checkPage(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(RAW);
  await app.expectAccessible(page);
}
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openAppsAsStudioAdmin(page: Page) {
  await app.signIn(page, STUDIO_ADMIN);
  await page.getByRole('heading', { level: 1, name: `${harbourfront.name} — schedule` }).waitFor({ timeout: 15_000 });
  await main(page).getByRole('link', { name: 'Apps & API' }).click();
  await page.getByRole('heading', { level: 1, name: 'Apps & API' }).waitFor();
}

describe('Apps & API in a browser', () => {
  const appName = `Harbourfront website ${randomUUID().slice(0, 6)}`;
  const reason = 'Calls the timetable 50 times a second since Monday; slow it down, then ask support to reinstate it.';

  it('Harbourfront’s studio admin registers a timetable app (analysis first), sees its secret once, is refused client records, sees usage and rotates the secret', async () => {
    await app.withPage(
      DESKTOP,
      harbourfront.timeZone,
      async (page, context) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.appUrl });
        await openAppsAsStudioAdmin(page);
        // Other test files register Harbourfront apps in the same database: the list may hold theirs.
        await page.getByRole('heading', { name: 'Your apps' }).waitFor();
        await page.getByText('How to call the API').click();
        await page.getByText(`curl -s ${app.appUrl}/oauth/token`).waitFor();
        await checkPage(page);

        // Register: name, schedule:read, the manifest pasted; the analysis answers as it is typed.
        await page.getByRole('button', { name: 'Register an app' }).click();
        const form = page.getByRole('form', { name: 'Register an app' });
        await form.getByLabel('App name').fill(appName);
        expect(await form.getByText(/Health data: a FitFlow administrator must approve this scope/).innerText()).toContain('data processing agreement');
        await form.getByLabel('Operation manifest (JSON)').fill(WEBSITE_MANIFEST);
        await form.getByText('Choose at least one scope').waitFor();
        await form.getByRole('checkbox', { name: /^Read the timetable/ }).check();
        await form.getByText('Accepted: 1 operation, every field within the scopes chosen.').waitFor();
        const timetable = form.getByRole('region', { name: 'Fields Timetable touches' });
        expect(await timetable.getByRole('row', { name: /Query\.studio\b/ }).innerText()).toMatch(/\tRead the timetable \(schedule:read\)[^\t]*\tAllowed$/);
        expect(await timetable.getByRole('row', { name: /Appointment\.placesLeft/ }).innerText()).toContain('Allowed');
        await checkPage(page);
        await shot(page, 'apps-register-analysis');

        await form.getByRole('button', { name: 'Register', exact: true }).click();
        const once = page.getByRole('region', { name: `${appName} is registered: copy its secret now` });
        await once.waitFor();
        expect(await once.innerText()).toContain('This is the only time FitFlow shows this secret.');
        const secret = await once.locator('[data-secret]').innerText();
        expect(secret).toMatch(/^ffs_[\w-]{43}$/);
        await once.getByRole('button', { name: 'Copy secret' }).click();
        await once.getByText('Copied.').waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
        const [registered] = await appsWritten();
        expect(registered).toMatchObject({ name: appName, status: 'active' });
        // FitFlow keeps its hash, never the secret; the client id shown is the app's.
        expect(registered.secret_hash).toBe(sha256(secret));
        expect(await once.innerText()).toContain(registered.client_id);
        const row = page.getByRole('region', { name: 'Your apps' }).getByRole('row', { name: new RegExp(appName) });
        expect(await row.innerText()).toMatch(new RegExp(`Active\\s+Read the timetable\\s+${registered.client_id}\\s+Never`));
        expect(await page.getByRole('columnheader', { name: /^Last used/ }).textContent()).toContain(zoneLabel(harbourfront.timeZone));
        await checkPage(page);
        await shot(page, 'apps-secret-once');
        await once.getByRole('button', { name: 'I have stored the secret' }).click();
        await once.waitFor({ state: 'detached' });
        expect(await page.locator('body').innerText()).not.toContain(secret);

        // A manifest read from a file: empty first, then one whose operation reads client records.
        await page.getByRole('button', { name: 'Register an app' }).click();
        await form.getByLabel('App name').fill('Harbourfront client export');
        await form.getByRole('checkbox', { name: /^Read the timetable/ }).check();
        const file = form.getByLabel('Or read it from a file:');
        await file.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
        await form.getByText('“empty.json” is empty.', { exact: false }).waitFor();
        await file.setInputFiles({ name: 'persisted-documents.json', mimeType: 'application/json', buffer: Buffer.from(CLIENTS_MANIFEST) });
        await expect.poll(() => form.getByLabel('Operation manifest (JSON)').inputValue()).toBe(CLIENTS_MANIFEST);
        await form.getByText('Refused: 1 of 1 operation would be refused.', { exact: false }).waitFor();
        const clients = form.getByRole('region', { name: 'Operation Clients' });
        expect(await clients.innerText()).toContain('Operation "Clients" selects Query.clients, which needs clients:read (not requested).');
        expect(await clients.getByRole('row', { name: /Query\.clients\b/ }).innerText()).toMatch(
          /Read client records \(health data\) \(clients:read\)\s+Refused/,
        );
        await form.getByRole('button', { name: 'Register', exact: true }).click();
        const refusal = form.locator('.field-error');
        await refusal.waitFor();
        expect(await refusal.innerText()).toMatch(
          /^The manifest was refused; nothing was saved\. Operation "Clients" selects Query\.clients, which needs clients:read/,
        );
        expect(await form.getByLabel('Operation manifest (JSON)').getAttribute('aria-invalid')).toBe('true');
        await checkPage(page);
        await shot(page, 'apps-refused');
        expect(await appsWritten()).toHaveLength(1);
        await form.getByRole('button', { name: 'Cancel' }).click();

        // The gateway reports calls per operation and UTC day, as it would after the website's first visitors.
        await superuser((db) =>
          db.query(
            `insert into identity.app_usage (app_id, operation_name, day, calls, errors, last_used_at)
             values ($1, 'Timetable', (now() at time zone 'utc')::date, 1242, 4, now())`,
            [registered.id],
          ),
        );
        await page.getByRole('link', { name: appName }).click();
        await page.getByRole('heading', { level: 1, name: appName }).waitFor();
        await page.getByRole('heading', { level: 3, name: /Timetable/ }).waitFor();
        const usage = page.getByRole('region', { name: 'Usage of the last 30 days' });
        expect(await usage.getByRole('row', { name: /^Timetable/ }).innerText()).toMatch(/^Timetable\s+1,242\s+4\s+\w{3}, \w{3} \d+, \d\d:\d\d/);
        expect(await usage.getByRole('columnheader', { name: /^Last used/ }).textContent()).toContain(zoneLabel(harbourfront.timeZone));
        await checkPage(page);
        await shot(page, 'apps-detail');

        // Rotate: confirmed first; the new secret once, the old one no longer the app's.
        await page.getByRole('button', { name: 'Rotate secret' }).click();
        await page.getByRole('group', { name: 'Rotate the secret?' }).getByRole('button', { name: 'Yes, rotate the secret' }).click();
        const rotated = page.getByRole('region', { name: `New secret for ${appName}: copy it now` });
        await rotated.waitFor();
        const newSecret = await rotated.locator('[data-secret]').innerText();
        expect(newSecret).toMatch(/^ffs_/);
        expect(newSecret).not.toBe(secret);
        expect(await rotated.innerText()).toContain('The previous secret has stopped working.');
        expect((await appsWritten())[0].secret_hash).toBe(sha256(newSecret));
        await checkPage(page);
        await shot(page, 'apps-rotated');
      },
      'apps-owner',
    );
  }, 120_000);

  it('the super admin sees the app among every app and suspends it with a reason; its owner reads "Suspended: <reason>"', async () => {
    await app.withPage(
      DESKTOP,
      'America/Toronto',
      async (page) => {
        await app.signIn(page, SUPER_ADMIN);
        await page.getByRole('heading', { level: 1, name: 'Support' }).waitFor({ timeout: 15_000 });
        await main(page).getByRole('link', { name: 'Apps', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Apps' }).waitFor();
        const row = page.getByRole('region', { name: 'Every app' }).getByRole('row', { name: new RegExp(appName) });
        await expect
          .poll(() => row.innerText(), { timeout: 10_000 })
          .toMatch(new RegExp(`${harbourfront.name}\\s+Studio admin\\s+Read the timetable\\s+Active`));
        await checkPage(page);

        await row.getByRole('button', { name: `Suspend ${appName}` }).click();
        const suspending = page.getByRole('form', { name: `Suspend ${appName}` });
        await suspending.getByLabel('Reason (the owner reads it)').fill('Too many');
        await suspending.getByRole('button', { name: 'Suspend app' }).click();
        await suspending.getByText('Say why in at least 10 characters').waitFor();
        await suspending.getByLabel('Reason (the owner reads it)').fill(reason);
        await suspending.getByRole('button', { name: 'Suspend app' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `${appName} is suspended.` })
          .waitFor();
        await expect.poll(() => row.innerText()).toContain(`Suspended: ${reason}`);
        expect(await row.getByRole('button', { name: `Reinstate ${appName}` }).count()).toBe(1);
        await checkPage(page);
        await shot(page, 'apps-admin-suspended');
      },
      'apps-admin',
    );
    expect((await appsWritten())[0].status).toBe('suspended');

    await app.withPage(
      DESKTOP,
      harbourfront.timeZone,
      async (page) => {
        await openAppsAsStudioAdmin(page);
        const row = page.getByRole('region', { name: 'Your apps' }).getByRole('row', { name: new RegExp(appName) });
        await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain(`Suspended: ${reason}`);
        await checkPage(page);
        await shot(page, 'apps-owner-suspended');
        await row.getByRole('link', { name: appName }).click();
        await page.getByText(`FitFlow suspended this app: ${reason}`, { exact: false }).waitFor();
        await checkPage(page);
      },
      'apps-owner-suspended',
    );
  }, 120_000);
});
