/**
 * Which URLs rendered Markdown may point at. Both layers use these rules: the Markdown renderer decides
 * what HTML to emit, and the sanitiser checks the attribute values again after the browser has decoded them.
 */

/** Where the server serves item media; `![alt](media/x.svg)` in Markdown becomes `/api/media/x.svg`. */
export const MEDIA_PREFIX = '/api/media/';

const LINK_SCHEME = /^(?:https?:\/\/|mailto:)/i;
// Only raster types a browser cannot run anything in; SVG goes through /api/media/, never inline data.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/]+={0,2}$/i;
// A segment the WHATWG URL parser treats as "." or "..", including percent-encoded dots.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
// Control characters, and characters that would end or escape a path segment.
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
const UNSAFE_IN_SEGMENT = /[\u0000-\u001f\u007f/\\]/;

/** True when `href` may be a link target: http(s) and mailto only. */
export function isSafeLinkHref(href: string): boolean {
  return LINK_SCHEME.test(href);
}

/** True when `src` (as found on an element, already HTML-decoded) may be an image source. */
export function isSafeImageSrc(src: string): boolean {
  if (DATA_IMAGE.test(src)) return true;
  if (!src.startsWith(MEDIA_PREFIX)) return false;
  const segments = src.slice(MEDIA_PREFIX.length).split('/');
  return segments.every((s) => s !== '' && !DOT_SEGMENT.test(s) && !/[?#\\]/.test(s));
}

/**
 * The image source to emit for a Markdown image destination, or `null` when the image must not load.
 * `media/…`, `./media/…` and `/api/media/…` map to `/api/media/…` with every path segment re-encoded;
 * `data:` URLs pass only for PNG, JPEG, GIF and WebP. Remote images are refused (the CSP would block them too).
 */
export function toImageSrc(destination: string): string | null {
  const raw = destination.trim();
  if (DATA_IMAGE.test(raw)) return raw;
  const path = raw.startsWith('./media/')
    ? raw.slice('./media/'.length)
    : raw.startsWith('media/')
      ? raw.slice('media/'.length)
      : raw.startsWith(MEDIA_PREFIX)
        ? raw.slice(MEDIA_PREFIX.length)
        : null;
  if (path === null) return null;
  const encoded: string[] = [];
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || UNSAFE_IN_SEGMENT.test(decoded)) return null;
    encoded.push(encodeURIComponent(decoded));
  }
  return MEDIA_PREFIX + encoded.join('/');
}

/** The link target to emit for a Markdown link destination, or `null` when it must render as plain text. */
export function toLinkHref(destination: string): string | null {
  const raw = destination.trim();
  if (!isSafeLinkHref(raw)) return null;
  try {
    // The same normalisation marked applies: encode what must be, keep existing %-escapes.
    return encodeURI(raw).replace(/%25/g, '%');
  } catch {
    return null;
  }
}
