import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportGift, giftEscape, giftUnescape, parseGift, readGift } from './gift.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { type ImportedQuestion, titleFrom } from './imported-question.js';
import { rangeToTolerance } from './numbers.js';
import { toBankItem } from './to-bank-item.js';

const SUITE = 'tests/fixtures/conformance/gift-grammar-pegjs';
const gift = (name: string) => readFileSync(`${SUITE}/${name}.gift`);

// ---- The GIFT-grammar-PEG.js model (tests/questions/*.json), mapped to ours ----

type PegText = { format: string; text: string };
type PegChoice = { isCorrect: boolean; weight: number | null; text: PegText | PegNumber; feedback: PegText | null };
type PegNumber = {
  type: 'simple' | 'range' | 'high-low';
  number?: number;
  range?: number;
  numberHigh?: number;
  numberLow?: number;
};
type PegItem = {
  type: string;
  title: string | null;
  stem?: PegText;
  globalFeedback?: PegText | null;
  choices?: PegChoice[] | PegNumber;
  isTrue?: boolean;
  trueFeedback?: PegText | null;
  falseFeedback?: PegText | null;
  matchPairs?: { subquestion: PegText; subanswer: string }[];
};

/** A PEG.js text in our Markdown: HTML converted, Moodle's `_____` blank written as Roundhouse's `______`. */
const md = (t: PegText | null | undefined) =>
  t == null ? '' : (t.format === 'html' ? htmlToMarkdown(t.text) : t.text).replace(/(^|[^_])_____(?!_)/g, '$1______');

/** `=` is 100%, `~` is 0%, `%50%` is 50% (the conformance README). */
const fraction = (c: PegChoice) => (c.weight !== null ? Number((c.weight / 100).toFixed(10)) : c.isCorrect ? 1 : 0);

function pegNumber(n: PegNumber): { text: string; tolerance: number } {
  if (n.type === 'high-low') {
    const { value, tolerance } = rangeToTolerance(n.numberLow ?? 0, n.numberHigh ?? 0);
    return { text: String(value), tolerance };
  }
  return { text: String(n.number), tolerance: n.range ?? 0 };
}

const feedback = (f: PegText | null | undefined) => (md(f) === '' ? {} : { feedback: md(f) });

/** What we expect `readGift` to give for one PEG.js item (undefined for categories and descriptions). */
function expected(item: PegItem): Partial<ImportedQuestion> | undefined {
  const stem = md(item.stem);
  const base = { title: item.title ?? titleFrom(stem), stem, explanation: md(item.globalFeedback) };
  switch (item.type) {
    case 'MC': {
      const choices = item.choices as PegChoice[];
      return {
        ...base,
        type: choices.some((c) => c.isCorrect) ? 'single' : 'multiple',
        options: choices.map((c) => ({ text: md(c.text as PegText), fraction: fraction(c), ...feedback(c.feedback) })),
      };
    }
    case 'TF':
      return {
        ...base,
        type: 'true_false',
        options: [
          { text: 'True', fraction: item.isTrue ? 1 : 0, ...feedback(item.trueFeedback) },
          { text: 'False', fraction: item.isTrue ? 0 : 1, ...feedback(item.falseFeedback) },
        ],
      };
    case 'Short':
      return {
        ...base,
        type: 'fill_blank',
        accepted: (item.choices as PegChoice[]).map((c) => ({
          text: (c.text as PegText).text,
          fraction: fraction(c),
          ...feedback(c.feedback),
        })),
      };
    case 'Numerical': {
      const choices = item.choices;
      const accepted = Array.isArray(choices)
        ? choices.map((c) => ({ ...pegNumber(c.text as PegNumber), fraction: fraction(c), ...feedback(c.feedback) }))
        : [{ ...pegNumber(choices as PegNumber), fraction: 1 }];
      return { ...base, type: 'numeric', accepted };
    }
    case 'Matching':
      return {
        ...base,
        type: 'matching',
        pairs: (item.matchPairs ?? []).map((p) => ({ prompt: md(p.subquestion), answer: p.subanswer })),
        distractors: [],
      };
    default:
      return undefined;
  }
}

const FIXTURES = [
  'giftFormatPhpExamples',
  'escapeAll',
  'symbolsAll',
  'numerical1',
  'multipleAnswersFloat',
  'markdown',
  'mcHTMLComment',
  'description1',
];

