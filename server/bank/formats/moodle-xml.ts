import { decodeText, type FileInput } from './decode.js';
import type { ExportResult } from './gift.js';
import {
  type ImportedOption,
  type ImportedQuestion,
  type ImportReport,
  question,
  titleFrom,
} from './imported-question.js';
import { MediaRegistry, mediaRefs, toBase64 } from './media.js';
import { fromPercent, percent, readDecimal } from './numbers.js';
import { type Collected, collected, finishReport } from './report.js';
import { RichText } from './rich-text.js';
import { cdata, child, elements, escapeXmlAttr, parseXml, startTagLines, textContent, type XmlElement } from './xml.js';

/**
 * Moodle XML (question/format/xml): `<quiz>` of `<question type="…">`. Read: category, multichoice (single and
 * multiple answers), multichoiceset (all-or-nothing), truefalse, shortanswer, numerical (tolerance, unit),
 * matching, ordering (qtype_ordering); text formats html, moodle_auto_format, plain_text and markdown; CDATA;
 * `<file encoding="base64">` images embedded in any text, stored as media and linked as `media/NAME`; general and
 * per-answer feedback; `<idnumber>` (when it is a bank id) and `<tags>`. Other types (essay, description, cloze,
 * calculated, drag-and-drop, random…) are skipped with the reason.
 */

const BANK_ID = /^[a-z][a-z0-9-]*-\d{4}$/;

const SKIPPED_TYPES: Record<string, [string, string]> = {
  essay: ['essay', 'an essay question needs marking by hand; Roundhouse marks every item automatically'],
  description: ['description', 'a description is text, not a question'],
  cloze: ['cloze', 'a question with several embedded answers (cloze) has no Roundhouse equivalent'],
  multianswer: ['cloze', 'a question with several embedded answers (cloze) has no Roundhouse equivalent'],
  calculated: ['calculated', 'a calculated (formula) question draws random values, which Roundhouse cannot'],
  calculatedsimple: ['calculated', 'a calculated (formula) question draws random values, which Roundhouse cannot'],
  calculatedmulti: ['calculated', 'a calculated (formula) question draws random values, which Roundhouse cannot'],
  ddwtos: ['cloze', 'drag-and-drop into text has several gaps, which Roundhouse cannot represent'],
  gapselect: ['cloze', 'select missing words has several gaps (drop-downs), which Roundhouse cannot represent'],
  ddimageortext: ['ddimageortext', 'drag-and-drop onto an image has no Roundhouse equivalent'],
  ddmarker: ['ddmarker', 'drag markers onto an image has no Roundhouse equivalent'],
  randomsamatch: ['random', 'a random short-answer matching question is assembled at quiz time'],
  random: ['random', 'a random question picks other questions at quiz time'],
};

const isTrue = (s: string | undefined) => s !== undefined && /^\s*(true|1)\s*$/i.test(s);

/** Reads a Moodle XML file into questions, skipped questions and errors, before judging the keys. */
export function readMoodleXml(input: FileInput): Collected {
  const c = collected();
  const text = decodeText(input);
  const parsed = parseXml(text);
  if (!parsed.ok) {
    c.errors.push({ line: parsed.line, message: parsed.message });
    return c;
  }
  if (parsed.root.name !== 'quiz') {
    c.errors.push({ line: 1, message: `not Moodle XML: the root element is <${parsed.root.name}>, not <quiz>` });
    return c;
  }
  const lines = startTagLines(text, 'question');
  const rich = new RichText(new MediaRegistry());
  let category = '';
  elements(parsed.root, 'question').forEach((el, i) => {
    const line = lines[i] ?? 1;
    const type = el.attrs.type ?? '';
    if (type === 'category') {
      category = textContent(child(child(el, 'category'), 'text')).trim();
      return;
    }
    rich.startQuestion();
    const q = readQuestion(el, type, line, category, rich, c);
    for (const p of rich.problems) c.errors.push({ line, message: p });
    if (q !== undefined && rich.problems.length === 0) c.questions.push({ ...q, media: rich.media() });
  });
  return c;
}

/** A text field (`<questiontext format="html"><text>…</text><file …/></questiontext>`) as Markdown. */
function field(el: XmlElement | undefined, rich: RichText, where: string, fallback = 'html'): string {
  if (el === undefined) return '';
  for (const f of elements(el, 'file')) rich.embed(f.attrs.name ?? 'file', textContent(f), where);
  const raw = textContent(child(el, 'text'));
  switch (el.attrs.format ?? fallback) {
    case 'markdown':
      return rich.markdown(raw);
    case 'plain_text':
      return raw.trim();
    case 'moodle_auto_format':
      return rich.html(raw.replace(/\r?\n/g, '<br>'));
    default:
      return rich.html(raw);
  }
}

