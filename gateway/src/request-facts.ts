import { header, type TokenVerifier, type Viewer } from '@fitflow/kit';
import type { IncomingMessage } from 'node:http';

/** Where the operation a request executes came from (./trusted-documents.ts). */
export type OperationSource =
  /** The web app's manifest, by id (people's tokens). */
  | 'web'
  /** The calling app's registered manifest, by id (app tokens). */
  | 'app'
  /** Operation text sent with the request (development only). */
  | 'document';

/** What the gateway learnt about a request before executing it; shared by the admission steps and the context. */
export interface RequestFacts {
  /** The verified caller (null: anonymous); rejected when the token is invalid. Verified once per request. */
  viewer: Promise<Viewer | null>;
  /** Set by the trusted-documents step. */
  operation?: { source: OperationSource; id?: string; name?: string };
}

const facts = new WeakMap<IncomingMessage, RequestFacts>();

/** The {@link RequestFacts} of `req`, created on first use (the token is verified then, once). */
export function requestFacts(req: IncomingMessage, verifier: TokenVerifier): RequestFacts {
  let known = facts.get(req);
  if (!known) {
    const viewer = verifier(header(req, 'authorization'));
    // Observed here so that a rejection is not "unhandled" before someone awaits it.
    viewer.catch(() => undefined);
    known = { viewer };
    facts.set(req, known);
  }
  return known;
}
