import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COPY = 'tests/fixtures/conformance';
const ORIGINAL = '../shared/conformance';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)).map((g) => join(f, g)) : [f],
  );

describe('the conformance fixtures', () => {
  it('carry their LICENSE files', () => {
    for (const suite of ['gift-grammar-pegjs', 'instructure-qti'])
      expect(existsSync(join(COPY, suite, 'LICENSE'))).toBe(true);
  });

  // They are other projects' files: never edited, not even reformatted (tests/fixtures/biome.json keeps the
  // formatter away). Checked against the shared originals where those are present.
  it.runIf(existsSync(ORIGINAL))('are byte for byte the shared originals', () => {
    for (const suite of ['gift-grammar-pegjs', 'instructure-qti'])
      for (const f of files(join(COPY, suite)))
        expect(readFileSync(join(COPY, suite, f)).equals(readFileSync(join(ORIGINAL, suite, f))), `${suite}/${f}`).toBe(
          true,
        );
  });
});
