import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
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

const login = (url: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'teacher@roundhouse.test', password: 'roundhouse-demo' }),
  });

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
});
