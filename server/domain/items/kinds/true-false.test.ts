import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import { JUNK, SAMPLES } from '../test-support.js';
import { trueFalse } from './true-false.js';

const content = SAMPLES.true_false;
const yes = content.key;
const no = { kind: 'true_false', answer: false } as const;

describe('true_false', () => {
  it('grades its correct response right and its wrong response wrong, for both answers', () => {
    for (const key of [yes, no]) {
      expect(trueFalse.grade(key, content, trueFalse.correctResponse(key, content))).toEqual({
        score: 1,
        correct: true,
      });
      expect(trueFalse.grade(key, content, trueFalse.wrongResponse(key, content))).toEqual({
        score: 0,
        correct: false,
      });
    }
    expect(trueFalse.correctResponse(no, content)).toEqual({ selected: ['false'] });
    expect(trueFalse.wrongResponse(no, content)).toEqual({ selected: ['true'] });
  });

  it('is wrong for both or neither', () => {
    expect(trueFalse.grade(yes, content, { selected: ['true', 'false'] }).correct).toBe(false);
    expect(trueFalse.grade(yes, content, { selected: [] }).correct).toBe(false);
  });

  it('parses exactly ["true"] or ["false"]', () => {
    expect(trueFalse.parseResponse(yes, { selected: ['false'] })).toEqual({
      ok: true,
      response: { selected: ['false'] },
    });
    expect(trueFalse.parseResponse(yes, { selected: ['true'] }).ok).toBe(true);
  });

  it.each([
    { selected: [] },
    { selected: ['true', 'false'] },
    { selected: ['TRUE'] },
    { selected: [true] },
    { selected: ['yes'] },
    { selected: 'true' },
    { answer: true },
  ])('refuses %j', (raw) => {
    expect(trueFalse.parseResponse(yes, raw).ok).toBe(false);
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(trueFalse.parseResponse(yes, raw).ok).toBe(false);
  });

  it('labels the options in the language the stem is shown in', () => {
    expect(trueFalse.present(yes, content, 'en', (xs) => [...xs])).toEqual({
      kind: 'true_false',
      stem: 'Freight brake-pipe pressure is normally 500 kPa.',
      options: [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False' },
      ],
    });
    expect(trueFalse.present(no, content, 'zh-Hans', (xs) => [...xs])).toEqual({
      kind: 'true_false',
      stem: '货车列车管定压通常为500 kPa。',
      options: [
        { id: 'true', text: '正确' },
        { id: 'false', text: '错误' },
      ],
    });
    const enOnly: ItemContent = { ...content, texts: { en: content.texts.en! } };
    expect(trueFalse.present(yes, enOnly, 'zh-Hans', (xs) => [...xs])).toMatchObject({
      options: [{ text: 'True' }, { text: 'False' }],
    });
  });

  it('checks texts', () => {
    expect(trueFalse.check(yes, content)).toEqual([]);
    expect(trueFalse.check(yes, { ...content, texts: {} })).toEqual(['there is no text in the main language (en)']);
  });
});
