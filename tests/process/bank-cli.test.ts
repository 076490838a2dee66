import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'roundhouse-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm run bank -- …` as a user would (through tsx), on an embedded database in `dataDir`. */
async function bank(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/bank/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout + err.stderr };
  }
}

const gift = 'tests/fixtures/imports/brakes.gift';
const flags = ['--topic', 'brakes.principles', '--subjects', 'driver-professional'];

describe('npm run bank', () => {
  it('imports with --dry-run --json, printing exactly the public report and writing nothing', async () => {
    const { code, stdout } = await bank('import', gift, ...flags, '--dry-run', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { items: { type: string }[]; errors: unknown[]; skipped: { title: string }[] };
    expect(Object.keys(report).sort()).toEqual(['errors', 'items', 'skipped']);
    expect(report.items.map((i) => i.type)).toEqual(['single', 'numeric', 'true_false']);
    expect(report.skipped.map((s) => s.title)).toEqual(['Essay']);
  });

  it('imports for real, then exports the drafts in the bank format and as Moodle XML', async () => {
    const imported = await bank('import', gift, ...flags);
    expect(imported.stdout).toMatch(/3 drafts created: brakes-\d{4}/);
    const out = mkdtempSync(join(tmpdir(), 'roundhouse-export-'));
    try {
      const asBank = await bank('export', '--format', 'bank', '--out', out);
      expect(asBank.code).toBe(0);
      const principles = readFileSync(join(out, 'items/brakes/principles.yaml'), 'utf8');
      expect(principles).toContain('A reduction of brake-pipe pressure');
      const asXml = await bank('export', '--format', 'moodle-xml', '--out', out);
      expect(asXml.code).toBe(0);
      expect(readdirSync(out)).toContain('roundhouse-items.xml');
      expect(readFileSync(join(out, 'roundhouse-items.xml'), 'utf8')).toContain('<quiz>');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('fails with a line number for a broken file and explains its usage', async () => {
    const broken = await bank('import', 'tests/fixtures/imports/broken.gift', ...flags);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/broken\.gift:3: /);
    expect((await bank('import', gift)).code).toBe(2);
    expect((await bank('frobnicate')).stdout).toMatch(/usage:/);
  });
});
