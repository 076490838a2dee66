import { ITEM_LANGUAGES, type ItemContent, type ItemLanguage } from './item.js';

/** The fields of `ItemText` that label ids: option, step, prompt and answer texts. */
export type LabelField = 'options' | 'steps' | 'prompts' | 'answers';

/** The languages an item is written in, main language first. */
export function languagesOf(content: ItemContent): ItemLanguage[] {
  const others = ITEM_LANGUAGES.filter((l) => l !== content.lang && content.texts[l] !== undefined);
  return content.texts[content.lang] === undefined ? others : [content.lang, ...others];
}

/** The language a learner asking for `lang` is shown: `lang` when the item has it, else the main language. */
export function shownLanguage(content: ItemContent, lang: ItemLanguage): ItemLanguage {
  return content.texts[lang] === undefined ? content.lang : lang;
}

/** The stem in `lang`, falling back to the main language. */
export function stemIn(content: ItemContent, lang: ItemLanguage): string {
  return content.texts[shownLanguage(content, lang)]?.stem ?? content.texts[content.lang]?.stem ?? '';
}

/** The text of one option, step, prompt or answer in `lang`, falling back to the main language, then the id. */
export function labelIn(content: ItemContent, lang: ItemLanguage, field: LabelField, id: string): string {
  return (
    own(content.texts[shownLanguage(content, lang)]?.[field], id) ?? own(content.texts[content.lang]?.[field], id) ?? id
  );
}

/** `record[id]` for own properties only, so an id like "constructor" never reads the prototype. */
export function own(record: Record<string, string> | undefined, id: string): string | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Problems every item can have: no text in its main language, or a blank stem or explanation. */
export function textProblems(content: ItemContent): string[] {
  const problems: string[] = [];
  if (content.texts[content.lang] === undefined)
    problems.push(`there is no text in the main language (${content.lang})`);
  for (const lang of languagesOf(content)) {
    const text = content.texts[lang];
    if (text === undefined) continue;
    if (text.stem.trim() === '') problems.push(`${lang}: the stem is empty`);
    if (text.explanation.trim() === '') problems.push(`${lang}: the explanation is empty`);
  }
  return problems;
}

/** Problems of a list of ids: empty ids, or the same id twice. */
export function idProblems(ids: readonly string[], noun: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === '') problems.push(`a ${noun} has an empty id`);
    else if (seen.has(id)) problems.push(`${noun} id "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}

/**
 * Problems of the texts labelling `ids` in every language: a missing or blank text, a text for an id that does
 * not exist, or two ids with the same text (the learner could not tell them apart).
 */
export function labelProblems(content: ItemContent, field: LabelField, ids: readonly string[], noun: string): string[] {
  const problems: string[] = [];
  for (const lang of languagesOf(content)) {
    const labels = content.texts[lang]?.[field];
    const byText = new Map<string, string>();
    for (const id of ids) {
      const label = own(labels, id);
      if (label === undefined) problems.push(`${lang}: ${noun} "${id}" has no text`);
      else if (label.trim() === '') problems.push(`${lang}: ${noun} "${id}" has an empty text`);
      else {
        const same = label.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
        const twin = byText.get(same);
        if (twin !== undefined) problems.push(`${lang}: ${noun}s "${twin}" and "${id}" have the same text`);
        else byText.set(same, id);
      }
    }
    for (const id of Object.keys(labels ?? {}))
      if (!ids.includes(id)) problems.push(`${lang}: there is text for ${noun} "${id}", which does not exist`);
  }
  return problems;
}
