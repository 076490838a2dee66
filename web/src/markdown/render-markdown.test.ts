// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not support happy-dom, and sanitises wrongly on it (cure53/DOMPurify#1457).
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';
import { ALLOWED_TAGS, sanitizeHtml } from './sanitize-html.js';
import { toImageSrc, toLinkHref } from './url-policy.js';

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const ALLOWED_ATTRS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'target', 'rel'],
  img: ['src', 'alt', 'title', 'loading', 'decoding'],
  code: ['class'],
  span: ['class'],
  th: ['align'],
  td: ['align'],
  ol: ['start'],
};

/** Parses HTML the way the browser will when Lit inserts it. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Renders and checks the invariants every output must keep, whatever the input. */
function render(markdown: string, inline = false): DocumentFragment {
  const html = renderMarkdown(markdown, { inline });
  const fragment = parse(html);
  for (const el of fragment.querySelectorAll('*')) {
    const tag = el.localName;
    expect(ALLOWED.has(tag), `<${tag}> in ${html}`).toBe(true);
    for (const { name, value } of el.attributes) {
      expect(ALLOWED_ATTRS[tag] ?? [], `${tag}[${name}] in ${html}`).toContain(name);
      if (name === 'href') expect(value).toMatch(/^(?:https?:\/\/|mailto:)/);
      if (name === 'src') expect(value).toMatch(/^(?:\/api\/media\/|data:image\/(?:png|jpeg|gif|webp);base64,)/);
    }
  }
  return fragment;
}

const text = (f: DocumentFragment) => f.textContent ?? '';
const all = (f: DocumentFragment, selector: string) => [...f.querySelectorAll(selector)];

describe('renderMarkdown: raw HTML is inert', () => {
  it('shows <script> as text and creates no script element', () => {
    const f = render('Before <script>alert(1)</script> after\n\n<script>\nalert(2)\n</script>');
    expect(all(f, 'script')).toHaveLength(0);
    expect(text(f)).toContain('<script>alert(1)</script>');
    expect(text(f)).toContain('alert(2)');
  });

  it('shows <img onerror> as text: no image, no handler', () => {
    const f = render('Look: <img src=x onerror=alert(1)>');
    expect(all(f, 'img')).toHaveLength(0);
    expect(all(f, '[onerror]')).toHaveLength(0);
    expect(text(f)).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows <iframe> as text', () => {
    const f = render('<iframe src="https://evil.example/"></iframe>\n\nand <iframe src=//evil.example>');
    expect(all(f, 'iframe')).toHaveLength(0);
    expect(text(f)).toContain('<iframe src="https://evil.example/"></iframe>');
  });

  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)><circle r=1 /></svg>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<style>body{display:none}</style>',
    '<form action="https://evil.example"><input name=p></form>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<p style="position:fixed" onclick="alert(1)">x</p>',
    '<div onmouseover="alert(1)">**bold**</div>',
    '<!-- comment --><details open ontoggle=alert(1)>',
    '| a | <img src=x onerror=alert(1)> |\n|---|---|\n| <script>alert(1)</script> | b |',
    '[<img src=x onerror=alert(1)>](https://example.com)',
    '![<img src=x onerror=alert(1)>](media/x.png)',
    '[x](https://example.com "\\" onmouseover=\\"alert(1)")',
    '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;',
    '```\n<script>alert(1)</script>\n```',
    '`<img src=x onerror=alert(1)>`',
    '$<img src=x onerror=alert(1)>$',
  ])('keeps %j inert', (markdown) => {
    for (const inline of [false, true]) {
      const f = render(markdown, inline);
      expect(all(f, 'script, iframe, svg, math, style, form, input, object, embed, div, details')).toHaveLength(0);
      expect(all(f, '[style], [onclick], [onerror], [onload], [onmouseover], [ontoggle]')).toHaveLength(0);
    }
  });
});

