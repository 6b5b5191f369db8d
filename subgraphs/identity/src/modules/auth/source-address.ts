import type { ApolloServerPlugin } from '@apollo/server';
import { isIP } from 'node:net';
import type { IdentityContext } from '../../context.js';

/** An address as one key: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) becomes plain IPv4; anything not an address, null. */
export function normaliseAddress(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return address && isIP(address) ? address.toLowerCase() : null;
}

/**
 * The right-most `X-Forwarded-For` entry of a request: the hop the gateway appends from the socket it
 * saw. Entries to its left come from the caller and can be forged, so they are never used for throttling.
 */
export const rightMostForwardedFor = (header: string | undefined) => normaliseAddress(header?.split(',').at(-1));

/**
 * Sets `ctx.sourceAddress` from the request's right-most `X-Forwarded-For` entry, else the socket's
 * peer (already in `ctx.ip` when no header was sent). Requests run without HTTP (tests) keep `ctx.ip`.
 */
export const sourceAddressPlugin: ApolloServerPlugin<IdentityContext> = {
  async requestDidStart({ request, contextValue }) {
    const forwarded = rightMostForwardedFor(request.http?.headers.get('x-forwarded-for'));
    contextValue.sourceAddress = forwarded ?? normaliseAddress(contextValue.ip) ?? 'unknown';
  },
};
