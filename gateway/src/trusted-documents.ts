import { HttpError, sha256Hex, type Logger, type TokenVerifier, type Viewer } from '@fitflow/kit';
import { GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { AdmissionStep } from './admission.js';
import type { AppOperationDocument, IdentityInternal } from './identity-internal.js';
import { requestFacts } from './request-facts.js';

/** Where the web app's manifest is, relative to the working directory (`PERSISTED_DOCUMENTS_PATH`): codegen writes it. */
export const DEFAULT_PERSISTED_DOCUMENTS_PATH = 'web/src/__generated__/persisted-documents.json';

/** One persisted operation: its id (the sha256 hex of `body` for FitFlow's manifests), name, type and text. */
export type PersistedOperation = AppOperationDocument;

/** The web app's persisted operations by id. */
export type WebManifest = ReadonlyMap<string, PersistedOperation>;

function operationOf(id: string, body: string, where: string): PersistedOperation {
  let definitions: OperationDefinitionNode[];
  try {
    definitions = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch (error) {
    throw new Error(`${where}: operation ${id} does not parse: ${(error as Error).message}`);
  }
  if (definitions.length !== 1) throw new Error(`${where}: operation ${id} must hold exactly one operation.`);
  return { id, name: definitions[0].name?.value ?? '', type: definitions[0].operation, body };
}

/**
 * Reads a persisted operation manifest: codegen's client preset (`{ "<sha256 hex>": "<operation text>" }`,
 * what `npm run codegen` writes for the web app) or Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ id, name, type, body }] }`,
 * from `@apollo/generate-persisted-query-manifest`).
 * @throws Error naming `path` when the file cannot be read, is not one of those formats, or holds an
 *   operation that does not parse (the gateway then refuses to start).
 */
export function loadWebManifest(path: string): WebManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`The persisted operation manifest ${path} cannot be read: ${(error as Error).message}`);
  }
  return parseManifest(json, path);
}

/** {@link loadWebManifest} of already parsed JSON; `where` names it in errors. */
export function parseManifest(json: unknown, where: string): WebManifest {
  const manifest = new Map<string, PersistedOperation>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where} is not a persisted operation manifest.`);
  const record = json as Record<string, unknown>;
  if (record.format === 'apollo-persisted-query-manifest') {
    if (record.version !== 1 || !Array.isArray(record.operations)) throw new Error(`${where}: only version 1 of Apollo's manifest format is known.`);
    for (const entry of record.operations as Record<string, unknown>[]) {
      if (typeof entry?.id !== 'string' || typeof entry.body !== 'string') throw new Error(`${where}: every operation needs an id and a body.`);
      manifest.set(entry.id, operationOf(entry.id, entry.body, where));
    }
    return manifest;
  }
  for (const [id, body] of Object.entries(record)) {
    if (typeof body !== 'string') throw new Error(`${where}: ${id} is not an operation text.`);
    manifest.set(id, operationOf(id, body, where));
  }
  return manifest;
}

/** Ids as clients send them: a bare id, or codegen's `sha256:<hex>` form. */
const ID = /^(?:sha256:)?([\w.-]{1,128})$/;
/** App operations are keyed by the sha256 hex of their text (identity's `app_operations.id`). */
const APP_OPERATION_ID = /^[0-9a-f]{64}$/;

/** How long an app operation's lookup is remembered, in milliseconds (a change of manifest shows within this time). */
export const APP_OPERATION_TTL_MS = 60_000;
/** How long an unknown app operation id is remembered, in milliseconds (probing must not reach identity on every request). */
export const UNKNOWN_APP_OPERATION_TTL_MS = 5_000;
/** How many app operation lookups are remembered at most (least recently used go first). */
export const APP_OPERATION_CACHE_ENTRIES = 10_000;

/**
 * identity's `appOperation`, remembered per app and id for {@link APP_OPERATION_TTL_MS} (unknown ids
 * for {@link UNKNOWN_APP_OPERATION_TTL_MS}) in a bounded LRU cache; concurrent lookups of one key share one call.
 */
