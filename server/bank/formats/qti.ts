import { decodeText, type FileInput } from './decode.js';
import {
  type ImportedAnswer,
  type ImportedOption,
  type ImportedQuestion,
  type ImportedRegion,
  type ImportReport,
  question,
  titleFrom,
} from './imported-question.js';
import { MediaRegistry } from './media.js';
import { rangeToTolerance, readDecimal } from './numbers.js';
import { type Collected, collected, finishReport } from './report.js';
import { RichText } from './rich-text.js';
import {
  child,
  descendant,
  descendants,
  elements,
  innerXml,
  isElement,
  outerXml,
  parseXml,
  startTagLines,
  textContent,
  type XmlElement,
  type XmlNode,
} from './xml.js';

/**
 * IMS QTI items, version 1.2 (`<questestinterop>`, as Canvas, Blackboard and others export) and 2.1
 * (`<assessmentItem>`).
 *
 * QTI 1.2: the Canvas `question_type` metadata when present, else the response elements, decide the type. Scores
 * come from `<resprocessing>`: a choice's fraction is its score over the best score; a condition that sets the full
 * score for an exact set of choices (`<and>` of `<varequal>`s and `<not>`s, as Canvas writes multiple answers)
 * makes an all-or-nothing multiple-answer question; numeric answers are `<varequal>` and `<vargte>`/`<varlte>`
 * ranges. Feedback `general_fb` is the explanation, per-answer feedback stays with its answer. Canvas fill in
 * multiple blanks, multiple drop-downs, formula, essay, file upload and text-only items are skipped with the reason.
 *
 * QTI 2.1: choice (single, multiple, true/false), textEntry (fill-in or numeric), order, match and associate
 * (matching), hotspot with rectangles; the `match_correct` template means all-or-nothing, `map_response` uses the
 * mapping as fractions. Items with several interactions, inline choices, gaps, essays and the like are skipped.
 *
 * Images referenced by path are listed as media without bytes (they live beside the XML in the package).
 */

type Condition = {
  score: number | undefined;
  action: string;
  feedback: string[];
  cond: XmlElement | undefined;
  title: string;
};

const COMMON_FEEDBACK = new Set(['general_fb', 'correct_fb', 'general_incorrect_fb']);

const CANVAS_SKIPS: Record<string, [string, string]> = {
  fill_in_multiple_blanks_question: [
    'cloze',
    'fill in multiple blanks has several blanks; a Roundhouse fill-in has one',
  ],
  multiple_dropdowns_question: [
    'cloze',
    'multiple drop-downs embed several choices in the text; Roundhouse has no such question',
  ],
  calculated_question: ['calculated', 'a formula question draws random values, which Roundhouse cannot'],
  essay_question: ['essay', 'an essay question needs marking by hand; Roundhouse marks every item automatically'],
  file_upload_question: ['essay', 'a file-upload question needs marking by hand'],
  text_only_question: ['description', 'a text-only item is not a question'],
};

const TRUE_TEXT = /^(true|yes|vrai|wahr|verdadero|对|正确|是)$/i;
const FALSE_TEXT = /^(false|no|faux|falsch|falso|错|错误|否)$/i;

/** Reads a QTI 1.2 or 2.1 file into questions, skipped items and errors, before judging the keys. */
export function readQti(input: FileInput, fileName = ''): Collected {
  const c = collected();
  const text = decodeText(input);
  const parsed = parseXml(text);
  if (!parsed.ok) {
    c.errors.push({ line: parsed.line, message: parsed.message });
    return c;
  }
  const base = fileName.includes('/') ? fileName.slice(0, fileName.lastIndexOf('/')) : '';
  const rich = new RichText(new MediaRegistry(), base);
  const root = parsed.root;
  if (root.name === 'questestinterop') readQti12(root, startTagLines(text, 'item'), rich, c);
  else if (root.name === 'assessmentItem') readQti21(root, startTagLines(text, 'assessmentItem')[0] ?? 1, rich, c);
  else
    c.errors.push({
      line: 1,
      message: `<${root.name}> is not a QTI item file: import the <questestinterop> (QTI 1.2) or <assessmentItem> (QTI 2.1) files`,
    });
  return c;
}

