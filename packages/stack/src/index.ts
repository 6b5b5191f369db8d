export * from './database.js';
export * from './registry.js';
export * from './production-env.js';
