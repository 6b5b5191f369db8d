import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWebManifest, parseManifest } from '../src/trusted-documents.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const STUDIOS = 'query StudioNav { studios { id name } }';
const LOGIN = 'fragment F on AuthPayload { accessToken } mutation SignIn($input: LoginInput!) { login(input: $input) { ...F } }';
const scratch = mkdtempSync(join(tmpdir(), 'fitflow-manifest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the web manifest the gateway runs in production (PERSISTED_DOCUMENTS_PATH)', () => {
  it('reads codegen’s format: id → text, with each operation’s name and type', () => {
    const manifest = parseManifest({ [sha256(STUDIOS)]: STUDIOS, [sha256(LOGIN)]: LOGIN }, 'codegen');
    expect(manifest.get(sha256(STUDIOS))).toEqual({ id: sha256(STUDIOS), name: 'StudioNav', type: 'query', body: STUDIOS });
    expect(manifest.get(sha256(LOGIN))).toMatchObject({ name: 'SignIn', type: 'mutation' });
  });

  it('reads Apollo’s persisted query manifest from a file', () => {
    const path = join(scratch, 'apollo.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: 'studio-nav', name: 'StudioNav', type: 'query', body: STUDIOS }],
      }),
    );
    expect(loadWebManifest(path).get('studio-nav')).toEqual({ id: 'studio-nav', name: 'StudioNav', type: 'query', body: STUDIOS });
  });

  it('refuses to start on a manifest that cannot be used, naming the file', () => {
    expect(() => loadWebManifest(join(scratch, 'missing.json'))).toThrow(/missing\.json cannot be read/);
    expect(() => parseManifest([STUDIOS], 'list.json')).toThrow(/list\.json is not a persisted operation manifest/);
    expect(() => parseManifest({ a: 'query {' }, 'broken.json')).toThrow(/broken\.json: operation a does not parse/);
    expect(() => parseManifest({ a: `${STUDIOS} ${LOGIN}` }, 'two.json')).toThrow(/exactly one operation/);
    expect(() => parseManifest({ format: 'apollo-persisted-query-manifest', version: 2, operations: [] }, 'v2.json')).toThrow(/version 1/);
  });
});
