import { badUserInput, forbidden, grantedTrainerIds, notFound, parseId, redact } from '@fitflow/kit';
import { mayEditSomeBillingProfile } from '../../access/trainer-access.js';
import type { StudiosContext } from '../../context.js';
import type { TrainerEntity } from './trainer.entity.js';
import { parseBillingProfile, type UpdateBillingProfileInput } from './trainer.inputs.js';
import { TrainerBillingProfileType, TrainerType } from './trainer.type.js';

/**
 * One trainer's profile.
 * @throws NOT_FOUND for an unknown id; BAD_USER_INPUT (field `id`) for a malformed one.
 */
export async function getTrainer(ctx: StudiosContext, id: string): Promise<TrainerType> {
  const entity = await ctx.loaders.trainerById.load(parseId(id));
  if (!entity) throw notFound('Trainer');
  return TrainerType.from(entity);
}

/** The trainer profile of a user (a trainer's id is their user id), or null when the user is not a trainer. */
export async function trainerOfUser(ctx: StudiosContext, userId: string): Promise<TrainerType | null> {
  const entity = await ctx.loaders.trainerById.load(userId);
  return entity && TrainerType.from(entity);
}

/** The Trainer Admin whose team a trainer is in, or null for an independent trainer. */
export async function parentTrainer(ctx: StudiosContext, trainer: TrainerType): Promise<TrainerType | null> {
  if (!trainer.parentTrainerId) return null;
  const parent = await ctx.loaders.trainerById.load(trainer.parentTrainerId);
  return parent && TrainerType.from(parent);
}

/** The direct members of a trainer admin's team, by last then first name. */
export async function teamTrainers(ctx: StudiosContext, trainerId: string): Promise<TrainerType[]> {
  return (await ctx.loaders.teamOf.load(trainerId)).map(TrainerType.from);
}

/** The trainer of a contract (contracts always name an existing trainer). */
export async function trainerOfContract(ctx: StudiosContext, contract: { trainerId: string }): Promise<TrainerType> {
  return TrainerType.from((await ctx.loaders.trainerById.load(contract.trainerId))!);
}

/**
 * A trainer's billing profile, or null when the caller may not see it (access/trainer-access.ts): the
 * trainer, the trainer admins above them, super admins, the admins of a studio the trainer has a
 * contract with. Batched: one statement for every trainer of a request.
 */
export async function billingProfileOf(ctx: StudiosContext, trainerId: string): Promise<TrainerBillingProfileType | null> {
  const entity = await ctx.loaders.billingProfileOf.load(trainerId);
  return entity && TrainerBillingProfileType.from(entity);
}

/**
 * Changes what a trainer's invoices say about them — business name, address, GST/HST, QST and PST/RST
 * registration numbers, invoice prefix — each field given (null clears it; a null prefix is back to the
 * initials), in one unit of work with an audit row of the old and new values (the address redacted).
 * Input is checked before any SQL (see {@link parseBillingProfile}).
 *
 * Allowed (docs/domain.md, Roles): the trainer themself, the trainer admins above them, super admins.
 * @throws BAD_USER_INPUT naming the field (`trainerId` also when it is omitted by a caller who is not a
 * trainer); FORBIDDEN for a caller who may not change that trainer's profile (a studio admin, a client,
 * another trainer); NOT_FOUND ("Trainer not found.") for an unknown trainer.
 */
export async function updateBillingProfile(ctx: StudiosContext, input: UpdateBillingProfileInput): Promise<TrainerType> {
  if (!mayEditSomeBillingProfile(ctx.scope)) throw forbidden('Only trainers, their trainer admins and super admins can change a billing profile.');
  const parsed = parseBillingProfile(input);
  const trainerId = parsed.trainerId ?? ctx.viewer!.userId;
  if (!parsed.trainerId && !grantedTrainerIds(ctx.scope).includes(trainerId))
    throw badUserInput('You have no trainer profile: name the trainer whose billing profile to change.', 'trainerId');
  const { change } = parsed;
  const updated = await ctx.data.run(async (tx) => {
    const found = await tx.trainers.lockForBillingUpdate(trainerId);
    if (!found) throw notFound('Trainer');
    if (!found.mayEdit) throw forbidden('You may change only your own billing profile, or your team’s as their trainer admin.');
    const after = await tx.trainers.updateBillingProfile(trainerId, change);
    const addressChanged = JSON.stringify(found.trainer.address) !== JSON.stringify(after.address);
    await tx.audit.record({
      action: 'update',
      table: 'trainers',
      recordId: trainerId,
      oldValues: billingAuditValues(found.trainer, addressChanged),
      newValues: billingAuditValues(after, addressChanged),
    });
    return after;
  });
  ctx.loaders.trainerById.clear(trainerId).prime(trainerId, updated);
  ctx.loaders.billingProfileOf.clear(trainerId).prime(trainerId, updated);
  ctx.log.info({ trainerId }, 'billing profile changed');
  return TrainerType.from(updated);
}

/** What an audit row records of a billing profile: the registrations and names as stored; the address only as "[redacted]", when it changed. */
const billingAuditValues = (t: TrainerEntity, addressChanged: boolean) =>
  redact(
    {
      businessName: t.businessName,
      gstNumber: t.gstNumber,
      qstNumber: t.qstNumber,
      pstNumbers: t.pstNumbers,
      invoicePrefix: t.invoicePrefix,
      ...(addressChanged ? { address: t.address } : {}),
    },
    ['address'],
  );
