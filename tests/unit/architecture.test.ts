import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

const importsOf = (source: string) =>
  [
    ...source.matchAll(
      /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g,
    ),
  ].map((m) => ({ typeOnly: Boolean(m[2]), spec: m[3] ?? m[4] ?? m[5] ?? '' }));

describe('layering rules', () => {
  /** Libraries that are pure computation, made for the domain's job (FSRS scheduling). */
  const PURE_PACKAGES = ['ts-fsrs'];

  it('domain/ imports nothing outside itself and reads no clock or randomness', () => {
    const problems: string[] = [];
    for (const file of files('server/domain').filter((f) => !f.endsWith('.test.ts'))) {
      const source = readFileSync(file, 'utf8');
      for (const { spec } of importsOf(source)) {
        const inside =
          spec.startsWith('.') && !relative(resolve('server/domain'), resolve(dirname(file), spec)).startsWith('..');
        if (!inside && !PURE_PACKAGES.includes(spec)) problems.push(`${file}: imports ${spec}`);
      }
      if (/\bDate\.now\s*\(|\bnew Date\s*\(\s*\)|\bMath\.random\s*\(|\bperformance\.now\s*\(|\bprocess\./.test(source))
        problems.push(`${file}: reads the clock, randomness or the process directly`);
    }
    expect(problems).toEqual([]);
  });

  it('the web app imports only contract/ from the server at run time (and the app type for the client)', () => {
    const problems: string[] = [];
    for (const file of files('web/src')) {
      for (const { spec, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.includes('/server/')) continue;
        const ok = spec.includes('/server/contract/') || (typeOnly && spec.endsWith('/server/app.js'));
        if (!ok) problems.push(`${relative('.', file)}: imports ${spec}${typeOnly ? ' (type)' : ''}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('only db/repositories builds queries: services and routes import no drizzle-orm query helpers', () => {
    const problems: string[] = [];
    for (const file of [...files('server/services'), ...files('server/routes')]) {
      for (const { spec } of importsOf(readFileSync(file, 'utf8')))
        if (spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/') || spec.includes('/db/schema'))
          problems.push(`${file}: imports ${spec}`);
    }
    expect(problems).toEqual([]);
  });

  it('routes never touch the database or the domain directly, only services', () => {
    const problems: string[] = [];
    for (const file of files('server/routes')) {
      for (const { spec } of importsOf(readFileSync(file, 'utf8')))
        if (spec.includes('/db/')) problems.push(`${file}: imports ${spec}`);
    }
    expect(problems).toEqual([]);
  });
});
