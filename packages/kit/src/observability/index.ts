export * from './metrics.js';
export * from './requests.js';
export * from './start.js';
export * from './tracing.js';
