import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { ItemSource } from '../contract/item-source.js';

/** Key order in written files: what a reader looks for first. */
const ORDER = [
  'id',
  'type',
  'topic',
  'subjects',
  'post',
  'models',
  'source',
  'difficulty',
  'tags',
  'references',
  'rules',
  'lang',
  'stem',
];

function ordered(item: ItemSource): Record<string, unknown> {
  const entries = Object.entries(item).filter(([, v]) => v !== undefined);
  const rank = (k: string) =>
    ORDER.includes(k) ? ORDER.indexOf(k) : k === 'explanation' ? 98 : k === 'translations' ? 99 : 50;
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * Writes items in the bank layout, `items/<area>/<topic>.yaml`, one YAML list per topic, sorted by id — the
 * same form teachers write by hand, so exported items can be committed to question-bank/.
 * Returns the files written.
 */
export function writeBankItems(dir: string, items: readonly ItemSource[]): string[] {
  const byTopic = new Map<string, ItemSource[]>();
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    const list = byTopic.get(item.topic) ?? [];
    list.push(item);
    byTopic.set(item.topic, list);
  }
  const written: string[] = [];
  for (const [topic, list] of byTopic) {
    const [area, name] = topic.split('.');
    const file = join(dir, 'items', area ?? 'unsorted', `${name ?? topic}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, stringify(list.map(ordered), { lineWidth: 110 }));
    written.push(file);
  }
  return written;
}