// ---------------------------------------------------------------- QTI 1.2

function readQti12(root: XmlElement, lines: number[], rich: RichText, c: Collected): void {
  const found: { item: XmlElement; category: string }[] = [];
  const walk = (el: XmlElement, path: string[]) => {
    for (const e of elements(el)) {
      if (e.name === 'item') found.push({ item: e, category: path.join('/') });
      else if (e.name === 'assessment' || e.name === 'section' || e.name === 'objectbank')
        walk(e, e.attrs.title ? [...path, e.attrs.title] : path);
    }
  };
  walk(root, []);
  found.forEach(({ item, category }, i) => {
    rich.startQuestion();
    const line = lines[i] ?? 1;
    const q = readItem12(item, line, category, rich, c);
    for (const p of rich.problems) c.errors.push({ line, message: p });
    if (q !== undefined && rich.problems.length === 0) c.questions.push({ ...q, media: rich.media() });
  });
}

/** The Markdown of a `<material>`: its texts and images. */
function material(el: XmlElement | undefined, rich: RichText): string {
  if (el === undefined) return '';
  const parts: string[] = [];
  for (const m of elements(el)) {
    if (m.name === 'mattext' || m.name === 'matemtext') {
      const isHtml = /html/i.test(m.attrs.texttype ?? '') || elements(m).length > 0;
      const raw = elements(m).length > 0 ? innerXml(m) : textContent(m);
      parts.push(isHtml ? rich.html(raw) : raw.replace(/\u00a0/g, ' ').trim());
    } else if (m.name === 'matimage') {
      const path = rich.image(cleanCanvasPath(m.attrs.uri ?? ''));
      if (path) parts.push(`![${(m.attrs.label ?? '').replace(/[[\]]/g, '')}](${path})`);
    } else if (m.name === 'mat_extension' || m.name === 'flow_mat') parts.push(material(m, rich));
    else if (m.name === 'matbreak') parts.push('');
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

const cleanCanvasPath = (src: string) => src.replace(/^(\$IMS-CC-FILEBASE\$|%24IMS-CC-FILEBASE%24)\//, '');

/** Materials of the presentation outside the responses, in order: the stem. */
function presentationText(el: XmlElement, rich: RichText): string {
  const parts: string[] = [];
  for (const e of elements(el)) {
    if (e.name === 'material') parts.push(material(e, rich));
    else if (e.name === 'flow') parts.push(presentationText(e, rich));
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

function conditions(item: XmlElement): Condition[] {
  return descendants(item, 'respcondition').map((rc) => {
    const setvar = child(rc, 'setvar');
    return {
      score: setvar ? readDecimal(textContent(setvar)) : undefined,
      action: (setvar?.attrs.action ?? 'Set').toLowerCase(),
      feedback: elements(rc, 'displayfeedback').map((d) => d.attrs.linkrefid ?? ''),
      cond: child(rc, 'conditionvar'),
      title: rc.attrs.title ?? '',
    };
  });
}

/** The varequal values a condition requires (directly, or under `and`/`or`), and those under `not`. */
function terms(
  cond: XmlElement | undefined,
  respident?: string,
): { yes: XmlElement[]; no: XmlElement[]; other: boolean } {
  const out = { yes: [] as XmlElement[], no: [] as XmlElement[], other: false };
  const walk = (el: XmlElement, negated: boolean) => {
    for (const e of elements(el)) {
      if (e.name === 'not') walk(e, !negated);
      else if (e.name === 'and' || e.name === 'or') walk(e, negated);
      else if (e.name === 'other') out.other = true;
      else if (e.name.startsWith('var') && (respident === undefined || e.attrs.respident === respident))
        (negated ? out.no : out.yes).push(e);
    }
  };
  if (cond) walk(cond, false);
  return out;
}

function itemFeedback(item: XmlElement, rich: RichText): Map<string, string> {
  const map = new Map<string, string>();
  for (const fb of descendants(item, 'itemfeedback')) {
    const parts = [...descendants(fb, 'material')].map((m) => material(m, rich)).filter((p) => p !== '');
    map.set(fb.attrs.ident ?? '', parts.join('\n\n'));
  }
  return map;
}

function labelsOf(lid: XmlElement, rich: RichText): { ident: string; text: string }[] {
  return descendants(lid, 'response_label').map((l) => ({
    ident: l.attrs.ident ?? '',
    text: material(child(l, 'material') ?? l, rich),
  }));
}

function readItem12(
  item: XmlElement,
  line: number,
  category: string,
  rich: RichText,
  c: Collected,
): ImportedQuestion | undefined {
  const title = item.attrs.title ?? '';
  const canvasType = descendants(item, 'qtimetadatafield')
    .filter((f) => textContent(child(f, 'fieldlabel')).trim() === 'question_type')
    .map((f) => textContent(child(f, 'fieldentry')).trim())[0];
  const presentation = child(item, 'presentation') ?? descendant(item, 'presentation');
  const stem = presentation ? presentationText(presentation, rich) : '';
  const name = title || titleFrom(stem);
  const skipAs = (type: string, reason: string) => {
    c.skipped.push({ title: name, reason, line, type });
    return undefined;
  };
  const err = (message: string) => {
    c.errors.push({ line, message: `${name}: ${message}` });
    return undefined;
  };
  const canvasSkip = canvasType ? CANVAS_SKIPS[canvasType] : undefined;
  if (canvasSkip) return skipAs(canvasSkip[0], canvasSkip[1]);
  if (presentation === undefined) return skipAs('description', 'the item has no presentation (no question)');

  const lids = descendants(presentation, 'response_lid');
  const strs = [...descendants(presentation, 'response_str'), ...descendants(presentation, 'response_num')];
  const feedback = itemFeedback(item, rich);
  const conds = conditions(item);
  const explanation = feedback.get('general_fb') ?? '';
  const base = { title, stem, line, category, explanation };
  const feedbackFor = (ids: string[]) => {
    const texts = ids
      .filter((id) => !COMMON_FEEDBACK.has(id))
      .map((id) => feedback.get(id) ?? '')
      .filter((t) => t !== '');
    return texts.length > 0 ? { feedback: texts.join('\n\n') } : {};
  };
  const best = Math.max(0, ...conds.map((k) => k.score ?? 0));

  const type =
    canvasType === 'multiple_choice_question'
      ? 'single'
      : canvasType === 'multiple_answers_question'
        ? 'multiple'
        : canvasType === 'true_false_question'
          ? 'true_false'
          : canvasType === 'short_answer_question'
            ? 'fill_blank'
            : canvasType === 'numerical_question'
              ? 'numeric'
              : canvasType === 'matching_question'
                ? 'matching'
                : lids.length > 1 && lids.every((l) => child(l, 'material') !== undefined)
                  ? 'matching'
                  : lids.length === 1
                    ? /multiple/i.test(lids[0]?.attrs.rcardinality ?? '')
                      ? 'multiple'
                      : 'single'
                    : strs.length === 1
                      ? /decimal|integer|scientific/i.test(descendant(strs[0], 'render_fib')?.attrs.fibtype ?? '') ||
                        strs[0]?.name === 'response_num'
                        ? 'numeric'
                        : 'fill_blank'
                      : undefined;
  if (type === undefined) {
    if (descendants(presentation, 'response_xy').length > 0)
      return skipAs('hotspot', 'QTI 1.2 hotspot items are not supported');
    if (descendants(presentation, 'response_grp').length > 0)
      return skipAs('ordering', 'QTI 1.2 response groups are not supported');
    if (lids.length + strs.length === 0) return skipAs('description', 'the item asks nothing (no response)');
    return skipAs('cloze', 'the item has several responses; Roundhouse items have one');
  }

  if (type === 'single' || type === 'multiple' || type === 'true_false') {
    const lid = lids[0];
    if (lid === undefined) return err('a choice item needs a <response_lid>');
    const ident = lid.attrs.ident ?? '';
    const labels = labelsOf(lid, rich);
    const blank = new Set(labels.filter((l) => l.text === '').map((l) => l.ident));
    const scores = new Map<string, number>();
    const fbs = new Map<string, string[]>();
    let exactSet: string[] | undefined;
    for (const k of conds) {
      const t = terms(k.cond, ident);
      const yes = t.yes.filter((v) => v.name === 'varequal').map((v) => textContent(v).trim());
      if (yes.length === 1 && t.no.length === 0) {
        const id = yes[0] ?? '';
        fbs.set(id, [...(fbs.get(id) ?? []), ...k.feedback]);
        if (k.score !== undefined)
          scores.set(
            id,
            k.action === 'add'
              ? (scores.get(id) ?? 0) + k.score
              : k.action === 'subtract'
                ? (scores.get(id) ?? 0) - k.score
                : k.score,
          );
      } else if (yes.length > 1 && k.score !== undefined && k.score >= best && best > 0 && k.action === 'set')
        exactSet = yes;
    }
    // Canvas exports answers left blank in its editor as empty choices; unless one of them is right, drop them.
    const kept = labels.filter(
      (l) => !blank.has(l.ident) || (scores.get(l.ident) ?? 0) > 0 || exactSet?.includes(l.ident),
    );
    if (kept.length < labels.length)
      c.warnings.push({ line, message: `${name}: ${labels.length - kept.length} empty choice(s) dropped` });
    if (type === 'multiple' && exactSet !== undefined) {
      const set = exactSet;
      const k = set.length;
      return question({
        ...base,
        type,
        scoring: 'all-or-nothing',
        options: kept.map((l) => ({
          text: l.text,
          fraction: set.includes(l.ident) ? 1 / k : 0,
          ...feedbackFor(fbs.get(l.ident) ?? []),
        })),
      });
    }
    const top =
      type === 'multiple'
        ? [...scores.values()].filter((v) => v > 0).reduce((a, b) => a + b, 0)
        : Math.max(0, ...scores.values());
    if (top <= 0) return err('no choice earns points in <resprocessing>');
    const options: ImportedOption[] = kept.map((l) => ({
      text: l.text,
      fraction: Number(((scores.get(l.ident) ?? 0) / top).toFixed(10)),
      ...feedbackFor(fbs.get(l.ident) ?? []),
    }));
    if (type === 'true_false' || (type === 'single' && options.length === 2)) {
      const t = options.find((o) => TRUE_TEXT.test(o.text));
      const f = options.find((o) => FALSE_TEXT.test(o.text));
      if (t && f)
        return question({
          ...base,
          type: 'true_false',
          options: [
            { ...t, text: 'True' },
            { ...f, text: 'False' },
          ],
        });
      if (type === 'true_false') return question({ ...base, type: 'single', options });
    }
    return question({ ...base, type, options });
  }

  if (type === 'fill_blank' || type === 'numeric') {
    const str = strs[0];
    const ident = str?.attrs.ident;
    const accepted: ImportedAnswer[] = [];
    const feedbackByText = new Map<string, string[]>();
    let caseSensitive = false;
    for (const k of conds) {
      const t = terms(k.cond, ident);
      if (t.no.length > 0 || t.yes.length === 0) continue;
      if (type === 'fill_blank') {
        const texts = t.yes.filter((v) => v.name === 'varequal');
        if (texts.some((v) => /^yes$/i.test(v.attrs.case ?? ''))) caseSensitive = true;
        for (const v of texts) {
          const value = textContent(v).trim();
          if (k.score === undefined) feedbackByText.set(value, [...(feedbackByText.get(value) ?? []), ...k.feedback]);
          else if (!accepted.some((a) => a.text === value))
            accepted.push({ text: value, fraction: best > 0 ? k.score / best : 0 });
        }
      } else if (k.score !== undefined) {
        const answer = numericCondition(k.cond);
        if (answer === undefined) return err('cannot read a numeric condition in <resprocessing>');
        accepted.push({ ...answer, fraction: best > 0 ? k.score / best : 0, ...feedbackFor(k.feedback) });
      }
    }
    for (const a of accepted) {
      const fb = feedbackFor(feedbackByText.get(a.text) ?? []);
      if (fb.feedback && !a.feedback) a.feedback = fb.feedback;
    }
    return question({ ...base, type, accepted, ...(caseSensitive ? { caseSensitive } : {}) });
  }

  // matching: one response_lid per prompt
  const pairs: { prompt: string; answer: string }[] = [];
  const all: { ident: string; text: string }[] = [];
  const weights = new Set<string>();
  for (const lid of lids) {
    const prompt = material(child(lid, 'material'), rich);
    const labels = labelsOf(lid, rich);
    for (const l of labels) if (!all.some((a) => a.ident === l.ident)) all.push(l);
    const right = conds.find(
      (k) =>
        (k.score ?? 0) > 0 &&
        terms(k.cond, lid.attrs.ident).yes.length === 1 &&
        terms(k.cond, lid.attrs.ident).no.length === 0,
    );
    if (right === undefined) return err(`the prompt "${prompt}" has no right answer in <resprocessing>`);
    weights.add(String(right.score));
    const id = textContent(terms(right.cond, lid.attrs.ident).yes[0]).trim();
    const answer = labels.find((l) => l.ident === id)?.text ?? all.find((l) => l.ident === id)?.text;
    if (answer === undefined)
      return err(`the prompt "${prompt}" is matched with "${id}", which is not one of its answers`);
    if (prompt === '' && answer === '') continue;
    const same = pairs.find((p) => p.prompt === prompt);
    if (same && same.answer === answer) continue;
    if (same) return err(`the prompt "${prompt}" is matched with two answers ("${same.answer}", "${answer}")`);
    pairs.push({ prompt, answer });
  }
  if (weights.size > 1)
    c.warnings.push({
      line,
      message: `${name}: the pairs carry different points; in Roundhouse each pair counts the same`,
    });
  const answers = new Set(pairs.map((p) => p.answer));
  const distractors = [...new Set(all.map((l) => l.text))].filter((t) => t !== '' && !answers.has(t));
  return question({ ...base, type: 'matching', pairs, distractors });
}

/** A numeric condition as value ± tolerance: `varequal`, `vargte`/`varlte` (or strict) ranges, or both. */
function numericCondition(cond: XmlElement | undefined): { text: string; tolerance: number } | undefined {
  const t = terms(cond);
  let lo: number | undefined;
  let hi: number | undefined;
  const exact: number[] = [];
  for (const v of t.yes) {
    const n = readDecimal(textContent(v));
    if (n === undefined) return undefined;
    if (v.name === 'varequal') exact.push(n);
    else if (v.name === 'vargte' || v.name === 'vargt') lo = lo === undefined ? n : Math.min(lo, n);
    else if (v.name === 'varlte' || v.name === 'varlt') hi = hi === undefined ? n : Math.max(hi, n);
  }
  if (lo !== undefined && hi !== undefined) {
    const [l, h] = [lo, hi];
    const allIn = exact.every((e) => e >= l && e <= h);
    if (!allIn) {
      lo = Math.min(lo, ...exact);
      hi = Math.max(hi, ...exact);
    }
    const { value, tolerance } = rangeToTolerance(lo, hi);
    const centre = exact.find((e) => Math.abs(e - value) < 1e-12);
    return { text: String(centre ?? value), tolerance };
  }
  if (exact.length === 1) return { text: String(exact[0]), tolerance: 0 };
  return undefined;
}

// ---------------------------------------------------------------- QTI 2.1

type Declaration = {
  cardinality: string;
  baseType: string;
  correct: string[];
  mapping: { key: string; value: number; caseSensitive: boolean }[];
};

const INTERACTIONS = /Interaction$/;

function declarations(item: XmlElement): Map<string, Declaration> {
  const map = new Map<string, Declaration>();
  for (const d of elements(item, 'responseDeclaration')) {
    map.set(d.attrs.identifier ?? '', {
      cardinality: d.attrs.cardinality ?? 'single',
      baseType: d.attrs.baseType ?? 'identifier',
      correct: elements(child(d, 'correctResponse') ?? d, 'value').map((v) => textContent(v).trim()),
      mapping: elements(child(d, 'mapping') ?? { name: 'mapping', attrs: {}, children: [] }, 'mapEntry').map((e) => ({
        key: e.attrs.mapKey ?? '',
        value: readDecimal(e.attrs.mappedValue ?? '0') ?? 0,
        caseSensitive: !/^false$/i.test(e.attrs.caseSensitive ?? 'true'),
      })),
    });
  }
  return map;
}

/** The item body as HTML with `target` replaced (inline interactions) or removed, and feedback blocks removed. */
function bodyHtml(el: XmlElement, target: XmlElement | undefined, replacement: string): string {
  return el.children
    .map((n: XmlNode) => {
      if (!isElement(n)) return outerXml(n);
      if (n === target) return replacement;
      if (n.name === 'feedbackBlock' || n.name === 'feedbackInline' || n.name === 'rubricBlock') return '';
      if (INTERACTIONS.test(n.name)) return '';
      if (n.children.length === 0) return outerXml(n);
      return `<${n.name}${Object.entries(n.attrs)
        .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
        .join('')}>${bodyHtml(n, target, replacement)}</${n.name}>`;
    })
    .join('');
}

function readQti21(item: XmlElement, line: number, rich: RichText, c: Collected): void {
  rich.startQuestion();
  const q = readItem21(item, line, rich, c);
  for (const p of rich.problems) c.errors.push({ line, message: p });
  if (q !== undefined && rich.problems.length === 0) c.questions.push({ ...q, media: rich.media() });
}

function readItem21(item: XmlElement, line: number, rich: RichText, c: Collected): ImportedQuestion | undefined {
  const title = item.attrs.title ?? '';
  const body = child(item, 'itemBody');
  const found = body ? allInteractions(body) : [];
  const interaction = found[0];
  const inline = interaction?.name === 'textEntryInteraction' || interaction?.name === 'inlineChoiceInteraction';
  const stemParts = body ? [rich.html(bodyHtml(body, interaction, inline ? '______' : ''))] : [];
  const prompt = interaction ? child(interaction, 'prompt') : undefined;
  if (prompt) stemParts.push(rich.html(innerXml(prompt)));
  const stem = stemParts.filter((p) => p !== '').join('\n\n');
  const name = title || titleFrom(stem);
  const skipAs = (type: string, reason: string) => {
    c.skipped.push({ title: name, reason, line, type });
    return undefined;
  };
  const err = (message: string) => {
    c.errors.push({ line, message: `${name}: ${message}` });
    return undefined;
  };
  if (interaction === undefined) return skipAs('description', 'the item asks nothing (no interaction)');
  if (found.length > 1) return skipAs('cloze', `the item has ${found.length} interactions; Roundhouse items have one`);
  const decl = declarations(item).get(interaction.attrs.responseIdentifier ?? '');
  if (decl === undefined) return err(`no <responseDeclaration> for "${interaction.attrs.responseIdentifier}"`);
  const template = child(item, 'responseProcessing')?.attrs.template ?? '';
  const mapped = /map_response/.test(template) && decl.mapping.length > 0;
  const feedback = [
    ...descendants(item, 'modalFeedback'),
    ...(body ? [...descendants(body, 'feedbackBlock'), ...descendants(body, 'feedbackInline')] : []),
  ]
    .map((f) => rich.html(innerXml(f)))
    .filter((t) => t !== '');
  const base = { title, stem, line, category: '', explanation: feedback.join('\n\n') };
  const choiceText = (el: XmlElement) => rich.html(bodyHtml(el, undefined, ''));

  switch (interaction.name) {
    case 'choiceInteraction': {
      const choices = elements(interaction, 'simpleChoice').map((s) => ({
        id: s.attrs.identifier ?? '',
        text: choiceText(s),
      }));
      const multiple = decl.cardinality === 'multiple';
      let options: ImportedOption[];
      let scoring: 'all-or-nothing' | undefined;
      if (mapped) {
        const total = multiple
          ? decl.mapping.filter((m) => m.value > 0).reduce((s, m) => s + m.value, 0)
          : Math.max(0, ...decl.mapping.map((m) => m.value));
        if (total <= 0) return err('no choice earns points in the mapping');
        options = choices.map((ch) => ({
          text: ch.text,
          fraction: (decl.mapping.find((m) => m.key === ch.id)?.value ?? 0) / total,
        }));
      } else {
        const k = decl.correct.length;
        if (k === 0) return err('there is no <correctResponse>');
        options = choices.map((ch) => ({
          text: ch.text,
          fraction: decl.correct.includes(ch.id) ? (multiple ? 1 / k : 1) : 0,
        }));
        if (multiple) scoring = 'all-or-nothing';
      }
      if (!multiple && options.length === 2) {
        const t = options.find((o) => TRUE_TEXT.test(o.text));
        const f = options.find((o) => FALSE_TEXT.test(o.text));
        if (t && f)
          return question({
            ...base,
            type: 'true_false',
            options: [
              { ...t, text: 'True' },
              { ...f, text: 'False' },
            ],
          });
      }
      return question({ ...base, type: multiple ? 'multiple' : 'single', options, ...(scoring ? { scoring } : {}) });
    }
    case 'textEntryInteraction': {
      const numeric = /float|integer/.test(decl.baseType);
      const entries = new Map<string, number>();
      for (const v of decl.correct) entries.set(v, 1);
      if (mapped) {
        const top = Math.max(0, ...decl.mapping.map((m) => m.value));
        for (const m of decl.mapping) entries.set(m.key, top > 0 ? m.value / top : 0);
      }
      if (entries.size === 0) return err('there is no <correctResponse> or mapping');
      if (numeric) {
        const equal = descendant(child(item, 'responseProcessing'), 'equal');
        const tolerance =
          equal && /absolute/.test(equal.attrs.toleranceMode ?? '')
            ? (readDecimal((equal.attrs.tolerance ?? '0').split(/\s+/)[0] ?? '0') ?? 0)
            : 0;
        return question({
          ...base,
          type: 'numeric',
          accepted: [...entries].map(([text, fraction]) => ({ text, fraction, tolerance })),
        });
      }
      const caseSensitive = !mapped || decl.mapping.some((m) => m.caseSensitive);
      return question({
        ...base,
        type: 'fill_blank',
        accepted: [...entries].map(([text, fraction]) => ({ text, fraction })),
        ...(caseSensitive && mapped ? { caseSensitive } : {}),
      });
    }
    case 'orderInteraction': {
      const choices = new Map(
        elements(interaction, 'simpleChoice').map((s) => [s.attrs.identifier ?? '', choiceText(s)]),
      );
      const steps = decl.correct.map((id) => choices.get(id));
      if (steps.length === 0 || steps.some((s) => s === undefined))
        return err('the <correctResponse> does not list the choices in order');
      return question({ ...base, type: 'ordering', steps: steps as string[] });
    }
    case 'matchInteraction':
    case 'associateInteraction': {
      const sets = elements(interaction, 'simpleMatchSet');
      const choices = new Map(
        (interaction.name === 'matchInteraction'
          ? sets.flatMap((s) => elements(s, 'simpleAssociableChoice'))
          : elements(interaction, 'simpleAssociableChoice')
        ).map((s) => [s.attrs.identifier ?? '', choiceText(s)]),
      );
      const pairs: { prompt: string; answer: string }[] = [];
      for (const value of decl.correct) {
        const [from = '', to = ''] = value.split(/\s+/);
        const prompt = choices.get(from);
        const answer = choices.get(to);
        if (prompt === undefined || answer === undefined) return err(`the pair "${value}" names an unknown choice`);
        pairs.push({ prompt, answer });
      }
      if (interaction.name === 'matchInteraction') {
        const sources = elements(sets[0] ?? interaction, 'simpleAssociableChoice').map((s) => choiceText(s));
        const unpaired = sources.filter((s) => !pairs.some((p) => p.prompt === s));
        if (unpaired.length > 0) return err(`the prompt "${unpaired[0]}" has no right answer`);
      }
      const used = new Set(pairs.flatMap((p) => [p.prompt, p.answer]));
      const targets =
        interaction.name === 'matchInteraction'
          ? elements(sets[1] ?? interaction, 'simpleAssociableChoice').map((s) => choiceText(s))
          : [...choices.values()];
      const distractors = targets.filter((t) => !used.has(t));
      const values = new Set(decl.mapping.filter((m) => decl.correct.includes(m.key)).map((m) => m.value));
      if (mapped && values.size > 1)
        c.warnings.push({
          line,
          message: `${name}: the pairs carry different points; in Roundhouse each pair counts the same`,
        });
      return question({ ...base, type: 'matching', pairs, distractors });
    }
    case 'hotspotInteraction': {
      const object = child(interaction, 'object');
      const width = readDecimal(object?.attrs.width ?? '');
      const height = readDecimal(object?.attrs.height ?? '');
      if (!object || !width || !height)
        return skipAs('hotspot', 'the hotspot image has no width and height, so its regions cannot be placed');
      const image = rich.image(object.attrs.data ?? '');
      if (image === undefined) return err('the hotspot image has no address');
      const regions: ImportedRegion[] = [];
      for (const h of elements(interaction, 'hotspotChoice')) {
        if (!decl.correct.includes(h.attrs.identifier ?? '')) continue;
        if ((h.attrs.shape ?? '') !== 'rect')
          return skipAs('hotspot', `the region shape "${h.attrs.shape}" is not a rectangle`);
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = (h.attrs.coords ?? '').split(',').map((n) => readDecimal(n) ?? 0);
        regions.push({ x: x1 / width, y: y1 / height, w: (x2 - x1) / width, h: (y2 - y1) / height });
      }
      return question({
        ...base,
        type: 'hotspot',
        hotspot: { image, imageAlt: textContent(object).trim() || (object.attrs.title ?? ''), regions },
      });
    }
    case 'extendedTextInteraction':
    case 'uploadInteraction':
    case 'drawingInteraction':
      return skipAs('essay', 'an open answer needs marking by hand; Roundhouse marks every item automatically');
    case 'inlineChoiceInteraction':
    case 'gapMatchInteraction':
    case 'hottextInteraction':
      return skipAs('cloze', `${interaction.name} embeds choices in the text; Roundhouse has no such question`);
    default:
      return skipAs(interaction.name, `QTI ${interaction.name} has no Roundhouse equivalent`);
  }
}

function allInteractions(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const ch of elements(e)) {
      if (INTERACTIONS.test(ch.name)) out.push(ch);
      else walk(ch);
    }
  };
  walk(el);
  return out;
}

/**
 * Parses a QTI 1.2 or 2.1 file. `fileName` (with its folder) locates the images the items refer to.
 * @example parseQti(readFileSync('items/choice.xml'), 'items/choice.xml').items[0]?.type // 'single'
 */
export function parseQti(input: FileInput, fileName = ''): ImportReport {
  return finishReport(readQti(input, fileName));
}
