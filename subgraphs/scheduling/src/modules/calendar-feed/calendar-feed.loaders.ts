import DataLoader from 'dataloader';
import type { SchedulingRequest } from '../../context.js';
import type { CalendarFeedEntity } from './calendar-feed.entity.js';

/** Per-request loaders of calendar feeds: the active feed of many trainers in one statement. */
export function createCalendarFeedLoaders({ data }: SchedulingRequest) {
  return {
    calendarFeedOfTrainer: new DataLoader<string, CalendarFeedEntity | null>(async (trainerIds) => {
      const feeds = await data.run((tx) => tx.calendarFeeds.activeOf(trainerIds));
      const byTrainer = new Map(feeds.map((f) => [f.trainerId, f]));
      return trainerIds.map((id) => byTrainer.get(id) ?? null);
    }),
  };
}
