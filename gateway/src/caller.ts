import { forwardedFor, GATEWAY_CREDENTIAL_HEADER, gatewayKey, newRequestId, signGatewayCredential, validIp } from '@fitflow/kit';
import type { IncomingMessage } from 'node:http';

/** How the gateway tells who is calling: the proxies of ours in front of it. */
export interface CallerOptions {
  /** Proxies of ours in front of the gateway that append to `X-Forwarded-For` (kit `forwardedFor`); default 0. */
  trustedProxyHops?: number;
}

/** Who sent one request, as the gateway determined it (never as the caller claims). */
export interface Caller {
  /** Correlates the request's log lines and audit rows across subgraphs. */
  requestId: string;
  /** The caller's address, or null when it is not a valid IP address. */
  ip: string | null;
  /** `X-Forwarded-For` as the subgraphs receive it (kit `forwardedFor`). */
  forwardedFor: string;
}

/** The {@link Caller} of `req`. */
export function callerOf(req: IncomingMessage, options: CallerOptions): Caller {
  const chain = forwardedFor(req, options.trustedProxyHops);
  return { requestId: newRequestId(req), ip: validIp(chain.split(',').at(-1)?.trim()), forwardedFor: chain };
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
