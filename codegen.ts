import { addTypenameToDocument } from '@apollo/client/utilities';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { createHash } from 'node:crypto';

/**
 * GraphQL Code Generator for web/ (`npm run codegen`): typed documents from the client-facing
 * schema/api.graphql into web/src/__generated__/. Operations live beside the components that use them
 * as `graphql()` tagged documents; every result and variables type comes from here, none is hand-written.
 *
 * The same run writes `persisted-documents.json` (hash → operation text), the safelist the gateway
 * executes in production (the app's production build sends only the hash, web/src/apollo/persisted.ts).
 * Keys are bare sha256 hex, as Apollo's APQ expects (the preset's default would be `sha256:<hex>`).
 */
export const sha256Hex = (document: string) => createHash('sha256').update(document).digest('hex');

/** Where the generated files go (relative to the repository root). */
export const GENERATED_DIR = 'web/src/__generated__/';

/**
 * Typed documents of the tests that speak to the gateway (`gateway/test`, `web/test`): written as
 * `graphql(...)` imported from `@fitflow/testkit`, typed from the same schema/api.graphql, never
 * persisted (they are not the app's operations).
 */
export const TEST_GENERATED_DIR = 'packages/testkit/src/__generated__/';

/**
 * Adds the `__typename` selections Apollo Client's cache adds before sending a document (Apollo's own
 * `addTypenameToDocument`: every selection set but an operation's root). The text the gateway runs by
 * id then answers exactly what the cache needs to normalize results.
 */
const apolloTypenames: Types.DocumentTransformObject = {
  transform: ({ documents }) => documents.map((source) => ({ ...source, document: source.document && addTypenameToDocument(source.document) })),
};

/** How generated results type the custom scalars: as the JSON the gateway sends. */
const SCALARS = {
  DateTime: 'string',
  Decimal: 'string',
  // CAD with exactly two decimals, e.g. "1249.50" (docs/money.md): sum in cents, never as floats.
  Money: 'string',
  LocalDate: 'string',
  JSONObject: 'Record<string, unknown>',
};

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  ignoreNoDocuments: false,
  // Relative imports in generated files end in `.js`: testkit is loaded by Node's ES module resolution
  // (not bundled); Vite and TypeScript resolve `./graphql.js` to `./graphql.ts` for the web app too.
  importExtension: '.js',
  // Only `graphql(...)` calls (and /* GraphQL */ literals) are documents; test helpers named `gql` are not.
  pluckConfig: { globalGqlIdentifierName: ['graphql'] },
  generates: {
    [GENERATED_DIR]: {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      documentTransforms: [apolloTypenames],
      presetConfig: {
        // Named apart from Apollo's useFragment hook: this one only unmasks, it does not subscribe.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: sha256Hex },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: SCALARS,
      },
    },
    [TEST_GENERATED_DIR]: {
      documents: ['gateway/test/**/*.ts', 'web/test/**/*.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: SCALARS,
      },
    },
  },
};

export default config;
