import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { decodeText } from './decode.js';
import { detectFormat } from './detect-format.js';
import { importFile } from './index.js';

const fixture = (p: string) => readFileSync(`tests/fixtures/${p}`);

describe('format detection', () => {
  it('detects by extension where it settles it, else by content', async () => {
    expect(detectFormat(fixture('conformance/gift-grammar-pegjs/escapeAll.gift'), 'escapeAll.gift').format).toBe(
      'gift',
    );
    expect(detectFormat(fixture('formats/moodle-sample.xml'), 'quiz.xml').format).toBe('moodle-xml');
    expect(detectFormat(fixture('conformance/instructure-qti/items_1.2/true_false.xml'), 'tf.xml').format).toBe('qti');
    expect(detectFormat(fixture('conformance/instructure-qti/items_2.1/choice.xml'), 'choice.xml').format).toBe('qti');
    expect(detectFormat('Q?\nA. a\nB) b\nANSWER: B\n', 'questions.txt').format).toBe('aiken');
    expect(detectFormat('::T:: Q? {=a ~b}', 'questions.txt').format).toBe('gift');
    expect(detectFormat('Q? {T}', 'noextension').format).toBe('gift');
    expect(detectFormat('type;stem;a;b;answer\nsingle;Q;x;y;A', 'export.txt').format).toBe('csv');
    expect(detectFormat('x', 'data.csv').format).toBe('csv');
    const xlsx = new Uint8Array(await writeXlsxFile([[{ value: 'type' }]]).toBuffer());
    expect(detectFormat(xlsx, 'anything.bin').format).toBe('xlsx');
  });

  it('says why it cannot tell', () => {
    expect(detectFormat('hello', 'notes.txt')).toEqual({
      format: undefined,
      reason: 'not recognised as GIFT, Moodle XML, Aiken, CSV or QTI',
    });
    expect(detectFormat('<html><body/></html>', 'page.xml').reason).toMatch(/root <html>/);
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'package.zip').reason).toMatch(/\.zip package/);
  });

  it('importFile detects, parses, and turns an unknown file into one error', async () => {
    const report = await importFile(fixture('conformance/gift-grammar-pegjs/description1.gift'), 'description1.gift');
    expect(report.format).toBe('gift');
    expect(report.items).toHaveLength(1);
    expect(report.skipped).toHaveLength(1);
    expect(await importFile('hello', 'notes.txt')).toMatchObject({ format: undefined, errors: [{ line: 1 }] });
    // --format csv also reads a workbook.
    const xlsx = new Uint8Array(
      await writeXlsxFile([
        ['type', 'stem', 'a', 'b', 'answer'],
        ['single', 'Q?', 'x', 'y', 'B'],
      ]).toBuffer(),
    );
    expect((await importFile(xlsx, 'q.xlsx', 'csv')).format).toBe('xlsx');
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM and the XML declaration encoding', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
    const latin = Uint8Array.from(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\u00e9</a>', 'latin1'));
    expect(decodeText(latin)).toContain('café');
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20]))).toBe('café ');
  });
});
