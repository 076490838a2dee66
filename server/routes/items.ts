import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CloseReportRequest,
  CommentRequest,
  CreateItemRequest,
  DiffQuery,
  DiffResponse,
  ExportQuery,
  ImportOptions,
  ImportResponse,
  ItemDetail,
  ItemIdParam,
  ItemListQuery,
  ItemPage,
  PreviewRequest,
  PreviewResponse,
  ReportIdParam,
  ReportRequest,
  TransitionRequest,
  UpdateItemRequest,
} from '../contract/items.js';
import { DomainError } from '../domain/errors.js';
import { type AppEnv, currentUser } from '../middleware/app-env.js';
import { exportItems } from '../services/export-service.js';
import { importQuestions } from '../services/import-service.js';
import {
  changeStatus,
  closeItemReport,
  commentOnItem,
  createItem,
  diffVersions,
  getItem,
  listItemsPage,
  previewItem,
  reportItem,
  updateItem,
} from '../services/items-service.js';
import { defineRoute, json, jsonBody } from './define-route.js';

const authors = { roles: ['teacher', 'craftsman', 'admin'] } as const;
const reviewers = { roles: ['teacher', 'admin'] } as const;

const list = defineRoute(authors, {
  method: 'get',
  path: '/api/items',
  summary: 'Search and filter the item bank (craftsmen see published items and their own)',
  request: { query: ItemListQuery },
  responses: { 200: json(ItemPage, 'A page of items') },
});
const create = defineRoute(authors, {
  method: 'post',
  path: '/api/items',
  summary: 'Create a draft item; the id is assigned from the topic’s area',
  request: jsonBody(CreateItemRequest),
  responses: { 201: json(ItemDetail, 'The new draft') },
});
const preview = defineRoute(authors, {
  method: 'post',
  path: '/api/items/preview',
  summary: 'What a student would see, and every validation problem, without saving',
  request: jsonBody(PreviewRequest),
  responses: { 200: json(PreviewResponse, 'The preview') },
});
const detail = defineRoute(authors, {
  method: 'get',
  path: '/api/items/{id}',
  summary: 'An item as authored, with its versions, history and reports',
  request: { params: ItemIdParam },
  responses: { 200: json(ItemDetail, 'The item') },
});
const update = defineRoute(authors, {
  method: 'put',
  path: '/api/items/{id}',
  summary: 'Save an edit; changed content makes a new version',
  request: { params: ItemIdParam, ...jsonBody(UpdateItemRequest) },
  responses: { 200: json(ItemDetail, 'The item after the edit') },
});
const transitionRoute = defineRoute(authors, {
  method: 'post',
  path: '/api/items/{id}/transitions',
  summary: 'Submit for review, approve (publish), request changes, retire or restore',
  request: { params: ItemIdParam, ...jsonBody(TransitionRequest) },
  responses: { 200: json(ItemDetail, 'The item in its new state') },
});
const comment = defineRoute(authors, {
  method: 'post',
  path: '/api/items/{id}/comments',
  summary: 'Add a review comment',
  request: { params: ItemIdParam, ...jsonBody(CommentRequest) },
  responses: { 200: json(ItemDetail, 'The item with the comment') },
});
const diff = defineRoute(authors, {
  method: 'get',
  path: '/api/items/{id}/diff',
  summary: 'A line diff between two versions',
  request: { params: ItemIdParam, query: DiffQuery },
  responses: { 200: json(DiffResponse, 'The diff') },
});
const report = defineRoute('signed-in', {
  method: 'post',
  path: '/api/items/{id}/reports',
  summary: 'Report a problem with an item (wrong key, unclear, typo)',
  request: { params: ItemIdParam, ...jsonBody(ReportRequest) },
  responses: { 201: json(z.object({ received: z.boolean() }), 'Received; it goes to the review queue') },
});
const closeReport = defineRoute(reviewers, {
  method: 'post',
  path: '/api/reports/{id}/close',
  summary: 'Resolve or dismiss a learner’s report',
  request: { params: ReportIdParam, ...jsonBody(CloseReportRequest) },
  responses: { 200: json(ItemDetail, 'The reported item') },
});

