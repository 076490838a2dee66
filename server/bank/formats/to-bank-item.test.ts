import { describe, expect, it } from 'vitest';
import { type ImportedQuestion, question } from './imported-question.js';
import { fromBankItem, keyOf, toBankItem } from './to-bank-item.js';

const choice = (type: 'single' | 'multiple', fractions: number[], extra: Partial<ImportedQuestion> = {}) =>
  question({
    type,
    stem: 'Which?',
    line: 7,
    options: fractions.map((fraction, i) => ({ text: `o${i}`, fraction })),
    ...extra,
  });

const reason = (q: ImportedQuestion) => {
  const k = keyOf(q);
  return k.ok ? 'ok' : `${k.kind}: ${k.reason}`;
};

const DEFAULTS = {
  id: 'brakes-0997',
  topic: 'brakes.principles',
  subjects: ['driver-professional'],
  post: 'both' as const,
  source: 'teacher' as const,
  difficulty: 'medium' as const,
  lang: 'en' as const,
  references: ['Imported'],
};

describe('fractions → key', () => {
  it('single: exactly one option at 100%, none other above 0% (penalties dropped with a note)', () => {
    expect(reason(choice('single', [1, 0, 0]))).toBe('ok');
    const k = keyOf(choice('single', [1, -0.5, 0]));
    expect(k.ok && k.notes).toEqual(['the penalties on "o1" are dropped: Roundhouse never scores below 0']);
    expect(reason(choice('single', [1, 0.5, 0]))).toMatch(/^error: option "o1" earns 50%/);
    expect(reason(choice('single', [1, 1, 0]))).toMatch(/^error: 2 options earn full marks/);
    expect(reason(choice('single', [0.5, 0.5]))).toMatch(/^error: no option earns full marks/);
    expect(reason(choice('single', [1.5, 0]))).toMatch(/^error: option "o0" has the grade 150%/);
    expect(reason(choice('single', [1]))).toMatch(/at least two options/);
  });

  it('multiple: equal shares adding up to 100% (±0.5 points) → partial; unequal or not 100% → error', () => {
    const partial = keyOf(choice('multiple', [0.3333333, 0.3333333, 0.3333333, -0.3333333]));
    expect(partial.ok && partial.key).toMatchObject({ type: 'multiple', scoring: 'partial' });
    expect(partial.ok && partial.notes).toEqual([]);
    const zeroWrong = keyOf(choice('multiple', [0.5, 0.5, 0]));
    expect(zeroWrong.ok && zeroWrong.notes).toEqual([
      "each wrong option costs 50% in Roundhouse's partial credit; the file gives 0%",
    ]);
    expect(reason(choice('multiple', [0.5, 0.3, 0.2]))).toMatch(
      /^error: the right options earn unequal shares \(50%, 30%, 20%\)/,
    );
    expect(reason(choice('multiple', [0.5, 0.4, 0]))).toMatch(/^error: .* add up to 90%, not 100%/);
    expect(reason(choice('multiple', [0.333, 0.333, 0.333]))).toBe('ok');
    expect(reason(choice('multiple', [0, 0, -1]))).toMatch(/^error: no option earns marks/);
  });

  it('multiple: a stated scoring keeps it; one right option becomes single with a note', () => {
    const aon = keyOf(choice('multiple', [0.5, 0.5, 0], { scoring: 'all-or-nothing' }));
    expect(aon.ok && aon.key).toMatchObject({ scoring: 'all-or-nothing' });
    const one = keyOf(choice('multiple', [1, 0, -1]));
    expect(one.ok && one.key.type).toBe('single');
    expect(one.ok && one.notes[0]).toMatch(/only "o0" earns marks: imported as a single-answer question/);
  });

  it('fill_blank: 100% answers are the key, 0% ones are dropped, partial credit is skipped', () => {
    const q = (accepted: [string, number][]) =>
      question({
        type: 'fill_blank',
        stem: 'Name?',
        line: 1,
        accepted: accepted.map(([text, fraction]) => ({ text, fraction })),
      });
    const k = keyOf(
      q([
        ['brake', 1],
        ['Brake', 1],
        ['air', 0],
      ]),
    );
    expect(k.ok && k.key).toEqual({ type: 'fill_blank', accepted: ['brake', 'Brake'] });
    expect(
      reason(
        q([
          ['York', 1],
          ['york', 0.5],
        ]),
      ),
    ).toMatch(/^skip: partial credit \("york" earns 50%\)/);
    expect(reason(q([['air', 0]]))).toMatch(/^error: no answer earns full marks/);
  });

  it('numeric: overlapping 100% intervals merge into one; separate values or partial credit are skipped', () => {
    const q = (accepted: [string, number, number][]) =>
      question({
        type: 'numeric',
        stem: 'How much?',
        line: 1,
        accepted: accepted.map(([text, tolerance, fraction]) => ({ text, tolerance, fraction })),
      });
    const nested = keyOf(
      q([
        ['42', 0.5, 1],
        ['42', 0.005, 1],
      ]),
    );
    expect(nested.ok && nested.key).toEqual({ type: 'numeric', answer: 42, tolerance: 0.5 });
    const overlapping = keyOf(
      q([
        ['1', 1, 1],
        ['2.5', 1, 1],
      ]),
    );
    expect(overlapping.ok && overlapping.key).toEqual({ type: 'numeric', answer: 1.75, tolerance: 1.75 });
    expect(
      reason(
        q([
          ['0', 0, 1],
          ['42', 0.5, 1],
        ]),
      ),
    ).toMatch(/^skip: several separate right answers \(0, 41\.5…42\.5\)/);
    expect(
      reason(
        q([
          ['1822', 0, 1],
          ['1822', 2, 0.5],
        ]),
      ),
    ).toMatch(/^skip: partial credit/);
    expect(reason(q([['abc', 0, 1]]))).toMatch(/^error: answer "abc" is not a number/);
  });

  it('matching, ordering and types Roundhouse lacks', () => {
    const m = (pairs: [string, string][], distractors: string[] = []) =>
      question({
        type: 'matching',
        stem: 'Match',
        line: 1,
        pairs: pairs.map(([prompt, answer]) => ({ prompt, answer })),
        distractors,
      });
    expect(
      reason(
        m([
          ['a', '1'],
          ['b', '1'],
        ]),
      ),
    ).toMatch(/same answer "1"/);
    expect(reason(m([['a', '1']]))).toMatch(/2 to 8 pairs, not 1/);
    expect(
      reason(
        m(
          [
            ['a', '1'],
            ['b', '2'],
          ],
          ['2'],
        ),
      ),
    ).toMatch(/extra answer "2" is also a right answer/);
    expect(reason(question({ type: 'ordering', stem: 'Order', line: 1, steps: ['a', 'b'] }))).toMatch(/3 to 8 steps/);
    expect(reason(question({ type: 'essay', stem: 'Explain', line: 1 }))).toMatch(/^skip: an essay question/);
    expect(reason(question({ type: 'cloze', stem: 'Gaps', line: 1 }))).toMatch(/^skip: .*cloze/);
  });
});

