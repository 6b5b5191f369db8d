/** Starts Hive Gateway's process (./hive-server.ts) and waits until it answers. */
import type { SubgraphName } from '@fitflow/kit';
import { freePorts } from '@fitflow/testkit';
import { setTimeout as sleep } from 'node:timers/promises';
import { startService, type Service } from './processes.js';

export type HiveCredential = 'request' | 'window';

/**
 * Hive Gateway over `subgraphUrls`, run by tsx (the runtime itself is compiled JavaScript from
 * node_modules; tsx only loads this small entry and kit's credential signer).
 * @throws when it does not answer `{ __typename }` within 60 s, with its output.
 */
export async function startHive(
  subgraphUrls: Record<SubgraphName, string>,
  gatewaySecret: string,
  credential: HiveCredential,
): Promise<{ service: Service; url: string }> {
  const [port] = await freePorts(1);
  const service = startService('hive', ['--import', 'tsx'], 'bench/harness/hive-server.ts', port, {
    GATEWAY_SECRET: gatewaySecret,
    HIVE_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
    HIVE_CREDENTIAL: credential,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`Hive Gateway ended (${service.child.exitCode}):\n${service.output()}`);
    const status = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { service, url };
    await sleep(250);
  }
  throw new Error(`Hive Gateway did not answer within 60 s:\n${service.output()}`);
}
