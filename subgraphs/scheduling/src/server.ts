import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createContext, type SchedulingContext } from './context.js';
import { calendarFeedRoutes } from './modules/calendar-feed/calendar-feed.http.js';
import { loadCalendarFeedConfig } from './modules/calendar-feed/calendar-feed.config.js';
import { buildSchedulingSchema } from './schema.js';

export interface SchedulingServerDeps extends Pick<SubgraphDeps, 'ds' | 'verifier' | 'log' | 'gate'> {
  /** `PUBLIC_URL` (calendar feed URLs); default from the environment (modules/calendar-feed/calendar-feed.config.ts). */
  publicUrl?: string;
}

/**
 * Builds the scheduling subgraph server without listening (tests call this directly).
 * @throws ConfigError when a default read from the environment is invalid.
 */
export async function buildSchedulingServer({ ds, verifier, log, gate, publicUrl }: SchedulingServerDeps) {
  const deps = { ds, publicUrl: publicUrl ?? loadCalendarFeedConfig().PUBLIC_URL };
  return createSubgraphServer<SchedulingContext>({
    name: 'scheduling',
    schema: await buildSchedulingSchema(),
    verifier,
    gate,
    log,
    securityEvents: { ds, schema: 'scheduling' },
    extendContext: (request) => createContext(deps, request),
    routes: calendarFeedRoutes(deps, log),
  });
}
