import { hasAnyRole } from '@fitflow/kit';

/*
 * Shield rules shared by the scheduling modules (each module's own rules are in its `<m>.rules.ts`).
 * Everything unlisted is denied; rows are limited to the caller's scope in the repositories
 * (access/appointment-access.ts).
 *
 * Role rules (docs/domain.md, Roles): a Trainer sees their own sessions with every participant; a
 * Trainer Admin also their team's, transitively; a Studio Admin the sessions at their studios and the
 * studios below them — times, class types, trainer, head count — but no participant; a Client the
 * sessions they are booked into, with only their own booking; a Super Admin everything. What a studio
 * pays per session (`Appointment.rate`, a contract rate) is for staff only.
 */

/** Staff who keep schedules: everyone but clients. */
export const isStaff = hasAnyRole('super_admin', 'trainer_admin', 'trainer', 'studio_admin');
