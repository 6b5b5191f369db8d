import { chain, forbidden, hasAnyRole, isAuthenticated, rule, type IRules } from '@fitflow/kit';
import type { SchedulingContext } from './context.js';
import { maySeeTrainerSchedule } from './modules/appointment/appointment.service.js';

/**
 * Who may read what in the scheduling subgraph (graphql-shield; everything unlisted is denied). The
 * rows themselves are limited to the caller's scope in the repositories (appointment.scope.ts).
 *
 * Role rules (docs/domain.md, Roles): a Trainer sees their own sessions with every participant; a Trainer Admin
 * also their team's, transitively; a Studio Admin the sessions at their studios and the studios below
 * them — times, class types, trainer, head count — but no participant; a Client the sessions they are
 * booked into, with only their own booking; a Super Admin everything. What a studio pays per session
 * (`Appointment.rate`, a contract rate) is for staff only.
 */

/** Staff who keep schedules: everyone but clients. */
export const isStaff = hasAnyRole('super_admin', 'trainer_admin', 'trainer', 'studio_admin');

/**
 * May list the schedule of the trainer it is asked on (`Trainer.appointments`): the trainer
 * themself, a trainer admin above them (transitively), a studio admin (rows: their studios only), a
 * super admin. FORBIDDEN otherwise.
 */
export const canListTrainerSchedule = rule('canListTrainerSchedule', { cache: 'no_cache' })(async (parent: { id: string }, _args, ctx: SchedulingContext) =>
  (await maySeeTrainerSchedule(ctx, parent.id)) ? true : forbidden('You may only list your own schedule and your team’s.'),
);

export const permissions: IRules = {
  Query: { appointment: isAuthenticated },
  Appointment: { '*': isAuthenticated, rate: isStaff },
  AppointmentParticipant: isAuthenticated,
  AppointmentConnection: isAuthenticated,
  AppointmentEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  ClassType: isAuthenticated,
  Trainer: { id: isAuthenticated, classTypes: isAuthenticated, appointments: chain(isStaff, canListTrainerSchedule) },
  Studio: { id: isAuthenticated, appointments: isStaff },
  StudioContract: isAuthenticated,
  Client: isAuthenticated,
};
