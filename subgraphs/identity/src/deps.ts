import type { DataKeyStore } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { AppApi } from './modules/app/app-manifest.js';
import type { KeyMaterial } from './modules/auth/keys.js';
import type { LoginThrottle } from './modules/auth/login-throttle.js';
import type { RefreshTokenStore } from './modules/auth/refresh-token.store.js';

/**
 * What the identity subgraph needs for as long as the process lives, built once in `server.ts`.
 * A request's context carries it as `deps`.
 */
export interface IdentityDeps {
  /** identity's database; requests reach its rows only through `ctx.data`. */
  ds: DataSource;
  /** The access-token signing key and its public JWKS. */
  keys: KeyMaterial;
  /** Where refresh tokens live: Redis or `identity.refresh_tokens`. */
  refreshTokens: RefreshTokenStore;
  /** Progressive sign-in delays (counters in Redis or `identity.login_limits`). */
  throttle: LoginThrottle;
  /** Seals TOTP secrets (data key `identity.mfa`). */
  dataKeys: DataKeyStore;
  /** `iss` and `aud` of the access tokens identity signs. */
  issuer: string;
  audience: string;
  /** The public API as apps see it (API schema, field scopes), read from the supergraph on first use. */
  appApi: () => AppApi;
}
