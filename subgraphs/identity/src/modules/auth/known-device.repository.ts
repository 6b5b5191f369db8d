import { runSql, sha256Hex, type ViewerScope } from '@fitflow/kit';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const hashToken = sha256Hex;

/** A device that completed a sign-in to an account. */
export interface KnownDevice {
  id: string;
  userId: string;
}

/**
 * Known devices (`identity.known_devices`). A device token is 256 random bits (base64url), handed to
 * the client in `AuthPayload.deviceToken` and sent back as `LoginInput.deviceToken` at the next sign-in,
 * which answers with the device's next token (rotation); only its SHA-256 is stored. A known device is
 * throttled on its own, so an attacker elsewhere cannot slow down its holder. The token, not `scope`,
 * proves whose device it is (sign-in runs before anyone is signed in).
 */
export class KnownDeviceRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /** The device behind `token` if it is one of `userId`'s, else null (any other token answers alike). */
  async find(token: string | null | undefined, userId: string | undefined): Promise<KnownDevice | null> {
    if (!token) return null;
    const rows = await runSql<KnownDevice>(this.em, 'select id, user_id as "userId" from identity.known_devices where token_hash = :hash', {
      hash: hashToken(token),
    });
    return rows[0] && rows[0].userId === userId ? rows[0] : null;
  }

  /** Remembers a device after a successful sign-in and returns its next token (a known device's token is rotated). */
  async remember(userId: string, device: KnownDevice | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    if (device) {
      await runSql(this.em, 'update identity.known_devices set token_hash = :hash, last_used_at = now() where id = :id', {
        id: device.id,
        hash: hashToken(token),
      });
    } else {
      await runSql(this.em, 'insert into identity.known_devices (user_id, token_hash) values (:userId, :hash)', { userId, hash: hashToken(token) });
    }
    return token;
  }
}
