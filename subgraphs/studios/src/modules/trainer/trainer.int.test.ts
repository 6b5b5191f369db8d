import { demoAuth, demoTenant, demoTrainer, execute, useSubgraphTestBed } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../../server.js';

const bed = useSubgraphTestBed('studios', buildStudiosServer);

const TRAINER_QUERY = /* GraphQL */ `
  query Trainer($id: ID!) {
    trainer(id: $id) {
      id
      displayName
      gstNumber
      hourlyRate
      parentTrainer {
        id
      }
      teamTrainers {
        id
      }
      contracts {
        studioId
        role
        commissionRate
        classRates {
          category
          rate
        }
        studio {
          name
          timeZone
          address {
            province
          }
        }
      }
      studios {
        id
        name
        parentStudio {
          id
          name
        }
      }
    }
  }
`;

describe('trainers', () => {
  it('shows a trainer admin their profile, team, contracts and studios as stored', async () => {
    const tenant = demoTenant();
    const maya = demoTrainer('maya');
    const result = await execute(bed.server, TRAINER_QUERY, { id: maya.id }, await demoAuth(maya.email));
    expect(result.errors).toBeUndefined();
    const trainer = result.data!.trainer;
    expect(trainer.displayName).toBe('Maya Chen');
    expect(trainer.hourlyRate).toBe('95.00');
    expect(trainer.teamTrainers.map((t: { id: string }) => t.id).sort()).toEqual(
      tenant.trainers
        .filter((t) => t.parentTrainerId === maya.id)
        .map((t) => t.id)
        .sort(),
    );
    const kits = trainer.contracts.find((c: { studio: { name: string } }) => c.studio.name === 'Kitsilano Flow Studio');
    expect(kits).toMatchObject({ role: 'CONTRACTOR', commissionRate: '12.5', studio: { timeZone: 'America/Vancouver', address: { province: 'BC' } } });
    expect(kits.classRates).toContainEqual({ category: 'INDIVIDUAL', rate: '110.00' });
    expect(trainer.studios.map((s: { name: string }) => s.name).sort()).toEqual(['Harbourfront Movement', 'Kitsilano Flow Studio']);
  });

  it('resolves a User reference with a malformed id to null, never to a database error', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const maya = demoTrainer('maya');
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id trainer { displayName } } } }';
    const result = await execute(
      bed.server,
      query,
      {
        r: [
          { __typename: 'User', id: 'not-a-uuid' },
          { __typename: 'User', id: maya.id.toUpperCase() },
        ],
      },
      auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, { id: maya.id, trainer: { displayName: 'Maya Chen' } }]);
  });
});
