import type { DataSource, EntityManager } from 'typeorm';
import { scopesOf, type Viewer } from './auth.js';

/**
 * The caller's identity as PostgreSQL sees it: transaction-local settings that row-level security
 * policies read with `current_setting('app.…', true)`.
 *
 * | setting | value |
 * |---|---|
 * | `app.user_id` | the user's id ('' when anonymous) |
 * | `app.super_admin` | 'on' for a super admin |
 * | `app.trainer_ids` | trainer ids the caller acts as (role trainer), comma-separated |
 * | `app.trainer_admin_ids` | trainer ids whose team the caller administers (role trainer_admin) |
 * | `app.studio_ids` | studios the caller administers (role studio_admin) |
 * | `app.client_ids` | client records that are the caller's own (role client) |
 */
export function claimSettings(viewer: Viewer | null): Record<string, string> {
  return {
    'app.user_id': viewer?.userId ?? '',
    'app.super_admin': viewer?.roles.some((r) => r.role === 'super_admin') ? 'on' : 'off',
    'app.trainer_ids': scopesOf(viewer, 'trainer').join(','),
    'app.trainer_admin_ids': scopesOf(viewer, 'trainer_admin').join(','),
    'app.studio_ids': scopesOf(viewer, 'studio_admin').join(','),
    'app.client_ids': scopesOf(viewer, 'client').join(','),
  };
}

/**
 * Database access on behalf of one caller: each unit of work is a transaction that first sets the
 * caller's {@link claimSettings} (`set_config(…, true)`, since `SET LOCAL` takes no bind parameters),
 * so row-level security sees who is asking. A unit of work either commits whole or not at all.
 */
export class ScopedDb {
  constructor(
    private readonly ds: DataSource,
    private readonly viewer: Viewer | null,
  ) {}

  /** Runs `work` in one transaction as the caller. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const settings = Object.entries(claimSettings(this.viewer));
    return this.ds.transaction(async (em) => {
      await em.query(`select ${settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`, settings.flat());
      return work(em);
    });
  }
}
