import { DEMO_PASSWORD } from '@fitflow/demo';
import { SUBGRAPHS, type SubgraphName } from '@fitflow/kit';
import { ROOT } from '@fitflow/stack/compose';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { quietLog, testEnv } from '@fitflow/testkit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Trusted documents in production, through a production stack (in-process, real HTTP): the gateway
 * runs only the web app's persisted operations, by id, in either request shape, and refuses any
 * operation text before a subgraph is asked. The gateway under test stands in front of counting
 * proxies, which show whether any subgraph was called.
 */

let stack: InProcessStack;
let gatewayUrl: string;
const stops: (() => Promise<unknown>)[] = [];
const calls: Record<string, number> = {};
const subgraphCalls = () => Object.values(calls).reduce((sum, n) => sum + n, 0);

/** A pass-through proxy in front of one subgraph that counts what it forwards (every header, the gateway's credential too). */
async function countingProxy(name: SubgraphName, target: string) {
  calls[name] = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    calls[name] += 1;
    const headers = Object.fromEntries(
      Object.entries(req.headers).flatMap(([key, value]) =>
        ['host', 'content-length', 'connection'].includes(key) || value === undefined ? [] : [[key, String(value)]],
      ),
    );
    const answer = await fetch(new URL(req.url ?? '/', target), { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  stops.push(() => new Promise((done) => server.close(done)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(target).pathname}`;
}

/** The web app's manifest, as codegen wrote it: id → operation text. */
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
/** The id of the web app's operation named `name`. */
function webId(name: string): string {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`(?:^|\\s)(?:query|mutation) ${name}\\b`).test(text));
  if (!entry) throw new Error(`The web manifest has no operation ${name}.`);
  return entry[0];
}

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions: Record<string, any> }[] };
}

async function post(body: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function get(params: Record<string, string>, token?: string): Promise<Answer> {
  const response = await fetch(`${gatewayUrl}?${new URLSearchParams(params)}`, {
    // Apollo's CSRF prevention lets a GET through only with a header a plain HTML form cannot send.
    headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: response.status, body: await response.json() };
}

/** Signs in as the web app does in production: the login operation by id. */
async function signIn(email: string): Promise<string> {
  const answer = await post({ documentId: webId('LoginRouteMutation'), variables: { input: { email, password: DEMO_PASSWORD } } });
  const token = answer.body.data?.login?.accessToken as string | undefined;
  if (!token) throw new Error(`Sign-in of ${email} was refused: ${JSON.stringify(answer.body.errors)}`);
  return token;
}

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL, production: true });
  const proxies = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (name) => [name, await countingProxy(name, stack.subgraphUrls[name])] as const)));
  gatewayUrl = await stack.anotherGateway({ subgraphUrls: proxies, production: true });
}, 120_000);
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await stack?.stop();
});

describe('in production the gateway runs only persisted operations', () => {
  it('refuses operation text it was not given by id, before any subgraph is asked', async () => {
    const before = subgraphCalls();
    const answer = await post({ query: '{ studios { id name } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(answer.body.errors?.[0].message).toMatch(/^Only persisted operations are accepted: send documentId/);
    expect(subgraphCalls()).toBe(before);
  });

  it('refuses the web app’s own operation sent as text, and an id nobody registered', async () => {
    const before = subgraphCalls();
    const asText = await post({ query: manifest[webId('StudioNavQuery')] });
    expect([asText.status, asText.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    const unknown = await post({ documentId: createHash('sha256').update('query Nobody { me { id } }').digest('hex') });
    expect([unknown.status, unknown.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    expect(unknown.body.errors?.[0].message).toMatch(/No persisted operation has this id/);
    expect(subgraphCalls()).toBe(before);
  });

  it('refuses introspection: it is text, and no manifest holds it', async () => {
    const answer = await post({ query: '{ __schema { types { name } } }' });
    expect([answer.status, answer.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    expect(JSON.stringify(answer.body)).not.toContain('__Schema');
  });

  it('runs a web operation by id: POST documentId, POST Apollo’s extensions.persistedQuery, and GET', async () => {
    const token = await signIn('studio@harbourfront.demo');
    const id = webId('StudioNavQuery');
    const byDocumentId = await post({ documentId: id }, token);
    expect(byDocumentId.status).toBe(200);
    expect(byDocumentId.body.errors).toBeUndefined();
    const names = (byDocumentId.body.data.studios as { name: string }[]).map((s) => s.name);
    expect(names.length).toBeGreaterThan(0);

    const byApolloShape = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, token);
    expect(byApolloShape.status).toBe(200);
    expect(byApolloShape.body.data).toEqual(byDocumentId.body.data);

    const byGet = await get({ documentId: id }, token);
    expect(byGet.status).toBe(200);
    expect(byGet.body.data).toEqual(byDocumentId.body.data);
    const byGetApolloShape = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }) }, token);
    expect(byGetApolloShape.body.data).toEqual(byDocumentId.body.data);
  });

  it('answers the text of the manifest with the __typename Apollo Client’s cache needs', async () => {
    const token = await signIn('studio@harbourfront.demo');
    const answer = await post({ documentId: webId('StudioNavQuery') }, token);
    expect(answer.body.data.studios[0].__typename).toBe('Studio');
  });

  it('accepts the id together with its own text, and refuses it with other text', async () => {
    const token = await signIn('studio@harbourfront.demo');
    const id = webId('StudioNavQuery');
    const same = await post({ documentId: id, query: manifest[id] }, token);
    expect(same.status).toBe(200);
    const before = subgraphCalls();
    const other = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id } }, query: '{ studios { id name businessNumber } }' }, token);
    expect([other.status, other.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_HASH_MISMATCH']);
    expect(subgraphCalls()).toBe(before);
  });

  it('refuses an expired or forged token by id with UNAUTHENTICATED, not as an unknown operation', async () => {
    const answer = await post({ documentId: webId('StudioNavQuery') }, 'not-a-token');
    expect([answer.status, answer.body.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('the subgraphs in production', () => {
  it('answer nothing without the gateway’s credential, even with a valid user token', async () => {
    const token = await signIn('studio@harbourfront.demo');
    const response = await fetch(stack.subgraphUrls.studios, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ studios { id name } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
