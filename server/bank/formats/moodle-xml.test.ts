import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedQuestion } from './imported-question.js';
import { exportMoodleXml, parseMoodleXml } from './moodle-xml.js';
import { toBankItem } from './to-bank-item.js';

const FILE = 'tests/fixtures/formats/moodle-sample.xml';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const DEFAULTS = {
  id: 'brakes-0998',
  topic: 'brakes.principles',
  subjects: ['driver-professional'],
  post: 'both' as const,
  source: 'teacher' as const,
  difficulty: 'medium' as const,
  lang: 'en' as const,
  references: ['Imported from Moodle'],
  explanation: 'To be written.',
};
const bank = (q: ImportedQuestion | undefined) => {
  const r = toBankItem(q as ImportedQuestion, DEFAULTS);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.item;
};

describe('Moodle XML import', () => {
  const report = parseMoodleXml(readFileSync(FILE), FILE);
  const byTitle = (t: string) => report.items.find((q) => q.title === t);

  it('reads every supported type with its category and line, and lists the others as skipped', () => {
    expect(report.errors).toEqual([]);
    expect(report.items.map((q) => [q.line, q.type, q.title])).toEqual([
      [11, 'single', 'Brake-pipe reduction'],
      [51, 'multiple', 'Continents'],
      [63, 'multiple', 'All or nothing'],
      [71, 'true_false', 'Freight pressure'],
      [78, 'fill_blank', "Driver's valve"],
      [87, 'numeric', 'Pressure'],
      [94, 'matching', 'Aspects'],
      [102, 'ordering', 'Brake test'],
    ]);
    for (const q of report.items) expect(q.category).toBe('$course$/top/Brakes/Principles');
    expect(report.skipped.map((s) => [s.line, s.type, s.title])).toEqual([
      [111, 'essay', 'Explain'],
      [116, 'description', 'Intro'],
      [121, 'cloze', 'Gaps'],
      [126, 'calculated', 'Formula'],
    ]);
    for (const s of report.skipped) expect(s.reason).not.toBe('');
  });

  it('stores the embedded base64 image as media and links it; strips script, iframe, handlers and javascript: links', () => {
    const q = byTitle('Brake-pipe reduction') as ImportedQuestion;
    expect(q.stem).toBe(
      'In an automatic air brake, what does a **reduction** of brake-pipe pressure cause?\n\n![Brake valve](media/brake-valve.png)',
    );
    expect(q.media).toEqual([
      {
        name: 'brake-valve.png',
        mime: 'image/png',
        bytes: new Uint8Array(PNG),
        source: 'questiontext/brake valve.png',
      },
    ]);
    expect(q.explanation).toBe('The automatic brake is *fail-safe*.\n\nclick');
    const item = bank(q);
    expect(item).toMatchObject({
      id: 'brakes-0901',
      tags: ['air-brake'],
      type: 'single',
      options: [
        { id: 'a', text: 'The brakes apply', correct: true },
        { id: 'b', text: 'The brakes release' },
        { id: 'c', text: 'The main reservoir charges' },
      ],
    });
    expect(item.explanation).toBe(
      [
        'The automatic brake is *fail-safe*.',
        '',
        'click',
        '',
        '- **The brakes apply**: Right: the control valve sees a drop.',
        '- **The brakes release**: That is what raising the pressure does.',
      ].join('\n'),
    );
    expect(report.warnings.map((w) => w.message)).toContain(
      'Brake-pipe reduction: the penalties on "The main reservoir charges" are dropped: Roundhouse never scores below 0',
    );
  });

  it('maps fractions: 33.33333% shares → partial credit; multichoiceset → all-or-nothing', () => {
    expect(bank(byTitle('Continents'))).toMatchObject({
      type: 'multiple',
      scoring: 'partial',
      stem: 'Select every continent:  \n(more than one)',
    });
    expect(bank(byTitle('All or nothing'))).toMatchObject({
      type: 'multiple',
      scoring: 'all-or-nothing',
      options: [{ correct: true }, { correct: true }, { text: 'Blue' }],
    });
  });

  it('reads true/false, case-sensitive short answers, numeric units, matching extras and ordering positions', () => {
    expect(bank(byTitle('Freight pressure'))).toMatchObject({
      type: 'true_false',
      answer: true,
      stem: 'The brake-pipe pressure of a freight train is 500 kPa.',
    });
    expect(bank(byTitle("Driver's valve"))).toMatchObject({
      type: 'fill_blank',
      accepted: ['brake', 'automatic brake'],
      case_sensitive: true,
    });
    expect(bank(byTitle('Pressure'))).toMatchObject({ type: 'numeric', answer: 500, tolerance: 10, unit: 'kPa' });
    expect(bank(byTitle('Aspects'))).toMatchObject({
      pairs: [
        { prompt: 'Steady red', answer: 'Stop' },
        { prompt: 'Steady green', answer: 'Proceed' },
      ],
      distractors: ['Reduce speed'],
    });
    expect(bank(byTitle('Brake test'))).toMatchObject({
      steps: ['Charge the brake pipe', 'Apply the brake', 'Release and check'],
    });
    expect(report.warnings.map((w) => w.message)).toContain(
      'Brake test: partial-credit ordering (ABSOLUTE_POSITION) becomes all-or-nothing',
    );
  });

  it('is all or nothing: fractions that form no key, malformed XML and active SVG are errors at their line', () => {
    const bad = [
      '<?xml version="1.0"?>',
      '<quiz>',
      '  <question type="multichoice"><name><text>Q</text></name>',
      '    <questiontext format="html"><text>Pick</text></questiontext>',
      '    <single>false</single>',
      '    <answer fraction="50"><text>a</text></answer>',
      '    <answer fraction="30"><text>b</text></answer>',
      '    <answer fraction="20"><text>c</text></answer>',
      '  </question>',
      '  <question type="truefalse"><name><text>Fine</text></name>',
      '    <questiontext format="html"><text>Fine?</text></questiontext>',
      '    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>',
      '  </question>',
      '  <question type="multichoice"><name><text>SVG</text></name>',
      `    <questiontext format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/x.svg">]]></text><file name="x.svg" encoding="base64">${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64')}</file></questiontext>`,
      '    <answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>',
      '  </question>',
      '</quiz>',
    ].join('\n');
    const r = parseMoodleXml(bad);
    expect(r.errors).toEqual([
      { line: 3, message: expect.stringMatching(/unequal shares \(50%, 30%, 20%\)/) },
      { line: 14, message: expect.stringMatching(/SVG x\.svg holds scripts/) },
    ]);
    expect(parseMoodleXml('<quiz>\n<question type="truefalse">\n</quiz>').errors[0]?.line).toBe(3);
    expect(parseMoodleXml('<questestinterop/>').errors[0]?.message).toMatch(/not Moodle XML/);
  });
});

