import { hasRole, scopesOf, type Viewer } from '@fitflow/kit';

/**
 * Which appointments a caller may read (issue #2, coarse): a row is visible when the caller is a super
 * admin, when it is their own session as a trainer (`trainer` / `trainer_admin` grants), when it is at a
 * studio they administer (`studio_admin`), or when they are booked into it as a client (`client`).
 *
 * Issue #3 must tighten / widen this: a trainer admin should also see their team's sessions
 * (`studios.trainer_directory`), and participants of a session should be limited to clients the
 * caller may see (a studio admin currently sees every participant's client id at their studio).
 */
export interface AppointmentScope {
  all: boolean;
  trainerIds: string[];
  studioIds: string[];
  clientIds: string[];
}

/** The {@link AppointmentScope} of a caller; an anonymous caller sees nothing. */
export function appointmentScopeOf(viewer: Viewer | null): AppointmentScope {
  return {
    all: hasRole(viewer, 'super_admin'),
    trainerIds: [...new Set([...scopesOf(viewer, 'trainer'), ...scopesOf(viewer, 'trainer_admin')])],
    studioIds: scopesOf(viewer, 'studio_admin'),
    clientIds: scopesOf(viewer, 'client'),
  };
}

/**
 * Whether the caller may list `trainerId`'s schedule (`Trainer.appointments`): a super admin may list
 * anyone's, a trainer only their own (any trainer id among their grants), a studio admin anyone's (the
 * rows are then limited to their studios by the scope). Clients may not.
 */
export function mayListTrainerSchedule(viewer: Viewer | null, trainerId: string): boolean {
  const scope = appointmentScopeOf(viewer);
  if (scope.all || scope.studioIds.length > 0) return true;
  return scope.trainerIds.includes(trainerId);
}

/** The scope as SQL bind parameters, in the order `appointmentScopeSql` expects them. */
export const scopeParams = (scope: AppointmentScope) => [scope.all, scope.trainerIds, scope.studioIds, scope.clientIds];

/**
 * A SQL predicate over appointments aliased `a`, reading {@link scopeParams} from `$first`…`$first+3`.
 */
export function appointmentScopeSql(first: number): string {
  const [all, trainers, studios, clients] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `(${all}::boolean
    or a.trainer_id = any(${trainers}::uuid[])
    or a.studio_id = any(${studios}::uuid[])
    or exists (select 1 from scheduling.appointment_participants sp
                where sp.appointment_id = a.id and sp.client_id = any(${clients}::uuid[])))`;
}
