import { badUserInput, grantedTrainerIds, parseId, type ViewerScope } from '@fitflow/kit';

/**
 * Whose books an operation about a whole book (expenses, tax returns) is for, decided before any SQL:
 * `trainerId` when given (a UUID, lower-cased), else the caller's own trainer id — the one trainer
 * their grants name (as the trainer, or as the admin of their team). Whether the caller keeps that
 * trainer's books is asked of the database afterwards ({@link TrainerBooksRepository.keeps}).
 * @throws BAD_USER_INPUT naming `field` for a malformed id, or when none is given and the caller's
 *   grants name no single trainer (a super admin, or someone acting for several).
 */
export function booksTrainerId(scope: ViewerScope, trainerId: string | null | undefined, field = 'trainerId'): string {
  if (trainerId != null) return parseId(trainerId, field);
  const own = grantedTrainerIds(scope);
  if (own.length === 1) return own[0];
  throw badUserInput(`${field} is required: name the trainer whose books this is for.`, field);
}
