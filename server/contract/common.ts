import { z } from 'zod';
import { ERROR_CODES } from '../domain/errors.js';

export { ERROR_CODES, type ErrorCode } from '../domain/errors.js';

/** Every error response: `{ "error": { "code", "message", "details"? } }`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Id = z.uuid();
export const IdParam = z.object({ id: Id });

/** Trimmed, non-empty, bounded text: every text input has a length limit. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** `?page=1&pageSize=20&q=…` on every list endpoint. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of a list: the items, and enough to draw a pager. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
