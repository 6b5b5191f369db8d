/**
 * Hive Gateway (`@graphql-hive/gateway`'s `createGatewayRuntime`, a bench-only dependency) in a
 * process of its own, so the benchmark measures its CPU apart from everything else. It serves
 * `schema/supergraph.graphql` over the benchmark's subgraphs under `NODE_ENV=production`, and adds to
 * each subgraph fetch what the subgraphs require in production: the caller's `authorization` and the
 * gateway credential (kit `gateway-credential.ts`) signed with the run's `GATEWAY_SECRET`.
 *
 * Settings (environment): `PORT`; `GATEWAY_SECRET`; `HIVE_SUBGRAPH_URLS`, JSON `{ "<subgraph>": "<url>" }`;
 * `HIVE_CREDENTIAL`: `request` signs one credential per client request (as FitFlow's gateway does);
 * `window` (default) signs one every 30 seconds and sends it with every fetch, because Hive's
 * deduplication of identical in-flight subgraph requests keys them by their headers too and a
 * credential per request would switch it off.
 *
 * Started by bench/harness/hive.ts; not a FitFlow service.
 */
import { gatewayKey, GATEWAY_CREDENTIAL_HEADER, signGatewayCredential } from '@fitflow/kit';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';

const port = Number(process.env.PORT);
const key = gatewayKey(process.env.GATEWAY_SECRET ?? '');
const subgraphUrls = JSON.parse(process.env.HIVE_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const perRequest = process.env.HIVE_CREDENTIAL === 'request';
const WINDOW_MS = 30_000;

let windowCredential: { until: number; value: Promise<string> } | undefined;
const byRequest = new WeakMap<object, Promise<string>>();
const sign = () => signGatewayCredential(key, { requestId: randomUUID(), ip: '127.0.0.1' });

/** The credential for one client request: its own, or the current window's. */
function credentialFor(request: object): Promise<string> {
  if (perRequest) {
    let value = byRequest.get(request);
    if (!value) byRequest.set(request, (value = sign()));
    return value;
  }
  if (!windowCredential || windowCredential.until < Date.now()) windowCredential = { until: Date.now() + WINDOW_MS, value: sign() };
  return windowCredential.value;
}

const hive = createGatewayRuntime({
  supergraph: readFileSync(resolve('schema/supergraph.graphql'), 'utf8'),
  transportEntries: Object.fromEntries(Object.entries(subgraphUrls).map(([name, location]) => [name, { location }])),
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => ({
      authorization: request.headers.get('authorization'),
      [GATEWAY_CREDENTIAL_HEADER]: await credentialFor(request),
    }),
  },
  logging: false,
});
const server = createServer(hive);
server.listen(port, '127.0.0.1');
const stop = () => {
  server.close();
  void Promise.resolve(hive.dispose()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop).on('SIGINT', stop);
