import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { calendarFeedOf, createCalendarFeed, revokeCalendarFeed } from './calendar-feed.service.js';
import { CalendarFeedSecretType, CalendarFeedType } from './calendar-feed.type.js';

/** `Mutation.createCalendarFeed`, `Mutation.revokeCalendarFeed`. */
@Resolver(() => CalendarFeedType)
export class CalendarFeedResolver {
  @Mutation(() => CalendarFeedSecretType, {
    description:
      "Creates a trainer's secret calendar URL (iCalendar: class, place and head count of each session, never a client) and shows it this once. When the trainer has one, it is rotated: the old URL stops working. trainerId: default your own; a Trainer Admin may name a trainer of their team, a super admin anyone. Errors: BAD_USER_INPUT (trainerId), NOT_FOUND (unknown trainer), FORBIDDEN (a trainer you do not manage).",
  })
  createCalendarFeed(
    @Arg('trainerId', () => ID, { nullable: true }) trainerId: string | null | undefined,
    @Ctx() ctx: SchedulingContext,
  ): Promise<CalendarFeedSecretType> {
    return createCalendarFeed(ctx, trainerId);
  }

  @Mutation(() => Boolean, {
    description:
      "Revokes a trainer's secret calendar URL: it answers 404 from now on. True when a URL was revoked, false when there was none. trainerId as for createCalendarFeed. Errors: BAD_USER_INPUT (trainerId), NOT_FOUND (unknown trainer), FORBIDDEN (a trainer you do not manage).",
  })
  revokeCalendarFeed(@Arg('trainerId', () => ID, { nullable: true }) trainerId: string | null | undefined, @Ctx() ctx: SchedulingContext): Promise<boolean> {
    return revokeCalendarFeed(ctx, trainerId);
  }
}

/** `Trainer.calendarFeed` (calendar-feed data; the stub is in extends/Trainer). */
@Resolver(() => TrainerRef)
export class TrainerCalendarFeedResolver {
  @FieldResolver(() => CalendarFeedType, {
    nullable: true,
    description:
      "The trainer's active secret calendar URL (without the secret), or null when they have none. For the trainer, their Trainer Admin and super admins. Errors: FORBIDDEN.",
  })
  calendarFeed(@Root() trainer: TrainerRef, @Ctx() ctx: SchedulingContext): Promise<CalendarFeedType | null> {
    return calendarFeedOf(ctx, trainer.id);
  }
}
