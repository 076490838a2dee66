import type { Page, PageQuery } from '../contract/common.js';

/** LIMIT/OFFSET for a page request. */
export const window = (q: Pick<PageQuery, 'page' | 'pageSize'>) => ({
  limit: q.pageSize,
  offset: (q.page - 1) * q.pageSize,
});

export const toPage = <T>(items: T[], total: number, q: Pick<PageQuery, 'page' | 'pageSize'>): Page<T> => ({
  items,
  total,
  page: q.page,
  pageSize: q.pageSize,
});
