import type { DataSource } from 'typeorm';

/**
 * What the scheduling subgraph keeps for as long as the process lives, built once at start: the
 * DataSource of the `scheduling` schema (its runtime role also reads studios' published directories).
 * Clocks are the database's (`now()` decides what is "upcoming").
 */
export interface SchedulingDeps {
  ds: DataSource;
  /** The origin people reach the gateway at (`PUBLIC_URL`, no trailing slash): secret calendar feed URLs start with it. */
  publicUrl: string;
}
