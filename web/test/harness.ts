import { DEMO_PASSWORD } from '@fitflow/demo';
import { freePort } from '@fitflow/kit';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { quietLog, testEnv } from '@fitflow/testkit';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { expect } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations } from './browser.js';

const WEB = resolve(import.meta.dirname, '..');
/** Where walks leave their screenshots (git-ignored). */
export const SHOTS = resolve(WEB, 'test-results');

/** A browser window's size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** The web app on the real stack, for one walk file. */
export interface WebApp {
  /** Origin of the Vite dev server, no trailing slash. */
  appUrl: string;
  browser: Browser;
  stack: InProcessStack;
  /** Goes to the app, lands on /login, signs in as `email` with the demo password. */
  signIn(page: Page, email: string): Promise<void>;
  /** Fails the walk on serious or critical axe violations of the page as it is now. */
  expectAccessible(page: Page): Promise<void>;
  /**
   * Runs `walk` in a fresh browser context (its own cookies and storage) at `viewport` with the browser
   * clock in `zone`; on failure leaves `<failShot>-failed.png` in {@link SHOTS}. Always closes the context.
   */
  withPage(viewport: Viewport, zone: string, walk: (page: Page, context: BrowserContext) => Promise<void>, failShot: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the five subgraphs and the gateway in-process on this run's database, a Vite dev server for
 * web/ that proxies /graphql to that gateway, and headless Chromium. `walkFile` (the caller's
 * `import.meta.filename`) names the file's own Vite dependency cache: sharing `npm start`'s
 * web/node_modules/.vite (or another walk file's) re-optimised it under the running app, which then
 * answered "504 Outdated Optimize Dep" and showed a blank page.
 */
export async function startWebApp(walkFile: string): Promise<WebApp> {
  mkdirSync(SHOTS, { recursive: true });
  const stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
  let vite: ViteDevServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await vite?.close();
    await stack.stop();
  };
  try {
    vite = await createServer({
      configFile: resolve(WEB, 'vite.config.ts'),
      root: WEB,
      cacheDir: resolve(WEB, `node_modules/.vite-test-${basename(walkFile).replace(/\W+/g, '-')}`),
      logLevel: 'error',
      clearScreen: false,
      server: {
        host: '127.0.0.1',
        port: await freePort(),
        strictPort: true,
        hmr: false,
        proxy: { '/graphql': { target: new URL(stack.gatewayUrl).origin, changeOrigin: true } },
      },
    });
    await vite.listen();
    browser = await launchBrowser();
  } catch (error) {
    await stop();
    throw error;
  }
  const appUrl = vite.resolvedUrls!.local[0].replace(/\/$/, '');
  return {
    appUrl,
    browser,
    stack,
    stop,
    async signIn(page, email) {
      await page.goto(`${appUrl}/`);
      await expect.poll(() => page.url()).toContain('/login');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
    },
    async expectAccessible(page) {
      expect(await seriousAccessibilityViolations(page), `axe on ${page.url()}`).toEqual([]);
    },
    async withPage(viewport, zone, walk, failShot) {
      const context = await browser.newContext({ timezoneId: zone, locale: 'en-CA', viewport });
      const page = await context.newPage();
      try {
        await walk(page, context);
      } catch (error) {
        await page.screenshot({ path: resolve(SHOTS, `${failShot}-failed.png`), fullPage: true }).catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    },
  };
}
