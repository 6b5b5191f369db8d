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
 * a mutation is always sent, and a caller's mutation ends the sharing of that caller's reads already in
 * flight, so a read sent after one's own write never gets an answer begun before it. The subgraph's
 * access-log rows of a shared read name the request that sent it. Each waiting request gets its own
 * copy of the answer (the gateway merges answers into the request's result in place).
 */
export class InFlightReads<Answer> {
  /** Reads in flight, by caller (`Authorization`), then by {@link readKey}. */
  private readonly pending = new Map<string, Map<string, Promise<Answer>>>();
  /** How many fetches were answered by one already in flight (since the process started). */
  shared = 0;

  /** `copy`: a waiting request's own copy of an answer (default: a deep copy, `structuredClone`). */
  constructor(private readonly copy: (answer: Answer) => Answer = structuredClone) {}

  /**
   * `fetch()`'s answer or, for a read, a copy of the answer of the identical read already in flight.
   * A failed read fails every request waiting for it, as each would have failed on its own; the next
   * one is sent again.
   */
  async share(facts: SubgraphFetchFacts, fetch: () => Promise<Answer>): Promise<Answer> {
    const caller = facts.authorization ?? '';
    const key = readKey(facts);
    if (key === null) {
      this.pending.delete(caller);
      return fetch();
    }
    const mine = this.pending.get(caller);
    const inFlight = mine?.get(key);
    if (inFlight) {
      this.shared += 1;
      return this.copy(await inFlight);
    }
    const answer = fetch();
    const reads = mine ?? new Map<string, Promise<Answer>>();
    if (!mine) this.pending.set(caller, reads);
    reads.set(key, answer);
    try {
      return await answer;
    } finally {
      // Only this read's own entry: a mutation since may have replaced the caller's map.
      if (reads.get(key) === answer) reads.delete(key);
      if (reads.size === 0 && this.pending.get(caller) === reads) this.pending.delete(caller);
    }
  }
}

/** What identifies one subgraph fetch for {@link InFlightReads}. */
export interface SubgraphFetchFacts {
  subgraph: string;
  query: string | undefined;
  variables: Record<string, unknown> | undefined;
  authorization: string | undefined;
  forwardedFor: string | undefined;
}

/**
 * The sharing key of one caller's subgraph fetch (see {@link InFlightReads}), or null when it must not
 * be shared: a mutation or subscription, or a request without a document.
 */
export function readKey(facts: SubgraphFetchFacts): string | null {
  const { query } = facts;
  if (!query || !/^\s*(query\b|\{)/.test(query)) return null;
  return JSON.stringify([facts.subgraph, facts.forwardedFor ?? null, query, facts.variables ?? null]);
}
