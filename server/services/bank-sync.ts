import { checkBank } from '../bank/check-bank.js';
import { type Bank, loadBank } from '../bank/load-bank.js';
import { prepareItem } from '../bank/prepare-item.js';
import {
  insertItems,
  insertItemVersions,
  itemFingerprints,
  type NewItem,
  updateItem,
  upsertAreas,
  upsertCertifications,
  upsertSubjects,
  upsertTopics,
} from '../db/repositories/bank.js';
import type { Deps } from '../deps.js';
import { token } from '../random.js';

export type SyncReport = { created: number; newVersions: number; metadataUpdated: number; unchanged: number };

/**
 * Brings the database in line with the bank files, idempotently and in one transaction: new items are
 * created published at version 1, items whose content changed get a new version (old answers keep theirs),
 * metadata changes update the item in place, and everything else is left alone. Items are never deleted.
 * The caller must only pass a bank without problems.
 */
export async function syncBank(deps: Deps, bank: Bank): Promise<SyncReport> {
  if (bank.problems.length > 0) throw new Error('refusing to sync a bank with problems');
  const now = deps.clock();
  // Stored versions get random opaque ids for steps, prompts and answers so the ids never reveal the key.
  const randomIds = () => token(deps.random, 6);

  return deps.database.db.transaction(async (tx) => {
    await upsertSubjects(
      tx,
      bank.subjects.map((s) => ({ id: s.id, title: s.title, titleZh: s.title_zh, safety: s.safety })),
    );
    await upsertAreas(
      tx,
      bank.areas.map((a, i) => ({ id: a.id, title: a.title, titleZh: a.title_zh, position: i })),
    );
    await upsertTopics(
      tx,
      bank.areas.flatMap((a) =>
        a.topics.map((t, i) => ({ id: t.id, areaId: a.id, title: t.title, titleZh: t.title_zh, position: i })),
      ),
    );
    await upsertCertifications(
      tx,
      bank.certifications.map((c) => ({
        id: c.id,
        title: c.title,
        titleZh: c.title_zh,
        post: c.post,
        definition: {
          subjects: c.subjects.map((s) => ({
            subject: s.subject,
            passScore: s.pass_score,
            maxScore: s.max_score,
            blueprint: { durationMinutes: s.blueprint.duration_minutes, items: s.blueprint.items },
          })),
        },
      })),
    );

    const existing = await itemFingerprints(tx);
    const report: SyncReport = { created: 0, newVersions: 0, metadataUpdated: 0, unchanged: 0 };
    const newItems: NewItem[] = [];
    const newVersions: Parameters<typeof insertItemVersions>[1] = [];
    for (const { item } of bank.items) {
      const p = prepareItem(item, randomIds);
      const version = { content: p.content, contentHash: p.contentHash, authored: p.authored, createdAt: now };
      const changed = { ...p.meta, metaHash: p.metaHash, updatedAt: now };
      const before = existing.get(item.id);
      if (!before) {
        newItems.push({
          id: item.id,
          ...changed,
          status: 'published',
          currentVersion: 1,
          origin: 'bank',
          createdAt: now,
        });
        newVersions.push({ itemId: item.id, version: 1, ...version });
        report.created++;
      } else if (before.contentHash !== p.contentHash) {
        newVersions.push({ itemId: item.id, version: before.currentVersion + 1, ...version });
        await updateItem(tx, item.id, { ...changed, currentVersion: before.currentVersion + 1 });
        report.newVersions++;
      } else if (before.metaHash !== p.metaHash) {
        await updateItem(tx, item.id, changed);
        report.metadataUpdated++;
      } else report.unchanged++;
    }
    await insertItems(tx, newItems);
    await insertItemVersions(tx, newVersions);
    return report;
  });
}

/**
 * Loads the bank folder from the configuration and syncs it, but only when it has no problems, so a
 * half-edited bank never half-lands. Logs what happened; returns the report or null when not synced.
 */
export async function syncConfiguredBank(deps: Deps): Promise<SyncReport | null> {
  const { config, logger } = deps;
  const bank = loadBank(config.bankDir);
  const problems = bank.problems.length > 0 ? bank.problems : checkBank(bank);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 20))
      logger.error('question bank problem', { at: `${p.file}:${p.line}`, message: p.message });
    logger.error('question bank not synced', { problems: problems.length, fix: 'npm run bank -- validate' });
    return null;
  }
  const report = await syncBank(deps, bank);
  logger.info('question bank synced', { dir: config.bankDir, items: bank.items.length, ...report });
  return report;
}
