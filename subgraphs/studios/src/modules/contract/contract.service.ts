import { forbidden, notFound } from '@fitflow/kit';
import { mayManageSomeContract } from '../../access/contract-access.js';
import type { StudiosContext } from '../../context.js';
import type { TrainerStudioEntity } from './contract.entity.js';
import { parseContractRates, type SetContractRatesInput } from './contract.inputs.js';
import { StudioContractType } from './contract.type.js';

/*
 * Contracts between trainers and studios. Every read goes through the per-request loaders, which only
 * ever return contracts in the caller's scope (access/contract-access.ts): a contract outside it is absent
 * from lists and "not found", exactly like an unknown one.
 */

/** Audit rows name the table they describe. */
const TABLE = 'trainer_studios';

/** A trainer's contracts the caller may see, active first. */
export async function contractsOfTrainer(ctx: StudiosContext, trainerId: string): Promise<StudioContractType[]> {
  return (await ctx.loaders.contractsOfTrainer.load(trainerId)).map(StudioContractType.from);
}

/** A studio's contracts the caller may see, active first. */
export async function contractsOfStudio(ctx: StudiosContext, studioId: string): Promise<StudioContractType[]> {
  return (await ctx.loaders.contractsOfStudio.load(studioId)).map(StudioContractType.from);
}

/**
 * Replaces the class rates (CAD per session) and, when given, the commission percentage of a
 * trainer's contract with a studio, with an audit row holding the old and new values, in one
 * unit of work (the contract row is locked while it is checked and written).
 *
 * Allowed (docs/domain.md, Roles): a super admin; a studio admin of the contract's studio or of a studio above it;
 * a trainer admin above the contract's trainer (not the trainer themself, nor a peer in their team).
 * @throws BAD_USER_INPUT naming the field (see {@link parseContractRates}); FORBIDDEN when the caller
 * holds none of those roles, or may see the contract but not change it (their own, as a trainer
 * admin); NOT_FOUND ("Contract not found.") when there is no such contract or it is outside the
 * caller's scope.
 */
export async function setContractRates(ctx: StudiosContext, input: SetContractRatesInput): Promise<StudioContractType> {
  if (!mayManageSomeContract(ctx.scope)) throw forbidden('Only studio admins, trainer admins and super admins can change contract rates.');
  const change = parseContractRates(input);
  const updated = await ctx.data.run(async (tx) => {
    const found = await tx.contracts.lockForUpdate(change);
    if (!found) throw notFound('Contract');
    if (found.access !== 'manage') throw forbidden('You may not change the rates of this contract.');
    const before = found.contract;
    const after = await tx.contracts.update(before.id, {
      classRates: change.classRates,
      ...(change.commissionRate !== undefined ? { commissionRate: change.commissionRate } : {}),
    });
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: before.id,
      oldValues: auditValues(before),
      newValues: auditValues(after),
    });
    return after;
  });
  const pair = { trainerId: updated.trainerId, studioId: updated.studioId };
  ctx.loaders.contractByPair.clear(pair).prime(pair, updated);
  ctx.loaders.contractsOfTrainer.clear(updated.trainerId);
  ctx.loaders.contractsOfStudio.clear(updated.studioId);
  ctx.log.info({ contractId: updated.id }, 'contract rates changed');
  return StudioContractType.from(updated);
}

/** What an audit row records of a contract's rates (decimal strings, never floats). */
const auditValues = (c: TrainerStudioEntity) => ({ classRates: c.classRates, commissionRate: c.commissionRate?.toFixed(2) ?? null });
