import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import type { KeyOf } from '../question-kind.js';
import { identityShuffle, JUNK, reverseShuffle, SAMPLES, seededShuffle } from '../test-support.js';
import { matching } from './matching.js';

const content = SAMPLES.matching;
const key = content.key;
const score = (pairs: Record<string, string>) => matching.grade(key, content, { pairs }).score;

describe('matching', () => {
  it('grades its correct response right and its wrong response wrong', () => {
    expect(matching.grade(key, content, matching.correctResponse(key, content))).toEqual({ score: 1, correct: true });
    expect(matching.wrongResponse(key, content)).toEqual({ pairs: { p1: 'a2', p2: 'a3', p3: 'a1' } });
    expect(matching.grade(key, content, matching.wrongResponse(key, content))).toEqual({ score: 0, correct: false });
  });

  it('scores the fraction of prompts matched right; missing prompts are wrong', () => {
    expect(score({ p1: 'a1', p2: 'a2', p3: 'a4' })).toBeCloseTo(2 / 3);
    expect(score({ p1: 'a1', p2: 'a3', p3: 'a2' })).toBeCloseTo(1 / 3);
    expect(score({ p1: 'a1' })).toBeCloseTo(1 / 3);
    expect(score({ p2: 'a2', p3: 'a3' })).toBeCloseTo(2 / 3);
    expect(score({ p1: 'a1', p2: 'a1', p3: 'a1' })).toBeCloseTo(1 / 3);
    expect(matching.grade(key, content, { pairs: { p1: 'a1', p2: 'a2' } }).correct).toBe(false);
    expect(matching.grade(key, content, { selected: ['a1'] })).toEqual({ score: 0, correct: false });
  });

  it('parses known prompts matched with known answers, reused answers included', () => {
    expect(matching.parseResponse(key, { pairs: { p2: 'a4', p1: 'a1' } })).toEqual({
      ok: true,
      response: { pairs: { p2: 'a4', p1: 'a1' } },
    });
    expect(matching.parseResponse(key, { pairs: { p1: 'a1', p2: 'a1' } }).ok).toBe(true);
  });

  it.each([
    [{ pairs: { p9: 'a1' } }, '"p9" is not one of this question\'s prompts'],
    [{ pairs: { p1: 'a9' } }, '"a9" is not one of this question\'s answers'],
    [{ pairs: { p1: 1 } }, 'must be matched with an answer id'],
    [{ pairs: { p1: null } }, 'must be matched with an answer id'],
    [{ pairs: {} }, 'at least one'],
    [{ pairs: [['p1', 'a1']] }, 'must map prompt ids'],
    [{ pairs: 'p1=a1' }, 'must map prompt ids'],
    [{ pairs: { toString: 'a1' } }, 'not one of'],
    [{ pairs: { p1: 'a1' }, extra: true }, 'unexpected field'],
  ])('refuses %j', (raw, message) => {
    expect(matching.parseResponse(key, raw)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses a "__proto__" prompt from JSON without touching any prototype', () => {
    const raw: unknown = JSON.parse('{"pairs": {"__proto__": "a1"}}');
    expect(matching.parseResponse(key, raw).ok).toBe(false);
    expect(({} as Record<string, unknown>).a1).toBeUndefined();
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(matching.parseResponse(key, raw).ok).toBe(false);
  });

  it('does not credit inherited properties', () => {
    const odd: KeyOf<'matching'> = {
      kind: 'matching',
      pairs: { constructor: 'a1', p2: 'a2' },
      answerIds: ['a1', 'a2'],
    };
    expect(matching.grade(odd, content, { pairs: { p2: 'a2' } }).score).toBe(0.5);
  });

  it('presents prompts in authored order and every answer and distractor shuffled', () => {
    const view = matching.present(key, content, 'en', seededShuffle(3));
    if (view.kind !== 'matching') throw new Error('not a matching view');
    expect(view.prompts).toEqual([
      { id: 'p1', text: 'Steady red' },
      { id: 'p2', text: 'Steady green' },
      { id: 'p3', text: 'Steady yellow' },
    ]);
    expect(view.options.map((o) => o.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(view.options).toContainEqual({ id: 'a4', text: 'Reduce speed to 20 km/h' });
    expect(JSON.stringify(view)).not.toMatch(/pairs|Because/);
  });

  it("never lists each prompt's answer beside it, whatever the shuffle", () => {
    const optionIds = (shuffle: typeof identityShuffle) => {
      const view = matching.present(key, content, 'en', shuffle);
      return view.kind === 'matching' ? view.options.map((o) => o.id) : [];
    };
    expect(optionIds(identityShuffle)).toEqual(['a2', 'a3', 'a4', 'a1']);
    expect(optionIds(reverseShuffle)).toEqual(['a4', 'a3', 'a2', 'a1']);
    for (let seed = 0; seed < 200; seed++)
      expect(optionIds(seededShuffle(seed)).slice(0, 3)).not.toEqual(['a1', 'a2', 'a3']);
  });

  it('labels in the requested language, falling back to the main one', () => {
    const view = matching.present(key, content, 'zh-Hans', reverseShuffle);
    expect(view).toMatchObject({ stem: '将信号显示与含义配对。', prompts: [{ text: '红灯' }, {}, {}] });
    const enOnly: ItemContent = { ...content, texts: { en: content.texts.en! } };
    expect(matching.present(key, enOnly, 'zh-Hans', reverseShuffle)).toMatchObject({
      prompts: [{ text: 'Steady red' }, {}, {}],
    });
  });

  it('checks pairs, answers and texts', () => {
    const check = (k: KeyOf<'matching'>, c: ItemContent = content) => matching.check(k, c);
    expect(check(key)).toEqual([]);
    expect(check({ ...key, pairs: { p1: 'a1' } })).toContain('a matching question needs 2 to 8 pairs, not 1');
    expect(check({ ...key, pairs: { p1: 'a1', p2: 'a1', p3: 'a3' } })).toContain(
      'two prompts are matched with the same answer',
    );
    expect(check({ ...key, pairs: { p1: 'a1', p2: 'a2', p3: 'a9' } })).toContain(
      'prompt "p3" is matched with "a9", which is not an answer',
    );
    expect(check({ ...key, answerIds: ['a1', 'a2', 'a3', 'a3'] })).toContain('answer id "a3" is used twice');
    const en = content.texts.en!;
    const dup: ItemContent = { ...content, texts: { en: { ...en, answers: { ...en.answers, a4: 'STOP' } } } };
    expect(check(key, dup)).toEqual(['en: answers "a1" and "a4" have the same text']);
    const noDistractor: ItemContent = {
      ...content,
      texts: { en: { ...en, answers: { a1: 'Stop', a2: 'Go', a3: 'Slow' } } },
    };
    expect(check(key, noDistractor)).toEqual(['en: answer "a4" has no text']);
  });
});
