import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { csvRows, exportCsv, parseCsv } from './csv.js';
import { toBankItem } from './to-bank-item.js';
import { parseXlsx } from './xlsx.js';

const DEFAULTS = {
  id: 'signals-0998',
  topic: 'signals.aspects',
  subjects: ['traffic-safety'],
  post: 'driver' as const,
  source: 'teacher' as const,
  difficulty: 'easy' as const,
  lang: 'en' as const,
  references: ['Imported from a spreadsheet'],
  explanation: 'To be written.',
};

/** The example of question-bank/README.md, "Spreadsheets". */
const EXAMPLE = [
  'type,stem,a,b,c,d,answer,tolerance,unit,scoring,explanation,tags',
  'single,What does a steady red signal mean?,Stop,Proceed,Reduce speed,,A,,,,Red means stop.,signals | aspects',
  'multiple,Which are parts of the automatic brake?,Control valve,Pantograph,Brake pipe,,"A, C",,,partial,The pantograph collects current.,',
  'true_false,The brake pipe of a freight train is charged to 500 kPa.,,,,,true,,,,,',
  "fill_blank,The driver's ______ valve applies the brake.,,,,,brake | automatic brake,,,,,",
  'numeric,Normal brake-pipe pressure?,,,,,500,10,kPa,,,',
  'ordering,Put the brake test in order.,Charge,Apply,Inspect,Release,,,,,,',
  'matching,Match aspect and meaning.,Red -> Stop,Green -> Proceed,-> Reverse,,,,,,,',
].join('\n');

