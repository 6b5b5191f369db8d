import { systemContext, type Logger, type RouteHandler } from '@fitflow/kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { schedulingData } from '../../data.js';
import type { SchedulingDeps } from '../../deps.js';
import { calendarFeedIcs } from './calendar-feed.service.js';

/** The subgraph's internal route the gateway's `GET /calendar/<token>.ics` asks (gateway/src/calendar-feed.ts). */
export const CALENDAR_FEED_ROUTE = '/internal/calendar-feed';
/** Largest request body accepted: `{"token": "<43 characters>"}` is about 60 bytes. */
const MAX_BODY_BYTES = 1024;

async function readToken(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { token?: unknown };
    return typeof body?.token === 'string' ? body.token : null;
  } catch {
    return null;
  }
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/**
 * The scheduling subgraph's plain HTTP routes for the calendar feed: `POST /internal/calendar-feed`
 * with `{"token": "…"}` (in the body, so that no access log records it) answers the feed's iCalendar
 * text (200, `text/calendar`), or 404 with no detail when the token is malformed, unknown or revoked.
 *
 * No access token is involved: the feed token is the credential, and the work runs as kit's
 * `systemContext('calendar-feed')`, limited by the service to the one trainer the token names. Like
 * the GraphQL endpoint, this route is reachable only from the gateway (docs/security.md).
 */
export function calendarFeedRoutes(deps: SchedulingDeps, log: Logger): Record<string, RouteHandler> {
  return {
    [CALENDAR_FEED_ROUTE]: async (req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        return void res.end();
      }
      const token = await readToken(req);
      if (token === null) return notFound(res);
      const request = systemContext('calendar-feed', log);
      const ics = await calendarFeedIcs(schedulingData(deps, request), request.log, token);
      if (ics === null) return notFound(res);
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' });
      res.end(ics);
    },
  };
}
