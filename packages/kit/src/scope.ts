import { hasRole, scopesOf, type Viewer } from './auth.js';
import { studioTreeSql, teamSql } from './hierarchy.js';

/**
 * What a caller may reach, computed **once per request** from their access token
 * (docs/domain.md, Roles). Every subgraph reads the same object: its access rules (`src/access/`)
 * turn it into SQL conditions with {@link scopeParams}, and {@link claimSettings} serialises the very
 * same object into the claims PostgreSQL's row-level security policies read. Each field has one
 * meaning everywhere:
 *
 * | field | holds | from role |
 * |---|---|---|
 * | `userId` | the caller's user id (null when anonymous) | any |
 * | `superAdmin` | the caller administers the platform (each table still decides what that shows) | `super_admin` |
 * | `system` | a job, seed or webhook acting for the platform, never a person ({@link systemScope}) | — |
 * | `trainerIds` | trainer ids the caller acts as | `trainer` |
 * | `adminTrainerIds` | roots of the teams the caller administers; SQL expands them down the team, the root included | `trainer_admin` |
 * | `studioIds` | studios the caller administers; SQL expands them down the studio chain | `studio_admin` |
 * | `clientIds` | client records that are the caller's own | `client` |
 *
 * Ids are lower-case and distinct. A trainer admin is the trainer their grant names, so "the trainers
 * the caller acts for" is `trainerIds` plus the teams of `adminTrainerIds` ({@link trainerInScopeSql}).
 */
export interface ViewerScope {
  readonly userId: string | null;
  readonly superAdmin: boolean;
  readonly system: boolean;
  readonly trainerIds: readonly string[];
  readonly adminTrainerIds: readonly string[];
  readonly studioIds: readonly string[];
  readonly clientIds: readonly string[];
}

const distinct = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];

/** The {@link ViewerScope} of a verified caller; an anonymous caller (null) reaches nothing. */
export function scopeOf(viewer: Viewer | null): ViewerScope {
  return Object.freeze({
    userId: viewer?.userId ?? null,
    superAdmin: hasRole(viewer, 'super_admin'),
    system: false,
    trainerIds: distinct(scopesOf(viewer, 'trainer')),
    adminTrainerIds: distinct(scopesOf(viewer, 'trainer_admin')),
    studioIds: distinct(scopesOf(viewer, 'studio_admin')),
    clientIds: distinct(scopesOf(viewer, 'client')),
  });
}

/**
 * The user id a system actor's writes carry (audit rows, `created_by`): no person asked at that moment.
 * A fixed, well-known UUID no sign-in can hold.
 */
export const SYSTEM_USER_ID = '00000000-0000-4000-8000-00000000e1a5';

/**
 * The one named bypass: the scope of a job, seed or webhook acting for the platform. It is a super
 * admin to the access rules and to row-level security, and `system` tells audit and the rules that no
 * person is behind it. Build request-free work with kit's `systemContext`, never with a forged token.
 */
export function systemScope(): ViewerScope {
  return Object.freeze({ userId: SYSTEM_USER_ID, superAdmin: true, system: true, trainerIds: [], adminTrainerIds: [], studioIds: [], clientIds: [] });
}

/** The caller acts as some trainer: their own (`trainer`) or a team they administer (`trainer_admin`). */
export const actsAsTrainer = (scope: ViewerScope) => scope.trainerIds.length > 0 || scope.adminTrainerIds.length > 0;

/** The trainer ids the caller's grants name, whether as the trainer or as the admin of their team. */
export const grantedTrainerIds = (scope: ViewerScope): string[] => [...new Set([...scope.trainerIds, ...scope.adminTrainerIds])];

/** The scope grants nothing at all (anonymous, or a user with no role): repositories answer without SQL. */
export const reachesNothing = (scope: ViewerScope) =>
  !scope.superAdmin && !actsAsTrainer(scope) && scope.studioIds.length === 0 && scope.clientIds.length === 0;

/**
 * The scope as named SQL parameters, the only way access SQL reads it:
 * `:scopeUser` (uuid or null), `:scopeSuperAdmin` (boolean), `:scopeTrainers`, `:scopeAdmins`,
 * `:scopeStudios`, `:scopeClients` (uuid[]). Cast them where used (`:scopeTrainers::uuid[]`).
 */
export function scopeParams(scope: ViewerScope) {
  return {
    scopeUser: scope.userId,
    scopeSuperAdmin: scope.superAdmin,
    scopeTrainers: [...scope.trainerIds],
    scopeAdmins: [...scope.adminTrainerIds],
    scopeStudios: [...scope.studioIds],
    scopeClients: [...scope.clientIds],
  };
}

/**
 * SQL condition "trainer id `column` is one the caller acts for": their own (`:scopeTrainers`) or in a
 * team they administer, transitively (`:scopeAdmins`). `directory` is the trainer table the team is
 * walked in: studios' published `studios.trainer_directory` (default) or studios' own table.
 */
export const trainerInScopeSql = (column: string, directory = 'studios.trainer_directory') =>
  `(${column} = any(:scopeTrainers::uuid[]) or ${column} in ${teamSql(':scopeAdmins', directory)})`;

/**
 * SQL condition "studio id `column` is one the caller administers, or below one of them" (`:scopeStudios`).
 * `directory` as in {@link trainerInScopeSql}.
 */
export const studioInScopeSql = (column: string, directory = 'studios.studio_directory') => `(${column} in ${studioTreeSql(':scopeStudios', directory)})`;

/**
 * The caller's identity as PostgreSQL sees it: transaction-local settings, serialised from the
 * {@link ViewerScope} (so TypeScript and the policies cannot drift), that row-level security policies
 * read with `current_setting('app.…', true)`.
 *
 * | setting | value |
 * |---|---|
 * | `app.user_id` | `userId` ('' when anonymous) |
 * | `app.super_admin` | 'on' when `superAdmin` (a system actor included) |
 * | `app.system` | 'on' for a system actor ({@link systemScope}) |
 * | `app.trainer_ids` | `trainerIds`, comma-separated |
 * | `app.trainer_admin_ids` | `adminTrainerIds` |
 * | `app.studio_ids` | `studioIds` |
 * | `app.client_ids` | `clientIds` |
 */
export function claimSettings(scope: ViewerScope): Record<string, string> {
  return {
    'app.user_id': scope.userId ?? '',
    'app.super_admin': scope.superAdmin ? 'on' : 'off',
    'app.system': scope.system ? 'on' : 'off',
    'app.trainer_ids': scope.trainerIds.join(','),
    'app.trainer_admin_ids': scope.adminTrainerIds.join(','),
    'app.studio_ids': scope.studioIds.join(','),
    'app.client_ids': scope.clientIds.join(','),
  };
}
