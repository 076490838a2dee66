import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A small order-preserving XML tree over fast-xml-parser, enough for the importers: element names without their
 * namespace prefix, attributes, and children in document order (CDATA sections become text).
 */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | { text: string };

export const isElement = (n: XmlNode): n is XmlElement => 'name' in n;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
});

type Raw = Record<string, unknown>;

function convert(raw: unknown[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Raw;
    for (const [key, value] of Object.entries(record)) {
      if (key === ':@') continue;
      if (key === '#text') out.push({ text: String(value) });
      else if (key === '#cdata') out.push(...convert(Array.isArray(value) ? value : []));
      else if (key === '#comment' || key.startsWith('?')) continue;
      else {
        const attrs: Record<string, string> = {};
        const rawAttrs = record[':@'];
        if (typeof rawAttrs === 'object' && rawAttrs !== null)
          for (const [k, v] of Object.entries(rawAttrs)) attrs[k.replace(/^[\w.-]+:/, '')] = String(v);
        out.push({ name: key, attrs, children: convert(Array.isArray(value) ? value : []) });
      }
    }
  }
  return out;
}

/** The outcome of parsing: the root element, or the line and message of the first syntax error. */
export type XmlParse = { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

/** Parses a whole document; a malformed one reports its first error's line. */
export function parseXml(text: string): XmlParse {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { ok: false, line: valid.err.line, message: `malformed XML: ${valid.err.msg}` };
  const root = convert(parser.parse(text) as unknown[]).find(isElement);
  if (root === undefined) return { ok: false, line: 1, message: 'the file has no XML element' };
  return { ok: true, root };
}

/** The direct child elements of `el`, optionally only those named `name`. */
export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));

/** The first direct child element named `name`. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el === undefined ? undefined : elements(el, name)[0];

/** Every descendant element named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The first descendant element named `name`. */
export const descendant = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el === undefined ? undefined : descendants(el, name)[0];

/** All the text inside an element, concatenated. */
export function textContent(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (!isElement(node)) return node.text;
  return node.children.map(textContent).join('');
}

const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeXmlAttr = (s: string) => escapeXmlText(s).replace(/"/g, '&quot;');

/** Serialises children back to markup (for XHTML held as elements, e.g. QTI item bodies). */
export function innerXml(el: XmlElement): string {
  return el.children.map(outerXml).join('');
}

export function outerXml(node: XmlNode): string {
  if (!isElement(node)) return escapeXmlText(node.text);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`)
    .join('');
  return node.children.length === 0
    ? `<${node.name}${attrs}/>`
    : `<${node.name}${attrs}>${innerXml(node)}</${node.name}>`;
}

/**
 * The 1-based lines of every start tag named `name` in document order, skipping comments, CDATA sections and
 * processing instructions, so the n-th element the parser returns can be given its line.
 */
export function startTagLines(text: string, name: string): number[] {
  const lines: number[] = [];
  const tag = new RegExp(`^<(?:[\\w.-]+:)?${name}[\\s/>]`);
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch !== '<') {
      i++;
      continue;
    }
    const skipTo = (end: string) => {
      const j = text.indexOf(end, i);
      const stop = j < 0 ? text.length : j + end.length;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
    };
    if (text.startsWith('<!--', i)) skipTo('-->');
    else if (text.startsWith('<![CDATA[', i)) skipTo(']]>');
    else if (text.startsWith('<?', i)) skipTo('?>');
    else {
      if (tag.test(text.slice(i, i + name.length + 64))) lines.push(line);
      i++;
    }
  }
  return lines;
}

/** Escapes text for an XML element, as CDATA when it holds markup characters. */
export function cdata(s: string): string {
  if (!/[<>&]/.test(s)) return s;
  return `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export { escapeXmlAttr, escapeXmlText };
