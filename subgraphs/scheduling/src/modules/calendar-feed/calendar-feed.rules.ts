import { chain, forbidden, isAuthenticated, rule, type IRules } from '@fitflow/kit';
import { managesCalendars } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import { maySeeCalendarFeed } from './calendar-feed.service.js';

/** May see the feed of the trainer it is asked on: the trainer, an admin of their team, a super admin. FORBIDDEN otherwise. */
const canSeeCalendarFeed = rule('canSeeCalendarFeed', { cache: 'no_cache' })(async (parent: { id: string }, _args, ctx: SchedulingContext) =>
  (await maySeeCalendarFeed(ctx, parent.id)) ? true : forbidden('You may only see your own calendar feed and your team’s.'),
);

/**
 * Shield rules of the calendar-feed fields. The mutations decide the trainer in the service
 * (the caller's own by default; access/trainer-access.ts `managedTrainerId`). Studio admins and
 * clients never see or manage a feed.
 */
export const calendarFeedRules: IRules = {
  Mutation: { createCalendarFeed: managesCalendars, revokeCalendarFeed: managesCalendars },
  Trainer: { calendarFeed: chain(managesCalendars, canSeeCalendarFeed) },
  CalendarFeed: isAuthenticated,
  CalendarFeedSecret: isAuthenticated,
};
