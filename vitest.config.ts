import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql must be loaded once, or "Cannot use GraphQLObjectType from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    // FITFLOW_CANARY=1 runs only the deliberately failing canary (see .ci/run), never the suite.
    include:
      process.env.FITFLOW_CANARY === '1'
        ? ['packages/testkit/canary/*.test.ts']
        : ['packages/*/src/**/*.test.ts', 'subgraphs/*/src/**/*.test.ts', 'subgraphs/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'web/test/**/*.test.ts'],
    globalSetup: ['packages/testkit/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
