/**
 * HTML (from Moodle, Canvas, QTI) to the Markdown of the bank. Simple structure is kept: paragraphs, line breaks,
 * bold, italics, code, links (http, https and mailto only), lists, tables, preformatted text and images, which
 * become `![alt](media/NAME)` through the caller's `image` hook. Every other element is reduced to its text;
 * script, style, iframe, object, embed, svg, form controls and comments are dropped with their content. No
 * attribute is ever copied, so event handlers (`onerror=`), `style`, `script="…"` and `javascript:` URLs cannot
 * survive. Text is kept as typed (entities decoded, white space collapsed as a browser would); Markdown renders
 * any remaining `<…>` as text.
 */

import { mimeOf, safeMediaName } from './media.js';

export type ImageHook = (src: string, alt: string) => string | undefined;

type HNode = { tag: string; attrs: Record<string, string>; children: HNode[] } | { text: string };
type HElement = Extract<HNode, { tag: string }>;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Dropped with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'svg',
  'canvas',
  'audio',
  'video',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'param',
]);
/** Raw-text elements: their content is not markup and is skipped up to the closing tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noscript', 'template']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'center',
  'blockquote',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'hr',
]);

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const GREEK =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega';
const ENTITIES: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  hellip: 0x2026,
  mdash: 0x2014,
  ndash: 0x2013,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  bull: 0x2022,
  trade: 0x2122,
  euro: 0x20ac,
  minus: 0x2212,
  le: 0x2264,
  ge: 0x2265,
  ne: 0x2260,
  asymp: 0x2248,
  infin: 0x221e,
  sum: 0x2211,
  radic: 0x221a,
  larr: 0x2190,
  uarr: 0x2191,
  rarr: 0x2192,
  darr: 0x2193,
  harr: 0x2194,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  dagger: 0x2020,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  deg: 0xb0,
};
LATIN1.split(' ').forEach((name, i) => {
  ENTITIES[name] = 160 + i;
});
GREEK.split(' ').forEach((name, i) => {
  if (name === '_') return;
  ENTITIES[name] = 913 + i;
  ENTITIES[name.toLowerCase()] = 945 + i;
});
ENTITIES.sigmaf = 962;

/** Decodes HTML character references; unknown named ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    let code: number | undefined;
    if (ref[0] === '#')
      code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    else code = ENTITIES[ref];
    if (code === undefined || !Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
    return String.fromCodePoint(code);
  });
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of raw.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name !== '') attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** A forgiving HTML parser: enough structure for the conversion, never throws. */
function parseHtml(html: string): HElement {
  const root: HElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const close = (tag: string) => {
    const at = stack.map((e) => e.tag).lastIndexOf(tag);
    if (at > 0) stack.length = at;
  };
  const tagRe = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;
  let i = 0;
  let text = '';
  const flush = () => {
    if (text !== '') top().children.push({ text });
    text = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const end = html.indexOf(']]>', i);
      text += html.slice(i + 9, end < 0 ? html.length : end).replace(/&/g, '&amp;');
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    tagRe.lastIndex = i;
    const m = tagRe.exec(html);
    if (m === null) {
      text += '<';
      i++;
      continue;
    }
    flush();
    i = tagRe.lastIndex;
    const tag = (m[1] ?? '').toLowerCase().replace(/^[\w-]+:/, '');
    if (m[0].startsWith('</')) {
      close(tag);
      continue;
    }
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, i);
      const gt = end < 0 ? -1 : html.indexOf('>', end);
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (tag === 'p' || tag === 'li' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'dt' || tag === 'dd') {
      const inList = tag === 'li' ? ['ul', 'ol'] : tag === 'tr' ? ['table'] : tag === 'p' ? [] : ['tr', 'dl'];
      for (let k = stack.length - 1; k > 0; k--) {
        const t = stack[k]?.tag ?? '';
        if (inList.includes(t)) break;
        if (t === tag || (tag === 'p' && t === 'p') || ((tag === 'td' || tag === 'th') && (t === 'td' || t === 'th'))) {
          stack.length = k;
          break;
        }
        if (BLOCK.has(t) && tag === 'p') break;
      }
    }
    const el: HElement = { tag, attrs: parseAttrs(m[2] ?? ''), children: [] };
    top().children.push(el);
    if (!VOID.has(tag) && m[3] !== '/') stack.push(el);
  }
  flush();
  return root;
}

const BR = '\u0000BR\u0000';
const PARA = '\u0000P\u0000';

type Ctx = { pre: boolean; image: ImageHook };

const isText = (n: HNode): n is { text: string } => 'text' in n;

function wrap(marker: string, inner: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const body = m?.[2] ?? '';
  if (body === '' || body.replace(new RegExp(BR, 'g'), '').trim() === '') return inner;
  return `${m?.[1] ?? ''}${marker}${body}${marker}${m?.[3] ?? ''}`;
}

function safeUrl(href: string): string | undefined {
  const url = href.trim();
  return /^(https?:|mailto:)/i.test(url) && !/[\s()<>]/.test(url) ? url : undefined;
}

