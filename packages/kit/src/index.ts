import 'reflect-metadata';

export * from './auth.js';
export * from './bootstrap.js';
export * from './config.js';
export * from './connection.js';
export * from './context.js';
export * from './db.js';
export * from './embedded.js';
export * from './errors.js';
export * from './http.js';
export * from './ids.js';
export * from './loaders.js';
export * from './logger.js';
export * from './scalars.js';
export * from './schema.js';
export * from './server.js';
export * from './shield.js';
export * from './run.js';
