import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBank, hardWrapped } from '../../server/bank/check-bank.js';
import { loadBank } from '../../server/bank/load-bank.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the real bank to break in one place. */
function copyOfBank() {
  const dir = mkdtempSync(join(tmpdir(), 'bank-'));
  dirs.push(dir);
  cpSync('question-bank', dir, { recursive: true });
  return dir;
}

const problemsOf = (dir: string) => {
  const bank = loadBank(dir, dir);
  return bank.problems.length > 0 ? bank.problems : checkBank(bank);
};

const brakes = 'items/brakes/principles.yaml';

describe('question bank validation', () => {
  it('finds no problem in the seed bank, which meets the size and coverage targets', () => {
    const bank = loadBank('question-bank');
    expect([...bank.problems, ...checkBank(bank)]).toEqual([]);
    expect(bank.items.length).toBeGreaterThanOrEqual(300);
    const perArea = new Map<string, number>();
    for (const { item } of bank.items)
      perArea.set(item.topic.split('.')[0] ?? '', (perArea.get(item.topic.split('.')[0] ?? '') ?? 0) + 1);
    expect(perArea.size).toBe(8);
    for (const [area, n] of perArea) expect(n, area).toBeGreaterThanOrEqual(25);
    const types = new Set(bank.items.map((i) => i.item.type));
    expect([...types].sort()).toEqual([
      'fill_blank',
      'hotspot',
      'matching',
      'multiple',
      'numeric',
      'ordering',
      'single',
      'true_false',
    ]);
    expect(bank.items.filter((i) => i.item.translations?.['zh-Hans']).length).toBeGreaterThanOrEqual(60);
    expect(bank.items.every((i) => i.item.references.length > 0 && i.item.explanation.length > 40)).toBe(true);
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = copyOfBank();
    writeFileSync(join(dir, brakes), `${readFileSync(join(dir, brakes), 'utf8')}\n- id: [unclosed\n`);
    const [p] = problemsOf(dir);
    expect(p?.file).toBe(brakes);
    expect(p?.line).toBeGreaterThan(1);
  });

  it('reports a schema problem at the line of the offending field', () => {
    const dir = copyOfBank();
    const text = readFileSync(join(dir, brakes), 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  difficulty:'));
    lines[at] = '  difficulty: impossible';
    writeFileSync(join(dir, brakes), lines.join('\n'));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: brakes, line: at + 1 });
    expect(problems[0]?.message).toMatch(/difficulty/);
  });

  it('reports unknown topics, duplicate ids, missing images and a key that marks nothing correct', () => {
    const dir = copyOfBank();
    const text = readFileSync(join(dir, brakes), 'utf8');
    const firstId = text.match(/^- id: (\S+)/m)?.[1] ?? '';
    writeFileSync(
      join(dir, 'items/brakes/extra.yaml'),
      `- id: ${firstId}
  type: single
  topic: brakes.no-such-topic
  subjects: [driver-professional]
  post: both
  source: teacher
  difficulty: easy
  references: ["A manual"]
  lang: en
  stem: "![diagram](media/missing.svg) Which?"
  options:
    - { id: a, text: One }
    - { id: b, text: Two }
  explanation: Because the manual says so, and the other option is wrong for that reason.
`,
    );
    const messages = problemsOf(dir).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/duplicate id \(first at items\/brakes\/extra\.yaml:1\)/),
        expect.stringMatching(/extra\.yaml: .*unknown topic brakes\.no-such-topic/),
        expect.stringMatching(/extra\.yaml: .*media\/missing\.svg is not in media/),
        expect.stringMatching(/extra\.yaml: .*(correct|key)/i),
      ]),
    );
  });

  it('reports a hard-wrapped paragraph (a newline is a line break) but not lists or short lines', () => {
    const dir = copyOfBank();
    const text = readFileSync(join(dir, brakes), 'utf8');
    const wrapped = text.replace(
      "Every vehicle's control valve applies the brake when brake-pipe pressure **falls**, so any loss of brake-pipe air",
      "Every vehicle's control valve applies the brake when brake-pipe pressure **falls**, so any loss of\n    brake-pipe air",
    );
    expect(wrapped).not.toBe(text);
    writeFileSync(join(dir, brakes), wrapped);
    expect(problemsOf(dir).map((p) => p.message)).toEqual([
      'brakes-0001: explanation is hard-wrapped: a newline is a line break, so write each paragraph on one line',
    ]);
    expect(hardWrapped('Steps:\n- open the cock\n- close the valve')).toBe(false);
    expect(hardWrapped('Short line\nanother short line')).toBe(false);
  });

  it('reports a certification whose blueprint the bank cannot fill', () => {
    const dir = copyOfBank();
    const file = join(dir, 'certifications/driver-theory.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('single: 30, multiple: 5', 'single: 30, multiple: 500'));
    expect(problemsOf(dir).map((p) => p.message)).toEqual([
      'driver-theory: the traffic-safety blueprint needs 500 multiple items but the bank has 12',
    ]);
  });
});
