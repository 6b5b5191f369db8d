import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { ScheduleSetupQueryQuery } from '../../__generated__/graphql';

const ScheduleSetupQuery = graphql(`
  query ScheduleSetupQuery {
    me {
      id
      trainer {
        id
        timeZone
        travelBufferMinutes
        classTypes {
          id
          name
          category
          durationMinutes
          maxParticipants
          color
          status
        }
        studios {
          id
          name
          timeZone
        }
      }
    }
  }
`);

export type SetupClassType = NonNullable<ScheduleSetupQueryQuery['me']['trainer']>['classTypes'][number];
export type SetupStudio = NonNullable<ScheduleSetupQueryQuery['me']['trainer']>['studios'][number];

/**
 * What the scheduling forms of the signed-in trainer choose from: their active class types and the
 * studios they work at (with each studio's zone), read once and then from Apollo's cache.
 */
export function useScheduleSetup() {
  const { data, loading, error, refetch } = useQuery(ScheduleSetupQuery, { fetchPolicy: 'cache-and-network' });
  const trainer = data?.me.trainer ?? null;
  return {
    trainer,
    classTypes: (trainer?.classTypes ?? []).filter((c) => c.status === 'ACTIVE'),
    studios: trainer?.studios ?? [],
    loading,
    error,
    refetch: () => void refetch(),
  };
}
