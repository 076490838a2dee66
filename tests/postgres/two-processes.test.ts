import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { type Database, openDatabase } from '../../server/db/client.js';
import { createLogger } from '../../server/logger.js';
import { cryptoRandom } from '../../server/random.js';
import { createUser } from '../../server/services/users-service.js';
import { TestClient } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * Two Roundhouse instances with their own connection pools on one PostgreSQL database: a session opened
 * on one is valid on the other, and login rate limits are shared, because all state lives in Postgres.
 */
let shared: Database & { url?: string };
let second: Database;
const appOn = (database: Database) =>
  createApp({
    database,
    config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: './none' }),
    clock: () => new Date(),
    random: cryptoRandom,
    logger: createLogger('silent'),
  });

beforeAll(async () => {
  shared = await freshDatabase();
  if (!shared.url) throw new Error('this suite needs TEST_DB=postgres');
  second = await openDatabase({ url: shared.url });
});
afterAll(async () => {
  await second.close();
  await shared.close();
});

describe('two server instances on one database', () => {
  it('share sessions and rate limits', async () => {
    const a = appOn(shared);
    const b = appOn(second);
    const deps = {
      database: shared,
      config: loadConfig({}),
      clock: () => new Date(),
      random: cryptoRandom,
      logger: createLogger('silent'),
    };
    const u = await createUser(deps, {
      email: 'both@example.test',
      displayName: 'Both',
      password: 'password one',
      roles: ['teacher'],
    });

    const onA = new TestClient(a);
    expect((await onA.post('/api/auth/login', { email: u.email, password: 'password one' })).status).toBe(200);
    const onB = new TestClient(b);
    for (const [k, v] of onA.cookies) onB.cookies.set(k, v);
    expect((await onB.get('/api/me')).status).toBe(200);
    expect((await onB.post('/api/cohorts', { name: 'Made on B' })).status).toBe(201);
    expect((await onB.post('/api/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/me')).status).toBe(401);

    for (let i = 0; i < 5; i++)
      await new TestClient(i % 2 ? a : b).post('/api/auth/login', { email: u.email, password: 'wrong-password' });
    expect((await new TestClient(a).post('/api/auth/login', { email: u.email, password: 'password one' })).status).toBe(
      429,
    );
  });
});
