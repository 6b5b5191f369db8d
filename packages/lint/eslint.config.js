// ESLint for the whole repository (run from the root: `npm run lint`). The rules that make the house
// shape mechanical (docs/conventions.md): import boundaries between packages, and SQL only in
// repositories, migrations and kit.
import js from '@eslint/js';
import Module from 'node:module';

// typescript-eslint parses with TypeScript's JS API, which TypeScript 7 (the repository's compiler)
// does not ship. This package pins TypeScript 5.9 for the linter; every `require('typescript')` made
// while linting — including by helpers npm hoisted to the root, like ts-api-utils — gets that one.
const typescriptForLint = Module.createRequire(import.meta.url).resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescriptForLint : resolveFilename.call(this, request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

const SUBGRAPHS = ['identity', 'studios', 'clients', 'scheduling', 'finance'];
/** The only modules a package exposes to others (their package.json `exports`). */
const ENTRY_POINTS = [
  ...SUBGRAPHS.flatMap((s) => ['server', 'schema', 'entities', 'migrations', 'seed'].map((e) => `!@fitflow/${s}/${e}`)),
  '!@fitflow/stack/inprocess',
  '!@fitflow/stack/compose',
];
const DEEP_IMPORTS = {
  group: ['@fitflow/*/*', ...ENTRY_POINTS],
  message: 'Import a package through its entry points (package.json "exports"), never its internals.',
};
const CROSS_PACKAGE_PATHS = {
  group: ['**/packages/*/src/**', '**/subgraphs/*/src/**', '**/gateway/src/**', '../../*/src/**'],
  message: 'Import another package by its name (@fitflow/…), not by a relative path into its sources.',
};
const SQL_OUTSIDE_REPOSITORIES = [
  {
    selector: "CallExpression[callee.property.name='query']",
    message: 'SQL lives in repositories (*.repository.ts), migrations and kit (docs/conventions.md, The SQL rule).',
  },
  {
    selector: "CallExpression[callee.name='runSql']",
    message: 'SQL lives in repositories (*.repository.ts), migrations and kit (docs/conventions.md, The SQL rule).',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'web/src/__generated__/**',
      'packages/testkit/src/__generated__/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // type-graphql and TypeORM take classes and functions as values; `Function` is their type.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // GraphQL results and TypeORM raw rows are untyped at the boundary; `any` there is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // type-graphql argument classes are declared for their decorators.
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-restricted-imports': ['error', { patterns: [DEEP_IMPORTS, CROSS_PACKAGE_PATHS] }],
    },
  },
  {
    // A subgraph never imports another one: they meet only through the supergraph.
    files: ['subgraphs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEEP_IMPORTS,
            CROSS_PACKAGE_PATHS,
            { group: SUBGRAPHS.map((s) => `@fitflow/${s}`), message: 'Subgraphs meet only through the supergraph (federation), never by import.' },
          ],
        },
      ],
    },
  },
  {
    files: ['subgraphs/*/src/**/*.ts', 'gateway/src/**/*.ts'],
    // Tests and their test beds may read and fix rows directly through an owner connection.
    ignores: ['**/*.repository.ts', '**/migrations/**', '**/*.test.ts', '**/test-bed.ts'],
    rules: { 'no-restricted-syntax': ['error', ...SQL_OUTSIDE_REPOSITORIES] },
  },
);
