import { isAuthenticated, type IRules } from '@fitflow/kit';
import { isStaff } from '../../access/rules.js';
import { managesCalendars } from '../../access/trainer-access.js';

/**
 * Shield rules of the series fields. Trainers, Trainer Admins and super admins write (whose calendar
 * is the service's check); rows are limited to the caller's scope (access/schedule-write.ts). What a
 * studio pays per occurrence is for staff only.
 */
export const seriesRules: IRules = {
  Query: { appointmentSeries: isAuthenticated },
  Mutation: { scheduleSeries: managesCalendars, updateSeriesFrom: managesCalendars, cancelSeriesFrom: managesCalendars },
  AppointmentSeries: { '*': isAuthenticated, rate: isStaff },
  Appointment: { series: isAuthenticated },
};
