import { isUuid, type Logger } from '@fitflow/kit';
import { createHash, randomBytes } from 'node:crypto';
import { managedTrainerId, managesTrainer } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import type { SchedulingData } from '../../data.js';
import { renderFeed } from './calendar-feed.ics.js';
import { CalendarFeedSecretType, CalendarFeedType } from './calendar-feed.type.js';

/*
 * A trainer's secret calendar feed (docs/scheduling.md, Calendar feed). The token — 32 random bytes,
 * base64url — is the only credential of the feed URL: it is shown once, in createCalendarFeed's
 * answer, and stored only as its SHA-256. Who may see, create, rotate or revoke a trainer's feed: the
 * trainer, an admin of their team (transitively), a super admin (access/trainer-access.ts, {@link managesTrainer}).
 */

const TABLE = 'calendar_feeds';
/** A token as createCalendarFeed makes it: 32 bytes in base64url, 43 characters without padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Whether `token` has the shape of a feed token (anything else is answered "not found" without SQL). */
export const isFeedToken = (token: string): boolean => TOKEN_PATTERN.test(token);

/** SHA-256 of a token's text, as `calendar_feeds.token_sha256` stores it. */
export const hashFeedToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The secret feed URL of a token: `<PUBLIC_URL>/calendar/<token>.ics`. */
export const feedUrl = (publicUrl: string, token: string) => `${publicUrl}/calendar/${token}.ics`;

/**
 * `Trainer.calendarFeed`: the trainer's active feed, or null when they have none. Batched: one
 * statement for every trainer of a selection. Shield has already refused callers who may not see it.
 */
export async function calendarFeedOf(ctx: SchedulingContext, trainerId: string): Promise<CalendarFeedType | null> {
  if (!isUuid(trainerId)) return null;
  const feed = await ctx.loaders.calendarFeedOfTrainer.load(trainerId.toLowerCase());
  return feed ? CalendarFeedType.from(feed) : null;
}

/** Whether the caller may see `trainerId`'s feed (the shield rule of `Trainer.calendarFeed`). */
export async function maySeeCalendarFeed(ctx: SchedulingContext, trainerId: string): Promise<boolean> {
  return isUuid(trainerId) && managesTrainer(ctx, trainerId.toLowerCase());
}

/**
 * Creates the trainer's secret feed URL; when one is active it is **rotated**: revoked in the same
 * transaction, so its URL answers 404 from then on. Audit rows: `update` of the old feed (reason
 * "rotated"), `create` of the new one — ids and facts, never the token or its hash.
 * @returns the feed and its URL (`<PUBLIC_URL>/calendar/<token>.ics`), shown this once.
 * @throws as {@link managedTrainerId}.
 */
export async function createCalendarFeed(ctx: SchedulingContext, trainerId: string | null | undefined): Promise<CalendarFeedSecretType> {
  const id = await managedTrainerId(ctx, trainerId);
  const token = randomBytes(32).toString('base64url');
  const { feed, revoked } = await ctx.data.run(async (tx) => {
    await tx.calendarFeeds.lockTrainerFeed(id);
    const revoked = await tx.calendarFeeds.revokeActive(id);
    if (revoked) {
      await tx.audit.record({ action: 'update', table: TABLE, recordId: revoked, newValues: { revoked: true }, reason: 'rotated' });
    }
    const created = await tx.calendarFeeds.insert(id, hashFeedToken(token), token.slice(-4));
    await tx.audit.record({ action: 'create', table: TABLE, recordId: created.id, newValues: { trainerId: id, rotates: revoked } });
    return { feed: created, revoked };
  });
  ctx.log.info({ feedId: feed.id, rotatedFeedId: revoked }, 'calendar feed created');
  return Object.assign(new CalendarFeedSecretType(), { feed: CalendarFeedType.from(feed), url: feedUrl(ctx.deps.publicUrl, token) });
}

/**
 * Revokes the trainer's active feed: its URL answers 404 from then on. Audit row: `update` of the feed
 * (reason "revoked").
 * @returns true when a feed was revoked, false when the trainer had none.
 * @throws as {@link managedTrainerId}.
 */
export async function revokeCalendarFeed(ctx: SchedulingContext, trainerId: string | null | undefined): Promise<boolean> {
  const id = await managedTrainerId(ctx, trainerId);
  const revoked = await ctx.data.run(async (tx) => {
    await tx.calendarFeeds.lockTrainerFeed(id);
    const feedId = await tx.calendarFeeds.revokeActive(id);
    if (feedId) await tx.audit.record({ action: 'update', table: TABLE, recordId: feedId, newValues: { revoked: true }, reason: 'revoked' });
    return feedId;
  });
  return revoked !== null;
}

/**
 * The calendar of a feed token, as iCalendar text ({@link renderFeed}), or null when the token is
 * malformed, unknown or revoked — the caller answers all three alike (404, no detail). The token is
 * the credential: `data` must be a system context's (kit `systemContext`), there is no signed-in
 * person. One transaction: the feed lookup by the token's SHA-256, then the trainer's sessions.
 */
export async function calendarFeedIcs(data: SchedulingData, log: Logger, token: string): Promise<string | null> {
  if (!isFeedToken(token)) return null;
  const found = await data.run(async (tx) => {
    const feed = await tx.calendarFeeds.findActiveByTokenHash(hashFeedToken(token));
    return feed && { feed, sessions: await tx.calendarFeeds.sessionsForFeed(feed.trainerId) };
  });
  if (!found) return null;
  log.info({ feedId: found.feed.id, sessions: found.sessions.length }, 'calendar feed served');
  return renderFeed(found.sessions, new Date());
}
