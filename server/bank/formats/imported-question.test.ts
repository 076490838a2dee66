import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prefixMedia, toReport } from './imported-question.js';
import { parseMoodleXml } from './moodle-xml.js';
import { parseQti } from './qti.js';

describe('the public --json report', () => {
  it('has exactly the fields of issue 3: items, errors (line, message), skipped (title, reason)', () => {
    const path = 'tests/fixtures/conformance/instructure-qti/all_canvas_simple_1.2.xml';
    const report = toReport(parseQti(readFileSync(path), path));
    expect(Object.keys(report)).toEqual(['items', 'errors', 'skipped']);
    for (const item of report.items) {
      expect(Object.keys(item)).toEqual(['type', 'title', 'stem', 'options', 'accepted', 'category']);
      for (const o of item.options) expect(Object.keys(o)).toEqual(['text', 'fraction']);
    }
    for (const s of report.skipped) expect(Object.keys(s)).toEqual(['title', 'reason']);
    expect(report.items[0]).toEqual({
      type: 'single',
      title: 'Question 1',
      stem: 'Question 1, Multiple Choice, Answer is C',
      options: [
        { text: 'C', fraction: 1 },
        { text: 'A', fraction: 0 },
        { text: 'B', fraction: 0 },
        { text: 'D', fraction: 0 },
      ],
      accepted: [],
      category: 'Every Canvas Interaction',
    });
    expect(report.skipped[0]).toEqual({
      title: 'Question 4',
      reason: 'fill in multiple blanks has several blanks; a Roundhouse fill-in has one',
    });
    // JSON-safe: no bytes, no undefined.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('gives tolerance only for numeric answers', () => {
    const xml = `<quiz><question type="numerical"><name><text>N</text></name><questiontext><text>n?</text></questiontext>
      <answer fraction="100"><text>5</text><tolerance>0.5</tolerance></answer></question>
      <question type="shortanswer"><name><text>S</text></name><questiontext><text>s?</text></questiontext>
      <answer fraction="100"><text>five</text></answer></question></quiz>`;
    const report = toReport(parseMoodleXml(xml));
    expect(report.items.map((q) => q.accepted)).toEqual([
      [{ text: '5', fraction: 1, tolerance: 0.5 }],
      [{ text: 'five', fraction: 1 }],
    ]);
    expect(report.errors).toEqual([]);
  });

  it('prefixMedia renames the files and every reference to them', () => {
    const report = parseMoodleXml(readFileSync('tests/fixtures/formats/moodle-sample.xml'));
    const renamed = prefixMedia(report, 'import-7-');
    const q = renamed.items[0];
    expect(q?.media.map((m) => m.name)).toEqual(['import-7-brake-valve.png']);
    expect(q?.stem).toContain('![Brake valve](media/import-7-brake-valve.png)');
    expect(report.items[0]?.stem).toContain('(media/brake-valve.png)');
  });
});
