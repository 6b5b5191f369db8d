import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/**
 * The id of a generated operation: codegen embeds the sha256 of the operation's text as
 * `document.__meta__.hash` (client preset, `embedHashInDocument`), the key of that text in
 * `web/src/__generated__/persisted-documents.json`, the manifest the gateway runs in production.
 * @throws Error for a document codegen did not generate (it could not run in production)
 */
export function persistedId(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('This operation is not in the persisted operation manifest: run `npm run codegen`.');
  return hash;
}

/**
 * A built app (`vite build`, mode `production`), whatever `NODE_ENV` the build ran under: Vite derives
 * `import.meta.env.PROD` from `NODE_ENV`, so a build run from a test runner (`NODE_ENV=test`) or a shell
 * with `NODE_ENV=development` would otherwise send operation text, which a production gateway refuses.
 */
export const BUILT_APP = import.meta.env.MODE === 'production';

/**
 * What a request sends for `document`: in production builds only its id (`documentId`; the gateway
 * runs only persisted operations there), in development its text (free-form documents stay open).
 */
export const operationPayload = (document: DocumentNode, text: () => string): { documentId: string } | { query: string } =>
  BUILT_APP ? { documentId: persistedId(document) } : { query: text() };

/**
 * Production builds: every operation is sent as its id alone, in Apollo's persisted-query shape
 * (`extensions.persistedQuery.sha256Hash`), never its text; an unknown id is an error, never retried
 * with the text (the gateway would refuse that too). Null in development.
 */
export function persistedOperationLink(): PersistedQueryLink | null {
  if (!BUILT_APP) return null;
  return new PersistedQueryLink({
    generateHash: (document) => persistedId(document),
    retry: () => false,
    disable: () => false,
  });
}
