import { isIP } from 'node:net';

/**
 * The caller's address as one throttle key: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) becomes plain IPv4;
 * anything that is not an address, null. The address itself is kit's `clientIp` (`ctx.ip`): the
 * right-most `X-Forwarded-For` entry, which the gateway appends from the socket it saw; entries to its
 * left come from the caller and are never used.
 */
export function normaliseAddress(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return address && isIP(address) ? address.toLowerCase() : null;
}
