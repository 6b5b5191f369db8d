import { generate } from '@graphql-codegen/cli';
import { buildSchema, getNamedType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config, { GENERATED_DIR, sha256Hex, TEST_GENERATED_DIR } from '../../codegen.js';

const ROOT = resolve(import.meta.dirname, '../..');
const committed = resolve(ROOT, GENERATED_DIR);
const manifest = () => JSON.parse(readFileSync(join(committed, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const scratch = mkdtempSync(join(tmpdir(), 'fitflow-codegen-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generated typed documents (web/src/__generated__)', () => {
  it.each([
    [GENERATED_DIR, 'the operations in web/src'],
    [TEST_GENERATED_DIR, 'the test documents in gateway/test and web/test'],
  ])(
    '%s is what `npm run codegen` generates from schema/api.graphql and %s',
    async (dir) => {
      const target = join(scratch, dir);
      await generate({ ...config, cwd: ROOT, generates: { [`${target}/`]: config.generates[dir] } }, true);
      const fresh = readdirSync(target).sort();
      const committedDir = resolve(ROOT, dir);
      expect(readdirSync(committedDir).sort(), 'generated file list; run `npm run codegen`').toEqual(fresh);
      for (const file of fresh) {
        expect(readFileSync(join(committedDir, file), 'utf8'), `${dir}${file} is stale; run \`npm run codegen\``).toBe(
          readFileSync(join(target, file), 'utf8'),
        );
      }
    },
    60_000,
  );

  it('come with a persisted-documents manifest keyed by bare sha256 hex of each operation (APQ style)', () => {
    const entries = Object.entries(manifest());
    expect(entries.length).toBeGreaterThan(5);
    for (const [hash, document] of entries) {
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(sha256Hex(document));
    }
  });

  it('never select client data in a studio portal operation (studio admins must not see clients)', () => {
    const schema = buildSchema(readFileSync(resolve(ROOT, 'schema/api.graphql'), 'utf8'));
    const PRIVATE = new Set(['Client', 'SessionNote', 'AppointmentParticipant', 'TrainingPlan']);
    // Every operation of the portal is named Studio…: its pages' queries and its mutations (approving, paying, rates).
    const studioDocuments = Object.values(manifest()).filter((d) => /\b(query|mutation) Studio\w*/.test(d));
    expect(studioDocuments.length).toBe(8);
    for (const document of studioDocuments) {
      const typeInfo = new TypeInfo(schema);
      const reached: string[] = [];
      visit(
        parse(document),
        visitWithTypeInfo(typeInfo, {
          Field() {
            const type = typeInfo.getType();
            if (type && PRIVATE.has(getNamedType(type).name)) reached.push(`${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`);
          },
        }),
      );
      expect(reached, document.slice(0, 60)).toEqual([]);
    }
  });
});
