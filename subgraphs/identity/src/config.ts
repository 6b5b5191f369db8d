import { loadConfig, subgraphConfigSchema } from '@fitflow/kit';
import { z } from 'zod';

/**
 * identity's own settings (beside the subgraph ones):
 * - `JWT_PRIVATE_JWK`: the Ed25519 signing key as a private JWK (JSON, with `kid`). Required in production; in development
 *   a key is generated once into `JWT_KEY_FILE` so that restarts keep tokens valid.
 * - `REFRESH_TOKEN_TTL_DAYS`: refresh-token lifetime in days.
 * - `SUPERGRAPH_PATH`: the composed supergraph (`npm run compose`) that apps' manifests are checked against.
 */
export const identityConfigSchema = subgraphConfigSchema
  .extend({
    PORT: subgraphConfigSchema.shape.PORT.default(4101),
    JWT_PRIVATE_JWK: z.string().optional(),
    JWT_KEY_FILE: z.string().default('.data/identity-signing-key.json'),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** JSON `{ "<key id>": "<base64 32 bytes>" }`; read by kit's loadKeyRing. Required in production. */
    MASTER_KEYS: z.string().optional(),
    ACTIVE_MASTER_KEY_ID: z.string().optional(),
    /** The composed supergraph apps' manifests are checked against (relative to the working directory). */
    SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
  })
  .refine((c) => c.NODE_ENV !== 'production' || !!c.JWT_PRIVATE_JWK, {
    message: 'JWT_PRIVATE_JWK is required in production',
    path: ['JWT_PRIVATE_JWK'],
  })
  .refine((c) => c.NODE_ENV !== 'production' || (!!c.MASTER_KEYS && !!c.ACTIVE_MASTER_KEY_ID), {
    message: 'MASTER_KEYS and ACTIVE_MASTER_KEY_ID are required in production',
    path: ['MASTER_KEYS'],
  });
export type IdentityConfig = z.infer<typeof identityConfigSchema>;

export const loadIdentityConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(identityConfigSchema, env);
