import { chain, forbidden, isAuthenticated, rule, type IRule, type IRules } from '@fitflow/kit';
import { isStaff } from '../../access/rules.js';
import { managesCalendars } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import { maySeeTrainerSchedule } from './appointment.service.js';

/**
 * May list the schedule of the trainer it is asked on (`Trainer.appointments`): the trainer
 * themself, a trainer admin above them (transitively), a studio admin (rows: their studios only), a
 * super admin. FORBIDDEN otherwise.
 */
export const canListTrainerSchedule: IRule = rule('canListTrainerSchedule', { cache: 'no_cache' })(
  async (parent: { id: string }, _args, ctx: SchedulingContext) =>
    (await maySeeTrainerSchedule(ctx, parent.id)) ? true : forbidden('You may only list your own schedule and your team’s.'),
);

/** Shield rules of the appointment fields (and of the connection types, which only this module returns). */
export const appointmentRules: IRules = {
  Query: { appointment: isAuthenticated },
  // Trainers, Trainer Admins and super admins; which calendars each may change is the service's check (appointment.planning.ts).
  Mutation: {
    scheduleAppointment: managesCalendars,
    rescheduleAppointment: managesCalendars,
    cancelAppointment: managesCalendars,
    completeAppointment: managesCalendars,
    markAppointmentNoShow: managesCalendars,
  },
  Appointment: { '*': isAuthenticated, rate: isStaff },
  AppointmentConnection: isAuthenticated,
  AppointmentEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Trainer: { appointments: chain(isStaff, canListTrainerSchedule) },
  Studio: { appointments: isStaff },
  StudioContract: { upcomingAppointments: isAuthenticated },
  Client: { upcomingAppointments: isAuthenticated },
};
