import { DateTimeScalar } from '@fitflow/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { CalendarFeedEntity } from './calendar-feed.entity.js';

/** A trainer's active calendar feed, without its secret. */
@ObjectType('CalendarFeed', {
  description:
    "A trainer's secret iCalendar subscription URL (sessions only: class, place, head count; never a client). The URL itself is shown once, by createCalendarFeed.",
})
export class CalendarFeedType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar, { description: 'When the URL was created (UTC).' }) createdAt: Date;
  @Field(() => String, { description: 'The last four characters of the secret URL’s token, to tell which URL is the active one.' }) urlHint: string;

  static from(e: CalendarFeedEntity): CalendarFeedType {
    return Object.assign(new CalendarFeedType(), { id: e.id, createdAt: e.createdAt, urlHint: e.urlHint });
  }
}

/** The answer of createCalendarFeed: the feed and, this once, its secret URL. */
@ObjectType('CalendarFeedSecret', {
  description: 'A new calendar feed and its secret URL. The URL is shown only now: FitFlow keeps a hash of it, not the URL.',
})
export class CalendarFeedSecretType {
  @Field(() => CalendarFeedType) feed: CalendarFeedType;
  @Field(() => String, {
    description:
      'The secret iCalendar URL to subscribe to (Google Calendar: "From URL"; Apple Calendar: "New Calendar Subscription"). Anyone with it can read the schedule: share it with no one.',
  })
  url: string;
}
