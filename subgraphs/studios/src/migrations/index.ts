import { StudiosInit1732400000000 } from './1732400000000-studios-init.js';
import { StudiosGrantIdentity1732500000000 } from './1732500000000-studios-grant-identity.js';
import { StudiosGrantAppRoles1732600000000 } from './1732600000000-studios-grant-app-roles.js';
import { StudiosAudit1732900000000 } from './1732900000000-studios-audit.js';
import { StudiosTrainerTimeZone1733100000000 } from './1733100000000-studios-trainer-time-zone.js';
import { StudiosBilling1733700200000 } from './1733700200000-studios-billing.js';
import { StudiosRefusalLog1733800100002 } from './1733800100002-studios-refusal-log.js';
import { StudiosAuditChain1733900000002 } from './1733900000002-studios-audit-chain.js';

/** Every migration of the studios schema, oldest first. */
export const migrations = [
  StudiosInit1732400000000,
  StudiosGrantIdentity1732500000000,
  StudiosGrantAppRoles1732600000000,
  StudiosAudit1732900000000,
  StudiosTrainerTimeZone1733100000000,
  StudiosBilling1733700200000,
  StudiosRefusalLog1733800100002,
  StudiosAuditChain1733900000002,
];
