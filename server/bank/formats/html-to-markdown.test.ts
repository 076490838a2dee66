import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToMarkdown } from './html-to-markdown.js';

describe('HTML to Markdown', () => {
  it('keeps simple structure: paragraphs, breaks, bold, italics, code, links, lists, tables', () => {
    expect(htmlToMarkdown('<p>One <b>bold</b> and <em>it</em></p><p>Two<br>lines</p>')).toBe(
      'One **bold** and *it*\n\nTwo  \nlines',
    );
    expect(htmlToMarkdown('<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>')).toBe('- a\n- b\n  \n  1. c');
    expect(htmlToMarkdown('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>x|y</td></tr></table>')).toBe(
      '| A | B |\n| --- | --- |\n| 1 | x\\|y |',
    );
    expect(htmlToMarkdown('<a href="https://example.org/x">site</a> <code>kPa</code>')).toBe(
      '[site](https://example.org/x) `kPa`',
    );
    expect(htmlToMarkdown('<pre>a  b\n  c</pre>')).toBe('```\na  b\n  c\n```');
  });

  it('never passes script, iframe, styles, event handlers or javascript: URLs through', () => {
    const evil = [
      '<p onclick="steal()">Hi<script>alert(1)</script></p>',
      '<iframe src="https://evil.example"></iframe><style>p{}</style>',
      '<img src="x.png" onerror="alert(1)" alt="pic">',
      '<a href="javascript:alert(1)">click</a>',
      '<img src="javascript:alert(1)" alt="js">',
      '<svg onload="alert(1)"><circle/></svg><object data="x.swf"></object>',
      '<!-- <script>alert(2)</script> -->',
    ].join('');
    const md = htmlToMarkdown(evil);
    expect(md).toBe('Hi\n\n![pic](media/x.png)clickjs');
    expect(md).not.toMatch(/script|onerror|onclick|javascript|iframe|alert/i);
  });

  it('cannot be made to write a Markdown link through an image address', () => {
    expect(htmlToMarkdown('<img src="x) [c](javascript:alert(1)" alt="a](javascript:x)">')).toBe(
      '![a (javascript:x)](media/x-c-javascript-alert-1)',
    );
  });

  it('keeps an image while dropping its script="…" attribute (the Canvas XSS probe)', () => {
    expect(htmlToMarkdown(`<img script="alert('bad')" alt="image.png" src="org0/images/image.png"/>`)).toBe(
      '![image.png](media/image.png)',
    );
  });

  it('decodes entities, collapses white space and reads no-break spaces as spaces', () => {
    expect(htmlToMarkdown('<p>  a&nbsp;&nbsp;b &amp; &lt;c&gt; &#8212; &eacute;\n d </p><p>&nbsp;</p>')).toBe(
      'a b & <c> — é d',
    );
    expect(decodeEntities('&unknown; &#x41;')).toBe('&unknown; A');
  });
});
