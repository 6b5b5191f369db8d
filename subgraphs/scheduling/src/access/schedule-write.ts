import { studioInScopeSql, trainerInScopeSql } from '@fitflow/kit';

/*
 * Who may change a trainer's calendar (docs/domain.md, Roles; docs/scheduling.md, "Sessions"): the
 * trainer their own sessions and series; a Trainer Admin those of every trainer in the teams they
 * administer (transitively down `studios.trainer_directory`); a super admin anyone's. Studio admins and
 * clients change no session (shield refuses them: `managesCalendars` in trainer-access.ts), even where they may read it.
 */

/**
 * SQL condition "series `s` is in the caller's scope" (kit `scopeParams` names): a super admin; its
 * trainer (own or team); a studio admin of its studio or one above it; a client booked into one of its
 * occurrences. Out-of-scope series are "not found", exactly like unknown ones.
 * @param s the SQL alias of `scheduling.appointment_series`.
 */
export function seriesInScopeSql(s = 's'): string {
  return `(:scopeSuperAdmin::boolean
    or ${trainerInScopeSql(`${s}.trainer_id`)}
    or ${studioInScopeSql(`${s}.studio_id`)}
    or exists (select 1 from scheduling.appointments so join scheduling.appointment_participants sp on sp.appointment_id = so.id
                where so.series_id = ${s}.id and sp.client_id = any(:scopeClients::uuid[])))`;
}
