import { freePort } from '@fitflow/kit';
import { ROOT } from '@fitflow/stack/compose';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { postGraphQL, quietLog, signInThroughGateway, testEnv, type HttpGraphQLResult } from '@fitflow/testkit';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * docs/faults.md, "A subgraph dies": the clients subgraph runs as its own process (as `npm start` and
 * production run it), the rest of the stack in this one. It is killed (SIGKILL: no goodbye, sockets
 * reset by the kernel) while a cross-subgraph query waits on it, then started again on the same port.
 */

let stack: InProcessStack;
let port: number;
let child: ChildProcess | undefined;
let token: string;

/** Starts the clients subgraph as a child process on `port`, with only its runtime role's credentials, and waits until it is healthy. */
async function startClients(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Migrations ran in the test setup; a serving process holds only its runtime role.
    DATABASE_URL: testEnv().appUrls.clients,
    JWKS_URL: stack.subgraphUrls.identity.replace(/\/graphql$/, '/.well-known/jwks.json'),
    GATEWAY_SECRET: stack.gatewaySecret,
  };
  const started = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'subgraphs/clients/src/index.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  started.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`the clients subgraph exited with code ${started.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return started;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  started.kill('SIGKILL');
  throw new Error(`the clients subgraph did not become healthy: ${stderr}`);
}

/** Kills `process` with `signal` and waits until it is gone. */
async function kill(process: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
  if (process.exitCode !== null || process.signalCode !== null) return;
  const gone = new Promise((done) => process.once('exit', done));
  process.kill(signal);
  await gone;
}

beforeAll(async () => {
  port = await freePort();
  stack = await startInProcessStack({
    urls: testEnv().appUrls,
    log: quietLog,
    redisUrl: process.env.REDIS_URL,
    external: { clients: `http://127.0.0.1:${port}/graphql` },
  });
  child = await startClients();
  token = (await signInThroughGateway(stack.gatewayUrl, 'maya@fitflow.demo')).accessToken;
}, 120_000);

afterAll(async () => {
  if (child) await kill(child);
  await stack?.stop();
});

/**
 * identity (me), studios (trainer, contracts, studio), scheduling (appointments, participants, the
 * client's id) and clients (each client's latest session note, nullable) in one request.
 */
const OVERVIEW = `
  query FaultOverview {
    me {
      email
      trainer {
        displayName
        contracts {
          studio { name }
          upcomingAppointments(first: 3) {
            edges { node { id participants { client { id latestSessionNote { id sessionDate } } } } }
          }
        }
      }
    }
  }
`;

type Overview = {
  me: {
    email: string;
    trainer: {
      displayName: string;
      contracts: {
        studio: { name: string };
        upcomingAppointments: { edges: { node: { id: string; participants: { client: { id: string; latestSessionNote: { id: string } | null } }[] } }[] };
      }[];
    };
  };
};

const ask = () => postGraphQL<Overview>(stack.gatewayUrl, OVERVIEW, {}, { token });
const clientsOf = (data: Overview) =>
  data.me.trainer.contracts.flatMap((c) => c.upcomingAppointments.edges.flatMap((e) => e.node.participants.map((p) => p.client)));
/** The answer without what the clients subgraph contributes. */
const withoutClientsFields = (data: Overview) =>
  JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'latestSessionNote' ? undefined : value))) as unknown;

let complete: HttpGraphQLResult<Overview>;

describe('a subgraph killed during a cross-subgraph query', () => {
  it('answers completely while every subgraph runs', async () => {
    complete = await ask();
    expect(complete.errors).toBeUndefined();
    const clients = clientsOf(complete.data!);
    expect(clients.length).toBeGreaterThan(0);
    expect(clients.some((c) => c.latestSessionNote !== null)).toBe(true);
  });

  it('still serves the other subgraphs’ fields, the missing ones null with a typed error, and the gateway keeps serving', async () => {
    // Frozen first, so that the gateway's call to it is surely in flight when it dies.
    child!.kill('SIGSTOP');
    const inFlight = ask();
    await new Promise((r) => setTimeout(r, 1_500));
    await kill(child!);
    child = undefined;
    const started = Date.now();
    const answer = await inFlight;
    expect(Date.now() - started).toBeLessThan(5_000);

    expect(answer.status).toBe(200);
    // identity's, studios' and scheduling's fields are all there, as before the fault.
    expect(withoutClientsFields(answer.data!)).toEqual(withoutClientsFields(complete.data!));
    expect(clientsOf(answer.data!).every((c) => c.latestSessionNote === null)).toBe(true);
    expect(answer.errors!.length).toBeGreaterThan(0);
    for (const error of answer.errors!) {
      expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toMatch(/try again/i);
    }
    // Nothing about our servers: no address, port, subgraph URL or stack trace.
    expect(answer.text).not.toMatch(/127\.0\.0\.1|localhost|ECONN|socket|stack/i);
    expect(answer.text).not.toContain(String(port));

    // While it is down: the same partial answer at once, and a question that does not need it is answered whole.
    const down = await ask();
    expect(withoutClientsFields(down.data!)).toEqual(withoutClientsFields(complete.data!));
    expect(down.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    const other = await postGraphQL(stack.gatewayUrl, 'query { me { email trainer { displayName } } }', {}, { token });
    expect(other.errors).toBeUndefined();
    expect(other.data.me).toEqual({ email: complete.data!.me.email, trainer: { displayName: complete.data!.me.trainer.displayName } });
    // A write to it is refused the same way.
    const write = await postGraphQL(stack.gatewayUrl, 'mutation { createClient(input: { firstName: "Nobody", lastName: "Written" }) { id } }', {}, { token });
    expect(write.data ?? null).toBeNull();
    expect(write.errors!.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('answers completely again once the subgraph is back on the same port', async () => {
    child = await startClients();
    const again = await ask();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(complete.data);
  });
});

describe('a subgraph that hangs (its connection open, no answer)', () => {
  it('is served around after the subgraph timeout, as if it were down, and answers whole again once it resumes', async () => {
    const gatewayUrl = await stack.anotherGateway({ subgraphTimeoutMs: 1_000, rateLimits: false });
    const askThere = () => postGraphQL<Overview>(gatewayUrl, OVERVIEW, {}, { token });
    expect((await askThere()).data).toEqual(complete.data);
    child!.kill('SIGSTOP');
    try {
      const started = Date.now();
      const answer = await askThere();
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(withoutClientsFields(answer.data!)).toEqual(withoutClientsFields(complete.data!));
      expect(answer.errors!.map((e) => e.extensions.code)).toContain('SERVICE_UNAVAILABLE');
      expect(answer.text).not.toMatch(/127\.0\.0\.1|timeout at|stack/i);
    } finally {
      child!.kill('SIGCONT');
    }
    await expect.poll(async () => (await askThere()).errors, { timeout: 10_000 }).toBeUndefined();
  });
});
