export * from './common.js';
export * from './regions.js';
export * from './auth.js';
export * from './platform.js';
export * from './resources.js';
export * from './resource-registry.js';
export * from './resource-labels.js';
export * from './cap.js';
