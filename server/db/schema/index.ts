export * from './accounts.js';
export * from './bank.js';
export * from './organisations.js';
export * from './practice.js';