describe('renderMarkdown: links', () => {
  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](jav&#x61;script:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](vbscript:msgbox)',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '<javascript:alert(1)>',
  ])('drops the link of %j and keeps its text', (markdown) => {
    const f = render(markdown);
    expect(all(f, 'a')).toHaveLength(0);
    expect(text(f)).not.toBe('');
  });

  it('keeps http(s) and mailto links, opened in a new tab without opener or referrer', () => {
    const f = render(
      '[site](https://example.com/a?b=1 "Title") [plain](http://example.org) [mail](mailto:t@example.com)',
    );
    const links = all(f, 'a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1',
      'http://example.org',
      'mailto:t@example.com',
    ]);
    expect(links[0]?.getAttribute('title')).toBe('Title');
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('drops relative and protocol-relative links', () => {
    expect(all(render('[a](/api/admin) [b](//evil.example) [c](page.html)'), 'a')).toHaveLength(0);
  });

  it('turns autolinks, bare URLs and e-mail addresses into links', () => {
    const f = render('<https://example.com/x> and https://example.org and www.example.net and ops@example.com');
    expect(all(f, 'a').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/x',
      'https://example.org',
      'http://www.example.net',
      'mailto:ops@example.com',
    ]);
  });
});

describe('renderMarkdown: images', () => {
  it('rewrites media/… to /api/media/…', () => {
    const f = render('![Brake valve](media/valve.svg) ![b](./media/sub/b.png) ![c](/api/media/c.jpg "C")');
    const imgs = all(f, 'img');
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual([
      '/api/media/valve.svg',
      '/api/media/sub/b.png',
      '/api/media/c.jpg',
    ]);
    expect(imgs[0]?.getAttribute('alt')).toBe('Brake valve');
    expect(imgs[2]?.getAttribute('title')).toBe('C');
  });

  it('encodes file names once', () => {
    expect(all(render('![图](<media/制动 阀.svg>)'), 'img')[0]?.getAttribute('src')).toBe(
      '/api/media/%E5%88%B6%E5%8A%A8%20%E9%98%80.svg',
    );
  });

  it.each([
    '![a](javascript:alert(1))',
    '![a](https://evil.example/x.png)',
    '![a](http://evil.example/x.png)',
    '![a](//evil.example/x.png)',
    '![a](x.png)',
    '![a](/etc/passwd)',
    '![a](media/../../api/admin)',
    '![a](media/%2e%2e/%2e%2e/api/admin)',
    '![a](/api/media/../admin)',
    '![a](media/a%2Fb.png)',
    '![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '![a](data:text/html;base64,PHNjcmlwdD4=)',
    '![a](data:image/png,notbase64)',
  ])('removes %j, keeping the alt text', (markdown) => {
    const f = render(markdown);
    expect(all(f, 'img')).toHaveLength(0);
    expect(text(f)).toContain('a');
  });

  it('keeps data: URLs of safe raster types only', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp']) {
      const src = `data:image/${type};base64,iVBORw0KGgo=`;
      expect(all(render(`![x](${src})`), 'img')[0]?.getAttribute('src')).toBe(src);
    }
  });
});

