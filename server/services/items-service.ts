import { diffLines } from 'diff';
import { stringify } from 'yaml';
import { prepareItem } from '../bank/prepare-item.js';
import { positionalIds } from '../bank/to-item-content.js';
import type { User } from '../contract/auth.js';
import type { PageQuery } from '../contract/common.js';
import type { ItemDraft, ItemSource } from '../contract/item-source.js';
import type { ItemDetail, ItemSummary } from '../contract/items.js';
import type { Db } from '../db/client.js';
import { listSubjects } from '../db/repositories/bank.js';
import {
  closeReport,
  findItem,
  findItemVersion,
  highestItemNumber,
  type ItemFilter,
  insertEvent,
  insertItem,
  insertReport,
  insertVersion,
  listEvents,
  listItems,
  listItemVersions,
  listReports,
  topicExists,
  updateItemIfVersion,
  updateVersionAuthored,
} from '../db/repositories/items.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import type { ItemLanguage } from '../domain/items/item.js';
import {
  canAuthor,
  canEdit,
  canReview,
  ITEM_ACTIONS,
  type ItemAction,
  type ReportReason,
  transition,
} from '../domain/items/lifecycle.js';
import { checkItem, questionKind } from '../domain/items/registry.js';
import { token } from '../random.js';
import { toPage, window } from './pages.js';

const iso = (d: Date) => d.toISOString();

/** Teachers and admins see every item; other authors see published items and their own. */
const visibility = (viewer: User): Pick<ItemFilter, 'visibleTo'> =>
  canReview(viewer.roles) ? {} : { visibleTo: viewer.id };

export async function listItemsPage(deps: Deps, viewer: User, query: PageQuery & Omit<ItemFilter, 'visibleTo'>) {
  const { rows, total } = await listItems(
    deps.database.db,
    { ...query, ...visibility(viewer) },
    window(query).limit,
    window(query).offset,
  );
  const items: ItemSummary[] = rows.map(({ item, content, openReports }) => ({
    id: item.id,
    kind: item.kind,
    status: item.status,
    topicId: item.topicId,
    subjects: item.subjects,
    source: item.source,
    lang: item.lang,
    languages: Object.keys(content.texts) as ItemLanguage[],
    stem: (content.texts[item.lang]?.stem ?? '').slice(0, 300),
    currentVersion: item.currentVersion,
    openReports,
    updatedAt: iso(item.updatedAt),
  }));
  return toPage(items, total, query);
}

async function loadVisible(deps: Deps, viewer: User, id: string) {
  const found = await findItem(deps.database.db, id);
  const visible =
    found && (canReview(viewer.roles) || found.item.status === 'published' || found.item.createdBy === viewer.id);
  if (!found || !visible) throw new DomainError('not_found', 'No such item.');
  return found;
}

export async function getItem(deps: Deps, viewer: User, id: string): Promise<ItemDetail> {
  const { db } = deps.database;
  const { item, version } = await loadVisible(deps, viewer, id);
  const [versions, events, reports] = await Promise.all([
    listItemVersions(db, id),
    listEvents(db, id),
    listReports(db, id),
  ]);
  const isAuthor = item.createdBy === viewer.id;
  return {
    id: item.id,
    status: item.status,
    currentVersion: item.currentVersion,
    origin: item.origin,
    source: version.authored,
    versions: versions.map((v) => ({ version: v.version, createdAt: iso(v.createdAt), createdBy: v.createdBy })),
    events: events.map((e) => ({ ...e, at: iso(e.at) })),
    reports: reports.map(({ report, reporter }) => ({
      id: report.id,
      version: report.version,
      reason: report.reason,
      comment: report.comment,
      status: report.status,
      reporter,
      createdAt: iso(report.createdAt),
      resolution: report.resolution,
    })),
    can: {
      edit: canEdit(item.status, viewer.roles, isAuthor),
      actions: ITEM_ACTIONS.filter(
        (a) => transition(item.status, a, viewer.roles).ok && (a !== 'submit' || isAuthor || canReview(viewer.roles)),
      ),
    },
  };
}

/** Checks an authored item against the database (topic, subjects) and its kind's rules; throws with every problem. */
async function assertValid(deps: Deps, source: ItemDraft) {
  const problems = await problemsOf(deps, source);
  if (problems.length > 0) throw new DomainError('validation_failed', problems[0] ?? 'Invalid item.', { problems });
}

