import type { TokenizerAndRendererExtension, Tokens } from 'marked';
import { escapeHtml } from './escape-html.js';

// `$$…$$` may span lines; `$…$` must hug its content (`$x$`, not `$ x $`) and not be followed by a digit,
// so prices such as "$5 and $10" stay text.
const DISPLAY = /^\$\$(?!\$)([\s\S]+?)\$\$/;
const INLINE = /^\$(?![\s$])([^$\n]*?[^\s$\\])\$(?!\d)/;

/**
 * A light formula syntax without a maths library: `$…$` and `$$…$$` render their TeX source as-is in
 * `<code class="math">` (`class="math display"` for `$$`), so formulas read as monospaced text and a later
 * typesetter can find them by class. `\$` stays a literal dollar sign.
 */
export const mathExtension: TokenizerAndRendererExtension = {
  name: 'math',
  level: 'inline',
  start(src) {
    const i = src.indexOf('$');
    return i < 0 ? undefined : i;
  },
  tokenizer(src) {
    const display = DISPLAY.exec(src);
    if (display) return { type: 'math', raw: display[0], text: (display[1] ?? '').trim(), display: true };
    const inline = INLINE.exec(src);
    if (inline?.[1]) return { type: 'math', raw: inline[0], text: inline[1], display: false };
    return undefined;
  },
  renderer(token: Tokens.Generic) {
    const cls = token.display === true ? 'math display' : 'math';
    return `<code class="${cls}">${escapeHtml(String(token.text))}</code>`;
  },
};
