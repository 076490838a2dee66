import type { ImportedMedia, ImportedQuestion } from './imported-question.js';

const MIME_BY_EXT: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  bmp: 'image/bmp',
};
const EXT_BY_MIME: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
};

/** The media type of a file name, from its extension; `application/octet-stream` when unknown. */
export function mimeOf(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXT[ext] ?? 'application/octet-stream';
}

/** The media type of image bytes, from their signature. */
export function sniffMime(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((v, i) => bytes[i] === v);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
  if (/<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

/** A file name safe in `media/NAME`: ASCII letters, digits, `.`, `_` and `-`, with an extension for its type. */
export function safeMediaName(raw: string, mime: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/-{2,}/g, '-');
  if (name === '' || name.startsWith('.')) name = 'image';
  const ext = EXT_BY_MIME[mime];
  if (ext !== undefined && mimeOf(name) !== mime) name = `${name.replace(/\.[a-z0-9]+$/i, '')}.${ext}`;
  return name;
}

/** Whether an SVG holds anything active: scripts, event handlers, foreign objects or javascript: links. */
export function svgIsActive(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  return /<script[\s>]|\son[a-z]+\s*=|<foreignObject[\s>]|javascript:|<iframe[\s>]|<embed[\s>]|<object[\s>]/i.test(
    text,
  );
}

/** Decodes base64 (with whitespace) to bytes; undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null) =>
  a === null || b === null ? a === b : a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The media files of one imported file, named uniquely: the same name with the same bytes (or the same
 * source) is one file; a different file with a taken name gets `-2`, `-3`, ….
 */
export class MediaRegistry {
  readonly files: ImportedMedia[] = [];

  /** Registers a file and returns the name to reference as `media/NAME`. */
  add(rawName: string, bytes: Uint8Array | null, source: string, mime?: string): ImportedMedia {
    const type = mime ?? (bytes === null ? undefined : sniffMime(bytes)) ?? mimeOf(rawName);
    const wanted = safeMediaName(rawName, type);
    const same = this.files.find(
      (f) => (bytes === null ? f.source === source : sameBytes(f.bytes, bytes)) && f.name.startsWith(stem(wanted)),
    );
    if (same !== undefined) return same;
    let name = wanted;
    for (let n = 2; this.files.some((f) => f.name === name); n++) name = `${stem(wanted)}-${n}${ext(wanted)}`;
    const file: ImportedMedia = { name, mime: type, bytes, source };
    this.files.push(file);
    return file;
  }
}

const stem = (name: string) => name.replace(/\.[a-z0-9]+$/i, '');
const ext = (name: string) => /\.[a-z0-9]+$/i.exec(name)?.[0] ?? '';

/** The `media/NAME` references in Markdown text, e.g. `![alt](media/a.png)` → `a.png`. */
export function mediaRefs(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(media\/([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((n) => n !== '');
}

/**
 * Adds to a question's media every `media/NAME` its texts (or hotspot image) refer to that it does not list yet,
 * without bytes: files a text-only format (GIFT, Aiken, CSV) names but cannot carry.
 */
export function listReferencedMedia(q: ImportedQuestion, registry: MediaRegistry): void {
  const texts = [
    q.stem,
    q.explanation,
    ...q.options.flatMap((o) => [o.text, o.feedback ?? '']),
    ...q.accepted.map((a) => a.feedback ?? ''),
    ...(q.steps ?? []),
    ...(q.pairs ?? []).flatMap((p) => [p.prompt, p.answer]),
    ...(q.distractors ?? []),
  ];
  const names = new Set(texts.flatMap(mediaRefs));
  if (q.hotspot) names.add(q.hotspot.image.replace(/^media\//, ''));
  for (const name of names)
    if (!q.media.some((m) => m.name === name)) q.media.push(registry.add(name, null, `media/${name}`));
}
