/** What importers accept: text already decoded, or the file's bytes. */
export type FileInput = string | Uint8Array;

const decoder = (label: string, fatal: boolean) => new TextDecoder(label, { fatal, ignoreBOM: false });

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a file's bytes. A byte-order mark wins; then an XML declaration's encoding; then UTF-8 when the bytes
 * are valid UTF-8; then GB18030 when the bytes decode as such and hold Chinese text (what Excel on a Chinese
 * Windows saves as "CSV"); else Windows-1252 (Excel's "CSV" on a Western Windows).
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // 'a'
 */
export function decodeText(input: FileInput): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const b = input;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decoder('utf-8', false).decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return decoder('utf-16le', false).decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return decoder('utf-16be', false).decode(b.subarray(2));
  const head = new TextDecoder('latin1').decode(b.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (declared !== undefined) {
    try {
      return decoder(declared, false).decode(b);
    } catch {
      // An encoding TextDecoder does not know: fall through to the guesses below.
    }
  }
  const utf8 = tryDecode('utf-8', b);
  if (utf8 !== undefined) return utf8;
  const gb = tryDecode('gb18030', b);
  if (gb !== undefined && /[\u4e00-\u9fff]/.test(gb)) return gb;
  return decoder('windows-1252', false).decode(b);
}

/** Splits text into lines, accepting \r\n, \r and \n. */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);
