import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('translations', () => {
  it('every message in the web app has a Simplified Chinese translation', () => {
    const xliff = readFileSync('web/xliff/zh-Hans.xlf', 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
    expect(units.length).toBeGreaterThan(50);
    const missing = units
      .filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body ?? ''))
      .map(([, id, body]) => `${id}: ${body?.match(/<source>([\s\S]*?)<\/source>/)?.[1]}`);
    expect(missing).toEqual([]);
  });
});