describe('renderMarkdown: Markdown features', () => {
  it('renders tables with alignment', () => {
    const f = render(
      '| Part | Pressure |\n|:-----|---------:|\n| Brake pipe | 600 kPa |\n| Main reservoir | 900 kPa |',
    );
    expect(all(f, 'table')).toHaveLength(1);
    expect(all(f, 'thead th').map((th) => th.textContent)).toEqual(['Part', 'Pressure']);
    expect(all(f, 'tbody tr')).toHaveLength(2);
    expect(all(f, 'td')[1]?.getAttribute('align')).toBe('right');
  });

  it('renders lists, numbered lists starting elsewhere, and task lists without inputs', () => {
    const f = render('- one\n- two\n\n---\n\n3. three\n4. four\n\n---\n\n- [x] done\n- [ ] todo');
    expect(all(f, 'ul > li').map((li) => li.textContent)).toEqual(['one', 'two', '☑ done', '☐ todo']);
    expect(all(f, 'ol')[0]?.getAttribute('start')).toBe('3');
    expect(all(f, 'input')).toHaveLength(0);
  });

  it('renders emphasis, strong, strikethrough and blockquotes', () => {
    const f = render('*em* **strong** ~~gone~~\n\n> quoted');
    expect(all(f, 'em')[0]?.textContent).toBe('em');
    expect(all(f, 'strong')[0]?.textContent).toBe('strong');
    expect(all(f, 'del')[0]?.textContent).toBe('gone');
    expect(all(f, 'blockquote')[0]?.textContent?.trim()).toBe('quoted');
  });

  it('renders code spans and fenced code, escaped', () => {
    const f = render('Use `<b>` here.\n\n```ts\nconst a = "<i>";\n```');
    expect(all(f, 'p > code')[0]?.textContent).toBe('<b>');
    const block = all(f, 'pre > code')[0];
    expect(block?.getAttribute('class')).toBe('language-ts');
    expect(block?.textContent).toBe('const a = "<i>";\n');
    expect(all(f, 'b, i')).toHaveLength(0);
  });

  it('shifts headings down so an item never adds an h1 or h2 to the page', () => {
    const f = render('# One\n## Two\n### Three\n#### Four');
    expect(all(f, 'h3, h4, h5, h6').map((h) => h.localName)).toEqual(['h3', 'h4', 'h5', 'h6']);
    expect(all(f, 'h1, h2')).toHaveLength(0);
  });

  it('shows formulas as code, leaving prices and escaped dollars alone', () => {
    const f = render('Ohm: $U = I \\cdot R$, costs $5 and $10, \\$x$, $$P = \\frac{U^2}{R}$$');
    const math = all(f, 'code.math');
    expect(math.map((c) => c.textContent)).toEqual(['U = I \\cdot R', 'P = \\frac{U^2}{R}']);
    expect(math[1]?.getAttribute('class')).toBe('math display');
    expect(text(f)).toContain('costs $5 and $10, $x$,');
  });

  it('keeps Chinese text intact and treats a single newline as a line break', () => {
    const f = render('机车**制动机**的作用是什么？\n请选择正确答案。');
    expect(text(f).trim()).toBe('机车制动机的作用是什么？请选择正确答案。');
    expect(all(f, 'strong')[0]?.textContent).toBe('制动机');
    expect(all(f, 'br')).toHaveLength(1);
  });

  it('renders the empty string as nothing', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown('', { inline: true })).toBe('');
  });
});

describe('renderMarkdown: inline mode', () => {
  it('renders inline content without a wrapping paragraph', () => {
    const html = renderMarkdown('**600** kPa, see ![gauge](media/g.svg)', { inline: true });
    expect(html.startsWith('<strong>600</strong> kPa')).toBe(true);
    expect(all(parse(html), 'p')).toHaveLength(0);
    expect(all(parse(html), 'img')).toHaveLength(1);
  });

  it('creates no block elements from block syntax', () => {
    const f = render('# Title\n- item\n| a |\n|---|', true);
    expect(all(f, 'p, h3, h4, h5, h6, ul, ol, li, table, blockquote, pre')).toHaveLength(0);
    expect(text(f)).toContain('# Title');
  });
});

