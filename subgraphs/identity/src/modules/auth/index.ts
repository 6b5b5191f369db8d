import { defineModule } from '@fitflow/kit';
import { AuthResolver } from './auth.resolver.js';
import { authRules } from './auth.rules.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

/** Signing in (password, TOTP, known devices, throttling), sessions (access and refresh tokens), password changes. */
export const authModule = defineModule({
  name: 'auth',
  resolvers: [AuthResolver],
  rules: authRules,
  entities: [RefreshTokenEntity],
});
