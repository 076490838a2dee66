import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BankItem } from '../bank-files.js';
import { canonicalJson, loadBank } from '../load-bank.js';
import { parseCsv } from './csv.js';
import { parseGift } from './gift.js';
import { EXPORT_FORMATS, type ExportFormat, exportQuestions, importFile } from './index.js';
import { parseMoodleXml } from './moodle-xml.js';
import { type BankDefaults, fromBankItem, toBankItem } from './to-bank-item.js';
import { parseXlsx } from './xlsx.js';

const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const common = {
  topic: 'brakes.principles',
  subjects: ['driver-professional'],
  post: 'both' as const,
  source: 'teacher' as const,
  difficulty: 'medium' as const,
  references: ['UIC 540: Brakes — Air brakes, clause 1.2', 'TB/T 1492 | part 3'],
  lang: 'en' as const,
};

/** One bank item of every type, with the characters each format has to escape. */
const SAMPLES: BankItem[] = [
  {
    ...common,
    id: 'brakes-0001',
    type: 'single',
    tags: ['air-brake', 'valves'],
    models: ['HXD3', 'SS4'],
    rules: 'CN',
    stem: "In an *automatic* air brake {see the figure}: what does a **reduction** = ~ # of brake-pipe pressure cause?\n\n![Driver's valve](media/valve.png)",
    options: [
      { id: 'a', text: 'The brakes apply', correct: true },
      { id: 'b', text: 'The brakes release -> slowly' },
      { id: 'c', text: '"Nothing", until 0 kPa; really' },
    ],
    explanation:
      'A *drop* applies the brake.\n\n- (b) is what raising does;\n- (c) is wrong: C:\\new is a path, not a rule.',
  },
  {
    ...common,
    id: 'brakes-0002',
    type: 'multiple',
    scoring: 'partial',
    stem: 'Which are parts of the automatic brake?',
    options: [
      { id: 'a', text: 'Control valve', correct: true },
      { id: 'b', text: 'Pantograph' },
      { id: 'c', text: 'Auxiliary reservoir', correct: true },
      { id: 'd', text: 'Brake pipe', correct: true },
      { id: 'e', text: '=SUM(A1:A2)' },
    ],
    explanation: 'The pantograph collects current.',
  },
  {
    ...common,
    id: 'brakes-0003',
    type: 'multiple',
    scoring: 'all-or-nothing',
    stem: 'Select both signals that mean stop.',
    options: [
      { id: 'a', text: 'Steady red', correct: true },
      { id: 'b', text: 'Steady green' },
      { id: 'c', text: 'Flashing red', correct: true },
      { id: 'd', text: '+ yellow' },
    ],
    explanation: 'Red means stop.',
  },
  {
    ...common,
    id: 'brakes-0004',
    type: 'true_false',
    stem: 'The brake-pipe pressure of a freight train is normally 500 kPa on China Railway.',
    answer: true,
    explanation: 'It is 500 kPa.',
  },
  {
    ...common,
    id: 'brakes-0005',
    type: 'true_false',
    lang: 'zh-Hans',
    stem: '列车管减压会使制动机缓解。',
    answer: false,
    explanation: '减压使制动机制动。',
  },
  {
    ...common,
    id: 'brakes-0006',
    type: 'fill_blank',
    stem: "The valve the driver uses is the driver's ______ valve.",
    accepted: ['brake', 'automatic brake', 'a*b', '50%'],
    explanation: 'It is the brake valve.',
  },
  {
    ...common,
    id: 'brakes-0007',
    type: 'fill_blank',
    case_sensitive: true,
    stem: 'The abbreviation of kilopascal is ______.',
    accepted: ['kPa'],
    explanation: 'k is lower case, P upper case.',
  },
  {
    ...common,
    id: 'brakes-0008',
    type: 'numeric',
    stem: 'What is -1.5 + 0.25?',
    answer: -1.25,
    tolerance: 0.05,
    explanation: 'Arithmetic.',
  },
  {
    ...common,
    id: 'brakes-0009',
    type: 'numeric',
    stem: 'What is the normal brake-pipe pressure of a freight train, in kPa?',
    answer: 500,
    tolerance: 0,
    unit: 'kPa',
    explanation: '500 kPa.',
  },
  {
    ...common,
    id: 'brakes-0010',
    type: 'ordering',
    stem: 'Put the steps of a brake test in order.',
    steps: ['Charge the brake pipe', 'Apply: reduce 50 kPa', 'Walk the train {check}', 'Release'],
    explanation: 'Charge, apply, inspect, release.',
  },
  {
    ...common,
    id: 'brakes-0011',
    type: 'matching',
    stem: 'Match each signal aspect with its meaning.',
    pairs: [
      { prompt: 'Steady red', answer: 'Stop' },
      { prompt: 'Steady green', answer: 'Proceed' },
      { prompt: 'Steady yellow', answer: 'Prepare to stop: 20 km/h' },
    ],
    distractors: ['Reverse', '-1 notch'],
    explanation: 'Red stops, green proceeds.',
  },
  {
    ...common,
    id: 'brakes-0012',
    type: 'hotspot',
    stem: 'Click the brake cylinder.',
    image: 'media/valve.png',
    image_alt: 'A brake rigging with six numbered parts',
    regions: [
      { x: 0.62, y: 0.3, w: 0.12, h: 0.18 },
      { x: 0.1, y: 0.1, w: 0.05, h: 0.05 },
    ],
    explanation: 'Part 4 is the cylinder.',
  },
];

