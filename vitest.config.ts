import { defineConfig } from 'vitest/config';

/**
 * Two projects (docs/conventions.md, Tests):
 * - `unit`: `*.test.ts` — pure functions and components; they never boot PostgreSQL or a server;
 * - `integration`: `*.int.test.ts` — real PostgreSQL, Redis and HTTP, with the demo tenant loaded
 *   once per run by the global setup.
 * FITFLOW_CANARY=1 runs only the two deliberately failing canaries (see .ci/run), never the suite.
 */
const canary = process.env.FITFLOW_CANARY === '1';
const ROOTS = ['packages/*/src', 'subgraphs/*/src', 'gateway/test', 'web/test', 'bench'];

export default defineConfig({
  resolve: {
    // graphql must be loaded once, or "Cannot use GraphQLObjectType from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit tests share nothing but module state they do not mutate: one module cache per worker
          // saves re-importing GraphQL, TypeORM and Apollo for every file.
          isolate: false,
          include: canary ? ['packages/testkit/canary/always-fails.test.ts'] : ROOTS.map((root) => `${root}/**/*.test.ts`),
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Every file builds its own servers and connections; none mocks modules or changes the
          // environment, so files share one module cache per worker (no re-import per file).
          isolate: false,
          // Files share one database and some change demo rows for a while (and put them back): one
          // file at a time, whatever the number of cores.
          fileParallelism: false,
          include: canary ? ['packages/testkit/canary/always-fails.int.test.ts'] : ROOTS.map((root) => `${root}/**/*.int.test.ts`),
          exclude: ['**/node_modules/**'],
          globalSetup: ['packages/testkit/src/global-setup.ts'],
        },
      },
    ],
  },
});