export async function problemsOf(deps: Deps, source: ItemDraft): Promise<string[]> {
  const { db } = deps.database;
  const problems: string[] = [];
  if (!(await topicExists(db, source.topic))) problems.push(`Unknown topic ${source.topic}.`);
  const subjects = new Set((await listSubjects(db)).map((s) => s.id));
  for (const s of source.subjects) if (!subjects.has(s)) problems.push(`Unknown subject ${s}.`);
  problems.push(...checkItem(prepareItem({ ...source, id: 'check-0000' } as ItemSource, positionalIds).content));
  return problems;
}

const randomIds = (deps: Deps) => () => token(deps.random, 6);

/**
 * Stores a new draft inside a transaction: the next free id in its topic's area (e.g. `brakes-0049`),
 * version 1, and a `created` event. Shared by the editor and imports. Returns the id.
 */
export async function insertDraft(
  deps: Deps,
  tx: Db,
  actor: User | null,
  draft: ItemDraft,
  origin: 'authored' | 'imported',
  comment: string | null = null,
): Promise<string> {
  const area = draft.topic.split('.')[0] ?? draft.topic;
  const now = deps.clock();
  const next = (await highestItemNumber(tx, area)) + 1;
  const source = { ...draft, id: `${area}-${String(next).padStart(4, '0')}` } as ItemSource;
  const p = prepareItem(source, randomIds(deps));
  await insertItem(tx, {
    id: source.id,
    ...p.meta,
    metaHash: p.metaHash,
    status: 'draft',
    currentVersion: 1,
    origin,
    createdBy: actor?.id ?? null,
    createdAt: now,
    updatedAt: now,
  });
  await insertVersion(tx, {
    itemId: source.id,
    version: 1,
    content: p.content,
    contentHash: p.contentHash,
    authored: p.authored,
    createdAt: now,
    createdBy: actor?.id ?? null,
  });
  await insertEvent(tx, {
    itemId: source.id,
    version: 1,
    action: 'created',
    actorId: actor?.id ?? null,
    comment,
    at: now,
  });
  return source.id;
}

/** Creates a draft from the editor. */
export async function createItem(deps: Deps, actor: User, draft: ItemDraft): Promise<ItemDetail> {
  if (!canAuthor(actor.roles)) throw new DomainError('forbidden', 'Only teachers, craftsmen and admins author items.');
  await assertValid(deps, draft);
  const id = await deps.database.db.transaction((tx) => insertDraft(deps, tx, actor, draft, 'authored'));
  return getItem(deps, actor, id);
}

/**
 * Saves an edit. Changed content makes a new version (answers keep pointing at the one they answered);
 * metadata-only changes update the item in place. Refused if someone else saved since `baseVersion`.
 */
export async function updateItem(deps: Deps, actor: User, id: string, draft: ItemDraft, baseVersion: number) {
  const { item, version } = await loadVisible(deps, actor, id);
  if (!canEdit(item.status, actor.roles, item.createdBy === actor.id))
    throw new DomainError('forbidden', 'You cannot edit this item in its current state.');
  if (baseVersion !== item.currentVersion)
    throw new DomainError(
      'conflict',
      `This item was changed by someone else (now version ${item.currentVersion}). Reload it.`,
    );
  const source = { ...draft, id } as ItemSource;
  await assertValid(deps, draft);
  const p = prepareItem(source, randomIds(deps));
  const now = deps.clock();
  const contentChanged = p.contentHash !== version.contentHash;
  if (!contentChanged && p.metaHash === item.metaHash) return getItem(deps, actor, id);
  await deps.database.db.transaction(async (tx) => {
    const next = contentChanged ? item.currentVersion + 1 : item.currentVersion;
    const ok = await updateItemIfVersion(tx, id, item.currentVersion, {
      ...p.meta,
      metaHash: p.metaHash,
      currentVersion: next,
      updatedAt: now,
    });
    if (!ok) throw new DomainError('conflict', 'This item was changed by someone else. Reload it.');
    if (contentChanged)
      await insertVersion(tx, {
        itemId: id,
        version: next,
        content: p.content,
        contentHash: p.contentHash,
        authored: p.authored,
        createdAt: now,
        createdBy: actor.id,
      });
    else await updateVersionAuthored(tx, id, next, p.authored); // metadata lives in the authored form too
    await insertEvent(tx, { itemId: id, version: next, action: 'edited', actorId: actor.id, at: now });
  });
  return getItem(deps, actor, id);
}

