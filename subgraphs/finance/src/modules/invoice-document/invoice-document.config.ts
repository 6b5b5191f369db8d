import { loadConfig, type KeyRing } from '@fitflow/kit';
import { hkdfSync } from 'node:crypto';
import { z } from 'zod';

/** Where the gateway answers when no PUBLIC_URL is set: its default address (gateway/src/config.ts, PORT 4000). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:4000';

/** Bytes of the HS256 key signing download links: 256 bits, as RFC 7518 s. 3.2 asks of an HMAC-SHA-256 key. */
const LINK_KEY_BYTES = 32;

/**
 * The invoice PDF download links' settings (beside kit's subgraph settings and finance's master keys):
 * - `PUBLIC_URL`: the origin people reach the gateway at (e.g. `https://api.fitflow.app`); links are
 *   `<PUBLIC_URL>/documents/invoices/<token>.pdf`. `npm start` sets it to the gateway's own address. A
 *   trailing slash is ignored.
 * - `INVOICE_LINK_KEY`: the secret signing the links' tokens (HS256), base64 of at least 32 random
 *   bytes (`openssl rand -base64 32`). Required in production; elsewhere, when unset, it is derived
 *   from the finance master key ({@link invoiceLinkKey}), so development needs no setting and no
 *   secret is written in the repository.
 */
export const invoiceDocumentConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PUBLIC_URL: z
      .string()
      .url()
      .refine((url) => /^https?:\/\//.test(url), 'must be an http(s) URL, e.g. https://api.fitflow.app')
      .default(DEFAULT_PUBLIC_URL)
      .transform((url) => url.replace(/\/+$/, '')),
    INVOICE_LINK_KEY: z
      .string()
      .refine((key) => /^[A-Za-z0-9+/]+={0,2}$/.test(key) && Buffer.from(key, 'base64').length >= LINK_KEY_BYTES, {
        message: `must be base64 of at least ${LINK_KEY_BYTES} random bytes, e.g. the output of \`openssl rand -base64 32\``,
      })
      .optional(),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && !config.INVOICE_LINK_KEY) {
      ctx.addIssue({ code: 'custom', path: ['INVOICE_LINK_KEY'], message: 'is required in production (base64 of at least 32 random bytes)' });
    }
  });
export type InvoiceDocumentConfig = z.infer<typeof invoiceDocumentConfigSchema>;

/** @throws ConfigError listing every invalid variable (values are never echoed). */
export const loadInvoiceDocumentConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(invoiceDocumentConfigSchema, env);

/**
 * The key signing download links: `INVOICE_LINK_KEY` when set, else HKDF-SHA-256 (RFC 5869) of the
 * active finance master key for this one purpose — a secret of the installation, never a constant.
 * Rotating the master key (or the setting) invalidates outstanding links, which live five minutes.
 */
export function invoiceLinkKey(config: Pick<InvoiceDocumentConfig, 'INVOICE_LINK_KEY'>, keyRing: KeyRing): Uint8Array {
  if (config.INVOICE_LINK_KEY) return new Uint8Array(Buffer.from(config.INVOICE_LINK_KEY, 'base64'));
  return new Uint8Array(hkdfSync('sha256', keyRing.active.key, Buffer.alloc(0), 'fitflow finance: invoice PDF download links', LINK_KEY_BYTES));
}
