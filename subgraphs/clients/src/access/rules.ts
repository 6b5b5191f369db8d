import { hasAnyRole, isAuthenticated, or, recordRule, type LogicRule, type IRules } from '@fitflow/kit';
import type { ClientsContext } from '../context.js';
import { CLINICAL_WRITERS, type ClientRelation } from './client-access.js';

/**
 * Shield rules shared by the clients subgraph's modules: the first of three walls (graphql-shield;
 * everything unlisted is denied). The repositories apply the same rules in SQL
 * (access/client-access.ts), and PostgreSQL row-level security a third time (migration 1732700000000).
 *
 * Role rules (docs/domain.md, Roles): a Trainer sees their own clients and those shared with them (read / write /
 * admin as granted); a Trainer Admin also every client of every trainer in their team,
 * transitively; a Client reads their own record and notes (never private notes) and may change only
 * their contact details and consents; a Studio Admin sees no client data at all (FORBIDDEN); a Super
 * Admin sees no PHI except through the audited `breakGlassReadClient`.
 *
 * Rules about one client look up the caller's relation to it (`clientRelation` loader). An id the
 * caller cannot see answers NOT_FOUND with the same message as an unknown id; FORBIDDEN means "you
 * can see it, but not do this".
 */

/** Holds a trainer role (own clients, shares, a team). */
export const isTrainer = hasAnyRole('trainer', 'trainer_admin');
/** Holds the client role (their own record). */
export const isClient = hasAnyRole('client');
export const isSuperAdmin = hasAnyRole('super_admin');
/** May read client records at all: trainers and clients. Studio admins and super admins may not. */
export const readsClients = hasAnyRole('trainer', 'trainer_admin', 'client');
/** May receive PHI objects (a super admin only from break glass, which is audited). */
export const receivesPhi = hasAnyRole('trainer', 'trainer_admin', 'client', 'super_admin');

/**
 * A rule on the client named by argument `arg` (kit's recordRule): allowed when `allow(relation, args)`;
 * NOT_FOUND when the caller cannot see the client (exactly like an unknown id); FORBIDDEN otherwise.
 */
export const clientRule = (name: string, arg: string, message: string, allow: (relation: ClientRelation, args: Record<string, any>) => boolean) =>
  recordRule<ClientsContext, ClientRelation>({ name, path: arg, what: 'Client', relation: (ctx, id) => ctx.loaders.clientRelation.load(id), allow, message });

/** The FORBIDDEN message of a relation that does not allow the operation. */
export const NOT_YOURS = 'You are not allowed to do this with this client.';
const isShare = (r: ClientRelation) => r.startsWith('share-');

/** The caller is the client's primary trainer. */
export const isPrimaryTrainerOf = (arg = 'id') => clientRule('isPrimaryTrainerOf', arg, NOT_YOURS, (r) => r === 'owner');
/** The caller trains the client: their primary trainer, or a trainer it was shared with. */
export const isTrainerOfClient = (arg = 'id') => clientRule('isTrainerOfClient', arg, NOT_YOURS, (r) => r === 'owner' || isShare(r));
/** The caller administers the team of the client's trainer (Trainer Admin, transitively). */
export const isTeamTrainerOf = (arg = 'id') => clientRule('isTeamTrainerOf', arg, NOT_YOURS, (r) => r === 'team');
/** The caller is the client. */
export const isClientSelf = (arg = 'id') => clientRule('isClientSelf', arg, NOT_YOURS, (r) => r === 'self');
/** Any of the above: the caller may read the client. */
export const canReadClient = (arg = 'id'): LogicRule => or(isTrainerOfClient(arg), isTeamTrainerOf(arg), isClientSelf(arg));

/** The FORBIDDEN message of a trainer who may read a client but not write its notes and plans. */
export const READ_ONLY_CLINICAL = 'This client was shared with you read-only: notes and plans are not yours to write.';
/** May write the notes and plans of the client named by argument `arg`: own or team client, or a write/admin share. */
export const canWriteClinical = (arg: string) => clientRule('canWriteClinical', arg, READ_ONLY_CLINICAL, (r) => CLINICAL_WRITERS.includes(r));

/** Rules of kit's shared types (Relay `PageInfo`), registered by exactly one module (client). */
export const sharedTypeRules: IRules = { PageInfo: isAuthenticated };
