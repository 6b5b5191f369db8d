import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { createCalendarFeedLoaders } from './calendar-feed.loaders.js';
import { CalendarFeedResolver, TrainerCalendarFeedResolver } from './calendar-feed.resolver.js';
import { calendarFeedRules } from './calendar-feed.rules.js';

/**
 * A trainer's secret iCalendar feed: `Trainer.calendarFeed`, `createCalendarFeed` (create or rotate),
 * `revokeCalendarFeed`. The feed itself is served by the gateway's `GET /calendar/<token>.ics`,
 * which asks this subgraph's internal route (calendar-feed.http.ts).
 */
export const calendarFeedModule = defineModule({
  name: 'calendar-feed',
  resolvers: [CalendarFeedResolver, TrainerCalendarFeedResolver],
  rules: calendarFeedRules,
  entities: [CalendarFeedEntity],
  loaders: (request: SchedulingRequest) => createCalendarFeedLoaders(request),
});
