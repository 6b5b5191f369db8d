import { badUserInput, chain, forbidden, hasAnyRole, isAuthenticated, isUuid, notFound, rule, unauthenticated, type IRules } from '@fitflow/kit';
import type { StudiosContext } from './context.js';

/**
 * Who may call what in the studios subgraph: the first wall (graphql-shield; everything unlisted is
 * denied). The contract repository applies the same scope in SQL in every query (contract.scope.ts).
 *
 * Role rules (docs/domain.md, Roles): studios and trainer profiles are directory data any signed-in user may read.
 * Contracts — with their class rates and commission — are visible only to the contracted trainer, the
 * trainer admins above them (transitively), the studio admins of the contract's studio or of a studio
 * above it (transitively), and super admins; for everyone else they are missing from lists and
 * `_entities` answers null. Rates are changed (`setContractRates`) by those studio admins, the trainer
 * admins above the trainer (not the trainer themself, nor a team peer) and super admins.
 *
 * A contract the caller cannot see answers NOT_FOUND with the same message as an unknown one;
 * FORBIDDEN means "you may not do this" (no role that ever may, or a contract you may only read).
 */

/** May receive contract objects at all: staff. Clients never see a contract. */
export const readsContracts = hasAnyRole('super_admin', 'trainer_admin', 'trainer', 'studio_admin');
/** Holds a role that may change some contract's rates: super admins, trainer admins, studio admins. */
export const managesContracts = hasAnyRole('super_admin', 'trainer_admin', 'studio_admin');

/**
 * The caller may change the rates of the contract named by `input.trainerId` / `input.studioId`
 * (its `manage` access, contract.scope.ts). NOT_FOUND when they cannot see it (exactly like an
 * unknown contract); FORBIDDEN when they may only read it; BAD_USER_INPUT naming a malformed id.
 */
export const canSetContractRates = rule('canSetContractRates(input)', { cache: 'no_cache' })(async (_parent, args: { input?: Record<string, unknown> }, ctx: StudiosContext) => {
  if (!ctx.viewer) return unauthenticated();
  const { trainerId, studioId } = args.input ?? {};
  if (!isUuid(trainerId)) return badUserInput('trainerId must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.', 'trainerId');
  if (!isUuid(studioId)) return badUserInput('studioId must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.', 'studioId');
  const access = await ctx.loaders.contractAccess.load({ trainerId: trainerId.toLowerCase(), studioId: studioId.toLowerCase() });
  if (!access) return notFound('Contract');
  return access === 'manage' ? true : forbidden('You may not change the rates of this contract.');
});

export const permissions: IRules = {
  Query: { studio: isAuthenticated, studios: isAuthenticated, trainer: isAuthenticated },
  Mutation: { setContractRates: chain(managesContracts, canSetContractRates) },
  Studio: isAuthenticated,
  Address: isAuthenticated,
  Trainer: isAuthenticated,
  StudioContract: readsContracts,
  ClassRate: readsContracts,
  User: isAuthenticated,
};
