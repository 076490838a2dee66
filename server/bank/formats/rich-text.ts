import { decodeURIComponentSafe, htmlToMarkdown } from './html-to-markdown.js';
import type { ImportedMedia } from './imported-question.js';
import { fromBase64, type MediaRegistry, mimeOf, sniffMime, svgIsActive } from './media.js';

/**
 * Turns the rich texts of XML formats (Moodle XML, QTI) into Markdown, resolving every image to a file of the
 * import's `MediaRegistry` and remembering, per question, which files its texts use.
 */
export class RichText {
  /** The files the current question's texts refer to. */
  used = new Set<ImportedMedia>();
  /** Problems found in embedded files (bad base64, active SVG). */
  problems: string[] = [];
  /** Embedded files of the current question by the name its texts use (Moodle `@@PLUGINFILE@@/NAME`). */
  private embedded = new Map<string, ImportedMedia>();

  constructor(
    private readonly registry: MediaRegistry,
    /** Where relative image paths are resolved from, for `source` (e.g. the QTI file's folder). */
    private readonly base = '',
  ) {}

  /** Starts a new question: forgets the previous one's files. */
  startQuestion(): void {
    this.used = new Set();
    this.problems = [];
    this.embedded = new Map();
  }

  /** Registers a base64 file embedded in the question (Moodle `<file name encoding="base64">`). */
  embed(name: string, base64: string, where: string): void {
    const bytes = fromBase64(base64);
    if (bytes === undefined) {
      this.problems.push(`the embedded file ${name} in ${where} is not valid base64`);
      return;
    }
    const mime = sniffMime(bytes) ?? mimeOf(name);
    if (mime === 'image/svg+xml' && svgIsActive(bytes)) {
      this.problems.push(`the embedded SVG ${name} holds scripts or event handlers: refused`);
      return;
    }
    this.embedded.set(name, this.registry.add(name, bytes, `${where}/${name}`, mime));
  }

  /** The `media/NAME` path for an image address, registering the file. */
  image = (src: string): string | undefined => {
    const address = src.trim();
    if (address === '') return undefined;
    const plugin = /^@@PLUGINFILE@@\/(.+)$/.exec(address);
    if (plugin) {
      const name = decodeURIComponentSafe(plugin[1] ?? '').split(/[?#]/)[0] ?? '';
      const file = this.embedded.get(name) ?? this.registry.add(name, null, address);
      return this.use(file);
    }
    const data = /^data:([\w/+.-]+);base64,(.*)$/is.exec(address);
    if (data) {
      const bytes = fromBase64(data[2] ?? '');
      const mime = data[1]?.toLowerCase() ?? '';
      if (bytes === undefined || !mime.startsWith('image/')) return undefined;
      if (mime === 'image/svg+xml' && svgIsActive(bytes)) {
        this.problems.push('an embedded SVG image holds scripts or event handlers: refused');
        return undefined;
      }
      return this.use(this.registry.add('image', bytes, 'data: URI', mime));
    }
    if (/^(javascript|vbscript|file):/i.test(address)) return undefined;
    const path = address.split(/[?#]/)[0] ?? '';
    const name = decodeURIComponentSafe(path.split('/').pop() ?? '');
    const source = /^[a-z]+:/i.test(address) || this.base === '' ? address : `${this.base}/${path}`;
    return this.use(this.registry.add(name, null, source));
  };

  private use(file: ImportedMedia): string {
    this.used.add(file);
    return `media/${file.name}`;
  }

  /** HTML to Markdown with this question's images. */
  html(html: string): string {
    return htmlToMarkdown(html, (src) => this.image(src));
  }

  /** Markdown as written, with Moodle `@@PLUGINFILE@@/NAME` references turned into `media/NAME`. */
  markdown(text: string): string {
    return text.replace(/@@PLUGINFILE@@\/([^)\s"'<>]+)/g, (whole) => this.image(whole) ?? whole).trim();
  }

  /** The files the current question uses. */
  media(): ImportedMedia[] {
    return [...this.used];
  }
}
