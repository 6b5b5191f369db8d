import type { DataSource } from 'typeorm';

/**
 * What the studios subgraph needs for as long as the process lives. `ds` is connected as the owner
 * role (tests) or the runtime role `fitflow_studios_app` (production, in-process stack).
 */
export interface StudiosDeps {
  ds: DataSource;
}
