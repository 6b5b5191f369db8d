import { createSubgraphServer, loadKeyRing, type KeyRing, type SubgraphDeps } from '@fitflow/kit';
import { loadFinanceConfig } from './config.js';
import { createContext, type FinanceContext } from './context.js';
import type { FinanceDeps } from './deps.js';
import { FinanceKeys } from './modules/bank-account/bank-account.keys.js';
import { invoiceLinkKey, loadInvoiceDocumentConfig } from './modules/invoice-document/invoice-document.config.js';
import { invoiceDocumentRoutes } from './modules/invoice-document/invoice-document.http.js';
import { buildFinanceSchema } from './schema.js';

export interface FinanceServerOptions extends Pick<SubgraphDeps, 'ds' | 'verifier' | 'log' | 'gate'> {
  /** Master keys wrapping the per-trainer data keys; default: kit `loadKeyRing` over the environment. */
  keyRing?: KeyRing;
  /** The clock (UTC instants); default: the system's. Tests pin it to either side of a zone's midnight. */
  now?: () => Date;
  /** `PUBLIC_URL` (invoice PDF links); default from the environment (modules/invoice-document/invoice-document.config.ts). */
  publicUrl?: string;
}

/**
 * Builds the finance subgraph server without listening (tests call this directly). `ds` must be
 * connected as the runtime role `fitflow_finance_app`: every request's database work runs through its
 * data access (kit `DataAccess`) carrying the caller's claims, so row-level security applies.
 * Besides GraphQL it serves the internal route the gateway's invoice PDF downloads ask
 * (modules/invoice-document/invoice-document.http.ts).
 * @returns the server, and the process's data keys (`keys`).
 * @throws ConfigError when no key ring is given and the environment's master keys are invalid, or
 *   when the invoice PDF settings are (`PUBLIC_URL`, `INVOICE_LINK_KEY`: required in production).
 */
export async function buildFinanceServer({ ds, verifier, log, gate, keyRing, publicUrl, now }: FinanceServerOptions) {
  const ring = keyRing ?? loadKeyRing(loadFinanceConfig());
  const documents = loadInvoiceDocumentConfig();
  const deps: FinanceDeps = {
    ds,
    keys: new FinanceKeys(ring),
    keyRing: ring,
    now: now ?? (() => new Date()),
    publicUrl: publicUrl ?? documents.PUBLIC_URL,
    invoiceLinkKey: invoiceLinkKey(documents, ring),
  };
  const server = await createSubgraphServer<FinanceContext>({
    name: 'finance',
    schema: await buildFinanceSchema(),
    verifier,
    gate,
    log,
    securityEvents: { ds, schema: 'finance' },
    extendContext: (request) => createContext(deps, request),
    routes: invoiceDocumentRoutes(deps, log),
  });
  return Object.assign(server, { keys: deps.keys });
}
