import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Launches headless Chromium for the browser walks: `CHROMIUM_PATH` when set, else the system's
 * `/usr/bin/chromium` when present, else the Chromium shipped inside the npm package
 * `@sparticuz/chromium` (unpacked to the temp directory on first use), so `npm install && npm test`
 * needs no system browser.
 */
export async function launchBrowser(): Promise<Browser> {
  const system = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (system) return playwright.launch({ executablePath: system, args: FLAGS });
  const { default: packaged } = await import('@sparticuz/chromium');
  // Not `packaged.args`: they are tuned for AWS Lambda (`--single-process`), where the browser dies
  // with its first closed context.
  return playwright.launch({ executablePath: await packaged.executablePath(), args: FLAGS });
}
