export * from './database.js';
export * from './registry.js';