/** Moves an item through its lifecycle (submit, approve/publish, request changes, retire, restore). */
export async function changeStatus(deps: Deps, actor: User, id: string, action: ItemAction, comment?: string) {
  const { item } = await loadVisible(deps, actor, id);
  const result = transition(item.status, action, actor.roles);
  if (!result.ok)
    throw result.reason === 'role'
      ? new DomainError('forbidden', 'Only teachers and admins can review and publish items.')
      : new DomainError(
          'conflict',
          `An item that is ${item.status.replace('_', ' ')} cannot be given “${action.replace('_', ' ')}”.`,
        );
  if (action === 'submit' && item.createdBy !== actor.id && !canReview(actor.roles))
    throw new DomainError('forbidden', 'Only the author can submit this draft.');
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    const ok = await updateItemIfVersion(tx, id, item.currentVersion, { status: result.to, updatedAt: now });
    if (!ok) throw new DomainError('conflict', 'This item was changed by someone else. Reload it.');
    await insertEvent(tx, {
      itemId: id,
      version: item.currentVersion,
      action,
      actorId: actor.id,
      comment: comment ?? null,
      at: now,
    });
  });
  return getItem(deps, actor, id);
}

export async function commentOnItem(deps: Deps, actor: User, id: string, comment: string) {
  const { item } = await loadVisible(deps, actor, id);
  await insertEvent(deps.database.db, {
    itemId: id,
    version: item.currentVersion,
    action: 'commented',
    actorId: actor.id,
    comment,
    at: deps.clock(),
  });
  return getItem(deps, actor, id);
}

/** A readable line diff between two versions of the authored item (as YAML). */
export async function diffVersions(deps: Deps, viewer: User, id: string, from: number, to: number) {
  await loadVisible(deps, viewer, id);
  const [a, b] = await Promise.all([
    findItemVersion(deps.database.db, id, from),
    findItemVersion(deps.database.db, id, to),
  ]);
  if (!a || !b) throw new DomainError('not_found', 'No such version.');
  const lines = diffLines(stringify(a.authored, { lineWidth: 100 }), stringify(b.authored, { lineWidth: 100 })).flatMap(
    (part) =>
      part.value
        .replace(/\n$/, '')
        .split('\n')
        .map((text) => ({
          op: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
          text,
        })),
  );
  return { from, to, lines };
}

/** What a student will see, and every problem the validator finds, without saving anything. */
export async function previewItem(deps: Deps, draft: ItemDraft, lang: ItemLanguage) {
  const source = { ...draft, id: 'preview-0000' } as ItemSource;
  const problems = await problemsOf(deps, draft);
  const { content } = prepareItem(source, positionalIds);
  const kind = questionKind(content.key.kind);
  const structural = kind.check(content.key, content);
  const view = structural.length > 0 ? null : kind.present(content.key, content, lang, (xs) => [...xs].reverse());
  return { view, problems };
}

/** A learner reports a problem with a published item; it lands in the review queue. */
export async function reportItem(deps: Deps, reporter: User, id: string, reason: ReportReason, comment: string) {
  const found = await findItem(deps.database.db, id);
  if (found?.item.status !== 'published') throw new DomainError('not_found', 'No such item.');
  const now = deps.clock();
  await insertReport(deps.database.db, {
    itemId: id,
    version: found.item.currentVersion,
    reporterId: reporter.id,
    reason,
    comment,
    createdAt: now,
  });
  return { received: true };
}

export async function closeItemReport(
  deps: Deps,
  actor: User,
  reportId: string,
  status: 'resolved' | 'dismissed',
  resolution?: string,
) {
  const row = await closeReport(deps.database.db, reportId, {
    status,
    resolvedBy: actor.id,
    resolvedAt: deps.clock(),
    resolution: resolution ?? null,
  });
  if (!row) throw new DomainError('not_found', 'No such open report.');
  await insertEvent(deps.database.db, {
    itemId: row.itemId,
    version: row.version,
    action: 'commented',
    actorId: actor.id,
    comment: `Report ${status}${resolution ? `: ${resolution}` : ''}`,
    at: deps.clock(),
  });
  return getItem(deps, actor, row.itemId);
}
