import { demoAuth, demoStudio, execute, useSubgraphTestBed } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../../server.js';

const bed = useSubgraphTestBed('studios', buildStudiosServer);

describe('studios', () => {
  it('shows a chain location with its headquarters', async () => {
    const midtown = demoStudio('midtown');
    const result = await execute(
      bed.server,
      'query($id: ID!) { studio(id: $id) { name parentStudio { name } childStudios { id } } }',
      { id: midtown.id },
      await demoAuth('studio@harbourfront.demo'),
    );
    expect(result.data!.studio).toEqual({ name: 'Harbourfront Movement Midtown', parentStudio: { name: 'Harbourfront Movement' }, childStudios: [] });
  });
});