/** The teacher's import-time choices that give back the original's metadata. */
function defaultsOf(item: BankItem): BankDefaults {
  return {
    id: item.id,
    topic: item.topic,
    subjects: item.subjects,
    post: item.post,
    source: item.source,
    difficulty: item.difficulty,
    lang: item.lang,
    references: item.references,
    ...(item.models ? { models: item.models } : {}),
    ...(item.tags ? { tags: item.tags } : {}),
    ...(item.rules ? { rules: item.rules } : {}),
  };
}

const withoutTranslations = (item: BankItem): BankItem => {
  const { translations: _t, ...rest } = item;
  return rest as BankItem;
};

/** Which types each format leaves out, by item id. */
const NOT_EXPORTED: Record<ExportFormat, string[]> = {
  gift: ['brakes-0003', 'brakes-0007', 'brakes-0009', 'brakes-0010', 'brakes-0012'],
  'moodle-xml': ['brakes-0012'],
  csv: [],
  xlsx: [],
};

async function roundTrip(items: BankItem[], format: ExportFormat, readMedia?: (p: string) => Uint8Array | undefined) {
  const questions = items.map((i) => fromBankItem(i, readMedia ? { readMedia } : {}));
  const exported = await exportQuestions(questions, format);
  const fileName = `export.${format === 'moodle-xml' ? 'xml' : format}`;
  const report = await importFile(exported.content, fileName);
  return { exported, report };
}

describe('export → import round trip of one item of every type', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format}: every type it can express comes back equal; the others are listed, not exported`, async () => {
      const { exported, report } = await roundTrip(SAMPLES, format, (p) => (p === 'media/valve.png' ? PNG : undefined));
      expect(exported.notExported.map((n) => n.title)).toEqual(NOT_EXPORTED[format]);
      for (const n of exported.notExported) expect(n.reason).not.toBe('');
      expect(report.format).toBe(format);
      expect(report.errors).toEqual([]);
      expect(report.skipped).toEqual([]);
      const kept = SAMPLES.filter((s) => !NOT_EXPORTED[format].includes(s.id));
      expect(report.items).toHaveLength(kept.length);
      report.items.forEach((q, i) => {
        const original = kept[i] as BankItem;
        const back = toBankItem(q, defaultsOf(original));
        expect(back, original.id).toEqual({ ok: true, item: original, notes: [] });
      });
      if (format === 'moodle-xml') {
        // The image travels inside the XML.
        expect(report.items[0]?.media).toEqual([
          { name: 'valve.png', mime: 'image/png', bytes: PNG, source: 'questiontext/valve.png' },
        ]);
      }
    });
  }

  it('csv and xlsx carry the bank metadata themselves: other defaults do not change the items', async () => {
    const other: BankDefaults = {
      id: 'safety-0001',
      topic: 'safety.ppe',
      subjects: ['maintenance-safety'],
      post: 'maintainer',
      source: 'craftsman',
      difficulty: 'hard',
      lang: 'zh-Hans',
      references: ['other'],
    };
    for (const format of ['csv', 'xlsx'] as const) {
      const { report } = await roundTrip(SAMPLES, format);
      expect(report.items.map((q) => toBankItem(q, other))).toEqual(
        SAMPLES.map((item) => ({ ok: true, item, notes: [] })),
      );
    }
  });

  it('the parsers read the exports directly too', async () => {
    const questions = SAMPLES.map((i) => fromBankItem(i));
    const gift = await exportQuestions(questions, 'gift');
    const xml = await exportQuestions(questions, 'moodle-xml');
    const csv = await exportQuestions(questions, 'csv');
    const xlsx = await exportQuestions(questions, 'xlsx');
    expect(parseGift(gift.content as string).items).toHaveLength(7);
    expect(parseMoodleXml(xml.content as string).items).toHaveLength(11);
    expect(parseCsv(csv.content as string).items).toHaveLength(12);
    expect((await parseXlsx(xlsx.content as Uint8Array)).items).toHaveLength(12);
  });
});

describe('export → import round trip of the whole seed bank', () => {
  const bank = loadBank('question-bank');
  const readMedia = (path: string) => {
    const file = join('question-bank', path);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
  };
  const items = bank.items.map((l) => l.item);

  for (const format of EXPORT_FORMATS) {
    it(`${format}: ${items.length} items`, async () => {
      expect(items.length).toBeGreaterThan(0);
      const { exported, report } = await roundTrip(items, format, readMedia);
      expect(report.errors).toEqual([]);
      expect(report.skipped).toEqual([]);
      const skippedIds = new Set(exported.notExported.map((n) => n.title));
      const kept = items.filter((i) => !skippedIds.has(i.id));
      expect(report.items).toHaveLength(kept.length);
      const mismatches = report.items.flatMap((q, i) => {
        const original = withoutTranslations(kept[i] as BankItem);
        const back = toBankItem(q, defaultsOf(original));
        return back.ok && canonicalJson(back.item) === canonicalJson(original) ? [] : [{ original, back }];
      });
      expect(mismatches).toEqual([]);
      if (format === 'csv' || format === 'xlsx') expect(exported.notExported).toEqual([]);
      if (format === 'moodle-xml')
        expect(new Set(items.filter((i) => skippedIds.has(i.id)).map((i) => i.type))).toEqual(
          new Set(items.some((i) => i.type === 'hotspot') ? ['hotspot'] : []),
        );
    });
  }
});
