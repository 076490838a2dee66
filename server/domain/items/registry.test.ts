import { describe, expect, it } from 'vitest';
import { ITEM_KINDS, type ItemContent } from './item.js';
import { checkItem, gradeResponse, questionKind } from './registry.js';
import { JUNK, SAMPLES, seededShuffle } from './test-support.js';

describe('the question-kind registry', () => {
  it('has a module for every kind, under its own name', () => {
    for (const kind of ITEM_KINDS) expect(questionKind(kind).kind).toBe(kind);
  });

  it.each(ITEM_KINDS)('%s: the sample item checks clean, and its correct and wrong responses discriminate', (kind) => {
    const content: ItemContent = SAMPLES[kind];
    const module = questionKind(content.key.kind);
    expect(checkItem(content)).toEqual([]);
    const right = gradeResponse(content, module.correctResponse(content.key, content));
    expect(right).toMatchObject({ ok: true, grade: { score: 1, correct: true } });
    const wrong = gradeResponse(content, module.wrongResponse(content.key, content));
    expect(wrong).toMatchObject({ ok: true, grade: { score: 0, correct: false } });
  });

  it.each(ITEM_KINDS)('%s: refuses junk with a message and never throws', (kind) => {
    const content: ItemContent = SAMPLES[kind];
    for (const raw of JUNK) {
      const result = gradeResponse(content, raw);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toMatch(/\w/);
    }
  });

  it.each(ITEM_KINDS)('%s: the learner view holds neither the key nor the explanation', (kind) => {
    const content: ItemContent = SAMPLES[kind];
    for (const lang of ['en', 'zh-Hans'] as const) {
      const view = questionKind(content.key.kind).present(content.key, content, lang, seededShuffle(1));
      expect(view.kind).toBe(kind);
      const json = JSON.stringify(view);
      expect(json).not.toMatch(/"(correct|answer|accepted|tolerance|regions|pairs|order|explanation)"/);
      expect(json).not.toContain(content.texts[lang]?.explanation);
    }
  });

  it("grades a raw response through the item's kind", () => {
    expect(gradeResponse(SAMPLES.single, { selected: ['a'] })).toEqual({
      ok: true,
      response: { selected: ['a'] },
      grade: { score: 1, correct: true },
    });
    expect(gradeResponse(SAMPLES.numeric, { text: '５００ ｋＰａ' })).toMatchObject({
      ok: true,
      grade: { correct: true },
    });
    expect(gradeResponse(SAMPLES.matching, { pairs: { p1: 'a1' } })).toMatchObject({
      ok: true,
      grade: { correct: false },
    });
    expect(gradeResponse(SAMPLES.single, { selected: ['z'] })).toEqual({
      ok: false,
      message: expect.stringContaining('"z"'),
    });
    // A response shaped for another kind is refused, not graded.
    expect(gradeResponse(SAMPLES.ordering, { selected: ['s1'] }).ok).toBe(false);
  });

  it('reports structural problems before trying responses', () => {
    const broken: ItemContent = {
      ...SAMPLES.single,
      key: { kind: 'single', optionIds: ['a', 'b', 'c', 'd'], correct: '' },
    };
    expect(checkItem(broken)).toEqual(['no option is marked correct']);
  });
});