describe('CSV: the spreadsheet layout', () => {
  it('is the layout question-bank/README.md documents: its example is the one tested here', () => {
    const readme = readFileSync('question-bank/README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Spreadsheets'));
    const example = /```csv\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example?.trim()).toBe(EXAMPLE);
  });

  it('reads the README example: one question per row, in every layout type', () => {
    const report = parseCsv(EXAMPLE, 'example.csv');
    expect(report.errors).toEqual([]);
    expect(report.items.map((q) => [q.line, q.type])).toEqual([
      [2, 'single'],
      [3, 'multiple'],
      [4, 'true_false'],
      [5, 'fill_blank'],
      [6, 'numeric'],
      [7, 'ordering'],
      [8, 'matching'],
    ]);
    const items = report.items.map((q) => {
      const r = toBankItem(q, DEFAULTS);
      if (!r.ok) throw new Error(r.problems.join('; '));
      return r.item;
    });
    expect(items[0]).toMatchObject({ options: [{ correct: true }, {}, {}], tags: ['signals', 'aspects'] });
    expect(items[1]).toMatchObject({ scoring: 'partial', options: [{ correct: true }, {}, { correct: true }] });
    expect(items[2]).toMatchObject({ answer: true });
    expect(items[3]).toMatchObject({ accepted: ['brake', 'automatic brake'] });
    expect(items[4]).toMatchObject({ answer: 500, tolerance: 10, unit: 'kPa' });
    expect(items[5]).toMatchObject({ steps: ['Charge', 'Apply', 'Inspect', 'Release'] });
    expect(items[6]).toMatchObject({
      pairs: [
        { prompt: 'Red', answer: 'Stop' },
        { prompt: 'Green', answer: 'Proceed' },
      ],
      distractors: ['Reverse'],
    });
  });

  it('names the line of each bad row (physical line, with multi-line cells counted)', () => {
    const csv = [
      'type,stem,a,b,answer,explanation',
      'single,"A stem',
      'on two lines",x,y,C,',
      'choice,What?,x,y,A,',
      'single,,x,y,A,',
      'multiple,Which?,x,,"A, B",',
      'numeric,How much?,,,about 5,',
      'single,Fine?,yes,no,A,"Because"',
    ].join('\r\n');
    const report = parseCsv(csv);
    expect(report.errors).toEqual([
      { line: 2, message: expect.stringMatching(/one option letter .*not "C"/) },
      { line: 4, message: expect.stringMatching(/unknown type "choice"/) },
      { line: 5, message: 'the stem (question text) is empty' },
      { line: 6, message: expect.stringMatching(/column B is empty but a later one is not|lists option letters/) },
      { line: 7, message: expect.stringMatching(/is a number .*not "about 5"/) },
    ]);
    expect(report.items).toHaveLength(1);
  });

  it('requires the type and stem columns and warns about columns it ignores', () => {
    expect(parseCsv('question,answer\nx,y').errors[0]?.message).toMatch(/"type" is missing/);
    const r = parseCsv('No.,type,stem,a,b,answer\n1,single,Q?,x,y,B');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ line: 1, message: 'the column "No." is not part of the layout and is ignored' }]);
  });

  it('reads semicolon-separated files, Chinese column names and types, and GB18030 bytes', () => {
    const text =
      '题型;题干;选项A;选项B;答案;解析\n单选;列车管减压会导致什么？;制动;缓解;A;减压制动。\n判断;列车管定压为500 kPa。;;;对;\n';
    const utf8 = new TextEncoder().encode(text);
    expect(parseCsv(utf8).items.map((q) => q.type)).toEqual(['single', 'true_false']);
    // The same text as GB18030 (what Excel saves as "CSV" on a Chinese Windows): 列 = 0xC1 0xD0, …
    const gbBytes = Uint8Array.from([
      ...Buffer.from('type,stem,a,b,answer\nsingle,', 'latin1'),
      0xc1,
      0xd0,
      0xb3,
      0xb5, // 列车
      ...Buffer.from('?,x,y,A\n', 'latin1'),
    ]);
    expect(parseCsv(gbBytes).items[0]?.stem).toBe('列车?');
  });

  it('guards formula-like cells on export and reads them back unchanged', () => {
    expect(csvRows("a,b\n'=SUM(A1),'-> x\n")[1]?.cells).toEqual(['=SUM(A1)', '-> x']);
    const q = {
      type: 'single' as const,
      title: '=HYPERLINK("x")',
      stem: '+1 or -1?',
      options: [
        { text: '-1', fraction: 1 },
        { text: "'=x", fraction: 0 },
      ],
      accepted: [],
      category: '@home',
      explanation: '',
      line: 0,
      media: [],
    };
    const { content } = exportCsv([q]);
    expect(content.startsWith('\uFEFFtype,')).toBe(true);
    expect(content).toContain(`"'=HYPERLINK(""x"")",'@home,'+1 or -1?,-1,''=x,`);
    const back = parseCsv(content).items[0];
    expect(back).toMatchObject({ title: q.title, category: '@home', stem: '+1 or -1?', options: q.options });
  });
});

describe('XLSX: the same layout in a workbook', () => {
  it('reads the first sheet with numbers and booleans as cells, and names rows in errors', async () => {
    const sheet = [
      ['type', 'stem', 'a', 'b', 'answer', 'tolerance'],
      ['numeric', 'How many axles?', null, null, 4, 0],
      ['true_false', 'A red signal means stop.', null, null, true, null],
      ['single', 'Which?', 'x', 'y', 'Z', null],
    ];
    const bytes = await writeXlsxFile(sheet).toBuffer();
    const report = await parseXlsx(new Uint8Array(bytes), 'q.xlsx');
    expect(report.items.map((q) => [q.line, q.type])).toEqual([
      [2, 'numeric'],
      [3, 'true_false'],
    ]);
    expect(report.errors).toEqual([{ line: 4, message: expect.stringMatching(/not "Z"/) }]);
  });

  it('refuses bytes that are not a workbook', async () => {
    const report = await parseXlsx(new Uint8Array([1, 2, 3]), 'broken.xlsx');
    expect(report.errors[0]?.message).toMatch(/not a readable \.xlsx workbook/);
  });
});
