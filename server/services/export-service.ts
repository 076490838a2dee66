import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_EXTENSIONS, type ExportFormat, exportQuestions, fromBankItem } from '../bank/formats/index.js';
import type { ItemSource } from '../contract/item-source.js';
import { listCurrentSources } from '../db/repositories/items.js';
import { findMedia } from '../db/repositories/media.js';
import type { Deps } from '../deps.js';
import type { ItemStatus } from '../domain/items/lifecycle.js';

const MIME: Record<ExportFormat, string> = {
  gift: 'text/plain; charset=utf-8',
  'moodle-xml': 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The current authored form of every item (retired ones left out, unless asked for by status). */
export async function currentSources(deps: Deps, status?: ItemStatus): Promise<ItemSource[]> {
  const rows = await listCurrentSources(deps.database.db);
  return rows.filter((r) => (status ? r.status === status : r.status !== 'retired')).map((r) => r.authored);
}

/**
 * Exports items to an interchange format, embedding their images (uploaded ones from the database, the
 * bank's from its media folder). Lists what the format cannot carry without loss.
 */
export async function exportItems(deps: Deps, format: ExportFormat, status?: ItemStatus) {
  const sources = await currentSources(deps, status);
  const images = new Map<string, Uint8Array>();
  for (const path of new Set(
    sources.flatMap((s) => [...JSON.stringify(s).matchAll(/media\/[\w.-]+/g)].map((m) => m[0])),
  )) {
    const name = path.slice('media/'.length);
    const stored = await findMedia(deps.database.db, name);
    const bytes = stored?.bytes ?? (await readFile(join(deps.config.bankDir, path)).catch(() => undefined));
    if (bytes) images.set(path, new Uint8Array(bytes));
  }
  const questions = sources.map((s) => fromBankItem(s, { readMedia: (path) => images.get(path) }));
  const { content, notExported } = await exportQuestions(questions, format);
  return {
    content,
    notExported,
    count: sources.length - notExported.length,
    fileName: `roundhouse-items.${EXPORT_EXTENSIONS[format]}`,
    mime: MIME[format],
  };
}
