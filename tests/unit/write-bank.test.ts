import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBank } from '../../server/bank/load-bank.js';
import { writeBankItems } from '../../server/bank/write-bank.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writing items in the bank format', () => {
  it('round-trips the whole seed bank: written files load back to the same items', () => {
    const bank = loadBank('question-bank');
    const dir = mkdtempSync(join(tmpdir(), 'bank-out-'));
    dirs.push(dir);
    writeBankItems(
      dir,
      bank.items.map((i) => i.item),
    );
    const again = loadBank(dir, dir);
    const problems = again.problems.filter((p) => !p.file.endsWith('subjects.yaml'));
    expect(problems).toEqual([]);
    const byId = (items: typeof bank.items) => Object.fromEntries(items.map((i) => [i.item.id, i.item]));
    expect(byId(again.items)).toEqual(byId(bank.items));
  });
});
