import { demoAuth, demoStudio, execute, openSubgraphDatabase, quietLog, testVerifier } from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../../server.js';

let ds: DataSource;
let server: Awaited<ReturnType<typeof buildStudiosServer>>;

beforeAll(async () => {
  ds = await openSubgraphDatabase('studios');
  server = await buildStudiosServer({ ds, verifier: await testVerifier(), log: quietLog });
});
afterAll(() => ds?.destroy());

describe('studios', () => {
  it('shows a chain location with its headquarters', async () => {
    const midtown = demoStudio('midtown');
    const result = await execute(
      server,
      'query($id: ID!) { studio(id: $id) { name parentStudio { name } childStudios { id } } }',
      { id: midtown.id },
      await demoAuth('studio@harbourfront.demo'),
    );
    expect(result.data!.studio).toEqual({ name: 'Harbourfront Movement Midtown', parentStudio: { name: 'Harbourfront Movement' }, childStudios: [] });
  });
});
