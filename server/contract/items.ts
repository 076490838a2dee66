import { z } from 'zod';
import { ITEM_KINDS, ITEM_LANGUAGES } from '../domain/items/item.js';
import { ITEM_ACTIONS, ITEM_STATUSES, REPORT_REASONS } from '../domain/items/lifecycle.js';
import { PageQuery, page, text } from './common.js';

export type { Response as ItemResponse } from '../domain/items/item.js';
export { ITEM_KINDS, ITEM_LANGUAGES } from '../domain/items/item.js';
export { ITEM_ACTIONS, ITEM_STATUSES, REPORT_REASONS } from '../domain/items/lifecycle.js';

import { ItemDraft, ItemId, ItemSource } from './item-source.js';

export const ItemIdParam = z.object({ id: ItemId });

export const ItemListQuery = PageQuery.extend({
  area: z.string().max(50).optional(),
  topic: z.string().max(100).optional(),
  subject: z.string().max(50).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  source: z.enum(['teacher', 'craftsman']).optional(),
  lang: z.enum(ITEM_LANGUAGES).optional(),
  reported: z.enum(['true', 'false']).optional(),
});

export const ItemSummary = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  status: z.enum(ITEM_STATUSES),
  topicId: z.string(),
  subjects: z.array(z.string()),
  source: z.enum(['teacher', 'craftsman']),
  lang: z.enum(ITEM_LANGUAGES),
  languages: z.array(z.enum(ITEM_LANGUAGES)),
  /** The stem in the item's own language (Markdown, first 300 characters). */
  stem: z.string(),
  currentVersion: z.number().int(),
  openReports: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ItemSummary = z.infer<typeof ItemSummary>;
export const ItemPage = page(ItemSummary);

export const ItemEvent = z.object({
  action: z.string(),
  version: z.number().int(),
  actor: z.string().nullable(),
  comment: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
});

export const ItemReport = z.object({
  id: z.uuid(),
  version: z.number().int(),
  reason: z.enum(REPORT_REASONS),
  comment: z.string(),
  status: z.enum(['open', 'resolved', 'dismissed']),
  reporter: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  resolution: z.string().nullable(),
});
export type ItemReport = z.infer<typeof ItemReport>;

/** Everything an author or reviewer sees of an item: its authored source, history and reports. */
export const ItemDetail = z.object({
  id: z.string(),
  status: z.enum(ITEM_STATUSES),
  currentVersion: z.number().int(),
  origin: z.enum(['bank', 'authored', 'imported']),
  source: ItemSource,
  versions: z.array(
    z.object({
      version: z.number().int(),
      createdAt: z.iso.datetime({ offset: true }),
      createdBy: z.string().nullable(),
    }),
  ),
  events: z.array(ItemEvent),
  reports: z.array(ItemReport),
  /** What the viewer may do now. */
  can: z.object({ edit: z.boolean(), actions: z.array(z.enum(ITEM_ACTIONS)) }),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

export const CreateItemRequest = z.object({ source: ItemDraft });
/** `baseVersion` must be the version the editor started from, so two editors never overwrite each other. */
export const UpdateItemRequest = z.object({ source: ItemDraft, baseVersion: z.number().int().min(1) });
export const TransitionRequest = z.object({ action: z.enum(ITEM_ACTIONS), comment: text(2000).optional() });
export const CommentRequest = z.object({ comment: text(2000) });

export const PreviewRequest = z.object({ source: ItemDraft, lang: z.enum(ITEM_LANGUAGES).default('en') });

export const LearnerItemView = z.object({
  kind: z.enum(ITEM_KINDS),
  stem: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  steps: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  prompts: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  unit: z.string().nullable().optional(),
  image: z.string().optional(),
  imageAlt: z.string().optional(),
});
export const PreviewResponse = z.object({ view: LearnerItemView.nullable(), problems: z.array(z.string()) });

export const DiffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const DiffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  lines: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
});

export const ReportRequest = z.object({
  reason: z.enum(REPORT_REASONS),
  comment: text(2000),
});
export const ReportIdParam = z.object({ id: z.uuid() });
export const CloseReportRequest = z.object({
  status: z.enum(['resolved', 'dismissed']),
  resolution: text(2000).optional(),
});

/** What every item imported from a file gets (interchange files rarely carry it). */
export const ImportDefaults = z.object({
  topic: z.string().min(1).max(100),
  subjects: z.array(z.string().min(1).max(50)).min(1).max(10),
  post: z.enum(['driver', 'maintainer', 'both']).default('both'),
  source: z.enum(['teacher', 'craftsman']).default('teacher'),
  difficulty: z.enum(['easy', 'medium', 'hard']).default('medium'),
  lang: z.enum(ITEM_LANGUAGES).default('en'),
  references: z.array(text(500)).min(1).max(10),
});
export type ImportDefaults = z.infer<typeof ImportDefaults>;

/** The multipart form of an import: the file, and these options as JSON in the `options` field. */
export const ImportOptions = z.object({
  defaults: ImportDefaults,
  format: z.enum(['gift', 'moodle-xml', 'aiken', 'csv', 'xlsx', 'qti']).optional(),
  dryRun: z.boolean().default(true),
});

/** The public import report (the `--json` shape), with what was created. */
export const ImportResponse = z.object({
  format: z.string().nullable(),
  dryRun: z.boolean(),
  created: z.array(z.string()),
  report: z.object({
    items: z.array(
      z.object({
        type: z.string(),
        title: z.string(),
        stem: z.string(),
        options: z.array(z.object({ text: z.string(), fraction: z.number() })),
        accepted: z.array(z.object({ text: z.string(), fraction: z.number(), tolerance: z.number().optional() })),
        category: z.string(),
      }),
    ),
    errors: z.array(z.object({ line: z.number(), message: z.string() })),
    skipped: z.array(z.object({ title: z.string(), reason: z.string() })),
  }),
});

export const ExportQuery = z.object({
  format: z.enum(['gift', 'moodle-xml', 'csv', 'xlsx']),
  status: z.enum(ITEM_STATUSES).optional(),
});