describe('GIFT: the GIFT-grammar-PEG.js conformance suite', () => {
  for (const name of FIXTURES) {
    it(`reads ${name}.gift as that parser's ${name}.json expects`, () => {
      const peg = JSON.parse(readFileSync(`${SUITE}/${name}.json`, 'utf8')) as PegItem[];
      const read = readGift(gift(name));
      expect(read.errors).toEqual([]);
      const questions = peg.map(expected).filter((q) => q !== undefined);
      expect(
        read.questions.map((q) => {
          const { line: _line, category: _category, media: _media, ...rest } = q;
          return rest;
        }),
      ).toEqual(questions.map((q) => expect.objectContaining(q)));
      // Descriptions are not questions: listed as skipped with the reason, never dropped.
      const descriptions = peg.filter((p) => p.type === 'Description');
      expect(read.skipped.map((s) => [s.type, s.title])).toEqual(
        descriptions.map((d) => ['description', d.title ?? titleFrom(md(d.stem))]),
      );
      for (const s of read.skipped) expect(s.reason).toMatch(/not a question/);
    });
  }

  it('reads a category name containing a colon (categorySpecialCharacter)', () => {
    const peg = JSON.parse(readFileSync(`${SUITE}/categorySpecialCharacter.json`, 'utf8')) as PegItem[];
    const text = `${gift('categorySpecialCharacter').toString('utf8')}\n\nIs this in the category?{T}\n`;
    const read = readGift(text);
    expect(read.errors).toEqual([]);
    expect(read.questions.map((q) => q.category)).toEqual([peg[0]?.title]);
    expect(read.questions[0]?.line).toBe(4);
  });

  it('judges giftFormatPhpExamples: partial credit a choice cannot express is an error; partial typed answers skip', () => {
    const report = parseGift(gift('giftFormatPhpExamples'), 'giftFormatPhpExamples.gift');
    // "Difficult multiple choice question." gives 50% to one option of a single-answer question.
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.line).toBe(28);
    expect(report.errors[0]?.message).toMatch(/half credit answer.*50%/);
    expect(report.skipped.map((s) => [s.line, s.title])).toEqual([
      [33, "Jesus' hometown (Short answer ex.)"],
      [40, 'Numerical example'],
    ]);
    expect(report.skipped[0]?.reason).toMatch(/"Nazereth" earns 75%.*"Bethlehem" earns 25%/);
    expect(report.skipped[1]?.reason).toMatch(/1822 ± 2 earns 50%/);
    expect(report.items.map((q) => [q.line, q.type])).toEqual([
      [5, 'single'],
      [7, 'single'],
      [9, 'true_false'],
      [11, 'fill_blank'],
      [13, 'numeric'],
      [15, 'matching'],
      [22, 'single'],
    ]);
  });

  it('maps 33.33333% shares with -100% penalties to partial credit (multipleAnswersFloat)', () => {
    const report = parseGift(gift('multipleAnswersFloat'));
    expect(report.errors).toEqual([]);
    const q = report.items[0];
    expect(q?.type).toBe('multiple');
    const item = toBankItem(q as ImportedQuestion, DEFAULTS);
    expect(item.ok && item.item).toMatchObject({
      type: 'multiple',
      scoring: 'partial',
      options: [
        { id: 'a', text: 'Africa', correct: true },
        { id: 'b', text: 'Asia', correct: true },
        { id: 'c', text: 'China' },
        { id: 'd', text: 'Antarctica', correct: true },
        { id: 'e', text: 'America' },
      ],
    });
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/costs 33.33333%.*-100%/)]);
  });

  it('reads numeric ranges as midpoint ± half-width and numbers with several answers (numerical1)', () => {
    const report = parseGift(gift('numerical1'));
    expect(report.errors).toEqual([]);
    const keys = report.items.map((q) => {
      const r = toBankItem(q, DEFAULTS);
      return r.ok && r.item.type === 'numeric' ? `${r.item.answer} ± ${r.item.tolerance}` : r;
    });
    expect(keys).toEqual([
      '1822 ± 0',
      '-1 ± 0',
      '3.1415 ± 0.0005',
      '-3.142 ± 0.001',
      '3.1415 ± 0.0005',
      '-3.1415 ± 0.0005',
      '3 ± 2',
      '0 ± 5',
      '9 ± 0',
    ]);
    expect(report.skipped.map((s) => s.line)).toEqual([19]);
    // 0% answers only carry feedback: they become the explanation.
    const grasp = toBankItem(report.items[8] as ImportedQuestion, DEFAULTS);
    expect(grasp.ok && grasp.item.explanation).toContain('- **5**: Incorrect.');
    expect(grasp.ok && grasp.item.explanation).toContain(
      '[23 Patterns GoF (Gang des quatre)](http://fr.wikipedia.org/wiki/Design_Patterns)',
    );
  });

  it('keeps every escaped control character (escapeAll, symbolsAll)', () => {
    const all = parseGift(gift('escapeAll'));
    expect(all.items[0]?.options.map((o) => o.text)).toEqual(['~', '=', '#', '{', '}', ':', '\\']);
    const right = toBankItem(all.items[0] as ImportedQuestion, DEFAULTS);
    expect(right.ok && right.item.type === 'single' && right.item.options.find((o) => o.correct)?.text).toBe('\\');
    expect(parseGift(gift('symbolsAll')).items[0]?.stem).toBe(
      "Here's a question that has symbols inside, such as `-=[];',./~!@#$%^&*()_+{}|:\"<>?",
    );
  });

  it('turns [html] general feedback into Markdown without styles (mcHTMLComment)', () => {
    const q = parseGift(gift('mcHTMLComment')).items[0];
    expect(q?.explanation).toMatch(/^\*\*Artículo 5 Estatuto Orgánico del Ministerio Fiscal:\*\*\n\n\*\*\*Dos\.\*\*/);
    expect(q?.explanation).not.toMatch(/<|style|span|color/);
  });
});

