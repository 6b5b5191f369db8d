import type { Logger } from './logger.js';
import type { Viewer } from './auth.js';

/** What every resolver receives, whatever the subgraph. Subgraphs extend it with their DataSource and loaders. */
export interface BaseContext {
  /** Correlates log lines of one request; never contains PHI. */
  requestId: string;
  /** The verified caller, or null when anonymous. */
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
  log: Logger;
}
