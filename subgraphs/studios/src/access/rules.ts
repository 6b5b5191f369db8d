import { hasAnyRole } from '@fitflow/kit';

/*
 * Shield rules shared by several modules of the studios subgraph (docs/permissions.md). Studios and
 * trainer profiles are directory data any signed-in user may read; contracts — with their class rates
 * and commission — only staff, and the contract repository narrows that further in SQL
 * (access/contract-access.ts).
 */

/** May receive contract objects at all: staff. Clients never see a contract. */
export const readsContracts = hasAnyRole('super_admin', 'trainer_admin', 'trainer', 'studio_admin');
