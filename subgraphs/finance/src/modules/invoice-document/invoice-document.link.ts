import { isUuid } from '@fitflow/kit';
import { jwtVerify, SignJWT } from 'jose';

/*
 * Short-lived signed download links of invoice PDFs (docs/invoice-pdf.md). The token is a JWT (RFC
 * 7519) signed with HS256 by the finance subgraph itself — it is both the signer and the only
 * verifier, so a shared secret fits — carrying the invoice (`inv`) and the person it was made for
 * (`sub`), valid {@link LINK_LIFETIME_SECONDS}. It is a credential: never logged, never stored.
 */

/** How long a download link works, in seconds: long enough to click, short enough that a forwarded link soon dies. */
export const LINK_LIFETIME_SECONDS = 5 * 60;
const ISSUER = 'fitflow-finance';
/** Tokens for this purpose only: an access token signed elsewhere is never accepted here, nor the reverse. */
const AUDIENCE = 'fitflow-invoice-pdf';
/** Longest token accepted before any cryptography (a real one is about 300 characters). */
const MAX_TOKEN_LENGTH = 1024;
/** A compact JWS: three base64url parts. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** What a valid link names: the invoice, and the user who asked for the link. */
export interface InvoiceLinkClaims {
  invoiceId: string;
  userId: string;
}

/**
 * Signs a download token for `claims`, issued at `now` and expiring {@link LINK_LIFETIME_SECONDS} later.
 * @param key the HS256 key (invoice-document.config.ts `invoiceLinkKey`).
 */
export function signInvoiceLink(claims: InvoiceLinkClaims, key: Uint8Array, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ inv: claims.invoiceId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LINK_LIFETIME_SECONDS)
    .sign(key);
}

/**
 * The claims of a download token, or null when it is malformed, forged, tampered with, expired, not
 * yet valid, or made for another purpose — callers answer all of these alike (404), and nothing of
 * the token is logged. Only HS256 is accepted (never `none`, never an algorithm the token names).
 * @param now the clock: the token must be valid at this instant.
 */
export async function verifyInvoiceLink(token: string, key: Uint8Array, now: Date): Promise<InvoiceLinkClaims | null> {
  if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) return null;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    const invoiceId = payload.inv;
    const userId = payload.sub;
    if (!isUuid(invoiceId) || !isUuid(userId)) return null;
    return { invoiceId: invoiceId.toLowerCase(), userId: userId.toLowerCase() };
  } catch {
    return null;
  }
}
