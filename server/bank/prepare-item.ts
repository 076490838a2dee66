import type { ItemSource } from '../contract/item-source.js';
import type { ItemContent } from '../domain/items/item.js';
import { hashOf } from './load-bank.js';
import { type IdMaker, positionalIds, toItemContent } from './to-item-content.js';

const DIFFICULTY = { easy: -1, medium: 0, hard: 1 } as const;

/** An authored item made ready to store: its metadata columns, its content, and hashes to detect change. */
export type PreparedItem = {
  meta: {
    kind: ItemSource['type'];
    topicId: string;
    subjects: string[];
    post: ItemSource['post'];
    source: ItemSource['source'];
    difficulty: number;
    lang: ItemSource['lang'];
    tags: string[];
    models: string[];
    references: string[];
    rules: string | null;
    searchText: string;
  };
  metaHash: string;
  content: ItemContent;
  contentHash: string;
  authored: ItemSource;
};

/**
 * Splits an authored item into what the database keeps. Content is hashed with positional ids (so the same
 * text always hashes the same) but stored with `ids` — random ones in production, so ids never reveal a key.
 */
export function prepareItem(source: ItemSource, ids: IdMaker): PreparedItem {
  const positional = toItemContent(source, positionalIds);
  const meta = {
    kind: source.type,
    topicId: source.topic,
    subjects: source.subjects,
    post: source.post,
    source: source.source,
    difficulty: DIFFICULTY[source.difficulty],
    lang: source.lang,
    tags: source.tags ?? [],
    models: source.models ?? [],
    references: source.references,
    rules: source.rules ?? null,
    searchText: searchTextOf(source.id, source.tags ?? [], positional),
  };
  return {
    meta,
    metaHash: hashOf(meta),
    content: ids === positionalIds ? positional : toItemContent(source, ids),
    contentHash: hashOf(positional),
    authored: source,
  };
}

function searchTextOf(id: string, tags: string[], content: ItemContent): string {
  const parts = [id, ...tags];
  for (const t of Object.values(content.texts)) {
    if (!t) continue;
    parts.push(t.stem, t.explanation, ...Object.values(t.options ?? {}), ...Object.values(t.steps ?? {}));
    parts.push(...Object.values(t.prompts ?? {}), ...Object.values(t.answers ?? {}), ...(t.accepted ?? []));
  }
  return parts.join(' ').toLowerCase();
}
