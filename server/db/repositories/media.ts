import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { media } from '../schema/index.js';

export async function findMedia(db: Db, name: string) {
  const [row] = await db.select().from(media).where(eq(media.name, name));
  return row;
}

/** Stores an image under its content-derived name; storing the same bytes twice is a no-op. */
export async function insertMedia(db: Db, row: typeof media.$inferInsert) {
  await db.insert(media).values(row).onConflictDoNothing({ target: media.name });
}
