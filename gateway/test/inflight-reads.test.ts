import { describe, expect, it } from 'vitest';
import { InFlightReads, readKey } from '../src/inflight-reads.js';

const facts = {
  subgraph: 'clients',
  query: 'query Dashboard__clients__3($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client { firstName } } }',
  variables: { representations: [{ __typename: 'Client', id: 'c1' }] },
  authorization: 'Bearer maya-token',
  forwardedFor: '203.0.113.7',
};
const booking = {
  ...facts,
  subgraph: 'scheduling',
  query: 'mutation Book__scheduling__0($input: BookInput!) { bookClient(input: $input) { id } }',
  variables: {},
};

/** A fetch whose answer the test releases, counting how often it was sent. */
function held<T>() {
  let release!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const answer = new Promise<T>((resolve, reject) => ((release = resolve), (fail = reject)));
  const fetch = { sent: 0, send: () => ((fetch.sent += 1), answer) };
  return { fetch, release, fail };
}

describe('identical subgraph reads in flight are sent once', () => {
  it('answers a second identical read from the first, each with its own copy, and sends the next one again', async () => {
    const reads = new InFlightReads<{ data: { n: number[] } }>();
    const { fetch, release } = held<{ data: { n: number[] } }>();
    const first = reads.share(facts, fetch.send);
    const second = reads.share({ ...facts, variables: { representations: [{ __typename: 'Client', id: 'c1' }] } }, fetch.send);
    release({ data: { n: [1] } });
    const [a, b] = await Promise.all([first, second]);
    expect(fetch.sent).toBe(1);
    expect(reads.shared).toBe(1);
    expect(b).toEqual(a);
    b.data.n.push(2);
    expect(a.data.n).toEqual([1]);
    await reads.share(facts, fetch.send);
    expect(fetch.sent).toBe(2);
  });

  it("never answers a read sent after the caller's own mutation with one begun before it", async () => {
    const reads = new InFlightReads<{ data: string }>();
    const before = held<{ data: string }>();
    const stale = reads.share(facts, before.fetch.send);
    await reads.share(booking, () => Promise.resolve({ data: 'booked' }));
    const after = held<{ data: string }>();
    const fresh = reads.share(facts, after.fetch.send);
    after.release({ data: 'after the booking' });
    before.release({ data: 'before the booking' });
    expect(await fresh).toEqual({ data: 'after the booking' });
    expect(await stale).toEqual({ data: 'before the booking' });
    expect(reads.shared).toBe(0);
  });

  it('never shares between callers, addresses, variables, subgraphs or documents, nor a mutation', () => {
    const key = readKey(facts);
    expect(readKey({ ...facts, forwardedFor: '198.51.100.2' })).not.toBe(key);
    expect(readKey({ ...facts, variables: { representations: [{ __typename: 'Client', id: 'c2' }] } })).not.toBe(key);
    expect(readKey({ ...facts, subgraph: 'scheduling' })).not.toBe(key);
    expect(readKey({ ...facts, query: `${facts.query} ` })).not.toBe(key);
    expect(readKey(booking)).toBeNull();
    expect(readKey({ ...facts, query: 'subscription { x }' })).toBeNull();
    expect(readKey({ ...facts, query: '{ me { id } }' })).not.toBeNull();
  });

  it("keeps two callers' identical reads apart", async () => {
    const reads = new InFlightReads<{ data: string }>();
    const maya = held<{ data: string }>();
    const liam = held<{ data: string }>();
    const asMaya = reads.share(facts, maya.fetch.send);
    const asLiam = reads.share({ ...facts, authorization: 'Bearer liam-token' }, liam.fetch.send);
    maya.release({ data: 'maya' });
    liam.release({ data: 'liam' });
    expect([await asMaya, await asLiam]).toEqual([{ data: 'maya' }, { data: 'liam' }]);
  });

  it('fails every waiting read with the one that failed', async () => {
    const reads = new InFlightReads<{ data: null }>();
    const { fetch, fail } = held<{ data: null }>();
    const first = reads.share(facts, fetch.send);
    const second = reads.share(facts, fetch.send);
    fail(new Error('subgraph unreachable'));
    await expect(first).rejects.toThrow('subgraph unreachable');
    await expect(second).rejects.toThrow('subgraph unreachable');
    expect(fetch.sent).toBe(1);
  });
});
