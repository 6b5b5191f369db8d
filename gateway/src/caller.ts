import { GATEWAY_CREDENTIAL_HEADER, gatewayKey, header, signGatewayCredential, validIp } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The proxies of ours in front of the gateway (a load balancer, an ingress): the only peers whose
 * `X-Forwarded-For` and `X-Forwarded-Proto` the gateway believes. Built by {@link trustedProxies}.
 */
export interface TrustedProxies {
  /** Whether `address` (an IPv4 or IPv6 address; IPv4-mapped IPv6 counts as IPv4) is one of them. */
  has(address: string | null | undefined): boolean;
  /** The entries as configured (for logs and docs). */
  readonly entries: readonly string[];
}

/** `::ffff:10.0.0.1` (how a dual-stack socket reports an IPv4 peer) as `10.0.0.1`; other addresses unchanged. */
const plainAddress = (address: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

/**
 * One entry of `TRUSTED_PROXIES`: an IPv4 or IPv6 address, or a subnet in CIDR notation
 * (`10.0.0.0/8`, `fd00::/8`). Returns null when `entry` is neither.
 */
export function parseProxyEntry(entry: string): { address: string; prefix?: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText, extra] = entry.trim().split('/');
  const version = isIP(address);
  if (!version || extra !== undefined) return null;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, family };
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  return prefix >= 0 && prefix <= (version === 4 ? 32 : 128) ? { address, prefix, family } : null;
}

/**
 * The {@link TrustedProxies} for `entries` (IP addresses and CIDR subnets, as in the `TRUSTED_PROXIES`
 * setting; empty: none, callers connect directly). Uses node:net `BlockList`.
 * @throws Error naming the first entry that is neither an address nor a subnet.
 */
export function trustedProxies(entries: readonly string[] = []): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = parseProxyEntry(entry);
    if (!parsed) throw new Error(`"${entry}" is not an IP address or a subnet such as 10.0.0.0/8.`);
    if (parsed.prefix === undefined) list.addAddress(parsed.address, parsed.family);
    else list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return {
    entries: [...entries],
    has(address) {
      if (!address) return false;
      const plain = plainAddress(address.trim());
      const version = isIP(plain);
      return version !== 0 && list.check(plain, version === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** How the gateway tells who is calling: the proxies of ours in front of it. */
export interface CallerOptions {
  /** Peers whose `X-Forwarded-For` is believed ({@link trustedProxies}); default none. */
  trustedProxies?: TrustedProxies;
}

/** Who sent one request, as the gateway determined it (never as the caller claims). */
export interface Caller {
  /** Made by the gateway for each request (a client's `X-Request-Id` is ignored); correlates log lines and audit rows. */
  requestId: string;
  /** The caller's address, or null when it is not a valid IP address. */
  ip: string | null;
  /** `X-Forwarded-For` as the subgraphs receive it: the caller's address alone (nothing a caller wrote). */
  forwardedFor: string;
  /** Whether the request reached us over TLS: our socket, or `X-Forwarded-Proto: https` from a trusted proxy. */
  secure: boolean;
}

const NO_PROXIES = trustedProxies();

const forwardedHops = (req: IncomingMessage) =>
  (header(req, 'x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plainAddress(hop.trim()))
    .filter(Boolean);

/**
 * The caller's address: the socket's peer, unless that peer is a trusted proxy; then the right-most
 * `X-Forwarded-For` entry that is not a trusted proxy (each proxy appends the address it saw, so
 * entries left of the first untrusted one are whatever the caller wrote). When that entry is not an
 * IP address, or every entry is a trusted proxy, the nearest (left-most) trusted address seen is used.
 */
export function callerAddress(req: IncomingMessage, proxies: TrustedProxies = NO_PROXIES): string | null {
  const peer = plainAddress(req.socket.remoteAddress ?? '');
  if (!proxies.has(peer)) return validIp(peer);
  let nearest = peer;
  for (const hop of forwardedHops(req).reverse()) {
    if (!proxies.has(hop)) return validIp(hop) ?? validIp(nearest);
    nearest = hop;
  }
  return validIp(nearest);
}

const callers = new WeakMap<IncomingMessage, Caller>();

/**
 * The {@link Caller} of `req`, determined once per request (the request id stays the same for every
 * step and route that asks).
 */
export function callerOf(req: IncomingMessage, options: CallerOptions): Caller {
  let caller = callers.get(req);
  if (!caller) {
    const proxies = options.trustedProxies ?? NO_PROXIES;
    const ip = callerAddress(req, proxies);
    const viaProxy = proxies.has(req.socket.remoteAddress);
    const forwardedProto = viaProxy ? header(req, 'x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase() : undefined;
    const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
    caller = { requestId: randomUUID(), ip, forwardedFor: ip ?? 'unknown', secure: encrypted || forwardedProto === 'https' };
    callers.set(req, caller);
  }
  return caller;
}

/**
 * Signs the gateway's credential for every subgraph call made for one request (kit
 * `signGatewayCredential`): subgraphs take the request id and the caller's address from it, and in
 * production answer nothing without it. Null when no `GATEWAY_SECRET` is configured (development
 * without one: subgraphs then vouch for nothing).
 */
export type CredentialSigner = (caller: Caller) => Promise<Record<string, string>>;

/** A {@link CredentialSigner} for `secret` (or one that adds nothing without a secret). */
export function credentialSigner(secret: string | undefined): CredentialSigner {
  if (!secret) return async () => ({});
  const key = gatewayKey(secret);
  return async (caller) => ({ [GATEWAY_CREDENTIAL_HEADER]: await signGatewayCredential(key, { requestId: caller.requestId, ip: caller.ip }) });
}
