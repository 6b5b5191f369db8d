import { demoTenant } from '@fitflow/testkit';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startWebApp, type WebApp } from './harness.js';

/**
 * Browser walks of the super admin's support console and of the Security page every user has, on the
 * real stack (see ./harness.ts). Screenshots go to web/test-results/.
 */
const ZONE = 'America/Toronto';

let app: WebApp;

beforeAll(async () => {
  app = await startWebApp(import.meta.filename);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const walk = (name: string, run: (page: Page) => Promise<void>) => app.withPage({ width: 1280, height: 900 }, ZONE, run, name);

const findAccount = async (page: Page, email: string) => {
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Find account' }).click();
};

describe('the support console in a browser', () => {
  it('a super admin lands on Support, finds an account with its roles, clears delays, suspends and reinstates it, and breaks glass with a reason', async () => {
    const tenant = demoTenant();
    // One of Noah's clients: no other walk signs in as them.
    const noah = tenant.trainers.find((t) => t.key === 'noah')!;
    const user = tenant.users.find((u) => u.roles.some((r) => r.role === 'client' && tenant.clients.find((c) => c.id === r.scopeId)?.trainerId === noah.id))!;
    const client = tenant.clients.find((c) => c.id === user.roles[0].scopeId)!;

    await walk('support', async (page) => {
      await app.signIn(page, 'admin@fitflow.demo');
      await page.getByRole('heading', { level: 1, name: 'Support' }).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe('/admin/support');
      await app.expectAccessible(page);

      await findAccount(page, 'not-an-email');
      await page.getByText('Enter an email address like name@example.com.').waitFor();
      await findAccount(page, 'nobody@fitflow.demo');
      await page.getByRole('alert').getByText('No account has this email address.').waitFor();
      expect(await page.getByRole('alert').innerText()).not.toMatch(/NOT_FOUND|FORBIDDEN|BAD_USER_INPUT/);

      await findAccount(page, 'Maya@FitFlow.demo');
      await page.getByRole('heading', { level: 2, name: 'Maya Chen (Trainer Admin, Trainer)' }).waitFor();
      await app.expectAccessible(page);
      await page.screenshot({ path: resolve(SHOTS, 'support-maya.png'), fullPage: true });

      await findAccount(page, user.email);
      // Identity never holds a client's name (it lives sealed in the clients subgraph).
      await page.getByRole('heading', { level: 2, name: 'Client account (Client)' }).waitFor();
      expect(await page.locator('main').innerText()).not.toContain(client.lastName);
      const actions = page.getByRole('region', { name: 'Act on this account' });
      await actions.getByRole('button', { name: 'Clear sign-in delays' }).click();
      await actions.getByText('Say why in at least 10 characters').waitFor();
      const reason = actions.getByLabel(/^Reason/);
      await reason.fill('Holder called from the number on file');
      await actions.getByRole('button', { name: 'Clear sign-in delays' }).click();
      await actions.getByText('Sign-in delays cleared').waitFor();

      await reason.fill('Chargeback reported by the trainer, under review');
      await actions.getByRole('button', { name: 'Suspend account' }).click();
      await actions.getByText('Account suspended').waitFor();
      await page.getByText('Suspended', { exact: true }).waitFor();
      await page
        .getByRole('region', { name: /^Security log of/ })
        .getByText('Account suspended by support')
        .waitFor();
      await app.expectAccessible(page);
      await page.screenshot({ path: resolve(SHOTS, 'support-suspended.png'), fullPage: true });

      await reason.fill('Trainer confirmed the chargeback was a mistake');
      await actions.getByRole('button', { name: 'Reinstate account' }).click();
      await actions.getByText('Account reinstated').waitFor();
      await page.getByText('Active', { exact: true }).waitFor();

      const glass = page.getByRole('region', { name: 'Emergency read of the client record' });
      await glass.getByRole('button', { name: 'Read the record (break glass)' }).click();
      await glass.getByText('Say why in at least 10 characters').waitFor();
      await glass.getByLabel('Why you need this record now').fill('Client collapsed at the studio; paramedics need allergies');
      await glass.getByRole('button', { name: 'Read the record (break glass)' }).click();
      await glass.getByText(client.emergencyContact.name, { exact: false }).waitFor();
      await app.expectAccessible(page);
      await page.screenshot({ path: resolve(SHOTS, 'support-break-glass.png'), fullPage: true });
    });
  }, 120_000);

  it('every user has a Security page with their own log, times in their zone named as people name it', async () => {
    await walk('security', async (page) => {
      await app.signIn(page, 'liam@fitflow.demo');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security' }).click();
      await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor({ timeout: 15_000 });
      const log = page.getByRole('region', { name: 'Your security log' });
      await log.getByRole('rowheader', { name: 'Signed in' }).first().waitFor();
      expect(await log.getByRole('columnheader').first().innerText()).toMatch(/When \(Toronto \(ET\)\)/i);
      // A trainer has no Support entry and cannot open the console.
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support' }).count()).toBe(0);
      await app.expectAccessible(page);
      await page.screenshot({ path: resolve(SHOTS, 'account-security.png'), fullPage: true });
      await page.goto(`${app.appUrl}/admin/support`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1, name: 'Support' }).count()).toBe(0);
    });
  }, 60_000);
});
