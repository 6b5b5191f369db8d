import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { DEMO_PASSWORD } from '@fitflow/demo';
import { demoStudio, quietLog, testEnv } from '@fitflow/testkit';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * docs/api.md's worked example, as a studio would follow it against a production gateway: sign in and
 * register the app with the web app's own persisted operations, get a token at /oauth/token, then run
 * docs/examples/studio-timetable.mjs unchanged.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = resolve(ROOT, 'docs/examples');
const WEB_MANIFEST = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
let stack: InProcessStack;

/** The web app's persisted operation whose text contains `field(`, by id (what the web app sends in production). */
const webOperation = (field: string) => Object.entries(WEB_MANIFEST).find(([, text]) => text.includes(`${field}(`) && text.includes('mutation '))![0];

async function byId(documentId: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ documentId, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL, production: true });
}, 120_000);
afterAll(async () => stack?.stop());

describe("docs/api.md's worked example: a studio website's timetable", () => {
  it('the committed manifest is docs/examples/studio-timetable.graphql, under its SHA-256', () => {
    const manifest = JSON.parse(readFileSync(resolve(EXAMPLES, 'studio-timetable.manifest.json'), 'utf8'));
    const body = readFileSync(resolve(EXAMPLES, 'studio-timetable.graphql'), 'utf8').trim();
    expect(manifest.operations).toEqual([{ id: createHash('sha256').update(body).digest('hex'), name: 'StudioTimetable', type: 'query', body }]);
  });

  it('runs as written: register, token, this week’s classes with their free places', async () => {
    const signedIn = await byId(webOperation('login'), { input: { email: 'studio@harbourfront.demo', password: DEMO_PASSWORD } });
    const token = signedIn.data!.login.accessToken as string;
    const manifest = readFileSync(resolve(EXAMPLES, 'studio-timetable.manifest.json'), 'utf8');
    const registered = await byId(webOperation('registerApp'), { input: { name: 'Harbourfront website', scopes: ['SCHEDULE_READ'], manifest } }, token);
    expect(registered.errors).toBeUndefined();
    const { app, clientSecret } = registered.data!.registerApp;

    const run = await promisify(execFile)(process.execPath, [resolve(EXAMPLES, 'studio-timetable.mjs')], {
      env: {
        PATH: process.env.PATH,
        FITFLOW_URL: stack.gatewayUrl.replace(/\/graphql$/, ''),
        CLIENT_ID: app.clientId,
        CLIENT_SECRET: clientSecret,
        STUDIO_ID: demoStudio('harbourfront').id,
        OPERATION_ID: JSON.parse(manifest).operations[0].id,
      },
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Harbourfront Movement: this week');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/ with .+: (\d+ places? left|full \(waitlist open\))$/);
  });
});
