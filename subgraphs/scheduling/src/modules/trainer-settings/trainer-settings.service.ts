import { badUserInput } from '@fitflow/kit';
import { managedTrainerId } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';

/** Longest travel buffer a trainer may set, minutes (the column's check says the same). */
export const MAX_TRAVEL_BUFFER_MINUTES = 240;

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
