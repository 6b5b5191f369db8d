import { chain, forbidden, hasAnyRole, isAuthenticated, rule, type IRules } from '@fitflow/kit';
import type { SchedulingContext } from '../../context.js';
import { maySeeCalendarFeed } from './calendar-feed.service.js';

/** Roles that keep a trainer's calendar: studio admins and clients never see or manage a feed. */
const keepsTrainerCalendar = hasAnyRole('super_admin', 'trainer_admin', 'trainer');

/** May see the feed of the trainer it is asked on: the trainer, an admin of their team, a super admin. FORBIDDEN otherwise. */
const canSeeCalendarFeed = rule('canSeeCalendarFeed', { cache: 'no_cache' })(async (parent: { id: string }, _args, ctx: SchedulingContext) =>
  (await maySeeCalendarFeed(ctx, parent.id)) ? true : forbidden('You may only see your own calendar feed and your team’s.'),
);

/**
 * Shield rules of the calendar-feed fields. The mutations decide the trainer in the service
 * (the caller's own by default; one outside their team is NOT_FOUND, like an unknown id).
 */
export const calendarFeedRules: IRules = {
  Mutation: { createCalendarFeed: keepsTrainerCalendar, revokeCalendarFeed: keepsTrainerCalendar },
  Trainer: { calendarFeed: chain(keepsTrainerCalendar, canSeeCalendarFeed) },
  CalendarFeed: isAuthenticated,
  CalendarFeedSecret: isAuthenticated,
};
