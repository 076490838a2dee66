import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import { JUNK, SAMPLES } from '../test-support.js';
import { single } from './single.js';

const content = SAMPLES.single;
const key = content.key;

describe('single', () => {
  it('grades its correct response right and its wrong response wrong', () => {
    expect(single.grade(key, content, single.correctResponse(key, content))).toEqual({ score: 1, correct: true });
    const wrong = single.wrongResponse(key, content);
    expect(wrong).toEqual({ selected: ['b'] });
    expect(single.grade(key, content, wrong)).toEqual({ score: 0, correct: false });
  });

  it('is right only for exactly the key option', () => {
    expect(single.grade(key, content, { selected: ['a'] }).correct).toBe(true);
    expect(single.grade(key, content, { selected: ['d'] }).score).toBe(0);
    expect(single.grade(key, content, { selected: ['a', 'b'] }).score).toBe(0);
    expect(single.grade(key, content, { selected: [] }).score).toBe(0);
    expect(single.grade(key, content, { text: 'a' }).score).toBe(0);
  });

  it('parses exactly one known option', () => {
    expect(single.parseResponse(key, { selected: ['c'] })).toEqual({ ok: true, response: { selected: ['c'] } });
  });

  it.each([
    [{ selected: [] }, 'exactly one'],
    [{ selected: ['a', 'b'] }, 'exactly one'],
    [{ selected: ['a', 'a'] }, 'twice'],
    [{ selected: ['z'] }, "not one of this question's options"],
    [{ selected: ['A'] }, "not one of this question's options"],
    [{ selected: 'a' }, 'list'],
    [{ selected: [0] }, 'number'],
    [{ selected: ['a'], confidence: 3 }, 'unexpected field'],
    [{ text: 'a' }, '"selected"'],
  ])('refuses %j', (raw, message) => {
    expect(single.parseResponse(key, raw)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(single.parseResponse(key, raw).ok).toBe(false);
  });

  it('presents the options in authored order, in the requested language, without the key', () => {
    const view = single.present(key, content, 'zh-Hans', () => []);
    expect(view).toEqual({
      kind: 'single',
      stem: '列车管减压会导致什么？',
      options: [
        { id: 'a', text: '制动机制动' },
        { id: 'b', text: '制动机缓解' },
        { id: 'c', text: '总风缸充风' },
        { id: 'd', text: '无任何作用' },
      ],
    });
    expect(JSON.stringify(view)).not.toMatch(/correct|Because|因为/);
  });

  it('falls back to the main language when the requested one is missing', () => {
    const enOnly: ItemContent = { ...content, texts: { en: content.texts.en! } };
    const view = single.present(key, enOnly, 'zh-Hans', () => []);
    expect(view.stem).toBe('What does a reduction of brake-pipe pressure cause?');
    expect(view).toMatchObject({ options: [{ id: 'a', text: 'The brakes apply' }, {}, {}, {}] });
  });

  it('checks a well-formed item clean', () => {
    expect(single.check(key, content)).toEqual([]);
  });

  it('catches malformed keys and texts', () => {
    const problems = (k: typeof key, c: ItemContent = content) => single.check(k, { ...c, key: k }).join('\n');
    expect(problems({ ...key, correct: '' })).toContain('no option is marked correct');
    expect(problems({ ...key, correct: 'z' })).toContain('no option is marked correct');
    expect(problems({ ...key, optionIds: ['a'] })).toContain('at least two options');
    expect(problems({ ...key, optionIds: ['a', 'b', 'b'] })).toContain('"b" is used twice');
    const zh = content.texts['zh-Hans']!;
    const broken: ItemContent = {
      ...content,
      texts: { ...content.texts, 'zh-Hans': { ...zh, options: { a: '制动', b: '制动', c: '', e: '多余' } } },
    };
    const text = problems(key, broken);
    expect(text).toContain('zh-Hans: options "a" and "b" have the same text');
    expect(text).toContain('zh-Hans: option "c" has an empty text');
    expect(text).toContain('zh-Hans: option "d" has no text');
    expect(text).toContain('zh-Hans: there is text for option "e", which does not exist');
  });

  it('catches a missing main text and blank stems', () => {
    const noMain: ItemContent = { ...content, lang: 'en', texts: { 'zh-Hans': content.texts['zh-Hans']! } };
    expect(single.check(key, noMain)).toContain('there is no text in the main language (en)');
    const blank: ItemContent = { ...content, texts: { en: { ...content.texts.en!, stem: ' ', explanation: '' } } };
    expect(single.check(key, blank)).toEqual(['en: the stem is empty', 'en: the explanation is empty']);
  });
});
