import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readGift } from './gift.js';

it('scratch', () => {
  for (const f of [
    'giftFormatPhpExamples',
    'escapeAll',
    'symbolsAll',
    'numerical1',
    'multipleAnswersFloat',
    'markdown',
    'mcHTMLComment',
    'categorySpecialCharacter',
    'description1',
  ]) {
    const c = readGift(readFileSync(`tests/fixtures/conformance/gift-grammar-pegjs/${f}.gift`));
    console.log(f, JSON.stringify(c, null, 1));
  }
});
