import { describe, expect, it } from 'vitest';
import { InFlightReads, readKey } from '../src/inflight-reads.js';

const facts = {
  subgraph: 'clients',
  query: 'query Dashboard__clients__3($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client { firstName } } }',
  variables: { representations: [{ __typename: 'Client', id: 'c1' }] },
  authorization: 'Bearer maya-token',
  forwardedFor: '203.0.113.7',
};

/** A fetch whose answer the test releases. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('identical subgraph reads in flight are sent once', () => {
  it('answers a second identical read from the first, each with its own copy', async () => {
    const reads = new InFlightReads<{ data: { n: number[] } }>();
    const answer = deferred<{ data: { n: number[] } }>();
    let sent = 0;
    const fetch = () => ((sent += 1), answer.promise);
    const first = reads.share(readKey(facts), fetch);
    const second = reads.share(readKey({ ...facts, variables: { representations: [{ __typename: 'Client', id: 'c1' }] } }), fetch);
    answer.resolve({ data: { n: [1] } });
    const [a, b] = await Promise.all([first, second]);
    expect(sent).toBe(1);
    expect(reads.shared).toBe(1);
    expect(b).toEqual(a);
    b.data.n.push(2);
    expect(a.data.n).toEqual([1]);
    // Once answered, the next identical read is sent again.
    await reads.share(readKey(facts), () => ((sent += 1), Promise.resolve({ data: { n: [3] } })));
    expect(sent).toBe(2);
  });

  it('never shares between callers, addresses, variables, subgraphs or documents, nor a mutation', () => {
    const key = readKey(facts);
    expect(readKey({ ...facts, authorization: 'Bearer liam-token' })).not.toBe(key);
    expect(readKey({ ...facts, authorization: undefined })).not.toBe(key);
    expect(readKey({ ...facts, forwardedFor: '198.51.100.2' })).not.toBe(key);
    expect(readKey({ ...facts, variables: { representations: [{ __typename: 'Client', id: 'c2' }] } })).not.toBe(key);
    expect(readKey({ ...facts, subgraph: 'scheduling' })).not.toBe(key);
    expect(readKey({ ...facts, query: `${facts.query} ` })).not.toBe(key);
    expect(readKey({ ...facts, query: 'mutation Book__scheduling__0($input: BookInput!) { bookClient(input: $input) { id } }' })).toBeNull();
    expect(readKey({ ...facts, query: 'subscription { x }' })).toBeNull();
    expect(readKey({ ...facts, query: '{ me { id } }' })).not.toBeNull();
  });

  it('fails every waiting read with the one that failed, and sends the next one again', async () => {
    const reads = new InFlightReads<{ data: null }>();
    const answer = deferred<{ data: null }>();
    const first = reads.share('k', () => answer.promise);
    const second = reads.share('k', () => Promise.resolve({ data: null }));
    answer.reject(new Error('subgraph unreachable'));
    await expect(first).rejects.toThrow('subgraph unreachable');
    await expect(second).rejects.toThrow('subgraph unreachable');
    await expect(reads.share('k', () => Promise.resolve({ data: null }))).resolves.toEqual({ data: null });
  });
});
