import type { IncomingMessage } from 'node:http';
import type { Logger } from '@fitflow/kit';
import type { FeedRateLimiter } from './calendar-feed.js';
import type { Caller, CredentialSigner } from './caller.js';

/** What a gateway route that forwards to one subgraph's internal HTTP route needs (calendar feeds, invoice documents). */
export interface SubgraphRouteOptions {
  /** The composed supergraph, where the subgraph's routing URL is read when not overridden. */
  supergraphSdl: string;
  /** Routing URL overrides by subgraph name (`subgraphUrls.scheduling`, `subgraphUrls.finance`). */
  subgraphUrls?: Record<string, string>;
  log: Logger;
  /** The caller of a request, as the gateway determines it (./caller.ts `callerOf`, with its trusted proxies). */
  callerOf: (req: IncomingMessage) => Caller;
  limiter?: FeedRateLimiter;
  /** Adds the gateway's credential to the subgraph call (./caller.ts). */
  credential?: CredentialSigner;
}

/**
 * Subgraph `name`'s routing URL: the override, else `join__graph(name: "<name>", url: …)` of the supergraph.
 * @throws Error naming `purpose` (e.g. "calendar feed route") when the supergraph names no such subgraph.
 */
export function subgraphRoutingUrl(options: Pick<SubgraphRouteOptions, 'supergraphSdl' | 'subgraphUrls'>, name: string, purpose: string): string {
  const url = options.subgraphUrls?.[name] ?? new RegExp(`@join__graph\\(name: "${name}", url: "([^"]+)"\\)`).exec(options.supergraphSdl)?.[1];
  if (!url) throw new Error(`The supergraph names no ${name} subgraph: the ${purpose} cannot be served.`);
  return url;
}
