import { Marked, type RendererObject } from 'marked';
import { escapeHtml } from './escape-html.js';
import { mathExtension } from './math-extension.js';
import { sanitizeHtml } from './sanitize-html.js';
import { toImageSrc, toLinkHref } from './url-policy.js';

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Render inline content only (for options and short labels): no paragraphs, lists, tables or headings. */
  inline?: boolean;
}

/**
 * The first layer of defence: the renderer never emits markup the author wrote. Raw HTML becomes visible
 * text, links and images only keep URLs that pass the policy, and headings start at h3 because the page
 * around an item already has h1 and h2.
 */
const renderer: RendererObject = {
  html({ text, block }) {
    return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
  },
  heading({ tokens, depth }) {
    const level = Math.min(depth + 2, 6);
    return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
  },
  link({ href, title, tokens }) {
    const text = this.parser.parseInline(tokens);
    const safe = toLinkHref(href);
    if (safe === null) return text;
    const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
    return `<a href="${escapeHtml(safe)}"${titleAttr}>${text}</a>`;
  },
  image({ href, title, text, tokens }) {
    const alt = tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text;
    const src = toImageSrc(href);
    // A refused image keeps its alt text, so the stem still says what the picture was meant to show.
    if (src === null) return escapeHtml(alt);
    const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${titleAttr}>`;
  },
  // Task-list boxes would be <input> elements, which the sanitiser forbids: show them as characters.
  checkbox({ checked }) {
    return checked ? '☑ ' : '☐ ';
  },
};

const markdown = new Marked({
  gfm: true,
  // Authors type stems in a textarea and expect a new line to be a new line (and in Chinese text a soft
  // break rendered as a space would look like a typo).
  breaks: true,
  async: false,
  renderer,
  extensions: [mathExtension],
});

// Lists re-render the same stems and options over and over; the output depends only on the input.
const CACHE_LIMIT = 500;
const cache = new Map<string, string>();

/**
 * Renders untrusted Markdown (item stems, options, explanations) to sanitised HTML that is safe to insert
 * with Lit's `unsafeHTML`. Two layers: marked escapes all raw HTML and refuses unsafe URLs, then DOMPurify
 * checks the result against a fixed allowlist of elements and per-element attributes.
 *
 * - Raw HTML (`<script>`, `<iframe>`, `<img onerror=…>`) shows as text.
 * - Links: http(s) and mailto only; they open in a new tab with `rel="noopener noreferrer"`.
 * - Images: `media/x.svg` becomes `/api/media/x.svg`; `/api/media/…` and `data:image/(png|jpeg|gif|webp)`
 *   are kept; anything else (remote, `javascript:`, SVG data) is dropped and its alt text shown instead.
 * - Formulas: `$…$` and `$$…$$` show their TeX source in `<code class="math">` (no typesetting).
 * - Headings are shifted down two levels (`#` → `<h3>`).
 *
 * Needs a DOM: the browser, or jsdom in tests (DOMPurify does not support happy-dom).
 *
 * @example
 * ```ts
 * import { renderMarkdown } from '../markdown/render-markdown.js';
 *
 * renderMarkdown('Brake pipe pressure is **600 kPa**.\n\n![Valve](media/valve.svg)');
 * // '<p>Brake pipe pressure is <strong>600 kPa</strong>.</p>\n<p><img src="/api/media/valve.svg" alt="Valve" …></p>\n'
 * renderMarkdown('Option *A*', { inline: true });
 * // 'Option <em>A</em>'
 * ```
 */
export function renderMarkdown(source: string, opts: RenderMarkdownOptions = {}): string {
  const inline = opts.inline === true;
  const key = (inline ? 'i' : 'b') + source;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const html = inline ? markdown.parseInline(source, { async: false }) : markdown.parse(source, { async: false });
  const safe = sanitizeHtml(html);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, safe);
  return safe;
}
