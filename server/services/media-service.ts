import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findMedia, insertMedia } from '../db/repositories/media.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import { isMediaName, MAX_UPLOAD_BYTES, MEDIA_TYPES, sniffImageType, UPLOAD_TYPES } from '../domain/media.js';

/** Stores an uploaded image (PNG, JPEG, GIF or WebP up to 2 MiB) under a name derived from its bytes. */
export async function uploadImage(deps: Deps, uploaderId: string, bytes: Uint8Array) {
  if (bytes.length === 0) throw new DomainError('validation_failed', 'The file is empty.');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new DomainError('payload_too_large', 'Images may be at most 2 MB.');
  const mime = sniffImageType(bytes);
  if (!mime) throw new DomainError('unsupported_media_type', 'Upload a PNG, JPEG, GIF or WebP image.');
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${UPLOAD_TYPES[mime]}`;
  await insertMedia(deps.database.db, {
    name,
    mime,
    bytes,
    size: bytes.length,
    createdBy: uploaderId,
    createdAt: deps.clock(),
  });
  return { name, url: `/api/media/${name}`, markdown: `![](media/${name})` };
}

/** An image by name: uploaded ones from the database, the seed bank's from its media folder. */
export async function readImage(
  deps: Deps,
  name: string,
): Promise<{ mime: string; bytes: Uint8Array; immutable: boolean }> {
  if (!isMediaName(name)) throw new DomainError('not_found', 'No such image.');
  const stored = await findMedia(deps.database.db, name);
  if (stored) return { mime: stored.mime, bytes: stored.bytes, immutable: true };
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  try {
    const bytes = await readFile(join(deps.config.bankDir, 'media', name));
    return { mime: MEDIA_TYPES[ext] ?? 'application/octet-stream', bytes, immutable: false };
  } catch {
    throw new DomainError('not_found', 'No such image.');
  }
}
