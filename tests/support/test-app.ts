import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { Deps } from '../../server/deps.js';
import type { Role } from '../../server/domain/roles.js';
import { createLogger } from '../../server/logger.js';
import { cryptoRandom } from '../../server/random.js';
import { createUser } from '../../server/services/users-service.js';
import { freshDatabase } from './test-database.js';

export const PASSWORD = 'correct horse battery';

/** A settable clock for expiry tests. */
export class TestClock {
  constructor(private now = new Date('2026-11-29T09:00:00Z')) {}
  readonly read = () => new Date(this.now);
  advance(ms: number) {
    this.now = new Date(this.now.getTime() + ms);
  }
}

/** An app on a fresh database (PGlite or Postgres, per TEST_DB), with a settable clock and silent logs. */
export async function testApp(env: Record<string, string> = {}) {
  const database = await freshDatabase();
  const clock = new TestClock();
  const deps: Deps = {
    database,
    config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: './no-web-in-api-tests', ...env }),
    clock: clock.read,
    random: cryptoRandom,
    logger: createLogger('silent'),
  };
  const app = createApp(deps);
  let n = 0;
  return {
    app,
    deps,
    clock,
    database,
    close: () => database.close(),
    /** Creates a user directly through the service (no HTTP), with PASSWORD. */
    user: (roles: Role[], email = `${roles.join('-')}-${++n}@example.test`) =>
      createUser(deps, { email, displayName: `Test ${roles.join(' ')} ${n}`, password: PASSWORD, roles }),
    /** A browser-like client: keeps cookies and echoes the CSRF cookie. */
    client: () => new TestClient(app),
    /** Creates a user and returns a client signed in as them. */
    async signedIn(roles: Role[]) {
      const u = await this.user(roles);
      const c = new TestClient(app);
      const res = await c.post('/api/auth/login', { email: u.email, password: PASSWORD });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      return Object.assign(c, { me: u });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof testApp>>;

type App = ReturnType<typeof createApp>;

export class TestClient {
  readonly cookies = new Map<string, string>();
  /** Set to false to leave out the CSRF header. */
  sendCsrf = true;
  constructor(private readonly app: App) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h = new Headers(headers);
    if (this.cookies.size > 0) h.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (this.sendCsrf && this.cookies.has('rh_csrf')) h.set('x-csrf-token', this.cookies.get('rh_csrf') ?? '');
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      if (!h.has('content-type')) h.set('content-type', 'application/json');
    }
    const res = await this.app.request(path, { method, headers: h, body: payload });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', path, body, headers);
  put = (path: string, body?: unknown) => this.request('PUT', path, body);
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path);
}

/** Reads a JSON body with a type (the tests check the shape themselves). */
export const json = async <T = Record<string, unknown>>(res: Response): Promise<T> => (await res.json()) as T;