describe('renderMarkdown: speed', () => {
  const section = (i: number) =>
    `## Section ${i}\n\nThe *brake pipe* pressure is **${500 + i} kPa**; see [the manual](https://example.com/${i}) ` +
    `and $p_${i} = F / A$.\n\n- point one\n- point \`two\`\n\n| a | b |\n|---|---|\n| ${i} | 机车 |\n\n` +
    `![figure ${i}](media/f${i}.svg) <script>alert(${i})</script>\n\n`;

  // jsdom is many times slower than a browser at DOM work, so these budgets are generous; what they catch is
  // a renderer or sanitiser that goes super-linear or hangs.
  it('renders a long document (about 100 KB) quickly', () => {
    renderMarkdown(section(-1)); // warm up the parser and the sanitiser
    const long = Array.from({ length: 420 }, (_, i) => section(i)).join('');
    expect(long.length).toBeGreaterThan(100_000);
    const started = performance.now();
    const html = renderMarkdown(long);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5000);
    const f = parse(html);
    expect(all(f, 'table')).toHaveLength(420);
    expect(all(f, 'script')).toHaveLength(0);
  }, 30_000);

  it('renders a page of distinct stems quickly, and a repeat from the cache', () => {
    const stems = Array.from({ length: 200 }, (_, i) => `Question ${i}: what is **${i}** kPa?\n\n- a\n- b`);
    const started = performance.now();
    for (const s of stems) renderMarkdown(s);
    const first = performance.now() - started;
    const again = performance.now();
    for (const s of stems) renderMarkdown(s);
    expect(first).toBeLessThan(2000);
    expect(performance.now() - again).toBeLessThan(first);
  });

  it('does not backtrack on pathological input', () => {
    const nasty = `${'$'.repeat(20_000)} ${'*a'.repeat(5_000)} ${'['.repeat(5_000)}${'<'.repeat(5_000)}`;
    const started = performance.now();
    renderMarkdown(nasty);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('sanitizeHtml: the second layer on its own', () => {
  it('strips what the allowlist does not name, even if the renderer were to emit it', () => {
    const f = parse(
      sanitizeHtml(
        '<p style="color:red" onclick="alert(1)" id="x">' +
          '<a href="javascript:alert(1)">a</a><a href="/api/admin" target="_self">b</a>' +
          '<img src="https://evil.example/x.png"><img src="/api/media/ok.png" onerror="alert(1)" width="9">' +
          '<iframe src="https://evil.example"></iframe><script>alert(1)</script>' +
          '<span class="evil">s</span><code class="math">m</code><h1>h</h1><svg><g/></svg></p>',
      ),
    );
    expect(all(f, 'script, iframe, svg, h1')).toHaveLength(0);
    expect(all(f, '[style], [onclick], [onerror], [id], [width]')).toHaveLength(0);
    expect(all(f, 'a[href]')).toHaveLength(0);
    expect(all(f, 'img').map((i) => i.getAttribute('src'))).toEqual(['/api/media/ok.png']);
    expect(all(f, 'span')[0]?.hasAttribute('class')).toBe(false);
    expect(all(f, 'code')[0]?.getAttribute('class')).toBe('math');
    expect(text(f)).toContain('h');
  });
});

describe('url policy', () => {
  it('maps media paths and refuses everything else', () => {
    expect(toImageSrc('media/a/b.svg')).toBe('/api/media/a/b.svg');
    expect(toImageSrc(' ./media/a%20b.png ')).toBe('/api/media/a%20b.png');
    expect(toImageSrc('/api/media/x.webp')).toBe('/api/media/x.webp');
    expect(toImageSrc('media/./x.png')).toBeNull();
    expect(toImageSrc('media//x.png')).toBeNull();
    expect(toImageSrc('media/a\\..\\x.png')).toBeNull();
    expect(toImageSrc('media/%E0%A4%A.png')).toBeNull();
    expect(toImageSrc('https://example.com/x.png')).toBeNull();
  });

  it('keeps http(s) and mailto link targets only', () => {
    expect(toLinkHref('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(toLinkHref('https://example.com/%20')).toBe('https://example.com/%20');
    expect(toLinkHref('MAILTO:a@example.com')).toBe('MAILTO:a@example.com');
    expect(toLinkHref('ftp://example.com')).toBeNull();
    expect(toLinkHref('javascript:alert(1)')).toBeNull();
  });
});

describe('<rh-markdown>', () => {
  it('renders the sanitised output into its shadow root, block or inline', async () => {
    await import('../components/rh-markdown.js');
    const el = document.createElement('rh-markdown');
    el.source = '**Hi** <script>alert(1)</script> <img src=x onerror=alert(1)> ![v](media/v.svg)';
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(root.querySelector('p > strong')?.textContent).toBe('Hi');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/api/media/v.svg');
    expect(root.textContent).toContain('<script>alert(1)</script>');

    el.inline = true;
    await el.updateComplete;
    expect(el.hasAttribute('inline')).toBe(true);
    expect(root.querySelector('p')).toBeNull();
    expect(root.querySelector('strong')?.textContent).toBe('Hi');
    el.remove();
  });
});
