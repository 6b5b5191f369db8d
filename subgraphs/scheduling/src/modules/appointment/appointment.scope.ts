import { hasRole, scopesOf, studioTreeSql, teamSql, type Viewer } from '@fitflow/kit';

/**
 * Which appointments, and which of their participants, a caller may read (docs/domain.md, Roles):
 * - `all` (role `super_admin`): every appointment and participant;
 * - `trainerIds` (role `trainer`): their own sessions, with every participant;
 * - `adminTrainerIds` (role `trainer_admin`): the sessions of every trainer in the teams they
 *   administer, transitively down `studios.trainer_directory.parent_trainer_id` (the admin
 *   included), with every participant;
 * - `studioIds` (role `studio_admin`): the sessions at their studios and at every studio below them,
 *   transitively down `studios.studio_directory.parent_studio_id` — times, class types, trainer and
 *   head count, but no participant (client identities are not a studio's to see);
 * - `clientIds` (role `client`): the sessions they are booked into, and only their own booking.
 *
 * The repositories apply this scope in SQL ({@link appointmentScopeSql}, {@link participantScopeSql});
 * an appointment outside it is "not found", exactly like an unknown one.
 */
export interface AppointmentScope {
  all: boolean;
  trainerIds: string[];
  adminTrainerIds: string[];
  studioIds: string[];
  clientIds: string[];
}

/** The {@link AppointmentScope} of a caller; an anonymous caller sees nothing. */
export function appointmentScopeOf(viewer: Viewer | null): AppointmentScope {
  return {
    all: hasRole(viewer, 'super_admin'),
    trainerIds: [...new Set(scopesOf(viewer, 'trainer'))],
    adminTrainerIds: [...new Set(scopesOf(viewer, 'trainer_admin'))],
    studioIds: [...new Set(scopesOf(viewer, 'studio_admin'))],
    clientIds: [...new Set(scopesOf(viewer, 'client'))],
  };
}

/**
 * Whether the caller may list `trainerId`'s schedule (`Trainer.appointments`): a super admin may list
 * anyone's; a trainer their own; a trainer admin their own and their team's (`inTeam`: the trainer is
 * in a team they administer, transitively — see the `inViewerTeam` loader); a studio admin anyone's
 * (the rows are then limited to their studios by the scope). Clients may not.
 */
export function mayListTrainerSchedule(scope: AppointmentScope, trainerId: string, inTeam: boolean): boolean {
  if (scope.all || scope.studioIds.length > 0) return true;
  if (scope.trainerIds.includes(trainerId)) return true;
  return scope.adminTrainerIds.length > 0 && inTeam;
}

/** The scope as SQL bind parameters, in the order {@link appointmentScopeSql} expects them. */
export const scopeParams = (scope: AppointmentScope) => [scope.all, scope.trainerIds, scope.adminTrainerIds, scope.studioIds, scope.clientIds];

const placeholders = (first: number) => [0, 1, 2, 3, 4].map((i) => `$${first + i}`);

/**
 * A SQL predicate "appointment `a` is in the scope", reading {@link scopeParams} from
 * `$first`…`$first+4`.
 */
export function appointmentScopeSql(first: number, a = 'a'): string {
  const [all, trainers, admins, studios, clients] = placeholders(first);
  return `(${all}::boolean
    or ${a}.trainer_id = any(${trainers}::uuid[])
    or ${a}.trainer_id in ${teamSql(admins)}
    or ${a}.studio_id in ${studioTreeSql(studios)}
    or exists (select 1 from scheduling.appointment_participants sp
                where sp.appointment_id = ${a}.id and sp.client_id = any(${clients}::uuid[])))`;
}

/** The parameters of {@link participantScopeSql}, in its order (a studio admin's studios play no part). */
export const participantScopeParams = (scope: AppointmentScope) => [scope.all, scope.trainerIds, scope.adminTrainerIds, scope.clientIds];

/**
 * A SQL predicate "participant `p` of appointment `a` may be shown to the caller", reading
 * {@link participantScopeParams} from `$first`…`$first+3`: a super admin, or the trainer of the
 * session (own or team), sees every participant; a client only their own booking; a studio admin none
 * — unless they are also the session's trainer or that client.
 */
export function participantScopeSql(first: number, p = 'p', a = 'a'): string {
  const [all, trainers, admins, clients] = placeholders(first);
  return `(${all}::boolean
    or ${a}.trainer_id = any(${trainers}::uuid[])
    or ${a}.trainer_id in ${teamSql(admins)}
    or ${p}.client_id = any(${clients}::uuid[]))`;
}

/** True when the scope can see no participant at all (then the repository answers without a query). */
export const seesNoParticipant = (scope: AppointmentScope) =>
  !scope.all && scope.trainerIds.length === 0 && scope.adminTrainerIds.length === 0 && scope.clientIds.length === 0;
