import { baseConfigSchema, gatewaySecretSchema, httpPortSchema, loadConfig, requireInProduction, SUBGRAPHS } from '@fitflow/kit';
import { z } from 'zod';

/**
 * Gateway settings. `SUBGRAPH_URL_<NAME>` overrides the routing URL composed into the supergraph
 * (e.g. `SUBGRAPH_URL_CLIENTS=http://clients:4103/graphql` in docker-compose).
 */
export const gatewayConfigSchema = requireInProduction(
  baseConfigSchema.extend({
    HOST: z.string().default('127.0.0.1'),
    PORT: httpPortSchema().default(4000),
    SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
    /** The web app's persisted operations (codegen's or Apollo's manifest format): what people may run in production. */
    PERSISTED_DOCUMENTS_PATH: z.string().default('web/src/__generated__/persisted-documents.json'),
    JWKS_URL: z.string().url(),
    JWT_ISSUER: z.string().default('fitflow-identity'),
    JWT_AUDIENCE: z.string().default('fitflow-api'),
    /** Proxies of ours in front of the gateway that append to `X-Forwarded-For` (a load balancer: 1). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** Shared with every subgraph: signs the gateway's credential on each subgraph call. Required in production. */
    GATEWAY_SECRET: gatewaySecretSchema,
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, z.string().url().optional()])),
  }),
  ['GATEWAY_SECRET'],
);
export type GatewayConfig = z.infer<typeof gatewayConfigSchema> & Record<string, string | undefined>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, env) as GatewayConfig;

/** Routing URL overrides by subgraph name. */
export function subgraphUrlOverrides(config: GatewayConfig): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.flatMap((name) => {
      const url = config[`SUBGRAPH_URL_${name.toUpperCase()}`];
      return url ? [[name, url]] : [];
    }),
  );
}
