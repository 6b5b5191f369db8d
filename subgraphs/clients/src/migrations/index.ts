import { ClientsInit1732400000000 } from './1732400000000-clients-init.js';
import { ClientsProtection1732700000000 } from './1732700000000-clients-protection.js';
import { ClientsDirectoryRuntime1733520000000 } from './1733520000000-clients-directory-runtime.js';
import { ClientsSessionRecords1733600000000 } from './1733600000000-clients-session-records.js';
import { ClientsBillingDirectory1733700400000 } from './1733700400000-clients-billing-directory.js';
import { ClientsRefusalLog1733800100003 } from './1733800100003-clients-refusal-log.js';
import { ClientsAuditChain1733900000003 } from './1733900000003-clients-audit-chain.js';
import { ClientsReadPoliciesOnce1734100000001 } from './1734100000001-clients-read-policies-once.js';

/** Every migration of the clients schema, oldest first. */
export const migrations = [
  ClientsInit1732400000000,
  ClientsProtection1732700000000,
  ClientsDirectoryRuntime1733520000000,
  ClientsSessionRecords1733600000000,
  ClientsBillingDirectory1733700400000,
  ClientsRefusalLog1733800100003,
  ClientsAuditChain1733900000003,
  ClientsReadPoliciesOnce1734100000001,
];
