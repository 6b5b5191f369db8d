import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a canonical UUID string (any version). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Returns `value` lower-cased when it is a UUID.
 * @throws BAD_USER_INPUT naming `field` otherwise.
 */
export function parseId(value: string, field = 'id'): string {
  if (!isUuid(value)) throw badUserInput(`${field} must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.`, field);
  return value.toLowerCase();
}
