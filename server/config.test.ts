import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults: port 3000, embedded database in ./data, demo accounts', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      seedDemo: true,
      demoPassword: 'roundhouse-demo',
    });
  });

  it('never seeds demo accounts on a real Postgres unless asked', () => {
    const url = 'postgres://u@localhost/db';
    expect(loadConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, ROUNDHOUSE_SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: url }, ['--demo']).seedDemo).toBe(true);
  });

  it('rejects invalid values with a readable message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ROUNDHOUSE_DEMO_PASSWORD: 'short' })).toThrow(/ROUNDHOUSE_DEMO_PASSWORD/);
  });
});
