import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'packages/lint/eslint.config.js') });

/** The messages ESLint gives `code` as if it were the file at `path` (relative to the repository). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the house rules ESLint enforces', () => {
  it('keeps SQL in repositories, migrations and kit', async () => {
    const service = "export async function f(em: { query(s: string): Promise<unknown> }) { return em.query('select 1'); }\n";
    expect(await lint('subgraphs/finance/src/modules/invoice/invoice.service.ts', service)).toEqual([
      expect.stringContaining('no-restricted-syntax: SQL lives in repositories'),
    ]);
    expect(await lint('subgraphs/finance/src/modules/invoice/invoice.repository.ts', service)).toEqual([]);
    expect(await lint('subgraphs/finance/src/migrations/1700000000000-x.ts', service)).toEqual([]);
  });

  it('refuses deep imports into another package and imports between subgraphs', async () => {
    expect(await lint('packages/stack/src/x.ts', "import { a } from '@fitflow/identity/modules/auth/keys';\nexport { a };\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await lint('packages/stack/src/x.ts', "import { a } from '@fitflow/identity/server';\nexport { a };\n")).toEqual([]);
    expect(await lint('subgraphs/finance/src/x.ts', "import { a } from '@fitflow/clients/server';\nexport { a };\n")).toEqual([
      expect.stringContaining('Subgraphs meet only through the supergraph'),
    ]);
    expect(await lint('gateway/src/x.ts', "import { a } from '../../packages/kit/src/ids.js';\nexport { a };\n")).toEqual([
      expect.stringContaining('not by a relative path'),
    ]);
  });
});
