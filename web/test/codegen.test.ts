import { generate } from '@graphql-codegen/cli';
import { buildSchema, getNamedType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config, { GENERATED_DIR, sha256Hex } from '../../codegen.js';

const ROOT = resolve(import.meta.dirname, '../..');
const committed = resolve(ROOT, GENERATED_DIR);
const manifest = () => JSON.parse(readFileSync(join(committed, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const scratch = mkdtempSync(join(tmpdir(), 'fitflow-codegen-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generated typed documents (web/src/__generated__)', () => {
  it('are what `npm run codegen` generates from schema/api.graphql and the operations in web/src', async () => {
    const target = `${scratch}/`;
    await generate({ ...config, cwd: ROOT, generates: { [target]: config.generates[GENERATED_DIR] } }, true);
    const fresh = readdirSync(scratch).sort();
    expect(readdirSync(committed).sort(), 'generated file list; run `npm run codegen`').toEqual(fresh);
    for (const file of fresh) {
      expect(readFileSync(join(committed, file), 'utf8'), `${GENERATED_DIR}${file} is stale; run \`npm run codegen\``).toBe(
        readFileSync(join(scratch, file), 'utf8'),
      );
    }
  }, 60_000);

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
    const studioDocuments = Object.values(manifest()).filter((d) => /\b(query|mutation) Studio\w*RouteQuery\b/.test(d));
    expect(studioDocuments.length).toBe(3);
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
