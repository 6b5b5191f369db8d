import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * SHA-256 of `text` (UTF-8) as 64 lower-case hex digits: the id of a persisted operation, and how a
 * high-entropy secret (refresh token, device token, app client secret) is stored.
 */
export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Field-level envelope encryption of PHI/PII.
 *
 * - A **master key** (32 bytes, from configuration, identified by a key id) never touches data; it
 *   only wraps **data keys**.
 * - Each tenant (a trainer's practice) has its own **data key** (32 random bytes), stored wrapped with
 *   AES-256-GCM under the master key. Destroying a tenant's wrapped data key makes all its ciphertext
 *   unreadable ("crypto-shredding").
 * - A field value is sealed with AES-256-GCM under the data key, with a fresh 96-bit IV and
 *   additional authenticated data (AAD) naming where it lives (e.g. `clients.email:<row id>`), so a
 *   ciphertext copied to another row or column fails to open.
 *
 * Ciphertext format (text column): `v1:<dataKeyId>:<iv>:<ciphertext>:<tag>`, parts base64url.
 * Algorithms per NIST SP 800-38D (GCM); IVs are random and never reused with a key in practice
 * (2^-32 collision bound after 2^32 messages per key).
 */

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/** A master key: its id (stored beside each wrapped data key, so master keys can rotate) and 32 bytes. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/** An unwrapped data key held in memory for the duration of a request. */
export interface DataKey {
  /** Stable id stored in every ciphertext (e.g. `<tenant id>.<version>`). */
  id: string;
  key: Buffer;
}

/** A data key as stored: wrapped under `masterKeyId`. */
export interface WrappedDataKey {
  id: string;
  masterKeyId: string;
  /** `<iv>:<ciphertext>:<tag>`, base64url. */
  wrapped: string;
}

const b64 = (b: Buffer) => b.toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url');

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${b64(iv)}:${b64(body)}:${b64(cipher.getAuthTag())}`;
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const [iv, body, tag] = sealed.split(':');
  if (!iv || body === undefined || !tag) throw new Error('malformed ciphertext');
  const decipher = createDecipheriv(ALGORITHM, key, unb64(iv));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(unb64(tag));
  return Buffer.concat([decipher.update(unb64(body)), decipher.final()]);
}

/** Parses a 32-byte key given as base64 (or base64url). @throws Error when it is not 32 bytes. */
export function parseKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('encryption keys must be 32 bytes, base64-encoded');
  return key;
}

/** Creates a new data key for `id` and returns it wrapped under `master` (to store) and unwrapped (to use). */
export function createDataKey(id: string, master: MasterKey): { dataKey: DataKey; wrapped: WrappedDataKey } {
  const key = randomBytes(32);
  return { dataKey: { id, key }, wrapped: { id, masterKeyId: master.id, wrapped: seal(master.key, key, `data-key:${id}`) } };
}

/**
 * Unwraps a stored data key with the master key it names.
 * @throws Error when that master key is not configured or the wrapped key was tampered with.
 */
export function unwrapDataKey(wrapped: WrappedDataKey, masters: ReadonlyMap<string, Buffer>): DataKey {
  const master = masters.get(wrapped.masterKeyId);
  if (!master) throw new Error(`master key ${wrapped.masterKeyId} is not configured`);
  return { id: wrapped.id, key: open(master, wrapped.wrapped, `data-key:${wrapped.id}`) };
}

/** Re-wraps a data key under another master key (master-key rotation; field ciphertext is untouched). */
export function rewrapDataKey(wrapped: WrappedDataKey, masters: ReadonlyMap<string, Buffer>, next: MasterKey): WrappedDataKey {
  const { key } = unwrapDataKey(wrapped, masters);
  return { id: wrapped.id, masterKeyId: next.id, wrapped: seal(next.key, key, `data-key:${wrapped.id}`) };
}

/** Encrypts a field value. `aad` names where it is stored, e.g. `clients.email:<row id>`. Null stays null. */
export function encryptField(dataKey: DataKey, value: string | null | undefined, aad: string): string | null {
  if (value == null) return null;
  return `${VERSION}:${dataKey.id}:${seal(dataKey.key, Buffer.from(value, 'utf8'), aad)}`;
}

/** Splits `v1:<dataKeyId>:<iv>:<body>:<tag>`; the key id may itself contain ':' (base64url never does). */
function parseCiphertext(ciphertext: string): { id: string; sealed: string } {
  const parts = ciphertext.split(':');
  if (parts[0] !== VERSION || parts.length < 5) throw new Error('not a FitFlow ciphertext');
  return { id: parts.slice(1, -3).join(':'), sealed: parts.slice(-3).join(':') };
}

/** The data key id a ciphertext was sealed with (to look the key up). */
export function dataKeyIdOf(ciphertext: string): string {
  return parseCiphertext(ciphertext).id;
}

/**
 * Decrypts a field value sealed by {@link encryptField} with the same `aad`.
 * @throws Error when the key id differs, the ciphertext was altered, or it belongs to another place.
 */
export function decryptField(dataKey: DataKey, ciphertext: string | null | undefined, aad: string): string | null {
  if (ciphertext == null) return null;
  const { id, sealed } = parseCiphertext(ciphertext);
  if (id !== dataKey.id) throw new Error('ciphertext was sealed with another data key');
  return open(dataKey.key, sealed, aad).toString('utf8');
}

/** JSON values (medical info, exercises…) sealed as their JSON text. */
export const encryptJson = (dataKey: DataKey, value: unknown, aad: string) => (value == null ? null : encryptField(dataKey, JSON.stringify(value), aad));
export const decryptJson = <T>(dataKey: DataKey, ciphertext: string | null | undefined, aad: string): T | null => {
  const text = decryptField(dataKey, ciphertext, aad);
  return text == null ? null : (JSON.parse(text) as T);
};

/**
 * Keyed hash for equality search on an encrypted field (a "blind index"): HMAC-SHA-256 under a key
 * derived from the data key with HKDF (RFC 5869) for `purpose`, over the normalised value. The same
 * value in another tenant hashes differently; destroying the data key destroys the index's meaning.
 */
export function blindIndex(dataKey: DataKey, purpose: string, value: string): string {
  const indexKey = Buffer.from(hkdfSync('sha256', dataKey.key, Buffer.alloc(0), `blind-index:${purpose}`, 32));
  return createHmac('sha256', indexKey).update(value.trim().toLowerCase().normalize('NFC')).digest('hex');
}

/** Constant-time comparison of two hex digests. */
export const sameDigest = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Seals and opens the columns of one row under one data key. The additional authenticated data is
 * `<place>.<column>:<row id>` (e.g. `clients.email:<id>`, `finance.bank_accounts.account_number:<id>`),
 * so a sealed value cannot be moved to another row or column. Null stays null.
 */
export class RowSealer {
  constructor(
    private readonly key: DataKey,
    private readonly place: string,
    private readonly rowId: string,
  ) {}

  private aad(column: string): string {
    return `${this.place}.${column}:${this.rowId}`;
  }

  text(column: string, value: string | null | undefined): string | null {
    return encryptField(this.key, value, this.aad(column));
  }
  json(column: string, value: unknown): string | null {
    return encryptJson(this.key, value, this.aad(column));
  }
  /** @throws Error when the value was altered, or sealed for another row, column or key. */
  openText(column: string, sealed: string | null | undefined): string | null {
    return decryptField(this.key, sealed, this.aad(column));
  }
  /** @throws Error when the value was altered, or sealed for another row, column or key. */
  openJson<T>(column: string, sealed: string | null | undefined): T | null {
    return decryptJson<T>(this.key, sealed, this.aad(column));
  }
}
