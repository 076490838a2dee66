import { checkItem } from '../domain/items/registry.js';
import type { Bank } from './load-bank.js';
import { positionalIds, toItemContent } from './to-item-content.js';
import type { Problem } from './yaml-file.js';

const IMAGE_REF = /!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g;

/**
 * Cross-checks a loaded bank: references between files (topics, subjects, media), duplicate ids, matching
 * translations, each kind's structural rules, that every item grades its own correct answer as right and a
 * wrong answer as wrong, and that each certification's blueprint can be filled from the published items.
 */
export function checkBank(bank: Bank): Problem[] {
  const problems: Problem[] = [];
  const subjectIds = new Set(bank.subjects.map((s) => s.id));
  const topicIds = new Set<string>();
  const seenAreas = new Set<string>();
  for (const area of bank.areas) {
    if (seenAreas.has(area.id)) problems.push({ file: area.file, line: 1, message: `duplicate area id ${area.id}` });
    seenAreas.add(area.id);
    for (const t of area.topics) {
      if (!t.id.startsWith(`${area.id}.`))
        problems.push({ file: area.file, line: 1, message: `topic ${t.id} must start with "${area.id}."` });
      if (topicIds.has(t.id)) problems.push({ file: area.file, line: 1, message: `duplicate topic id ${t.id}` });
      topicIds.add(t.id);
    }
  }

  const seen = new Map<string, string>();
  for (const { item, file, line } of bank.items) {
    const at = (message: string) => problems.push({ file, line, message: `${item.id}: ${message}` });
    const first = seen.get(item.id);
    if (first) at(`duplicate id (first at ${first})`);
    seen.set(item.id, `${file}:${line}`);
    if (!topicIds.has(item.topic)) at(`unknown topic ${item.topic}`);
    for (const s of item.subjects) if (!subjectIds.has(s)) at(`unknown subject ${s}`);
    if (item.type === 'hotspot' && !bank.media.has(item.image)) at(`image ${item.image} is not in media/`);
    for (const ref of imageRefs(item)) if (!bank.media.has(ref)) at(`image ${ref} is not in media/`);
    if (item.translations?.[item.lang]) at(`translations repeat the item's own language ${item.lang}`);
    for (const [lang, t] of Object.entries(item.translations ?? {})) {
      const mismatch = translationMismatch(item, t);
      if (mismatch) at(`${lang} translation: ${mismatch}`);
    }
    if (item.type === 'single' && item.options.filter((o) => o.correct).length !== 1)
      at('a single-choice item needs exactly one option marked correct');
    if (item.type === 'matching') {
      const answers = [...item.pairs.map((p) => p.answer), ...(item.distractors ?? [])];
      if (new Set(answers).size !== answers.length) at('matching answers must be distinct');
    }
    for (const m of checkItem(toItemContent(item, positionalIds))) at(m);
    for (const [where, text] of proseOf(item))
      if (hardWrapped(text))
        at(`${where} is hard-wrapped: a newline is a line break, so write each paragraph on one line`);
  }

  for (const cert of bank.certifications) {
    for (const s of cert.subjects) {
      if (!subjectIds.has(s.subject)) {
        problems.push({ file: cert.file, line: 1, message: `${cert.id}: unknown subject ${s.subject}` });
        continue;
      }
      for (const [type, needed] of Object.entries(s.blueprint.items)) {
        const pool = bank.items.filter(
          ({ item }) =>
            item.type === type &&
            item.subjects.includes(s.subject) &&
            (item.post === 'both' || item.post === cert.post),
        ).length;
        if (pool < (needed ?? 0))
          problems.push({
            file: cert.file,
            line: 1,
            message: `${cert.id}: the ${s.subject} blueprint needs ${needed} ${type} items but the bank has ${pool}`,
          });
      }
    }
  }
  return problems;
}

/** The item's stems and explanations, in every language, with where they are. */
function proseOf(item: Bank['items'][number]['item']): [string, string][] {
  return [
    ['stem', item.stem],
    ['explanation', item.explanation],
    ...Object.entries(item.translations ?? {}).flatMap(([lang, t]): [string, string][] => [
      [`${lang} stem`, t.stem],
      [`${lang} explanation`, t.explanation],
    ]),
  ];
}

/** Markdown lines that start a block (list, table, heading, quote, fence, formula): their breaks are meant. */
const BLOCK_LINE = /^\s*([-*+] |\d+[.)] |\||#|>|```|\$\$)/;

/**
 * A paragraph broken over several lines, as editors wrap text at a margin: a long prose line followed by
 * more prose. Short lines (an address, a verse) and Markdown blocks are left alone.
 */
export function hardWrapped(text: string): boolean {
  const lines = text.split('\n');
  return lines.some((line, i) => {
    const next = lines[i + 1];
    return line.trim().length >= 60 && !BLOCK_LINE.test(line) && next?.trim() && !BLOCK_LINE.test(next);
  });
}

function imageRefs(item: Bank['items'][number]['item']): string[] {
  const texts = [
    item.stem,
    item.explanation,
    ...Object.values(item.translations ?? {}).flatMap((t) => [t.stem, t.explanation]),
  ];
  if (item.type === 'single' || item.type === 'multiple') texts.push(...item.options.map((o) => o.text));
  return texts.flatMap((t) => [...t.matchAll(IMAGE_REF)].map((m) => m[1] ?? ''));
}

/** What a translation lacks or adds compared with the item's own texts, or null when it lines up. */
function translationMismatch(
  item: Bank['items'][number]['item'],
  t: NonNullable<Bank['items'][number]['item']['translations']>[string &
    keyof NonNullable<Bank['items'][number]['item']['translations']>],
): string | null {
  if (!t) return null;
  if (item.type === 'single' || item.type === 'multiple') {
    const ids = item.options
      .map((o) => o.id)
      .sort()
      .join(',');
    if (
      Object.keys(t.options ?? {})
        .sort()
        .join(',') !== ids
    )
      return `options must translate exactly ${ids}`;
  } else if (t.options) return 'only choice items have options';
  if (item.type === 'ordering') {
    if (t.steps?.length !== item.steps.length) return `steps must translate all ${item.steps.length} steps`;
  } else if (t.steps) return 'only ordering items have steps';
  if (item.type === 'matching') {
    if (t.pairs?.length !== item.pairs.length) return `pairs must translate all ${item.pairs.length} pairs`;
    if ((t.distractors?.length ?? 0) !== (item.distractors?.length ?? 0)) return 'distractors must all be translated';
  } else if (t.pairs || t.distractors) return 'only matching items have pairs and distractors';
  if (item.type !== 'fill_blank' && t.accepted) return 'only fill-in items have accepted answers';
  if (item.type !== 'hotspot' && t.image_alt) return 'only hotspot items have image_alt';
  return null;
}
