import { describe, expect, it } from 'vitest';
import { FeedRateLimiter, schedulingUrl } from '../src/calendar-feed.js';

describe('the calendar feed route’s rate limit', () => {
  it('lets an address make the window’s share of requests, then says how long to wait; other addresses are unaffected', () => {
    let now = 1_000_000;
    const limiter = new FeedRateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('203.0.113.7'))).toEqual([null, null, null]);
    expect(limiter.take('203.0.113.7')).toBe(60);
    expect(limiter.take('198.51.100.1')).toBeNull();
    now += 45_000;
    expect(limiter.take('203.0.113.7')).toBe(15);
    now += 15_000;
    expect(limiter.take('203.0.113.7')).toBeNull();
  });
});

describe('where the gateway finds the scheduling subgraph', () => {
  const sdl = 'enum join__Graph {\n  SCHEDULING @join__graph(name: "scheduling", url: "http://localhost:4104/graphql")\n}';
  it('takes the override, else the supergraph’s routing URL', () => {
    expect(schedulingUrl({ supergraphSdl: sdl, subgraphUrls: { scheduling: 'http://scheduling:4104/graphql' } })).toBe('http://scheduling:4104/graphql');
    expect(schedulingUrl({ supergraphSdl: sdl })).toBe('http://localhost:4104/graphql');
    expect(() => schedulingUrl({ supergraphSdl: 'type Query { a: Int }' })).toThrow(/no scheduling subgraph/);
  });
});
