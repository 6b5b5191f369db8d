import { describe, expect, it } from 'vitest';
import { BLOCKED_PORTS, ConfigError, loadConfig, subgraphConfigSchema } from './config.js';

const subgraphEnv = { DATABASE_URL: 'postgres://app@127.0.0.1:5432/fitflow' };

/** The ports the running Node's `fetch` refuses before connecting (its "bad port" network error). */
async function portsNodeFetchRefuses(upTo: number): Promise<number[]> {
  // A dispatcher that fails every request: fetch's port check runs before it, so nothing connects.
  const dispatcher = {
    dispatch() {
      throw new Error('no network in this test');
    },
  };
  const refused: number[] = [];
  for (let start = 1; start <= upTo; start += 1000) {
    const ports = Array.from({ length: Math.min(1000, upTo - start + 1) }, (_, i) => start + i);
    await Promise.all(
      ports.map(async (port) => {
        try {
          await fetch(`http://127.0.0.1:${port}/`, { dispatcher } as RequestInit);
        } catch (error) {
          if ((error as { cause?: Error }).cause?.message === 'bad port') refused.push(port);
        }
      }),
    );
  }
  return refused.sort((a, b) => a - b);
}

describe('port settings', () => {
  it('refuse a port browsers and Node’s fetch block, saying why', () => {
    for (const PORT of ['6000', '6666', '1', '10080']) {
      let problem: ConfigError | undefined;
      try {
        loadConfig(subgraphConfigSchema, { ...subgraphEnv, PORT });
      } catch (error) {
        problem = error as ConfigError;
      }
      expect(problem).toBeInstanceOf(ConfigError);
      expect(problem!.problems).toEqual([
        `PORT: port ${PORT} is blocked by browsers and Node's fetch (Fetch standard "bad ports", https://fetch.spec.whatwg.org/#port-blocking); choose another`,
      ]);
    }
  });

  it('accept ordinary ports, and 0 (any free port) for a service', () => {
    for (const PORT of ['0', '4101', '5999', '6001', '44123', '65535']) {
      expect(loadConfig(subgraphConfigSchema, { ...subgraphEnv, PORT }).PORT).toBe(Number(PORT));
    }
  });

  it('block exactly the ports Node’s fetch refuses (the Fetch standard’s list ends at 10080)', async () => {
    expect(Math.max(...BLOCKED_PORTS)).toBe(10080);
    expect(await portsNodeFetchRefuses(10100)).toEqual([...BLOCKED_PORTS].sort((a, b) => a - b));
  });
});
