import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Runs the real entry point (`server/main.ts`) as its own process on an embedded database in `dataDir`. */
function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', WEB_DIST: './no-web-here' },
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = output.match(/running at (http:\/\/localhost:\d+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited, output: () => output };
}

const login = (url: string, email = 'teacher@roundhouse.test') =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'roundhouse-demo' }),
  });

/** Signs in and returns a fetch that sends the session cookie and the CSRF token. */
async function session(url: string, email: string) {
  const res = await login(url, email);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] as string);
  const csrf = cookies.find((c) => c.startsWith('rh_csrf='))?.slice('rh_csrf='.length) ?? '';
  return (path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

const dataDir = mkdtempSync(join(tmpdir(), 'roundhouse-process-'));
const running: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('starts on an empty embedded database with demo accounts, and stops gracefully on SIGTERM mid-request', async () => {
    const server = startServer(dataDir);
    running.push(server.child);
    const url = await server.url;
    expect(server.output()).toContain('teacher@roundhouse.test');
    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok', database: 'pglite' });

    const inFlight = login(url); // argon2 verification keeps this busy for a few tens of milliseconds
    await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
  });

  it('keeps its data across restarts and does not recreate demo accounts', async () => {
    const server = startServer(dataDir);
    running.push(server.child);
    const url = await server.url;
    expect(server.output()).not.toContain('Demo accounts');
    expect((await login(url)).status).toBe(200);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it('keeps an answer that got a 2xx when the process is killed right after', async () => {
    const first = startServer(dataDir);
    running.push(first.child);
    const student = await session(await first.url, 'student@roundhouse.test');
    const next = (await (await student('/api/practice/next', { mode: 'sequential' })).json()) as {
      item: { id: string; version: number; view: { kind: string; options?: { id: string }[] } };
    };
    const { item } = next;
    const response =
      item.view.kind === 'true_false' ? { selected: ['true'] } : { selected: [item.view.options?.[0]?.id ?? 'x'] };
    const answered = await student('/api/practice/answers', {
      itemId: item.id,
      itemVersion: item.version,
      response,
      clientAnswerId: '5b0c8f0e-4a39-4d2a-9a55-6f1e2d3c4b5a',
      elapsedMs: 4000,
    });
    expect(answered.status).toBe(200);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startServer(dataDir);
    running.push(second.child);
    const again = await session(await second.url, 'student@roundhouse.test');
    const progress = (await (await again('/api/progress')).json()) as { answers: number };
    expect(progress.answers).toBe(1);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('rebuilds the projections from the log with npm run rebuild-state', async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/rebuild-state.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Rebuilt from 1 answers: 1 students, 1 items, in \d+\.\d s\.$/m);
    expect(run.status).toBe(0);
  });
});
