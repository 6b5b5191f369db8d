import { describe, expect, it } from 'vitest';
import { financeUrl } from '../src/invoice-documents.js';

describe('where the gateway finds the finance subgraph for invoice PDFs', () => {
  const sdl = 'enum join__Graph {\n  FINANCE @join__graph(name: "finance", url: "http://localhost:4105/graphql")\n}';
  it('takes the override, else the supergraph’s routing URL', () => {
    expect(financeUrl({ supergraphSdl: sdl, subgraphUrls: { finance: 'http://finance:4105/graphql' } })).toBe('http://finance:4105/graphql');
    expect(financeUrl({ supergraphSdl: sdl })).toBe('http://localhost:4105/graphql');
    expect(() => financeUrl({ supergraphSdl: 'type Query { a: Int }' })).toThrow(/no finance subgraph/);
  });
});