export function cachedAppOperations(identity: Pick<IdentityInternal, 'appOperation'>) {
  const cache = new LRUCache<string, { operation: PersistedOperation | null }>({
    max: APP_OPERATION_CACHE_ENTRIES,
    ttl: APP_OPERATION_TTL_MS,
    fetchMethod: async (key, _stale, { options }) => {
      const [appId, operationId] = key.split(' ');
      const operation = await identity.appOperation(appId, operationId);
      if (!operation) options.ttl = UNKNOWN_APP_OPERATION_TTL_MS;
      return { operation };
    },
  });
  return async (appId: string, operationId: string): Promise<PersistedOperation | null> => (await cache.fetch(`${appId} ${operationId}`))?.operation ?? null;
}

export interface TrustedDocumentsOptions {
  /** `NODE_ENV=production`: only persisted operations run. Development also runs operation text as sent. */
  production: boolean;
  /** The web app's operations: what people's tokens and anonymous callers may run by id. */
  webManifest: WebManifest;
  /** An app's registered operation by id, or null ({@link cachedAppOperations}). */
  appOperation: (appId: string, operationId: string) => Promise<PersistedOperation | null>;
  verifier: TokenVerifier;
  log: Logger;
}

const notFound = (message: string) => new HttpError(400, message, 'PERSISTED_QUERY_NOT_FOUND');
const ONLY_PERSISTED =
  'Only persisted operations are accepted: send documentId (or extensions.persistedQuery.sha256Hash) with the id of a registered operation instead of the query text.';

/** What a request names: the operation id (either shape) and the operation text, if any. */
interface Named {
  id?: string;
  /** The id came as Apollo's `extensions.persistedQuery.sha256Hash` (by definition the sha256 hex of the text). */
  isHash: boolean;
  text?: string;
}