const DEFAULTS = {
  id: 'brakes-0999',
  topic: 'brakes.principles',
  subjects: ['driver-professional'],
  post: 'both' as const,
  source: 'teacher' as const,
  difficulty: 'medium' as const,
  lang: 'en' as const,
  references: ['Imported'],
  explanation: 'Imported without feedback.',
};

describe('GIFT: reading', () => {
  it('names the line of a syntax error and writes nothing else of the file', () => {
    const text = ['::Q1:: One? {=a ~b}', '', '// a comment', '::Q2:: Two? {=a ~b', '', '::Q3 Three? {T}'].join('\n');
    const report = parseGift(text);
    expect(report.errors).toEqual([
      { line: 4, message: expect.stringMatching(/not closed/) },
      { line: 6, message: expect.stringMatching(/title is not closed/) },
    ]);
    expect(report.items).toHaveLength(1);
  });

  it('reads categories, titles, formats, \\n escapes and true/false feedback', () => {
    const text = [
      '$CATEGORY: tom/dick',
      '',
      '::Rules::[markdown]Line one\\nLine **two**{',
      '  TRUE#Wrong: it is true.#Right!',
      '  ####Because \\{rules\\}.',
      '}',
      '',
      '[plain]<b>not bold</b> {=x =y}',
    ].join('\n');
    const report = parseGift(text);
    expect(report.errors).toEqual([]);
    const [tf, short] = report.items;
    expect(tf).toMatchObject({
      title: 'Rules',
      category: 'tom/dick',
      stem: 'Line one\nLine **two**',
      explanation: 'Because {rules}.',
      options: [
        { text: 'True', fraction: 1, feedback: 'Right!' },
        { text: 'False', fraction: 0, feedback: 'Wrong: it is true.' },
      ],
    });
    expect(short).toMatchObject({ type: 'fill_blank', stem: '<b>not bold</b>', category: 'tom/dick' });
  });

  it('reads matching extra answers and skips essays and wildcard answers with the reason', () => {
    const text = ['Match {=a -> 1 =b -> 2 = -> 3}', '', 'Write an essay {}', '', 'Name? {=Naz*th}'].join('\n');
    const report = parseGift(text);
    expect(report.items[0]).toMatchObject({
      pairs: [
        { prompt: 'a', answer: '1' },
        { prompt: 'b', answer: '2' },
      ],
      distractors: ['3'],
    });
    expect(report.skipped.map((s) => [s.line, s.type])).toEqual([
      [3, 'essay'],
      [5, 'fill_blank'],
    ]);
    expect(report.skipped[1]?.reason).toMatch(/wildcard/);
  });

  it('reports an unreadable weight and fractions that form no key as errors at their line', () => {
    const text = ['Q1 {~%abc%a =b}', '', 'Q2 {~%50%a ~%30%b ~c}', '', 'Q3 {=a =b ~c}'].join('\n');
    const report = parseGift(text);
    expect(report.errors.map((e) => e.line)).toEqual([1, 3, 5]);
    expect(report.errors[1]?.message).toMatch(/add up to 80%/);
    expect(report.errors[2]?.message).toMatch(/2 options earn full marks/);
  });

  it('lists the images its texts refer to, which a GIFT file cannot carry', () => {
    const report = parseGift('[html]<p>Which valve?</p><img src="@@PLUGINFILE@@/valve%201.png"> {=a ~b}');
    expect(report.items[0]?.stem).toBe('Which valve?\n\n![](media/valve-1.png)');
    expect(report.items[0]?.media).toEqual([
      { name: 'valve-1.png', mime: 'image/png', bytes: null, source: 'media/valve-1.png' },
    ]);
    expect(report.warnings[0]?.message).toMatch(/media\/valve-1\.png .* is not in the file/);
  });

  it('escapes and unescapes in one pass', () => {
    const s = 'a~b=c#d{e}f:g\\h\nC:\\new';
    expect(giftEscape(s)).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nC\\:\\\\new');
    expect(giftUnescape(giftEscape(s))).toBe(s);
  });

  it('lists what GIFT cannot express instead of exporting it', () => {
    const { notExported } = exportGift([
      {
        type: 'ordering',
        title: 'O',
        stem: 's',
        options: [],
        accepted: [],
        category: '',
        explanation: '',
        line: 0,
        media: [],
        steps: ['a', 'b', 'c'],
      },
      {
        type: 'numeric',
        title: 'N',
        stem: 's',
        options: [],
        accepted: [{ text: '1', fraction: 1, tolerance: 0 }],
        category: '',
        explanation: '',
        line: 0,
        media: [],
        unit: 'kPa',
      },
    ]);
    expect(notExported).toEqual([
      { title: 'O', reason: expect.stringMatching(/no ordering/) },
      { title: 'N', reason: expect.stringMatching(/no unit/) },
    ]);
  });
});