function renderChildren(el: HElement, ctx: Ctx): string {
  return el.children.map((c) => render(c, ctx)).join('');
}

function cellText(el: HElement, ctx: Ctx): string {
  return clean(renderChildren(el, ctx)).replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

function render(node: HNode, ctx: Ctx): string {
  if (isText(node)) {
    const text = decodeEntities(node.text);
    return ctx.pre ? text : text.replace(/[\s\u00a0]+/g, ' ');
  }
  const { tag } = node;
  if (DROPPED.has(tag)) return '';
  const inner = () => renderChildren(node, ctx);
  switch (tag) {
    case 'br':
      return BR;
    case 'hr':
      return `${PARA}---${PARA}`;
    case 'img': {
      const src = node.attrs.src ?? '';
      const alt = (node.attrs.alt ?? node.attrs.title ?? '').replace(/[[\]\n]/g, ' ').trim();
      const path = /^\s*(javascript|vbscript):/i.test(src) ? undefined : ctx.image(src, alt);
      return path === undefined ? alt : `![${alt}](${path})`;
    }
    case 'b':
    case 'strong':
      return wrap('**', inner());
    case 'i':
    case 'em':
    case 'cite':
    case 'dfn':
      return wrap('*', inner());
    case 'code':
    case 'tt':
    case 'kbd':
    case 'samp':
      return ctx.pre ? inner() : wrap('`', inner().replace(/`/g, "'"));
    case 'a': {
      const text = inner();
      const url = safeUrl(node.attrs.href ?? '');
      if (url === undefined || text.trim() === '' || text.includes('](')) return text;
      return `[${text.trim().replace(/[[\]]/g, '')}](${url})`;
    }
    case 'pre':
      return `${PARA}\`\`\`\n${clean(renderChildren(node, { ...ctx, pre: true })).replace(/\n+$/, '')}\n\`\`\`${PARA}`;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `${PARA}${wrap('**', inner())}${PARA}`;
    case 'ul':
    case 'ol': {
      const items = node.children.filter((c): c is HElement => !isText(c) && c.tag === 'li');
      const start = Number(node.attrs.start ?? '1') || 1;
      const lines = items.map((li, n) => {
        const marker = tag === 'ol' ? `${start + n}. ` : '- ';
        const body = clean(renderChildren(li, ctx)).replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        return `${marker}${body}`;
      });
      return `${PARA}${lines.join('\n')}${PARA}`;
    }
    case 'table': {
      const rows: HElement[] = [];
      const collect = (e: HElement) => {
        for (const c of e.children)
          if (!isText(c)) {
            if (c.tag === 'tr') rows.push(c);
            else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') collect(c);
          }
      };
      collect(node);
      const cells = rows.map((r) =>
        r.children
          .filter((c): c is HElement => !isText(c) && (c.tag === 'td' || c.tag === 'th'))
          .map((c) => cellText(c, ctx)),
      );
      const width = Math.max(0, ...cells.map((r) => r.length));
      if (width === 0) return '';
      const line = (r: string[]) => `| ${Array.from({ length: width }, (_, k) => r[k] ?? '').join(' | ')} |`;
      const [head = [], ...body] = cells;
      const out = [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)];
      return `${PARA}${out.join('\n')}${PARA}`;
    }
    case 'blockquote': {
      const body = clean(inner());
      return `${PARA}${body
        .split('\n')
        .map((l) => `> ${l}`.trimEnd())
        .join('\n')}${PARA}`;
    }
    default:
      return BLOCK.has(tag) ? `${PARA}${inner()}${PARA}` : inner();
  }
}

/** Resolves the markers into Markdown: paragraphs separated by a blank line, hard breaks as two spaces. */
function clean(s: string): string {
  return s
    .split(PARA)
    .map((block) =>
      block
        .split(BR)
        .map((line) => line.replace(/^ +| +$/g, ''))
        .join('  \n')
        .replace(/^(?: {2}\n)+|(?: {2}\n)+$/g, '')
        .trim(),
    )
    .filter((b) => b !== '')
    .join('\n\n');
}

/**
 * Converts HTML to Markdown, dropping anything active.
 * @example htmlToMarkdown('<p>Hi <b>there</b><img src="x.png" onerror="alert(1)" alt="x"></p>', (src) => `media/${src}`)
 * // 'Hi **there**![x](media/x.png)'
 */
export function htmlToMarkdown(html: string, image: ImageHook = defaultImage): string {
  return clean(render(parseHtml(html), { pre: false, image }));
}

/** Without a file to resolve against, an image becomes `media/` plus the last part of its address. */
export const defaultImage: ImageHook = (src) => {
  const name = decodeURIComponentSafe(src.split(/[?#]/)[0]?.split('/').pop() ?? '');
  return name === '' ? undefined : `media/${safeMediaName(name, mimeOf(name))}`;
};

export function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether a text looks like it holds HTML markup. */
export const looksLikeHtml = (text: string): boolean =>
  /<\/?[a-z][\w-]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
