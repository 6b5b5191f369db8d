import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Failed sign-ins allowed within {@link WINDOW_MINUTES} before the account is locked. */
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
/** How long a lock lasts, in minutes (OWASP Authentication Cheat Sheet: lock for a period, not forever). */
export const LOCK_MINUTES = 15;

const keyOf = (email: string) => createHash('sha256').update(`login:${email.trim().toLowerCase()}`).digest('hex');

/**
 * Account lockout after repeated failed sign-ins, kept in `identity.login_failures` by a hash of the
 * email, so unknown accounts lock the same way as real ones and nothing reveals which exist.
 */
export class LoginThrottle {
  constructor(private readonly ds: DataSource) {}

  /** Minutes until the account unlocks, or 0 when sign-in may be tried. */
  async lockedForMinutes(email: string): Promise<number> {
    const rows: { minutes: number }[] = await this.ds.query(
      `select ceil(extract(epoch from locked_until - now()) / 60)::int as minutes
         from identity.login_failures where key_hash = $1 and locked_until > now()`,
      [keyOf(email)],
    );
    return rows[0]?.minutes ?? 0;
  }

  /** Records a failure (atomically; concurrent attempts all count). */
  async recordFailure(email: string): Promise<void> {
    await this.ds.query(
      `insert into identity.login_failures as f (key_hash, failures, first_failed_at)
       values ($1, 1, now())
       on conflict (key_hash) do update set
         failures = case when f.first_failed_at < now() - make_interval(mins => $2) then 1 else f.failures + 1 end,
         first_failed_at = case when f.first_failed_at < now() - make_interval(mins => $2) then now() else f.first_failed_at end,
         locked_until = case
           when f.first_failed_at >= now() - make_interval(mins => $2) and f.failures + 1 >= $3
           then now() + make_interval(mins => $4) else f.locked_until end`,
      [keyOf(email), WINDOW_MINUTES, MAX_FAILURES, LOCK_MINUTES],
    );
  }

  /** Clears the failures after a successful sign-in. */
  async reset(email: string): Promise<void> {
    await this.ds.query('delete from identity.login_failures where key_hash = $1', [keyOf(email)]);
  }
}
