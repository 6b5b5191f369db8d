import { QueryCounter, SUBGRAPHS, subgraphFetchDuration, type SubgraphName } from '@fitflow/kit';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTrainer, postGraphQL, quietLog, readmeQuestion, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The benchmark's guard in CI (bench/README.md): a few seconds of the dashboard load `npm run bench`
 * measures — the README's cross-subgraph question, ten at a time, from four trainers and from one
 * trainer on every connection — counting, not timing. It fails when a dashboard request runs more
 * PostgreSQL transactions than the subgraph fetches of its query plan (one transaction per fetch, kit
 * `RequestTransaction`), or when any answer differs from the one the trainer gets alone.
 */

const counters = Object.fromEntries(SUBGRAPHS.map((name) => [name, new QueryCounter()])) as Record<SubgraphName, QueryCounter>;
let stack: InProcessStack;
const trainers = ['maya', 'liam', 'sofia', 'noah'];
const tokens = new Map<string, string>();
const alone = new Map<string, unknown>();
const { query } = readmeQuestion();

/** Subgraph fetches the gateway has sent since the process started (kit's fetch histogram, all subgraphs). */
async function fetchesSent(): Promise<number> {
  const { values } = await subgraphFetchDuration.get();
  return values.filter((v) => v.metricName?.endsWith('_count')).reduce((sum, v) => sum + v.value, 0);
}
const transactions = () => Object.values(counters).reduce((sum, c) => sum + c.transactions, 0);
const statements = () => Object.values(counters).reduce((sum, c) => sum + c.count, 0);

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, counters });
  for (const key of trainers) {
    const token = (await signInThroughGateway(stack.gatewayUrl, demoTrainer(key).email)).accessToken;
    tokens.set(key, token);
    const answer = await postGraphQL(stack.gatewayUrl, query, {}, { token });
    expect(answer.errors).toBeUndefined();
    alone.set(key, answer.data);
  }
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

/** `requests` dashboards, `concurrency` at a time, the i-th asked by `who(i)`; each answer checked. */
async function load(requests: number, concurrency: number, who: (i: number) => string) {
  const before = { fetches: await fetchesSent(), transactions: transactions(), statements: statements() };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const key = who(next++);
        const answer = await postGraphQL(stack.gatewayUrl, query, {}, { token: tokens.get(key)! });
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(alone.get(key));
      }
    }),
  );
  return {
    fetches: (await fetchesSent()) - before.fetches,
    transactions: transactions() - before.transactions,
    statements: statements() - before.statements,
  };
}

describe('the dashboard under load (counts, not timings)', () => {
  it('runs at most one PostgreSQL transaction per subgraph fetch, four trainers ten at a time', async () => {
    const run = await load(40, 10, (i) => trainers[i % trainers.length]);
    // Each dashboard is up to four fetches (identity, studios, scheduling, clients); fewer when one
    // trainer's identical requests were in flight together (gateway/src/inflight-reads.ts).
    expect(run.fetches).toBeGreaterThan(40);
    expect(run.fetches).toBeLessThanOrEqual(40 * 4);
    expect(run.transactions).toBeLessThanOrEqual(run.fetches);
    // Batched reads: the statements per request do not grow with load (22 for Maya's dashboard alone).
    expect(run.statements / 40).toBeLessThanOrEqual(30);
  });

  it('answers one trainer on every connection, each request its own complete answer, within the same transaction budget', async () => {
    const run = await load(40, 10, () => 'maya');
    expect(run.transactions).toBeLessThanOrEqual(run.fetches);
    expect(run.fetches).toBeLessThanOrEqual(40 * 4);
  });
});
