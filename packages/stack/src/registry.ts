import type { DemoTenant } from '@fitflow/demo';
import type { SubgraphName } from '@fitflow/kit';
import type { SubgraphDeps } from '@fitflow/kit';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import * as clients from './registry-imports/clients.js';
import * as finance from './registry-imports/finance.js';
import * as identity from './registry-imports/identity.js';
import * as scheduling from './registry-imports/scheduling.js';
import * as studios from './registry-imports/studios.js';

export interface SubgraphModule {
  name: SubgraphName;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  seed(ds: DataSource, tenant: DemoTenant): Promise<void>;
  /** The subgraph's executable federated schema (for SDL emission). */
  buildSchema(): Promise<GraphQLSchema>;
  /** Builds the server without listening (identity has its own signature, see inprocess.ts). */
  buildServer?(
    deps: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log' | 'gate'>,
  ): Promise<{ listen(port: number): Promise<{ url: string; stop(): Promise<void> }> }>;
  /** Default port of the subgraph's own HTTP server. */
  defaultPort: number;
}

/** The five subgraphs in migration order (a schema's published views are granted before others read them). */
export const SUBGRAPH_MODULES: SubgraphModule[] = [
  { name: 'identity', defaultPort: 4101, ...identity },
  { name: 'studios', defaultPort: 4102, ...studios },
  { name: 'clients', defaultPort: 4103, ...clients },
  { name: 'scheduling', defaultPort: 4104, ...scheduling },
  { name: 'finance', defaultPort: 4105, ...finance },
];
