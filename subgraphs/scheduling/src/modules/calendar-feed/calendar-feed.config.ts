import { loadConfig } from '@fitflow/kit';
import { z } from 'zod';

/** Where the gateway answers when no PUBLIC_URL is set: its default address (gateway/src/config.ts, PORT 4000). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:4000';

/**
 * The calendar feed's settings (beside kit's subgraph settings, which `runSubgraph` checks):
 * `PUBLIC_URL`, the origin at which people reach the gateway (e.g. `https://api.fitflow.app`); secret
 * feed URLs are `<PUBLIC_URL>/calendar/<token>.ics`. `npm start` sets it to the gateway's own address;
 * a deployment sets it to the public origin in front of the gateway. A trailing slash is ignored.
 */
export const calendarFeedConfigSchema = z.object({
  PUBLIC_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'must be an http(s) URL, e.g. https://api.fitflow.app')
    .default(DEFAULT_PUBLIC_URL)
    .transform((url) => url.replace(/\/+$/, '')),
});

/** @throws ConfigError listing every invalid variable. */
export const loadCalendarFeedConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(calendarFeedConfigSchema, env);
