import { actsAsTrainer, studioInScopeSql, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';

/*
 * Which appointments, and which of their participants, a caller may read (docs/domain.md, Roles), as
 * SQL conditions over kit's ViewerScope. They bind only kit's `scopeParams` names:
 * - `superAdmin` (`:scopeSuperAdmin`): every appointment and participant;
 * - `trainerIds` (`:scopeTrainers`): their own sessions, with every participant;
 * - `adminTrainerIds` (`:scopeAdmins`): the sessions of every trainer in the teams they administer,
 *   transitively down `studios.trainer_directory.parent_trainer_id` (the admin included), with every
 *   participant;
 * - `studioIds` (`:scopeStudios`): the sessions at their studios and at every studio below them,
 *   transitively down `studios.studio_directory.parent_studio_id` — times, class types, trainer and
 *   head count, but no participant (client identities are not a studio's to see);
 * - `clientIds` (`:scopeClients`): the sessions they are booked into, and only their own booking.
 *
 * The repositories apply these conditions; an appointment outside them is "not found", exactly like
 * an unknown one.
 */

/**
 * SQL condition "appointment `a` is in the caller's scope" (named parameters of kit `scopeParams`:
 * `:scopeSuperAdmin`, `:scopeTrainers`, `:scopeAdmins`, `:scopeStudios`, `:scopeClients`). Teams and
 * studio chains are walked through studios' published directories.
 * @param a the SQL alias of `scheduling.appointments`.
 */
export function appointmentInScopeSql(a = 'a'): string {
  return `(:scopeSuperAdmin::boolean
    or ${trainerInScopeSql(`${a}.trainer_id`)}
    or ${studioInScopeSql(`${a}.studio_id`)}
    or exists (select 1 from scheduling.appointment_participants sp
                where sp.appointment_id = ${a}.id and sp.client_id = any(:scopeClients::uuid[])))`;
}

/**
 * SQL condition "participant `p` of appointment `a` may be shown to the caller": a super admin, or the
 * trainer of the session (own or team), sees every participant; a client only their own booking; a
 * studio admin none — unless they are also the session's trainer or that client. A studio admin's
 * studios play no part: `:scopeStudios` does not even appear.
 */
export function participantInScopeSql(p = 'p', a = 'a'): string {
  return `(:scopeSuperAdmin::boolean
    or ${trainerInScopeSql(`${a}.trainer_id`)}
    or ${p}.client_id = any(:scopeClients::uuid[]))`;
}

/** True when the scope can see no participant at all (then no statement is run for participants). */
export const seesNoParticipant = (scope: ViewerScope): boolean => !scope.superAdmin && !actsAsTrainer(scope) && scope.clientIds.length === 0;

/**
 * Whether the caller may list `trainerId`'s schedule (`Trainer.appointments`): a super admin may list
 * anyone's; a trainer their own; a trainer admin their own and their team's (`inTeam`: the trainer is
 * in a team they administer, transitively — see the `inViewerTeam` loader); a studio admin anyone's
 * (the rows are then limited to their studios by {@link appointmentInScopeSql}). Clients may not.
 * @param trainerId lower-case trainer id.
 */
export function mayListTrainerSchedule(scope: ViewerScope, trainerId: string, inTeam: boolean): boolean {
  if (scope.superAdmin || scope.studioIds.length > 0) return true;
  if (scope.trainerIds.includes(trainerId)) return true;
  return scope.adminTrainerIds.length > 0 && inTeam;
}
