import { badUserInput, forbidden, holdsRole, notFound, parseId, type ViewerScope } from '@fitflow/kit';
import type { SchedulingContext } from '../context.js';

/*
 * Who may manage a trainer's calendar — sessions and series, class types, travel buffer, weekly hours,
 * calendar feed (docs/domain.md, Roles; docs/scheduling.md): the trainer themself, a Trainer Admin for
 * every trainer of their team (transitively, themself included: the `inViewerTeam` loader), a super
 * admin for anyone. Studio admins and clients manage nobody's, even where they may read it.
 */

const NOT_YOURS = 'You may manage only your own calendar and, as a Trainer Admin, your team’s.';

/**
 * Whether the caller may manage `trainerId`'s calendar.
 * @param trainerId lower-case trainer id.
 * @param inTeam the trainer is in a team the caller administers (transitively).
 */
export function mayManageTrainer(scope: ViewerScope, trainerId: string, inTeam: boolean): boolean {
  if (scope.superAdmin || scope.trainerIds.includes(trainerId)) return true;
  return scope.adminTrainerIds.length > 0 && inTeam;
}

/**
 * The trainer a caller manages when they name none: their own (a trainer grant first, else the
 * trainer their Trainer Admin grant names); null for a caller who is no trainer (a super admin must
 * name one).
 */
export const ownTrainerId = (scope: ViewerScope): string | null => scope.trainerIds[0] ?? scope.adminTrainerIds[0] ?? null;

/**
 * {@link mayManageTrainer} for the caller, looking the team up only for a Trainer Admin — batched, so
 * many trainers of one selection cost the statement one does.
 */
export async function managesTrainer(ctx: SchedulingContext, trainerId: string): Promise<boolean> {
  const inTeam = ctx.scope.adminTrainerIds.length > 0 ? await ctx.loaders.inViewerTeam.load(trainerId) : false;
  return mayManageTrainer(ctx.scope, trainerId, inTeam);
}

/**
 * The trainer whose calendar the caller is changing, checked: `trainerId` when given, else the
 * caller's own. Reads only (the team lookup, and whether an unknown id is a trainer at all), so it
 * runs before any write.
 * @param trainerId the argument as given (null or undefined: the caller's own).
 * @param field the argument's name, for BAD_USER_INPUT.
 * @returns the lower-case trainer id.
 * @throws BAD_USER_INPUT for a malformed id, or when a caller who is no trainer (a super admin) names
 *   none; NOT_FOUND for an id that is no trainer; FORBIDDEN for a trainer the caller does not manage.
 */
export async function managedTrainerId(ctx: SchedulingContext, trainerId: string | null | undefined, field = 'trainerId'): Promise<string> {
  const id = trainerId == null ? ownTrainerId(ctx.scope) : parseId(trainerId, field);
  if (!id) throw badUserInput(`Name the trainer (${field}): you are not a trainer yourself.`, field);
  const manages = await managesTrainer(ctx, id);
  // A super admin manages anyone, so only an id that is a trainer at all; others learn whether it is one.
  if ((ctx.scope.superAdmin || !manages) && !(await ctx.data.run((tx) => tx.trainerDirectory.existing([id]))).has(id)) throw notFound('Trainer');
  if (!manages) throw forbidden(NOT_YOURS);
  return id;
}

/**
 * Shield rule of every mutation of a trainer's calendar: trainers, Trainer Admins and super admins;
 * which trainer they may manage is decided with the record ({@link managedTrainerId}).
 */
export const managesCalendars = holdsRole(
  'managesCalendars',
  ['trainer', 'trainer_admin', 'super_admin'],
  'Only trainers manage a calendar: sessions, class types, weekly hours, travel buffer and calendar feed.',
);

/**
 * Shield rule of `openSlots`: those who may manage the trainer, and clients (only the trainer's own
 * clients get an answer: decided in the service).
 */
export const picksTimes = holdsRole(
  'picksTimes',
  ['trainer', 'trainer_admin', 'super_admin', 'client'],
  "Open slots are for the trainer, their Trainer Admin and the trainer's clients.",
);
