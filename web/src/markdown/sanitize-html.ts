import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { isSafeImageSrc, isSafeLinkHref } from './url-policy.js';

/** Elements rendered Markdown may contain; everything else is dropped (its text kept). */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'blockquote',
  'a',
  'img',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'del',
  'sup',
  'sub',
  'span',
] as const;

const CLASS_VALUE = /^(?:math|math display|language-[\w+#-]{1,40})$/;

/**
 * Attributes allowed per element, each with a check of its (decoded) value. An attribute not listed for its
 * element is removed, so `src` never survives on `<a>`, nor `href` on `<img>`; `style` and `on*` never survive.
 */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, (value: string) => boolean>>>> = {
  a: { href: isSafeLinkHref, title: () => true },
  img: { src: isSafeImageSrc, alt: () => true, title: () => true },
  code: { class: (v) => CLASS_VALUE.test(v) },
  span: { class: (v) => CLASS_VALUE.test(v) },
  th: { align: (v) => /^(?:left|center|right)$/.test(v) },
  td: { align: (v) => /^(?:left|center|right)$/.test(v) },
  ol: { start: (v) => /^\d{1,9}$/.test(v) },
};

const ALLOWED_ATTR = [...new Set(Object.values(ALLOWED_ATTRIBUTES).flatMap((attrs) => Object.keys(attrs)))];

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify's own URL check, before ours: the schemes and the one path we emit.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:|\/api\/media\/|data:image\/(?:png|jpeg|gif|webp);base64,)/i,
  // DOMPurify tests every other attribute's value against that URL pattern too; these are plain words and
  // numbers, checked by our hook instead.
  ADD_URI_SAFE_ATTR: ['align', 'start'],
  FORBID_TAGS: ['style', 'script', 'iframe', 'form', 'svg', 'math', 'object', 'embed', 'input', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
  KEEP_CONTENT: true,
};

let purifier: Purifier | undefined;

/** Our own DOMPurify instance, so our hooks never leak into any other user of the library. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  if (!p.isSupported) {
    // DOMPurify returns its input unchanged when it cannot run: refuse rather than render unsanitised HTML.
    throw new Error('HTML sanitiser is not supported in this environment');
  }
  p.addHook('uponSanitizeAttribute', (node, event) => {
    // Own properties only: an attribute named "constructor" must not find Object's.
    const tag = node.nodeName.toLowerCase();
    const rules = Object.hasOwn(ALLOWED_ATTRIBUTES, tag) ? ALLOWED_ATTRIBUTES[tag] : undefined;
    const check = rules && Object.hasOwn(rules, event.attrName) ? rules[event.attrName] : undefined;
    if (!check?.(event.attrValue)) event.keepAttr = false;
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    // Added after the checks, so these fixed values need not be allowed from the input.
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.nodeName === 'IMG') {
      // An image whose source was refused would only be a broken-image box.
      if (!node.hasAttribute('src')) {
        node.remove();
        return;
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  // Parsed once here rather than on every call: items render in long lists.
  p.setConfig(CONFIG);
  purifier = p;
  return p;
}

/** Sanitises HTML produced by the Markdown renderer against the allowlist above. Browser (DOM) only. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html);
}
