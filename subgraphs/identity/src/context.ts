import type { BaseContext, DataKeyStore } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { KeyMaterial } from './modules/auth/keys.js';
import type { KnownDeviceStore } from './modules/auth/known-device.store.js';
import type { LoginThrottle } from './modules/auth/login-throttle.js';
import type { RefreshTokenStore } from './modules/auth/refresh-token.store.js';
import { createUserLoaders } from './modules/user/user.loaders.js';

/** Per-request DataLoaders of the identity subgraph. */
export const createLoaders = (ds: DataSource) => createUserLoaders(ds);

/** What identity needs to issue tokens. */
export interface AuthDeps {
  keys: KeyMaterial;
  refreshTokens: RefreshTokenStore;
  throttle: LoginThrottle;
  devices: KnownDeviceStore;
  /** Seals TOTP secrets. */
  dataKeys: DataKeyStore;
  issuer: string;
  audience: string;
}

export interface IdentityContext extends BaseContext {
  ds: DataSource;
  loaders: ReturnType<typeof createLoaders>;
  auth: AuthDeps;
  /** `login` fields executed in this request (aliases count): at most one is allowed. */
  loginAttempts: number;
  /**
   * The caller's address for sign-in throttling: the right-most `X-Forwarded-For` entry (the one the
   * gateway appends from the socket it saw, which a caller cannot forge), else the socket's peer.
   */
  sourceAddress: string;
}