/** A typed answer: the plain text of an `<answer>`. */
const answerText = (a: XmlElement) => textContent(child(a, 'text')).trim();

function readQuestion(
  el: XmlElement,
  type: string,
  line: number,
  category: string,
  rich: RichText,
  c: Collected,
): ImportedQuestion | undefined {
  const title = textContent(child(child(el, 'name'), 'text')).trim();
  const stem = field(child(el, 'questiontext'), rich, 'questiontext');
  const name = title || titleFrom(stem);
  const skipped = SKIPPED_TYPES[type];
  if (skipped) {
    c.skipped.push({ title: name, reason: skipped[1], line, type: skipped[0] });
    return undefined;
  }
  const explanation = field(child(el, 'generalfeedback'), rich, 'generalfeedback');
  const idnumber = textContent(child(el, 'idnumber')).trim();
  const tags = elements(child(el, 'tags') ?? { name: 'tags', attrs: {}, children: [] }, 'tag')
    .map((t) => textContent(child(t, 'text')).trim())
    .filter((t) => t !== '');
  const meta = {
    ...(BANK_ID.test(idnumber) ? { id: idnumber } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
  const base = {
    title,
    stem,
    line,
    category,
    explanation,
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
  const answers = elements(el, 'answer');
  const fraction = (a: XmlElement) => {
    const n = readDecimal(a.attrs.fraction ?? '0');
    if (n === undefined) {
      c.errors.push({ line, message: `${name}: the fraction "${a.attrs.fraction}" is not a number` });
      return 0;
    }
    return fromPercent(n);
  };
  const feedbackOf = (a: XmlElement, n: number) => {
    const fb = field(child(a, 'feedback'), rich, `answer ${n + 1} feedback`);
    return fb === '' ? {} : { feedback: fb };
  };
  const choice = (a: XmlElement, n: number): ImportedOption => ({
    text: field(a, rich, `answer ${n + 1}`),
    fraction: fraction(a),
    ...feedbackOf(a, n),
  });

  switch (type) {
    case 'multichoice': {
      const single = child(el, 'single') === undefined || isTrue(textContent(child(el, 'single')));
      return question({ ...base, type: single ? 'single' : 'multiple', options: answers.map(choice) });
    }
    case 'multichoiceset': {
      const options = answers.map(choice);
      const k = options.filter((o) => o.fraction > 0).length;
      return question({
        ...base,
        type: 'multiple',
        scoring: 'all-or-nothing',
        options: options.map((o) => ({ ...o, fraction: o.fraction > 0 ? 1 / k : 0 })),
      });
    }
    case 'truefalse': {
      const find = (word: string) =>
        answers.find(
          (a) =>
            answerText(a)
              .replace(/<[^>]*>/g, '')
              .trim()
              .toLowerCase() === word,
        );
      const t = find('true');
      const f = find('false');
      if (t === undefined || f === undefined) {
        c.errors.push({ line, message: `${name}: a true/false question needs the answers "true" and "false"` });
        return undefined;
      }
      return question({
        ...base,
        type: 'true_false',
        options: [
          { text: 'True', fraction: fraction(t), ...feedbackOf(t, answers.indexOf(t)) },
          { text: 'False', fraction: fraction(f), ...feedbackOf(f, answers.indexOf(f)) },
        ],
      });
    }
    case 'shortanswer': {
      const accepted = answers.map((a, n) => ({ text: answerText(a), fraction: fraction(a), ...feedbackOf(a, n) }));
      const wildcard = accepted.find((a) => a.fraction > 0 && /(^|[^\\])\*/.test(a.text));
      if (wildcard) {
        c.skipped.push({
          title: name,
          reason: `the answer "${wildcard.text}" uses the wildcard *, which Roundhouse's fill-in answers do not have`,
          line,
          type: 'fill_blank',
        });
        return undefined;
      }
      return question({
        ...base,
        type: 'fill_blank',
        caseSensitive: isTrue(textContent(child(el, 'usecase'))),
        accepted: accepted.map((a) => ({ ...a, text: a.text.replace(/\\\*/g, '*') })),
      });
    }
    case 'numerical': {
      const units = elements(child(el, 'units') ?? { name: 'units', attrs: {}, children: [] }, 'unit').map((u) => ({
        name: textContent(child(u, 'unit_name')).trim(),
        multiplier: readDecimal(textContent(child(u, 'multiplier'))) ?? 1,
      }));
      const main = units.find((u) => u.multiplier === 1);
      if (units.length > 1) {
        c.skipped.push({
          title: name,
          reason: `several units (${units.map((u) => u.name).join(', ')}): Roundhouse's numeric answer has one unit`,
          line,
          type: 'numeric',
        });
        return undefined;
      }
      const accepted = answers.map((a, n) => {
        const tolerance = readDecimal(textContent(child(a, 'tolerance')) || '0') ?? Number.NaN;
        return { text: answerText(a), fraction: fraction(a), tolerance, ...feedbackOf(a, n) };
      });
      const anything = accepted.find((a) => a.text === '*' && a.fraction > 0);
      if (anything) {
        c.skipped.push({ title: name, reason: 'the answer * accepts any number', line, type: 'numeric' });
        return undefined;
      }
      return question({
        ...base,
        type: 'numeric',
        accepted: accepted.filter((a) => a.text !== '*'),
        ...(main?.name ? { unit: main.name } : {}),
      });
    }
    case 'matching': {
      const pairs: { prompt: string; answer: string }[] = [];
      const distractors: string[] = [];
      elements(el, 'subquestion').forEach((s, n) => {
        const prompt = field(s, rich, `subquestion ${n + 1}`);
        const answer = textContent(child(child(s, 'answer'), 'text')).trim();
        if (prompt === '') distractors.push(answer);
        else pairs.push({ prompt, answer });
      });
      return question({ ...base, type: 'matching', pairs, distractors });
    }
    case 'ordering': {
      const steps = answers.map((a, n) => ({
        text: field(a, rich, `answer ${n + 1}`),
        at: readDecimal(a.attrs.fraction ?? ''),
      }));
      const positions = steps.map((s) => s.at);
      const ranked = positions.every((p) => p !== undefined) && new Set(positions).size === positions.length;
      if (ranked) steps.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
      const grading = textContent(child(el, 'gradingtype')).trim();
      if (grading !== '' && !/^(ALL_OR_NOTHING|-1)$/i.test(grading))
        c.warnings.push({ line, message: `${name}: partial-credit ordering (${grading}) becomes all-or-nothing` });
      return question({ ...base, type: 'ordering', steps: steps.map((s) => s.text) });
    }
    default:
      c.skipped.push({
        title: name,
        reason: `Roundhouse does not know the Moodle question type "${type}"`,
        line,
        type,
      });
      return undefined;
  }
}

/**
 * Parses a Moodle XML file.
 * @example parseMoodleXml(readFileSync('quiz.xml'), 'quiz.xml').items
 */
export function parseMoodleXml(input: FileInput, _fileName = ''): ImportReport {
  return finishReport(readMoodleXml(input));
}

/** Why Moodle XML cannot carry a question, or undefined when it can. */
function moodleLimit(q: ImportedQuestion): string | undefined {
  if (q.type === 'hotspot') return 'Moodle has no click-on-image question like Roundhouse hotspot (use CSV)';
  if (q.type === 'essay' || q.type === 'description' || q.type === 'cloze')
    return `Roundhouse does not export ${q.type} questions`;
  return undefined;
}

/** Writes a Markdown text field, embedding the files it refers to that have bytes. */
function textXml(tag: string, text: string, q: ImportedQuestion, indent: string): string {
  let body = text;
  const files: string[] = [];
  for (const name of new Set(mediaRefs(text))) {
    const m = q.media.find((f) => f.name === name);
    if (m?.bytes) {
      body = body.split(`](media/${name})`).join(`](@@PLUGINFILE@@/${name})`);
      files.push(
        `${indent}  <file name="${escapeXmlAttr(name)}" path="/" encoding="base64">${toBase64(m.bytes)}</file>`,
      );
    }
  }
  return [
    `${indent}<${tag} format="markdown">`,
    `${indent}  <text>${cdata(body)}</text>`,
    ...files,
    `${indent}</${tag}>`,
  ].join('\n');
}

const plainXml = (tag: string, text: string) => `<${tag}><text>${cdata(text)}</text></${tag}>`;

function answerXml(fractionPercent: string, text: string, q: ImportedQuestion, feedback?: string, extra = ''): string {
  return [
    `    <answer fraction="${fractionPercent}" format="markdown">`,
    `      <text>${cdata(text)}</text>`,
    textXml('feedback', feedback ?? '', q, '      '),
    ...(extra ? [extra] : []),
    '    </answer>',
  ].join('\n');
}

/**
 * Writes questions as Moodle XML (texts in Markdown format, media embedded as base64 when the questions carry
 * their bytes). all-or-nothing multiple answers use `multichoiceset` (the All-or-Nothing plugin), ordering uses
 * `qtype_ordering`; hotspot cannot be written and is listed in `notExported`.
 */
export function exportMoodleXml(questions: ImportedQuestion[]): ExportResult {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  const notExported: ExportResult['notExported'] = [];
  let category: string | undefined;
  for (const q of questions) {
    const limit = moodleLimit(q);
    if (limit) {
      notExported.push({ title: q.title, reason: limit });
      continue;
    }
    if (q.category !== category && q.category !== '')
      out.push(`  <question type="category">`, `    ${plainXml('category', q.category)}`, '  </question>');
    category = q.category;
    const type =
      q.type === 'single'
        ? 'multichoice'
        : q.type === 'multiple'
          ? q.scoring === 'all-or-nothing'
            ? 'multichoiceset'
            : 'multichoice'
          : q.type === 'true_false'
            ? 'truefalse'
            : q.type === 'fill_blank'
              ? 'shortanswer'
              : q.type === 'numeric'
                ? 'numerical'
                : q.type;
    const lines = [
      `  <question type="${type}">`,
      `    ${plainXml('name', q.title)}`,
      textXml('questiontext', q.stem, q, '    '),
      textXml('generalfeedback', q.explanation, q, '    '),
      '    <defaultgrade>1</defaultgrade>',
      '    <penalty>0.3333333</penalty>',
      '    <hidden>0</hidden>',
      `    <idnumber>${cdata(q.meta?.id ?? '')}</idnumber>`,
    ];
    switch (q.type) {
      case 'single':
      case 'multiple':
        if (type === 'multichoice') lines.push(`    <single>${q.type === 'single'}</single>`);
        lines.push('    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>');
        for (const o of q.options) {
          const f = type === 'multichoiceset' ? (o.fraction > 0 ? '100' : '0') : percent(o.fraction);
          lines.push(answerXml(f, o.text, q, o.feedback));
        }
        break;
      case 'true_false':
        for (const [o, word] of [
          [q.options[0], 'true'],
          [q.options[1], 'false'],
        ] as const)
          lines.push(answerXml(percent(o?.fraction ?? 0), word, q, o?.feedback));
        break;
      case 'fill_blank':
        lines.push(`    <usecase>${q.caseSensitive ? 1 : 0}</usecase>`);
        for (const a of q.accepted)
          lines.push(answerXml(percent(a.fraction), a.text.replace(/\*/g, '\\*'), q, a.feedback));
        break;
      case 'numeric':
        for (const a of q.accepted)
          lines.push(
            answerXml(percent(a.fraction), a.text, q, a.feedback, `      <tolerance>${a.tolerance ?? 0}</tolerance>`),
          );
        if (q.unit)
          lines.push(
            '    <units>',
            `      <unit><multiplier>1</multiplier><unit_name>${cdata(q.unit)}</unit_name></unit>`,
            '    </units>',
          );
        lines.push(
          '    <unitgradingtype>0</unitgradingtype>',
          '    <unitpenalty>0.1000000</unitpenalty>',
          `    <showunits>${q.unit ? 0 : 3}</showunits>`,
          '    <unitsleft>0</unitsleft>',
        );
        break;
      case 'matching':
        lines.push('    <shuffleanswers>true</shuffleanswers>');
        for (const p of q.pairs ?? [])
          lines.push(
            '    <subquestion format="markdown">',
            `      <text>${cdata(p.prompt)}</text>`,
            `      ${plainXml('answer', p.answer)}`,
            '    </subquestion>',
          );
        for (const d of q.distractors ?? [])
          lines.push(
            '    <subquestion format="markdown">',
            '      <text></text>',
            `      ${plainXml('answer', d)}`,
            '    </subquestion>',
          );
        break;
      case 'ordering':
        lines.push(
          '    <layouttype>VERTICAL</layouttype>',
          '    <selecttype>ALL</selecttype>',
          '    <selectcount>0</selectcount>',
          '    <gradingtype>ALL_OR_NOTHING</gradingtype>',
          '    <showgrading>SHOW</showgrading>',
        );
        (q.steps ?? []).forEach((s, n) => {
          lines.push(answerXml(String(n + 1), s, q));
        });
        break;
    }
    const tags = q.meta?.tags ?? [];
    if (tags.length > 0)
      lines.push('    <tags>', ...tags.map((t) => `      <tag><text>${cdata(t)}</text></tag>`), '    </tags>');
    lines.push('  </question>');
    out.push(...lines);
  }
  out.push('</quiz>', '');
  return { content: out.join('\n'), notExported };
}
