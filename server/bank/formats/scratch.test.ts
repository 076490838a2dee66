import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseQti } from './qti.js';
it('scratch', () => {
  for (const f of ['all_canvas_simple_1.2.xml', 'items_1.2/matching.xml', 'items_1.2/true_false.xml', 'items_2.1/choice.xml', 'items_2.1/match.xml', 'items_2.1/text_entry.xml']) {
    const path = `tests/fixtures/conformance/instructure-qti/${f}`;
    const c = parseQti(readFileSync(path), path);
    console.log(f, JSON.stringify(c, (k, v) => (k === 'bytes' ? undefined : v), 1));
  }
});
