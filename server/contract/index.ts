/** Everything that crosses the wire. The web app imports from here, and only from here. */
export * from './admin.js';
export * from './auth.js';
export * from './catalogue.js';
export * from './cohorts.js';
export * from './common.js';
export * from './item-source.js';
export * from './items.js';
export * from './practice.js';