describe('Moodle XML export', () => {
  it('writes Markdown texts in CDATA and embeds the media it has bytes for', () => {
    const q: ImportedQuestion = {
      type: 'single',
      title: 'brakes-0001',
      stem: 'What is ]]> here? ![valve](media/valve.png)',
      options: [
        { text: '<b>a</b>', fraction: 1 },
        { text: 'b & c', fraction: 0 },
      ],
      accepted: [],
      category: 'brakes.principles',
      explanation: 'Because.',
      line: 0,
      media: [{ name: 'valve.png', mime: 'image/png', bytes: new Uint8Array(PNG), source: 'media/valve.png' }],
    };
    const { content, notExported } = exportMoodleXml([q]);
    expect(notExported).toEqual([]);
    expect(content).toContain('<question type="category">');
    expect(content).toContain('](@@PLUGINFILE@@/valve.png)');
    expect(content).toContain(`<file name="valve.png" path="/" encoding="base64">${PNG.toString('base64')}</file>`);
    const back = parseMoodleXml(content).items[0];
    expect(back).toMatchObject({ stem: 'What is ]]> here? ![valve](media/valve.png)', category: 'brakes.principles' });
    expect(back?.options.map((o) => o.text)).toEqual(['<b>a</b>', 'b & c']);
    expect(back?.media[0]?.bytes).toEqual(new Uint8Array(PNG));
  });
});
