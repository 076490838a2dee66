import { describe, expect, it } from 'vitest';
import { parseAiken } from './aiken.js';

describe('Aiken', () => {
  it('reads single-choice questions with A. or A) options, with or without blank lines between them', () => {
    const text = [
      'What does a reduction of brake-pipe pressure cause?',
      'A. The brakes apply',
      'B) The brakes release',
      'C. Nothing',
      'ANSWER: A',
      'Which signal means stop?',
      'A. Green',
      'B. Red',
      'ANSWER: B',
    ].join('\n');
    const report = parseAiken(text, 'q.txt');
    expect(report.errors).toEqual([]);
    expect(report.items).toMatchObject([
      {
        type: 'single',
        line: 1,
        stem: 'What does a reduction of brake-pipe pressure cause?',
        options: [
          { text: 'The brakes apply', fraction: 1 },
          { text: 'The brakes release', fraction: 0 },
          { text: 'Nothing', fraction: 0 },
        ],
      },
      { line: 6, options: [{ fraction: 0 }, { text: 'Red', fraction: 1 }] },
    ]);
  });

  it('names the line of each problem', () => {
    const text = [
      'Q1?',
      'A. a',
      'B. b',
      'ANSWER: C',
      '',
      'Q2?',
      'A. a',
      'B. b',
      '',
      'Q3?',
      'A. a',
      'C. c',
      'ANSWER: A',
    ].join('\n');
    expect(parseAiken(text).errors).toEqual([
      { line: 4, message: 'ANSWER: C is not one of the options (A, B)' },
      { line: 6, message: 'the question has no ANSWER: line after its options' },
      { line: 12, message: 'option C is out of order: expected B' },
    ]);
  });
});
