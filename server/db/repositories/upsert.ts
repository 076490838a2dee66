import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';

const toSnake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Inserts rows, or overwrites every other column of a row whose `key` already exists; in chunks, so a
 * rebuild's many rows stay within the drivers' parameter limits.
 */
export async function upsert<T extends PgTable>(db: Db, table: T, key: PgColumn[], rows: T['$inferInsert'][]) {
  const keys = new Set(key.map((c) => c.name));
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const columns = Object.keys(chunk[0] as object).filter((k) => !keys.has(toSnake(k)));
    const set = Object.fromEntries(columns.map((k) => [k, sql.raw(`excluded.${toSnake(k)}`)]));
    await db
      .insert(table)
      .values(chunk as never)
      .onConflictDoUpdate({ target: key, set: set as never });
  }
}
