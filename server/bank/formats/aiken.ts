import { decodeText, type FileInput, splitLines } from './decode.js';
import { type ImportReport, question } from './imported-question.js';
import { listReferencedMedia, MediaRegistry } from './media.js';
import { type Collected, collected, finishReport } from './report.js';

/**
 * Aiken (Moodle's simplest format): single-choice questions only.
 *
 * ```
 * What does a reduction of brake-pipe pressure cause?
 * A. The brakes apply
 * B) The brakes release
 * ANSWER: A
 * ```
 * The question text is every line before the first option (joined with new lines); options are a capital letter
 * followed by `.` or `)` and a space; `ANSWER:` names the right letter and ends the question. Blank lines between
 * questions are optional.
 */

const OPTION = /^([A-Z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

export function readAiken(input: FileInput): Collected {
  const c = collected();
  let stem: string[] = [];
  let start = 0;
  let options: { letter: string; text: string }[] = [];
  const reset = () => {
    stem = [];
    options = [];
  };
  splitLines(decodeText(input)).forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (line === '') return;
    const option = OPTION.exec(line);
    const answer = ANSWER.exec(line);
    if (answer) {
      if (stem.length === 0) c.errors.push({ line: n, message: 'ANSWER: without a question before it' });
      else if (options.length < 2)
        c.errors.push({ line: n, message: 'a question needs at least two options (A. …, B. …)' });
      else {
        const letter = (answer[1] ?? '').trim().toUpperCase();
        if (!/^[A-Z]$/.test(letter))
          c.errors.push({ line: n, message: `ANSWER: must name one option letter, not "${answer[1]?.trim()}"` });
        else if (!options.some((o) => o.letter === letter))
          c.errors.push({
            line: n,
            message: `ANSWER: ${letter} is not one of the options (${options.map((o) => o.letter).join(', ')})`,
          });
        else
          c.questions.push(
            question({
              type: 'single',
              stem: stem.join('\n'),
              line: start,
              options: options.map((o) => ({ text: o.text, fraction: o.letter === letter ? 1 : 0 })),
            }),
          );
      }
      reset();
      return;
    }
    if (option && stem.length > 0) {
      const letter = option[1] ?? '';
      const expected = String.fromCharCode(65 + options.length);
      if (letter !== expected)
        c.errors.push({ line: n, message: `option ${letter} is out of order: expected ${expected}` });
      options.push({ letter, text: (option[2] ?? '').trim() });
      return;
    }
    if (options.length > 0) {
      c.errors.push({ line: start, message: 'the question has no ANSWER: line after its options' });
      reset();
    }
    if (stem.length === 0) start = n;
    stem.push(line);
  });
  if (stem.length > 0) c.errors.push({ line: start, message: 'the question has no ANSWER: line after its options' });
  const registry = new MediaRegistry();
  for (const q of c.questions) listReferencedMedia(q, registry);
  return c;
}

/**
 * Parses an Aiken file.
 * @example parseAiken('2 + 2?\nA. 3\nB. 4\nANSWER: B', 'q.txt').items[0]?.options[1] // { text: '4', fraction: 1 }
 */
export function parseAiken(input: FileInput, _fileName = ''): ImportReport {
  return finishReport(readAiken(input));
}
