export * from './accounts.js';
export * from './organisations.js';
