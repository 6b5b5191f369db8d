import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { todayIn } from '../../lib/time';

const TrainerZoneQuery = graphql(`
  query TrainerZoneQuery {
    me {
      id
      trainer {
        id
        timeZone
      }
    }
  }
`);

/** The zone every trainer screen shows times in, and "today" there (see docs/time-zones.md). */
export interface TrainerZone {
  /** The trainer's home zone, an IANA id (`Trainer.timeZone`); never shown as such: use zoneLabel. */
  zone: string;
  /** Today (`YYYY-MM-DD`) in that zone: the same day on the dashboard, the calendar and the client pages. */
  today: string;
}

/**
 * The signed-in trainer's home zone and today's date there — not the browser's zone, so that a trainer
 * travelling (or a browser set to UTC) sees the same days and hours as at home. Asked once, then read
 * from Apollo's cache. `zone` is undefined while loading (or when the account has no trainer profile).
 */
export function useTrainerZone(): { home: TrainerZone | undefined; loading: boolean; error: unknown; refetch(): void } {
  const { data, loading, error, refetch } = useQuery(TrainerZoneQuery, { fetchPolicy: 'cache-first' });
  const zone = data?.me.trainer?.timeZone;
  return { home: zone ? { zone, today: todayIn(zone) } : undefined, loading, error, refetch: () => void refetch() };
}
