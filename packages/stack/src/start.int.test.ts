import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { freePorts } from '@fitflow/testkit';
import { ROOT } from './compose.js';

/**
 * `npm start` as a person runs it: a separate process (packages/stack/src/start.ts) on this run's
 * database, every service on a free port, with the web dev server.
 */

const PORT_SETTINGS = ['GATEWAY_PORT', 'IDENTITY_PORT', 'STUDIOS_PORT', 'CLIENTS_PORT', 'SCHEDULING_PORT', 'FINANCE_PORT', 'WEB_PORT', 'EMBEDDED_PG_PORT'];

interface RunningStack {
  process: ChildProcess;
  webUrl: string;
  ports: number[];
  /** Pid of each process `npm start` runs, by name (from its banner). */
  pids: Map<string, number>;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Stacks still running when a test ends (it failed or timed out): stopped after it. */
const started = new Set<ChildProcess>();
afterEach(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  started.clear();
});

/** Starts `npm start` and resolves once it prints its banner (rejects with its output if it ends first). */
async function startStack(env: Record<string, string>): Promise<RunningStack> {
  const ports = await freePorts(PORT_SETTINGS.length);
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'packages/stack/src/start.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...Object.fromEntries(PORT_SETTINGS.map((name, i) => [name, String(ports[i])])),
      DATABASE_URL: inject('fitflow').adminUrl,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      // Not the cache a developer's own `npm start` uses (re-optimising it would blank their app).
      WEB_CACHE_DIR: 'node_modules/.vite-start-test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('close', (code, signal) => done({ code, signal })));
  const banner = await Promise.race([
    (async () => {
      while (!/Press Ctrl-C to stop/.test(output)) await new Promise((r) => setTimeout(r, 200));
      return output;
    })(),
    exited.then(({ code }) => {
      throw new Error(`npm start ended (code ${code}) before it was running:\n${output}`);
    }),
  ]);
  expect(banner).toContain('FitFlow is running.');
  const pids = new Map([...banner.matchAll(/(\w+) \(pid (\d+)\)/g)].map(([, name, pid]) => [name, Number(pid)]));
  return { process: child, webUrl: `http://127.0.0.1:${ports[PORT_SETTINGS.indexOf('WEB_PORT')]}`, ports, pids, output: () => output, exited };
}

/** A GET with the path sent exactly as written (fetch would normalise `..` and `%2e`). */
function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode!, body }));
    })
      .on('error', fail)
      .end();
  });
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once none of `pids` is running (or fails the test after 10 s). */
async function expectAllEnded(pids: number[]) {
  for (let i = 0; i < 100 && pids.some(isRunning); i++) await new Promise((r) => setTimeout(r, 100));
  expect(pids.filter(isRunning)).toEqual([]);
}

const SERVICES = ['identity', 'studios', 'clients', 'scheduling', 'finance', 'gateway'];

// Development secrets and database files, where `npm start` keeps them: under .data/ at the root.
const DATA = resolve(ROOT, `.data/start-test-${process.pid}`);
afterAll(() => rmSync(DATA, { recursive: true, force: true }));

describe('npm start', () => {
  it('serves the web app, but no secret, database file or other file of the repository; SIGTERM stops every process', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const planted = ['master-keys.json', 'postgres.superuser', 'postgres/base/16384/1259', 'postgres/global/pg_control'].map((file) => resolve(DATA, file));
    for (const file of planted) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, canary);
    }
    // identity's development signing key: where `npm start` keeps it (made on first start).
    const signingKeyFile = resolve(ROOT, '.data/identity-signing-key.json');
    const stack = await startStack({});
    try {
      const signingKey = JSON.parse(readFileSync(signingKeyFile, 'utf8')) as { d: string };
      expect(signingKey.d).toMatch(/^[\w-]{20,}$/);

      // The app and its dependencies load.
      const page = await get(stack.webUrl, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="root"></div>');
      const main = await get(stack.webUrl, '/src/main.tsx');
      expect(main.status).toBe(200);
      const imports = [...main.body.matchAll(/from "(\/[^"]+)"/g)].map(([, url]) => url);
      expect(imports.some((url) => url.includes('/node_modules/.vite-start-test/deps/react'))).toBe(true);
      for (const url of imports) expect((await get(stack.webUrl, url)).status, url).toBe(200);

      // Nothing else: secrets and database files (planted here, and the developer's own when present),
      // the rest of the repository, the server-side workspaces, the machine's files.
      const secrets = [signingKeyFile, ...planted];
      for (const file of ['master-keys.json', 'postgres.superuser', 'postgres/PG_VERSION']) {
        if (existsSync(resolve(ROOT, '.data', file))) secrets.push(resolve(ROOT, '.data', file));
      }
      const refused = [
        ...secrets.flatMap((file) => [
          `/@fs${file}?raw`,
          `/@fs${file}`,
          `/@fs${file}?import`,
          `/@fs${file}?import&raw`,
          `/@fs${file}?url`,
          `/@fs${file}?raw??`,
        ]),
        `/@fs${ROOT}/package.json`,
        `/@fs${ROOT}/packages/stack/src/start.ts`,
        `/@fs${ROOT}/node_modules/@fitflow/devdb/src/embedded.ts`,
        '/@fs/etc/passwd',
        '/@fs/etc/passwd?raw',
      ];
      for (const path of refused) {
        const answer = await get(stack.webUrl, path);
        expect([403, 404], `${path} answered ${answer.status}`).toContain(answer.status);
        expect(answer.body).not.toContain(canary);
        expect(answer.body).not.toContain(signingKey.d);
        expect(answer.body).not.toContain('root:x:0:0');
      }
      // Ways around the root: whatever they answer, never the files.
      const relative = `.data/start-test-${process.pid}/master-keys.json`;
      for (const path of [
        `/../${relative}?raw`,
        `/%2e%2e/${relative}?raw`,
        `/..%2f${relative}?raw`,
        `/@fs${ROOT}/web/../${relative}?raw`,
        `/${relative}?raw`,
      ]) {
        expect((await get(stack.webUrl, path)).body, path).not.toContain(canary);
      }
    } finally {
      stack.process.kill('SIGTERM');
    }
    expect(await stack.exited).toEqual({ code: 0, signal: null });
    await expectAllEnded(SERVICES.map((name) => stack.pids.get(name)!));
  }, 420_000);

  it('says which process ended, how, and its last lines, then stops the others and exits non-zero', async () => {
    const stack = await startStack({});
    expect([...stack.pids.keys()].sort()).toEqual([...SERVICES].sort());
    const studios = stack.pids.get('studios')!;
    process.kill(studios, 'SIGKILL');

    const { code } = await stack.exited;
    expect(code).toBe(1);
    const report = stack.output().slice(stack.output().indexOf('Press Ctrl-C to stop.'));
    expect(report).toContain(`studios (pid ${studios}) was killed by signal SIGKILL. Its last`);
    // Its own log line, quoted from the tail kept for it.
    expect(report).toMatch(/ {2}\| .*studios subgraph listening/);
    expect(report).toContain('Stopping the other FitFlow processes.');
    await expectAllEnded([...stack.pids.values()]);
  }, 420_000);
});