describe('toBankItem / fromBankItem', () => {
  it('fills the teacher defaults, composes the explanation from the feedback, and validates like bank validate', () => {
    const q = choice('single', [1, 0], {
      explanation: 'General.',
      options: [
        { text: 'Yes', fraction: 1, feedback: 'Right.' },
        { text: 'No', fraction: 0 },
      ],
    });
    expect(toBankItem(q, DEFAULTS)).toEqual({
      ok: true,
      notes: [],
      item: {
        ...DEFAULTS,
        type: 'single',
        stem: 'Which?',
        options: [
          { id: 'a', text: 'Yes', correct: true },
          { id: 'b', text: 'No' },
        ],
        explanation: 'General.\n\n- **Yes**: Right.',
      },
    });
  });

  it('says what is wrong: no explanation, a bad id, a tolerance so wide nothing is wrong', () => {
    const q = choice('single', [1, 0]);
    expect(toBankItem(q, DEFAULTS)).toEqual({
      ok: false,
      skipped: false,
      problems: ['explanation: there is no explanation (general feedback) and no default one'],
    });
    expect(toBankItem({ ...q, explanation: 'x' }, { ...DEFAULTS, id: 'Bad id' })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^id: item ids look like/)],
    });
    const wide = question({
      type: 'numeric',
      stem: 'n?',
      line: 1,
      explanation: 'x',
      accepted: [{ text: '0', fraction: 1, tolerance: 1e308 }],
    });
    expect(toBankItem(wide, DEFAULTS)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/no answer would be wrong/)],
    });
    expect(toBankItem(question({ type: 'essay', stem: 'e', line: 1 }), DEFAULTS)).toMatchObject({
      ok: false,
      skipped: true,
    });
  });

  it('fromBankItem gives partial multiple answers ±1/k and all-or-nothing ones 1/k and 0, and lists the media', () => {
    const q = fromBankItem(
      {
        ...DEFAULTS,
        type: 'multiple',
        scoring: 'partial',
        stem: 'Which? ![x](media/a.svg)',
        options: [
          { id: 'a', text: 'a', correct: true },
          { id: 'b', text: 'b', correct: true },
          { id: 'c', text: 'c' },
        ],
        explanation: 'e',
      },
      { readMedia: () => new Uint8Array([60, 115, 118, 103]) },
    );
    expect(q.options.map((o) => o.fraction)).toEqual([0.5, 0.5, -0.5]);
    expect(q.media).toEqual([
      { name: 'a.svg', mime: 'image/svg+xml', bytes: new Uint8Array([60, 115, 118, 103]), source: 'media/a.svg' },
    ]);
  });
});
