import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTenant, execute, openSubgraphDatabase, quietLog, testEnv, testVerifier } from '@fitflow/testkit';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../src/server.js';

let ds: DataSource;
const counter = new QueryCounter();
let server: Awaited<ReturnType<typeof buildStudiosServer>>;

beforeAll(async () => {
  ds = await openSubgraphDatabase('studios', counter);
  server = await buildStudiosServer({ ds, verifier: await testVerifier(), log: quietLog });
});
afterAll(() => ds?.destroy());

const TRAINER_QUERY = /* GraphQL */ `
  query Trainer($id: ID!) {
    trainer(id: $id) {
      id displayName gstNumber hourlyRate
      parentTrainer { id }
      teamTrainers { id }
      contracts { studioId role commissionRate classRates { category rate } studio { name timeZone address { province } } }
      studios { id name parentStudio { id name } }
    }
  }`;

describe('studios subgraph', () => {
  it('shows a trainer admin their profile, team, contracts and studios as stored', async () => {
    const tenant = demoTenant();
    const maya = tenant.trainers.find((t) => t.key === 'maya')!;
    const result = await execute(server, TRAINER_QUERY, { id: maya.id }, await demoAuth(maya.email));
    expect(result.errors).toBeUndefined();
    const trainer = result.data!.trainer;
    expect(trainer.displayName).toBe('Maya Chen');
    expect(trainer.hourlyRate).toBe('95.00');
    expect(trainer.teamTrainers.map((t: { id: string }) => t.id).sort()).toEqual(
      tenant.trainers.filter((t) => t.parentTrainerId === maya.id).map((t) => t.id).sort(),
    );
    const kits = trainer.contracts.find((c: { studio: { name: string } }) => c.studio.name === 'Kitsilano Flow Studio');
    expect(kits).toMatchObject({ role: 'CONTRACTOR', commissionRate: '12.5', studio: { timeZone: 'America/Vancouver', address: { province: 'BC' } } });
    expect(kits.classRates).toContainEqual({ category: 'INDIVIDUAL', rate: '110.00' });
    expect(trainer.studios.map((s: { name: string }) => s.name).sort()).toEqual(['Harbourfront Movement', 'Kitsilano Flow Studio']);
  });

  it('shows a chain location with its headquarters', async () => {
    const midtown = demoTenant().studios.find((s) => s.key === 'midtown')!;
    const result = await execute(server, 'query($id: ID!) { studio(id: $id) { name parentStudio { name } childStudios { id } } }', { id: midtown.id }, await demoAuth('studio@harbourfront.demo'));
    expect(result.data!.studio).toEqual({ name: 'Harbourfront Movement Midtown', parentStudio: { name: 'Harbourfront Movement' }, childStudios: [] });
  });

  it('refuses anonymous callers, including the federation fields', async () => {
    for (const query of ['{ studios { id } }', '{ _service { sdl } }', `{ _entities(representations: [{ __typename: "Studio", id: "${demoTenant().studios[0].id}" }]) { ... on Studio { name } } }`]) {
      const result = await execute(server, query);
      expect(result.data?.studios ?? result.data?._service ?? result.data?._entities?.[0] ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers a forged token with UNAUTHENTICATED', async () => {
    const real = await demoAuth('maya@fitflow.demo');
    const forged = real.slice(0, -4) + (real.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const result = await execute(server, '{ studios { id } }', {}, forged);
    expect(result.errors?.[0]).toMatchObject({ message: 'Your access token is not valid. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('tells a malformed id from an unknown one, without leaking internals', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const malformed = await execute(server, '{ trainer(id: "42") { id } }', {}, auth);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await execute(server, '{ trainer(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, auth);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Trainer not found.', extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(unknown)).not.toMatch(/select|stack|trainers/i);
  });

  it('resolves a User reference with a malformed id to null, never to a database error', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const maya = demoTenant().trainers.find((t) => t.key === 'maya')!;
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id trainer { displayName } } } }';
    const result = await execute(server, query, { r: [{ __typename: 'User', id: 'not-a-uuid' }, { __typename: 'User', id: maya.id.toUpperCase() }] }, auth);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, { id: maya.id, trainer: { displayName: 'Maya Chen' } }]);
  });

  it('resolves 50 entity references with as many SQL statements as 1 (DataLoader)', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const ids = demoTenant().studios.map((s) => s.id);
    const representations = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ __typename: 'Trainer', id: i < 4 ? demoTenant().trainers[i].id : `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { id contracts { studio { name childStudios { id } } } } } }`;
    counter.reset();
    const one = await execute(server, query, { r: representations(1) }, auth);
    const single = counter.count;
    counter.reset();
    const fifty = await execute(server, query, { r: representations(50) }, auth);
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!._entities.filter(Boolean)).toHaveLength(4);
    expect(counter.count).toBe(single);
    expect(ids).toHaveLength(3);
  });
});

describe('the studios database contract', () => {
  it('lets other subgraphs read the published views, and nothing else', async () => {
    const scheduling = new pg.Client({ connectionString: testEnv().urls.scheduling });
    await scheduling.connect();
    try {
      const { rows } = await scheduling.query('select count(*)::int as n from studios.contract_directory');
      expect(rows[0].n).toBe(demoTenant().contracts.length);
      await expect(scheduling.query('select * from studios.trainers')).rejects.toThrow(/permission denied/);
      await expect(scheduling.query("update studios.studios set name = 'x'")).rejects.toThrow(/permission denied/);
      await expect(scheduling.query('create table studios.intruder (id int)')).rejects.toThrow(/permission denied/);
    } finally {
      await scheduling.end();
    }
  });
});
