import { describe, expect, it } from 'vitest';
import { migrationName, NotReady, Readiness, redisCheck } from './readiness.js';

const ok = (name: string) => ({ name, failure: 'not reachable', check: async () => undefined });

describe('Readiness', () => {
  it('is ready when every check holds, naming each', async () => {
    expect(await new Readiness([ok('database'), ok('migrations')]).report()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('names the failed check with its fixed phrase, never the error (which may name hosts and users)', async () => {
    const failing = {
      name: 'database',
      failure: 'not reachable',
      check: async () => {
        throw new Error('connect ECONNREFUSED postgres://fitflow_studios_app@10.0.0.5:5432');
      },
    };
    const report = await new Readiness([failing, ok('migrations')]).report();
    expect(report).toEqual({ status: 'not ready', checks: { database: 'not reachable', migrations: 'ok' } });
    expect(JSON.stringify(report)).not.toMatch(/10\.0\.0\.5|fitflow_/);
  });

  it("shows a NotReady error's own message", async () => {
    const pending = {
      name: 'migrations',
      failure: 'not applied',
      check: async () => {
        throw new NotReady('2 pending');
      },
    };
    expect((await new Readiness([pending]).report()).checks).toEqual({ migrations: '2 pending' });
  });

  it('fails a check that does not answer in time', async () => {
    const hanging = { name: 'redis', failure: 'not reachable', check: () => new Promise<void>(() => {}) };
    const started = Date.now();
    expect(await new Readiness([hanging], 50).report()).toEqual({ status: 'not ready', checks: { redis: 'not reachable' } });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports stopping once stopped, whatever its checks say', async () => {
    const readiness = new Readiness([ok('database')]);
    readiness.stop();
    expect(readiness.stopping).toBe(true);
    expect(await readiness.report()).toEqual({ status: 'stopping', checks: {} });
  });

  it('checks Redis with PING', async () => {
    const down = redisCheck({ ping: () => Promise.reject(new Error('Connection is closed.')) });
    expect(await new Readiness([down]).report()).toEqual({ status: 'not ready', checks: { redis: 'not reachable' } });
    expect(await new Readiness([redisCheck({ ping: async () => 'PONG' })]).report()).toEqual({ status: 'ready', checks: { redis: 'ok' } });
  });
});

describe('migrationName', () => {
  it("is the migration's recorded name, else its class name", () => {
    class Named1700000000000 {
      name = 'Named1700000000000';
    }
    class Unnamed1700000000001 {}
    expect(migrationName(Named1700000000000)).toBe('Named1700000000000');
    expect(migrationName(Unnamed1700000000001)).toBe('Unnamed1700000000001');
  });
});
