import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

/** One accessibility violation as axe reports it (rule id, impact, and the offending selectors). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns the **serious and
 * critical** violations — the browser walks fail on any. Call it on every page a walk visits, once the
 * page has rendered its data.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
