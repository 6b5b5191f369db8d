import { isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * Who may read what in the studios subgraph (graphql-shield; everything unlisted is denied).
 * Studios, trainer profiles and contracts are business data, not PHI: any signed-in user may read
 * them for now. Issue #3 narrows contracts and rates to the trainer, their admin and the studio.
 */
export const permissions: IRules = {
  Query: { studio: isAuthenticated, studios: isAuthenticated, trainer: isAuthenticated },
  Studio: isAuthenticated,
  Address: isAuthenticated,
  Trainer: isAuthenticated,
  StudioContract: isAuthenticated,
  ClassRate: isAuthenticated,
  User: isAuthenticated,
};
