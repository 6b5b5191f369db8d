import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composedFiles, composeSupergraph, ROOT } from './compose.js';

describe('the committed schemas', () => {
  it('are what `npm run compose` produces from the subgraphs now (run it and commit when this fails)', async () => {
    const files = composedFiles(await composeSupergraph());
    expect(Object.keys(files)).toContain('schema/supergraph.graphql');
    for (const [file, content] of Object.entries(files)) {
      expect(readFileSync(resolve(ROOT, file), 'utf8'), `${file} is stale: run npm run compose`).toBe(content);
    }
  });

  it('expose no federation internals to clients', async () => {
    const api = readFileSync(resolve(ROOT, 'schema/api.graphql'), 'utf8');
    expect(api).not.toMatch(/_entities|_service|@join__|@link/);
    expect(api).toMatch(/type Query/);
  });
});
