import { forbidden, notFound } from '@fitflow/kit';
import { mayManageSomeContract } from '../../access/contract-access.js';
import type { StudiosContext } from '../../context.js';
import type { TrainerStudioEntity } from './contract.entity.js';
import { checkEffectiveFrom, parseContractRates, type SetContractRatesInput } from './contract.inputs.js';
import type { RatePeriod, RatePeriodWrite } from './contract.repository.js';
import { ClassRateType, ContractRatePeriodType, StudioContractType } from './contract.type.js';

/*
 * Contracts between trainers and studios. Every read goes through the per-request loaders, which only
 * ever return contracts in the caller's scope (access/contract-access.ts): a contract outside it is absent
 * from lists and "not found", exactly like an unknown one.
 */

/** Audit rows name the table they describe. */
const CONTRACTS = 'trainer_studios';
const RATE_PERIODS = 'contract_rates';

/** The terms of a contract's first period when nothing says otherwise: no bonus; no-shows and late cancellations billed. */
const FIRST_PERIOD_DEFAULTS = { attendeeBonus: null, billNoShows: true, billLateCancellations: true } as const;

/**
 * The period of `periods` (one contract's, any order) in force on `day` (`YYYY-MM-DD`): the latest one
 * begun by then; when `day` is before every period (a contract that has not started yet), the first
 * one. Undefined for a contract without periods.
 */
export function periodOn<P extends Pick<RatePeriod, 'effectiveFrom'>>(periods: readonly P[], day: string): P | undefined {
  const byStart = [...periods].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return byStart.filter((p) => p.effectiveFrom <= day).at(-1) ?? byStart[0];
}

/**
 * The class rates of a contract in force today in its studio's zone (before the contract starts: its
 * first period's), in category order. Batched: one statement for every contract of a request.
 */
export async function classRatesOf(ctx: StudiosContext, contract: StudioContractType): Promise<ClassRateType[]> {
  const periods = await ctx.loaders.ratePeriodsOfContract.load(contract.id);
  const current = periods.length ? periodOn(periods, periods[0].today) : undefined;
  return ClassRateType.listOf(current?.classRates ?? {});
}

/** Every rate period of a contract, newest first. Batched: one statement for every contract of a request. */
export async function ratePeriodsOf(ctx: StudiosContext, contract: StudioContractType): Promise<ContractRatePeriodType[]> {
  return (await ctx.loaders.ratePeriodsOfContract.load(contract.id)).map(ContractRatePeriodType.from);
}

/** A trainer's contracts the caller may see, active first. */
export async function contractsOfTrainer(ctx: StudiosContext, trainerId: string): Promise<StudioContractType[]> {
  return (await ctx.loaders.contractsOfTrainer.load(trainerId)).map(StudioContractType.from);
}

/** A studio's contracts the caller may see, active first. */
export async function contractsOfStudio(ctx: StudiosContext, studioId: string): Promise<StudioContractType[]> {
  return (await ctx.loaders.contractsOfStudio.load(studioId)).map(StudioContractType.from);
}

/**
 * Sets the terms of a trainer's contract with a studio from a given day on (`effectiveFrom`, the
 * studio's local date; today there by default): a new rate period, or the one beginning that very day
 * replaced. Earlier and later periods are kept, so sessions are billed at the terms of their day. Class
 * rates (CAD per session) replace the period's; the bonus and the two billing flags, when omitted, are
 * those of the period in force on `effectiveFrom`. The commission percentage, when given, changes on
 * the contract (it is not dated). One unit of work, the contract row locked while it is checked and
 * written, with audit rows of the old and new values (`contract_rates`; `trainer_studios` for a commission).
 *
 * Allowed (docs/domain.md, Roles): a super admin; a studio admin of the contract's studio or of a studio above it;
 * a trainer admin above the contract's trainer (not the trainer themself, nor a peer in their team).
 * @throws BAD_USER_INPUT naming the field (see {@link parseContractRates}; `effectiveFrom` before the
 * contract's start or after its end, {@link checkEffectiveFrom}), nothing written; FORBIDDEN when the caller
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
    const effectiveFrom = change.effectiveFrom ?? found.today;
    checkEffectiveFrom(effectiveFrom, before);
    const periods = await tx.contracts.ratePeriodsOf([before.id]);
    const replaced = periods.find((p) => p.effectiveFrom === effectiveFrom) ?? null;
    const inForce = periodOn(
      periods.filter((p) => p.effectiveFrom <= effectiveFrom),
      effectiveFrom,
    );
    const period: RatePeriodWrite = {
      contractId: before.id,
      effectiveFrom,
      classRates: change.classRates,
      attendeeBonus: change.attendeeBonus !== undefined ? change.attendeeBonus : (inForce?.attendeeBonus ?? FIRST_PERIOD_DEFAULTS.attendeeBonus),
      billNoShows: change.billNoShows ?? inForce?.billNoShows ?? FIRST_PERIOD_DEFAULTS.billNoShows,
      billLateCancellations: change.billLateCancellations ?? inForce?.billLateCancellations ?? FIRST_PERIOD_DEFAULTS.billLateCancellations,
      createdBy: ctx.viewer!.userId,
    };
    const periodId = await tx.contracts.saveRatePeriod(period);
    await tx.audit.record({
      action: replaced ? 'update' : 'create',
      table: RATE_PERIODS,
      recordId: periodId,
      oldValues: replaced && periodAuditValues(replaced),
      newValues: periodAuditValues(period),
    });
    if (change.commissionRate === undefined) return before;
    const after = await tx.contracts.update(before.id, { commissionRate: change.commissionRate });
    await tx.audit.record({
      action: 'update',
      table: CONTRACTS,
      recordId: before.id,
      oldValues: contractAuditValues(before),
      newValues: contractAuditValues(after),
    });
    return after;
  });
  const pair = { trainerId: updated.trainerId, studioId: updated.studioId };
  ctx.loaders.contractByPair.clear(pair).prime(pair, updated);
  ctx.loaders.contractsOfTrainer.clear(updated.trainerId);
  ctx.loaders.contractsOfStudio.clear(updated.studioId);
  ctx.loaders.ratePeriodsOfContract.clear(updated.id);
  ctx.log.info({ contractId: updated.id }, 'contract rates changed');
  return StudioContractType.from(updated);
}

/** What an audit row records of a rate period (decimal strings, never floats). */
const periodAuditValues = (p: Omit<RatePeriodWrite, 'createdBy'>) => ({
  contractId: p.contractId,
  effectiveFrom: p.effectiveFrom,
  classRates: p.classRates,
  attendeeBonus: p.attendeeBonus && { threshold: p.attendeeBonus.threshold, rate: p.attendeeBonus.rate.toFixed(2) },
  billNoShows: p.billNoShows,
  billLateCancellations: p.billLateCancellations,
});

/** What an audit row records of a contract's commission (a decimal string, never a float). */
const contractAuditValues = (c: TrainerStudioEntity) => ({ commissionRate: c.commissionRate?.toFixed(2) ?? null });
