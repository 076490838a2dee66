import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COPY = 'tests/fixtures/conformance';

/**
 * SHA-256 of each file as copied from ../shared/conformance: they are other projects' files, never edited,
 * not even reformatted (tests/fixtures/biome.json keeps the formatter away).
 */
const ORIGINALS: Record<string, string> = {
  'gift-grammar-pegjs/LICENSE': 'd83c6d6d8685b2a724a73bad40ac2b1b623b7e9c2fa2c5df64aae6621e1d019f',
  'gift-grammar-pegjs/categorySpecialCharacter.gift':
    '19ee9d307742b93f2e7d359d6d13a88ef080970c75d5b7baaef185a53282dacb',
  'gift-grammar-pegjs/categorySpecialCharacter.json':
    'cf6f9118ba800c2ec1888bf3c7cdf5b1cd9d39a4e213d399110d5ef99f499e42',
  'gift-grammar-pegjs/description1.gift': '6e93ffdb4bf36bf3ff0ac25b96c3852a663535e0bb1859da21c7f56bd4cc1e64',
  'gift-grammar-pegjs/description1.json': '49421f9609a1ffc8b86de049e44655c442a27ffba34f4da0a43c353fedac376b',
  'gift-grammar-pegjs/escapeAll.gift': '8bfdecb6e00705b77363fc8ec7d361e14408a6c1e58ecfa3ce3f96f030c2b58c',
  'gift-grammar-pegjs/escapeAll.json': 'a2554e0072d3fa0026327a503c60727ab5929899681a2e52f07e97a9e4a9f979',
  'gift-grammar-pegjs/giftFormatPhpExamples.gift': '339b6ec1d17005ed8a6a8b1c3063c1b274ed4b195d9f6446e8611d2fe69b1203',
  'gift-grammar-pegjs/giftFormatPhpExamples.json': '6d859cf0d784c07d6f29661ccb7d571ad22ca675ab2c09678273759a839b24d5',
  'gift-grammar-pegjs/markdown.gift': 'ec135e0f75d4a064ce3c5d976d59a1e2887b935e4d962a5bd6f7b5dc375fbc46',
  'gift-grammar-pegjs/markdown.json': '0b63e8073e29862ab039046199a29faebcd57b012ef517390f1d251a81eb1fa7',
  'gift-grammar-pegjs/mcHTMLComment.gift': '175bc57ed18c50c1afec56dcdeca7dd10b1eb1d15238a8a83f4ddda48a082468',
  'gift-grammar-pegjs/mcHTMLComment.json': '6cfab6b55005d99ae02ee686244f059c3283a0f3c40c506b015009fd31ecb55f',
  'gift-grammar-pegjs/multipleAnswersFloat.gift': '715f0fd55e0cee5083aabe0c3d09097cd3ca732b3e068892d708ada6486178ea',
  'gift-grammar-pegjs/multipleAnswersFloat.json': '668db78919616642a8c148140f72bdb94f897bbefadb388bed0ee03ed070e4b7',
  'gift-grammar-pegjs/numerical1.gift': 'd2da73151734c33394e1c7f063ca8822856b560378a728759903128736bc42c0',
  'gift-grammar-pegjs/numerical1.json': '0a7b2db70a7cece9a32321ef734f02e87f3ac9775cb272c7ecea47dd0710c24b',
  'gift-grammar-pegjs/symbolsAll.gift': 'f6f248cc40120d36af64d1920e58037d826e8eb3109b80821c783d8e6a396571',
  'gift-grammar-pegjs/symbolsAll.json': '175479e183e5f7066f396acc360125ab6ff43bb255010a5b03e933ed7b721a72',
  'instructure-qti/LICENSE': 'e5edc6e4b0be1559f347ffe4f5008b0431677701dca1b43cc472dcfee7d8c19a',
  'instructure-qti/all_canvas_simple_1.2.xml': '321dfc42058a8ceb81c79e5c49dbfe507f9dd38a7b24d296358199adb92fa7bd',
  'instructure-qti/items_1.2/matching.xml': '54bd9960a3158aadba5c02ef8d9fabb722dddf3e9a67e2112bd98b17070c69bf',
  'instructure-qti/items_1.2/true_false.xml': 'c184a20462d8a41eb0efac0fb0256b47bc4cc9f2a1c7bf618775367e1710c4f2',
  'instructure-qti/items_2.1/choice.xml': '11c23daef79dde223c26f158e68cfe40ee73ec218c36caa523ce073c41d8e6b8',
  'instructure-qti/items_2.1/match.xml': '0ff6b032160b1d0f6f3912ce62cd89a9b53b6b613b3123d44ef15dbf5e6619bc',
  'instructure-qti/items_2.1/text_entry.xml': '9ef7bf90d938956e4c4434f43f8e89f7a0915c88d70499cfb4d7eaddcbfb762b',
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)).map((g) => join(f, g)) : [f],
  );

describe('the conformance fixtures', () => {
  it('carry their LICENSE files', () => {
    for (const suite of ['gift-grammar-pegjs', 'instructure-qti'])
      expect(existsSync(join(COPY, suite, 'LICENSE'))).toBe(true);
  });

  it('are byte for byte the files the other projects published', () => {
    const actual = Object.fromEntries(
      files(COPY).map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(COPY, f)))
          .digest('hex'),
      ]),
    );
    expect(actual).toEqual(ORIGINALS);
  });
});
