import { badUserInput, forbidden, notFound, parseId } from '@fitflow/kit';
import { mayManageTrainer, ownTrainerId } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';

/** Longest travel buffer a trainer may set, minutes (the column's check says the same). */
export const MAX_TRAVEL_BUFFER_MINUTES = 240;

const NOT_YOURS = 'You may manage only your own calendar and, as a Trainer Admin, your team’s.';

/**
 * The trainer whose calendar set-up the caller is changing, checked (docs/domain.md, Roles; see
 * access/trainer-access.ts): `trainerId` when given, else the caller's own. Reads only (the team
 * lookup, and whether an unknown id is a trainer at all), so it runs before any write.
 * @param trainerId the argument as given (null or undefined: the caller's own).
 * @param field the argument's name, for BAD_USER_INPUT.
 * @returns the lower-case trainer id.
 * @throws BAD_USER_INPUT for a malformed id, or when a caller who is no trainer names none;
 *   NOT_FOUND for an id that is no trainer; FORBIDDEN for a trainer the caller does not manage.
 */
export async function managedTrainerId(ctx: SchedulingContext, trainerId: string | null | undefined, field = 'trainerId'): Promise<string> {
  const id = trainerId == null ? ownTrainerId(ctx.scope) : parseId(trainerId, field);
  if (!id) throw badUserInput(`Name the trainer (${field}): you are not a trainer yourself.`, field);
  if (await managesTrainer(ctx, id)) {
    if (ctx.scope.superAdmin && !(await ctx.data.run((tx) => tx.trainerSettings.knownTrainers([id]))).has(id)) throw notFound('Trainer');
    return id;
  }
  if (!(await ctx.data.run((tx) => tx.trainerSettings.knownTrainers([id]))).has(id)) throw notFound('Trainer');
  throw forbidden(NOT_YOURS);
}

/** {@link mayManageTrainer} for the caller, looking the team up (batched) only for a Trainer Admin. */
export async function managesTrainer(ctx: SchedulingContext, trainerId: string): Promise<boolean> {
  const inTeam = ctx.scope.adminTrainerIds.length > 0 && !ctx.scope.trainerIds.includes(trainerId) ? await ctx.loaders.inViewerTeam.load(trainerId) : false;
  return mayManageTrainer(ctx.scope, trainerId, inTeam);
}

/**
 * Sets a trainer's travel buffer: minutes kept free between sessions at different places, which
 * scheduling and `openSlots` respect (docs/scheduling.md, "No double booking"). One transaction with
 * its audit row (`trainer_settings`, old and new minutes).
 * @param minutes 0 to {@link MAX_TRAVEL_BUFFER_MINUTES}.
 * @throws BAD_USER_INPUT (`minutes` out of range, malformed `trainerId`); NOT_FOUND; FORBIDDEN — see {@link managedTrainerId}.
 */
export async function setTravelBuffer(ctx: SchedulingContext, minutes: number, trainerId: string | null | undefined): Promise<TrainerRef> {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_TRAVEL_BUFFER_MINUTES) {
    throw badUserInput(`minutes must be a whole number of minutes from 0 to ${MAX_TRAVEL_BUFFER_MINUTES} (4 hours).`, 'minutes');
  }
  const id = await managedTrainerId(ctx, trainerId);
  await ctx.data.run(async (tx) => {
    const before = await tx.trainerSettings.travelBuffer(id);
    if (before === minutes) return;
    await tx.trainerSettings.setTravelBuffer(id, minutes);
    await tx.audit.record({
      action: 'update',
      table: 'trainer_settings',
      recordId: id,
      oldValues: { travelBufferMinutes: before },
      newValues: { travelBufferMinutes: minutes },
    });
  });
  ctx.loaders.travelBufferOfTrainer.clear(id).prime(id, minutes);
  ctx.log.info({ trainerId: id, travelBufferMinutes: minutes }, 'travel buffer set');
  return TrainerRef.of(id);
}

/** A trainer's travel buffer, minutes (0 for a trainer who never set one). Batched. */
export function travelBufferOf(ctx: SchedulingContext, trainerId: string): Promise<number> {
  return ctx.loaders.travelBufferOfTrainer.load(trainerId.toLowerCase());
}