function idOf(documentId: unknown, extensions: unknown): { id?: string; isHash: boolean } {
  const persisted = (extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  let hash: string | undefined;
  if (persisted !== undefined && persisted !== null) {
    const { sha256Hash, version } = persisted as { sha256Hash?: unknown; version?: unknown };
    if (typeof sha256Hash !== 'string' || (version !== undefined && version !== 1)) {
      throw new HttpError(400, 'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<id>" }.', 'BAD_REQUEST');
    }
    hash = sha256Hash;
  }
  if (documentId !== undefined && documentId !== null && typeof documentId !== 'string')
    throw new HttpError(400, 'documentId must be a string.', 'BAD_REQUEST');
  const given = documentId || hash;
  if (!given) return { isHash: false };
  if (documentId && hash && documentId !== hash) {
    throw new HttpError(400, 'documentId and extensions.persistedQuery.sha256Hash name different operations: send one of them.', 'BAD_REQUEST');
  }
  const match = ID.exec(given);
  if (!match) throw notFound('No persisted operation has this id.');
  return { id: match[1], isHash: !documentId };
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const { persistedQuery: _dropped, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}

/**
 * The first admission step (trusted documents): resolves the operation a request names by id, in
 * either shape, to its text and hands Apollo an ordinary `{ query, … }` request.
 *
 * - Ids: `documentId` (POST body or GET parameter), or Apollo's `extensions.persistedQuery.sha256Hash`
 *   (POST body, or the GET `extensions` parameter); a `sha256:` prefix is ignored.
 * - Whose operations: an app token (`viewer.app`) runs only that app's registered operations
 *   (identity `appOperation`); people's tokens and anonymous callers run only the web app's manifest.
 *   An app's id never resolves for a person, nor a web id for an app.
 * - Production: text without an id, and an unknown id, are HTTP 400 `PERSISTED_QUERY_NOT_FOUND`.
 *   Development runs text as sent too (source `document`).
 * - Text sent together with an id must be that operation's text (or hash to the id): else HTTP 400
 *   `PERSISTED_QUERY_HASH_MISMATCH`. Apollo's own automatic persisted queries stay off: nothing is
 *   ever registered from a request.
 * - Records `requestFacts(req).operation` (`source` web | app | document, `id`, `name`).
 *
 * @throws HttpError 400 as above; 401 UNAUTHENTICATED when the token is invalid or expired (an id is
 *   looked up for a caller only once the caller is known); 400 BAD_REQUEST for a malformed id; 503
 *   when identity cannot be asked for an app's operation. Batches never reach it (`admitInOrder`).
 */
export function trustedDocuments(options: TrustedDocumentsOptions): AdmissionStep {
  const { production, webManifest, log } = options;

  async function viewerOf(req: IncomingMessage): Promise<Viewer | null> {
    try {
      return await requestFacts(req, options.verifier).viewer;
    } catch (error) {
      if (error instanceof GraphQLError) throw new HttpError(401, error.message, String(error.extensions.code ?? 'UNAUTHENTICATED'));
      throw error;
    }
  }

  async function lookUp(req: IncomingMessage, id: string): Promise<PersistedOperation | null> {
    const viewer = await viewerOf(req);
    if (!viewer?.app) return webManifest.get(id) ?? null;
    if (!APP_OPERATION_ID.test(id)) return null;
    try {
      return await options.appOperation(viewer.app.id, id);
    } catch (error) {
      log.error({ err: error, appId: viewer.app.id }, 'trusted documents: identity could not be asked for an app operation');
      throw new HttpError(503, "Your app's operations cannot be looked up just now. Try again in a few seconds.", 'SERVICE_UNAVAILABLE', {
        'retry-after': '5',
      });
    }
  }

  /** The operation text to execute for `named`, recording the request's facts; undefined: leave the request as it is. */
  async function resolve(req: IncomingMessage, named: Named, operationName: unknown): Promise<string | undefined> {
    const facts = requestFacts(req, options.verifier);
    if (named.id === undefined) {
      if (named.text === undefined) return undefined;
      if (production) throw notFound(ONLY_PERSISTED);
      facts.operation = { source: 'document', ...(typeof operationName === 'string' ? { name: operationName } : {}) };
      return named.text;
    }
    const operation = await lookUp(req, named.id);
    const app = !!(await viewerOf(req))?.app;
    if (operation) {
      if (named.text !== undefined && named.text !== operation.body && sha256Hex(named.text) !== named.id) {
        throw new HttpError(400, 'The query text sent is not the text of the operation this id names: send the id alone.', 'PERSISTED_QUERY_HASH_MISMATCH');
      }
      facts.operation = { source: app ? 'app' : 'web', id: operation.id, name: operation.name };
      return operation.body;
    }
    if (production || named.text === undefined) {
      throw notFound(
        app
          ? 'Your app has no registered operation with this id: add the operation to its manifest (updateAppManifest) first.'
          : 'No persisted operation has this id: the web app may be newer or older than this server. Reload the page.',
      );
    }
    // Development: text with an id nobody registered runs as a free-form document, if the id is its hash.
    if (named.isHash && sha256Hex(named.text) !== named.id) {
      throw new HttpError(400, 'extensions.persistedQuery.sha256Hash is not the sha256 of the query text sent.', 'PERSISTED_QUERY_HASH_MISMATCH');
    }
    facts.operation = { source: 'document', ...(typeof operationName === 'string' ? { name: operationName } : {}) };
    return named.text;
  }

  return async (req, { body, search, method }) => {
    if (method === 'GET') {
      const params = new URLSearchParams(search);
      let extensions: unknown;
      const extensionsParam = params.get('extensions');
      if (extensionsParam) {
        try {
          extensions = JSON.parse(extensionsParam);
        } catch {
          throw new HttpError(400, 'The extensions parameter is not valid JSON.', 'BAD_REQUEST');
        }
      }
      const text = params.get('query') || undefined;
      const query = await resolve(req, { ...idOf(params.get('documentId'), extensions), text }, params.get('operationName') ?? undefined);
      if (query === undefined) return { body, search };
      params.delete('documentId');
      params.set('query', query);
      const rest = withoutPersistedQuery(extensions);
      if (rest) params.set('extensions', JSON.stringify(rest));
      else params.delete('extensions');
      return { body, search: `?${params.toString()}` };
    }
    if (typeof body !== 'object' || body === null) return { body, search };
    const { documentId, extensions, query: text, ...rest } = body as Record<string, unknown>;
    if (text !== undefined && text !== null && typeof text !== 'string') throw new HttpError(400, 'query must be a string.', 'BAD_REQUEST');
    const query = await resolve(req, { ...idOf(documentId, extensions), text: text || undefined }, rest.operationName);
    if (query === undefined) return { body, search };
    const remaining = withoutPersistedQuery(extensions);
    return { body: { ...rest, query, ...(remaining ? { extensions: remaining } : {}) }, search };
  };
}
