/**
 * GraphQL Code Generator configuration for web/ (issue #4): typed documents and hooks generated from
 * the client-facing schema/api.graphql into web/src/__generated__/.
 */
const config = {
  schema: 'schema/api.graphql',
  documents: ['web/src/**/*.{ts,tsx,graphql}', '!web/src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/__generated__/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true },
    },
  },
};

export default config;
