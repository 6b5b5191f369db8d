import { OUTPUTS, ROOT } from '@fitflow/stack/compose';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTrainer, postGraphQL, quietLog, readmeQuestion, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The committed supergraph is portable: Hive Gateway (a different federation runtime than
 * @apollo/gateway, test-only dependency) serves `schema/supergraph.graphql` over the very subgraphs
 * of the in-process stack and answers the README's cross-subgraph question exactly as FitFlow's
 * gateway does (docs/scaling.md, "From @apollo/gateway to a router").
 */

let stack: InProcessStack;
let hive: GatewayRuntime;
let hiveServer: Server;
let hiveUrl: string;

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
  hive = createGatewayRuntime({
    supergraph: readFileSync(resolve(ROOT, OUTPUTS.supergraph), 'utf8'),
    // The routing URLs composed into the supergraph, replaced by the stack's (as SUBGRAPH_URL_<NAME> does for ours).
    transportEntries: Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, location]) => [name, { location }])),
    // Each subgraph verifies the caller's token itself.
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }) },
    logging: false,
  });
  hiveServer = createServer(hive);
  await new Promise<void>((done) => hiveServer.listen(0, '127.0.0.1', done));
  const address = hiveServer.address();
  if (!address || typeof address === 'string') throw new Error('Hive Gateway is not listening on a TCP port.');
  hiveUrl = `http://127.0.0.1:${address.port}/graphql`;
}, 120_000);

afterAll(async () => {
  await new Promise((done) => hiveServer?.close(done));
  await hive?.dispose();
  await stack?.stop();
});

describe('Hive Gateway on the committed supergraph', () => {
  it("answers the README's cross-subgraph question for Maya exactly as @apollo/gateway does", async () => {
    const { query } = readmeQuestion();
    const token = (await signInThroughGateway(stack.gatewayUrl, demoTrainer('maya').email)).accessToken;
    const ours = await postGraphQL(stack.gatewayUrl, query, {}, { token });
    const theirs = await postGraphQL(hiveUrl, query, {}, { token });
    expect(ours.errors).toBeUndefined();
    expect(theirs.status).toBe(200);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual(ours.data);
    // Four subgraphs answered: identity (me), studios (contracts), scheduling (appointments), clients (notes).
    const contracts = theirs.data.me.trainer.contracts as { upcomingAppointments: { edges: { node: { participants: { client: any }[] } }[] } }[];
    expect(theirs.data.me.email).toBe(demoTrainer('maya').email);
    expect(contracts.length).toBeGreaterThanOrEqual(2);
    const clients = contracts.flatMap((c) => c.upcomingAppointments.edges.flatMap((e) => e.node.participants.map((p) => p.client)));
    expect(clients.some((client) => client.latestSessionNote?.assessment)).toBe(true);
  });

  it('without a token, the subgraphs refuse through either gateway: authorization lives in the subgraphs', async () => {
    const query = '{ me { email trainer { displayName } } }';
    const ours = await postGraphQL(stack.gatewayUrl, query);
    const theirs = await postGraphQL(hiveUrl, query);
    expect(ours.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(theirs.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(theirs.data?.me ?? null).toBeNull();
  });
});
