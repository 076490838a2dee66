import {
  type FileReport,
  type ImportFormat,
  importFile,
  prefixMedia,
  toBankItem,
  toReport,
} from '../bank/formats/index.js';
import type { User } from '../contract/auth.js';
import type { ItemDraft } from '../contract/item-source.js';
import type { ImportDefaults } from '../contract/items.js';
import { insertMedia } from '../db/repositories/media.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import { canAuthor } from '../domain/items/lifecycle.js';
import { sniffImageType } from '../domain/media.js';
import { token } from '../random.js';
import { insertDraft, problemsOf } from './items-service.js';

/** Files often carry no feedback; the draft says so plainly until an author writes the explanation. */
const NO_EXPLANATION =
  'Imported without an explanation: write one (why the key is right, why the others are wrong) before publishing.';

export type ImportOutcome = {
  format: ImportFormat | null;
  report: ReturnType<typeof toReport>;
  /** Ids of the drafts created; empty on a dry run or when anything was wrong. */
  created: string[];
  dryRun: boolean;
};

/**
 * Imports one file as draft items, all or nothing: the file is parsed, every question is converted and
 * checked like an authored item, and only when nothing is wrong are the drafts (and the images the file
 * carried) written, in one transaction. Questions Roundhouse cannot represent are listed as skipped.
 */
export async function importQuestions(
  deps: Deps,
  /** Who imports; null for the command line (the drafts then have no author). */
  actor: User | null,
  file: { bytes: Uint8Array; name: string },
  options: { format?: ImportFormat | undefined; defaults: ImportDefaults; dryRun: boolean },
): Promise<ImportOutcome> {
  if (actor && !canAuthor(actor.roles)) throw new DomainError('forbidden', 'Only authors can import items.');
  // Media names get a per-import prefix so two files' image1.png never collide.
  const parsed: FileReport = await importFile(file.bytes, file.name, options.format);
  const report = { ...prefixMedia(parsed, `import-${token(deps.random, 4)}`), format: parsed.format };
  const errors = [...report.errors];
  const skipped = [...report.skipped];
  const drafts: { draft: ItemDraft; line: number }[] = [];

  for (const q of report.items) {
    const converted = toBankItem(q, { ...options.defaults, id: 'import-0000', explanation: NO_EXPLANATION });
    if (!converted.ok) {
      if (converted.skipped)
        skipped.push({ title: q.title, reason: converted.problems.join('; '), line: q.line, type: q.type });
      else for (const message of converted.problems) errors.push({ line: q.line, message: `${q.title}: ${message}` });
      continue;
    }
    const { id: _placeholder, ...draft } = converted.item;
    for (const message of await problemsOf(deps, draft))
      errors.push({ line: q.line, message: `${q.title}: ${message}` });
    drafts.push({ draft, line: q.line });
  }
  const images = [...new Map(report.items.flatMap((q) => q.media).map((m) => [m.name, m])).values()];
  for (const m of images) {
    if (!m.bytes)
      errors.push({ line: 1, message: `The image ${m.name} is referenced but not inside the file (${m.source}).` });
    else if (!sniffImageType(m.bytes))
      errors.push({ line: 1, message: `${m.name} is not a PNG, JPEG, GIF or WebP image.` });
  }

  const publicReport = toReport({ ...report, errors, skipped });
  const outcome: ImportOutcome = {
    format: report.format ?? null,
    report: publicReport,
    created: [],
    dryRun: options.dryRun,
  };
  if (errors.length > 0 || options.dryRun) return outcome;

  const now = deps.clock();
  outcome.created = await deps.database.db.transaction(async (tx) => {
    for (const m of images) {
      const mime = m.bytes && sniffImageType(m.bytes);
      if (m.bytes && mime)
        await insertMedia(tx, {
          name: m.name,
          mime,
          bytes: m.bytes,
          size: m.bytes.length,
          createdBy: actor?.id ?? null,
          createdAt: now,
        });
    }
    const ids: string[] = [];
    for (const { draft } of drafts)
      ids.push(await insertDraft(deps, tx, actor, draft, 'imported', `Imported from ${file.name}`));
    return ids;
  });
  return outcome;
}
