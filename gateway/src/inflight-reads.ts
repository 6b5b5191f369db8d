/**
 * In-flight deduplication of identical subgraph reads (docs/scaling.md, "Identical reads in flight").
 *
 * When one caller's identical requests arrive together — a dashboard opened in two tabs, a client
 * retrying, a script polling — the query plans send the same fetch to the same subgraph. While the
 * first is in flight, a second identical fetch waits for its answer instead of asking again.
 *
 * Identical means everything that decides the answer and what the subgraph records: the subgraph, the
 * operation document, the variables, the caller's `Authorization` header (so the same person or app,
 * with the same token) and the caller's address (written to the access log). Only queries are shared;
 * a mutation is always sent. The subgraph's access-log rows of a shared read name the request that sent
 * it. Each waiting request gets its own copy of the answer (the gateway merges answers into the
 * request's result in place).
 */
export class InFlightReads<Answer> {
  private readonly pending = new Map<string, Promise<Answer>>();
  /** How many fetches were answered by one already in flight (since the process started). */
  shared = 0;

  /**
   * `fetch()`'s answer, or a copy of the answer of the identical fetch already in flight under `key`.
   * `key` null (a mutation): never shared. A failed fetch fails every request waiting for it, as each
   * would have failed on its own; the next one is sent again.
   */
  async share(key: string | null, fetch: () => Promise<Answer>): Promise<Answer> {
    if (key === null) return fetch();
    const inFlight = this.pending.get(key);
    if (inFlight) {
      this.shared += 1;
      return structuredClone(await inFlight);
    }
    const answer = fetch();
    this.pending.set(key, answer);
    try {
      return await answer;
    } finally {
      this.pending.delete(key);
    }
  }
}

/**
 * The sharing key of one subgraph fetch (see {@link InFlightReads}), or null when it must not be shared:
 * a mutation or subscription, or a request without a document.
 */
export function readKey(facts: {
  subgraph: string;
  query: string | undefined;
  variables: Record<string, unknown> | undefined;
  authorization: string | undefined;
  forwardedFor: string | undefined;
}): string | null {
  const { query } = facts;
  if (!query || !/^\s*(query\b|\{)/.test(query)) return null;
  return JSON.stringify([facts.subgraph, facts.authorization ?? null, facts.forwardedFor ?? null, query, facts.variables ?? null]);
}
