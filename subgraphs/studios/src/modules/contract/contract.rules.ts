import { badUserInput, chain, forbidden, hasAnyRole, isAuthenticated, isUuid, notFound, rule, unauthenticated, type IRule, type IRules } from '@fitflow/kit';
import { readsContracts } from '../../access/rules.js';
import type { StudiosContext } from '../../context.js';

/*
 * Who may see and change contracts (docs/domain.md, Roles; docs/permissions.md): the first wall
 * (graphql-shield; everything unlisted is denied). The contract repository applies the same scope in
 * SQL in every query (access/contract-access.ts).
 *
 * Contracts — with their class rates and commission — are visible only to the contracted trainer, the
 * trainer admins above them (transitively), the studio admins of the contract's studio or of a studio
 * above it (transitively), and super admins; for everyone else they are missing from lists and
 * `_entities` answers null. Rates are changed (`setContractRates`) by those studio admins, the trainer
 * admins above the trainer (not the trainer themself, nor a team peer) and super admins.
 *
 * A contract the caller cannot see answers NOT_FOUND with the same message as an unknown one;
 * FORBIDDEN means "you may not do this" (no role that ever may, or a contract you may only read).
 */

/** Holds a role that may change some contract's rates: super admins, trainer admins, studio admins. */
export const managesContracts = hasAnyRole('super_admin', 'trainer_admin', 'studio_admin');

/**
 * The caller may change the rates of the contract named by `input.trainerId` / `input.studioId`
 * (its `manage` access, access/contract-access.ts). NOT_FOUND when they cannot see it (exactly like
 * an unknown contract); FORBIDDEN when they may only read it; BAD_USER_INPUT naming a malformed id.
 */
export const canSetContractRates: IRule = rule('canSetContractRates(input)', { cache: 'no_cache' })(async (
  _parent,
  args: { input?: Record<string, unknown> },
  ctx: StudiosContext,
) => {
  if (!ctx.viewer) return unauthenticated();
  const { trainerId, studioId } = args.input ?? {};
  if (!isUuid(trainerId)) return badUserInput('trainerId must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.', 'trainerId');
  if (!isUuid(studioId)) return badUserInput('studioId must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.', 'studioId');
  const access = await ctx.loaders.contractAccess.load({ trainerId: trainerId.toLowerCase(), studioId: studioId.toLowerCase() });
  if (!access) return notFound('Contract');
  return access === 'manage' ? true : forbidden('You may not change the rates of this contract.');
});

/** Shield rules of the fields the contract module defines. */
export const contractRules: IRules = {
  Mutation: { setContractRates: chain(managesContracts, canSetContractRates) },
  StudioContract: {
    id: readsContracts,
    trainerId: readsContracts,
    studioId: readsContracts,
    role: readsContracts,
    commissionRate: readsContracts,
    classRates: readsContracts,
    ratePeriods: readsContracts,
    startDate: readsContracts,
    endDate: readsContracts,
    status: readsContracts,
  },
  ClassRate: readsContracts,
  ContractRatePeriod: readsContracts,
  AttendeeBonus: readsContracts,
  Studio: { contracts: isAuthenticated },
  Trainer: { contracts: isAuthenticated },
};
