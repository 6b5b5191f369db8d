import { SignJWT, jwtVerify } from 'jose';
import { isIP } from 'node:net';
import { z } from 'zod';

/** The header carrying the gateway's credential to a subgraph. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-fitflow-gateway';
/** Lifetime of one credential, in seconds: it covers one request's subgraph fetches. */
export const GATEWAY_CREDENTIAL_TTL_SECONDS = 60;
const ISSUER = 'fitflow-gateway';
const AUDIENCE = 'fitflow-subgraphs';
const ALG = 'HS256';

/** What the gateway vouches for about one request it forwards. */
export interface GatewayFacts {
  /** The request id the gateway made (never the caller's). */
  requestId: string;
  /** The caller's address as the gateway determined it (trusted proxies applied), or null. */
  ip: string | null;
}

/**
 * The secret the gateway and the subgraphs share (`GATEWAY_SECRET`, at least 32 characters), as a key.
 * A subgraph in production answers only requests carrying a credential signed with it.
 */
export const gatewayKey = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signs the credential the gateway adds to every subgraph fetch of one request: a JWT (HS256, 60 s)
 * carrying the request id and the caller's address, so a subgraph takes both from the gateway and
 * never from headers a caller could forge.
 */
export async function signGatewayCredential(key: Uint8Array, facts: GatewayFacts): Promise<string> {
  return new SignJWT({ rid: facts.requestId, ...(facts.ip ? { ip: facts.ip } : {}) })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_CREDENTIAL_TTL_SECONDS}s`)
    .sign(await hmacKey(key));
}

/**
 * The WebCrypto HMAC key of `key`'s bytes, imported once per key: jose imports a raw `Uint8Array` key
 * again on every sign and verify, which cost more than the HMAC itself on every subgraph call.
 */
const imported = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function hmacKey(key: Uint8Array): Promise<CryptoKey> {
  let cryptoKey = imported.get(key);
  if (!cryptoKey) {
    cryptoKey = crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    imported.set(key, cryptoKey);
  }
  return cryptoKey;
}

const factsSchema = z.object({
  rid: z.string().regex(/^[\w-]{8,64}$/),
  ip: z
    .string()
    .refine((ip) => isIP(ip) !== 0)
    .optional(),
});

/**
 * Verifies a credential from {@link signGatewayCredential}.
 * @returns the facts it vouches for, or null when it is missing, forged, expired or malformed.
 */
export async function verifyGatewayCredential(key: Uint8Array, value: string | undefined): Promise<GatewayFacts | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtVerify(value, await hmacKey(key), { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALG] });
    const facts = factsSchema.safeParse(payload);
    return facts.success ? { requestId: facts.data.rid, ip: facts.data.ip ?? null } : null;
  } catch {
    return null;
  }
}
