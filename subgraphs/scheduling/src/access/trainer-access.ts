import { chain, forbidden, isAuthenticated, rule, type RequestContext, type Role, type ViewerScope } from '@fitflow/kit';

/*
 * Who may manage a trainer's calendar set-up — class types, travel buffer, availability
 * (docs/domain.md, Roles; docs/scheduling.md): the trainer themself, a Trainer Admin for every trainer
 * of their team (transitively, themself included: the `inViewerTeam` loader), a super admin for
 * anyone. Studio admins and clients manage nobody's.
 */

/**
 * Whether the caller may manage `trainerId`'s calendar set-up.
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

/** Signed in (kit's `isAuthenticated`: MFA enrolment included), then one of `roles`, else FORBIDDEN with `message`. */
const roleRule = (name: string, roles: Role[], message: string) =>
  chain(
    isAuthenticated,
    rule(name, { cache: 'contextual' })((_p, _a, ctx: RequestContext) => (ctx.viewer?.roles.some((r) => roles.includes(r.role)) ? true : forbidden(message))),
  );

/**
 * Shield rule of the calendar set-up mutations: trainers, Trainer Admins and super admins; which
 * trainer they may manage is decided with the record (service, {@link mayManageTrainer}).
 */
export const managesCalendars = roleRule(
  'managesCalendars',
  ['trainer', 'trainer_admin', 'super_admin'],
  'Only trainers manage class types, availability and travel buffers.',
);

/**
 * Shield rule of `openSlots`: those who may manage the trainer, and clients (only the trainer's own
 * clients get an answer: decided in the service).
 */
export const picksTimes = roleRule(
  'picksTimes',
  ['trainer', 'trainer_admin', 'super_admin', 'client'],
  "Open slots are for the trainer, their Trainer Admin and the trainer's clients.",
);