const importRoute = defineRoute(authors, {
  method: 'post',
  path: '/api/imports',
  summary:
    'Import a GIFT, Moodle XML, Aiken, CSV/XLSX or QTI file as drafts, all or nothing. multipart/form-data: `file`, and `options` (JSON: { defaults, format?, dryRun }); a dry run (the default) only reports.',
  responses: { 200: json(ImportResponse, 'The report; `created` lists the new drafts') },
});

/** Imported files may be large banks; still bounded. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const exportRoute = defineRoute(reviewers, {
  method: 'get',
  path: '/api/exports',
  summary: 'Download the bank (all items but retired ones, or one status) as GIFT, Moodle XML, CSV or Excel',
  request: { query: ExportQuery },
  responses: { 200: { description: 'The file; X-Not-Exported counts items the format cannot carry' } },
});

export const itemRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const q = c.req.valid('query');
    const reported = q.reported === undefined ? undefined : q.reported === 'true';
    return c.json(await listItemsPage(c.get('deps'), currentUser(c), { ...q, reported }), 200);
  })
  .openapi(create, async (c) =>
    c.json(await createItem(c.get('deps'), currentUser(c), c.req.valid('json').source), 201),
  )
  .openapi(preview, async (c) => {
    const { source, lang } = c.req.valid('json');
    return c.json(await previewItem(c.get('deps'), source, lang), 200);
  })
  .openapi(detail, async (c) => c.json(await getItem(c.get('deps'), currentUser(c), c.req.valid('param').id), 200))
  .openapi(update, async (c) => {
    const { source, baseVersion } = c.req.valid('json');
    return c.json(await updateItem(c.get('deps'), currentUser(c), c.req.valid('param').id, source, baseVersion), 200);
  })
  .openapi(transitionRoute, async (c) => {
    const { action, comment: note } = c.req.valid('json');
    return c.json(await changeStatus(c.get('deps'), currentUser(c), c.req.valid('param').id, action, note), 200);
  })
  .openapi(comment, async (c) =>
    c.json(
      await commentOnItem(c.get('deps'), currentUser(c), c.req.valid('param').id, c.req.valid('json').comment),
      200,
    ),
  )
  .openapi(diff, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await diffVersions(c.get('deps'), currentUser(c), c.req.valid('param').id, from, to), 200);
  })
  .openapi(report, async (c) => {
    const { reason, comment: text } = c.req.valid('json');
    return c.json(await reportItem(c.get('deps'), currentUser(c), c.req.valid('param').id, reason, text), 201);
  })
  .openapi(closeReport, async (c) => {
    const { status, resolution } = c.req.valid('json');
    return c.json(
      await closeItemReport(c.get('deps'), currentUser(c), c.req.valid('param').id, status, resolution),
      200,
    );
  })
  .openapi(importRoute, async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = form.file;
    if (!(file instanceof File))
      throw new DomainError('validation_failed', 'Attach the file to import as the form field "file".');
    if (file.size > MAX_IMPORT_BYTES) throw new DomainError('payload_too_large', 'Import files may be at most 10 MB.');
    let raw: unknown;
    try {
      raw = JSON.parse(typeof form.options === 'string' ? form.options : '{}');
    } catch {
      throw new DomainError('bad_request', 'The options field is not valid JSON.');
    }
    const options = ImportOptions.safeParse(raw);
    if (!options.success)
      throw new DomainError(
        'validation_failed',
        `options: ${options.error.issues[0]?.path.join('.')} ${options.error.issues[0]?.message}`,
        {
          issues: options.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = await importQuestions(c.get('deps'), currentUser(c), { bytes, name: file.name }, options.data);
    return c.json(outcome, 200);
  })
  .openapi(exportRoute, async (c) => {
    const { format, status } = c.req.valid('query');
    const result = await exportItems(c.get('deps'), format, status);
    c.header('Content-Type', result.mime);
    c.header('Content-Disposition', `attachment; filename="${result.fileName}"`);
    c.header('X-Not-Exported', String(result.notExported.length));
    return c.body(
      typeof result.content === 'string' ? result.content : (result.content as Uint8Array<ArrayBuffer>),
      200,
    ) as never;
  });
