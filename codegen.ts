import type { CodegenConfig } from '@graphql-codegen/cli';
import { createHash } from 'node:crypto';

/**
 * GraphQL Code Generator for web/ (`npm run codegen`): typed documents from the client-facing
 * schema/api.graphql into web/src/__generated__/. Operations live beside the components that use them
 * as `graphql()` tagged documents; every result and variables type comes from here, none is hand-written.
 *
 * The same run writes `persisted-documents.json` (hash → operation text), the safelist the gateway can
 * later accept. Keys are bare sha256 hex, as Apollo's APQ expects (the preset's default would be
 * `sha256:<hex>`).
 */
export const sha256Hex = (document: string) => createHash('sha256').update(document).digest('hex');

/** Where the generated files go (relative to the repository root). */
export const GENERATED_DIR = 'web/src/__generated__/';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: {
        // Named apart from Apollo's useFragment hook: this one only unmasks, it does not subscribe.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: sha256Hex },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          DateTime: 'string',
          Decimal: 'string',
          // CAD with exactly two decimals, e.g. "1249.50" (docs/money.md): sum in cents, never as floats.
          Money: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
