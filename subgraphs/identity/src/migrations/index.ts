import { IdentityInit1732400000000 } from './1732400000000-identity-init.js';
import { IdentityAccountSecurity1732500000000 } from './1732500000000-identity-account-security.js';
import { IdentityAudit1732800000000 } from './1732800000000-identity-audit.js';
import { IdentitySignInProtection1733100000000 } from './1733100000000-identity-sign-in-protection.js';
import { IdentityApps1733800000000 } from './1733800000000-identity-apps.js';
import { IdentityRefusalLog1733800100001 } from './1733800100001-identity-refusal-log.js';
import { IdentityAuditChain1733900000001 } from './1733900000001-identity-audit-chain.js';

/** Every migration of the identity schema, oldest first. */
export const migrations = [
  IdentityInit1732400000000,
  IdentityAccountSecurity1732500000000,
  IdentityAudit1732800000000,
  IdentitySignInProtection1733100000000,
  IdentityApps1733800000000,
  IdentityRefusalLog1733800100001,
  IdentityAuditChain1733900000001,
];
