/**
 * How typed answers are compared. Learners type on phones and Chinese IMEs, so the same answer arrives as
 * `500 kPa`, `500kpa`, `５００ＫＰＡ` or with stray spaces; all of these must meet the authored `500 kPa`.
 */

/** Zero-width characters some keyboards and copy-paste insert; they are invisible, so they never count. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Puts a typed answer in canonical form: Unicode NFKC (full-width → half-width, compatibility forms → plain),
 * invisible characters dropped, trimmed, runs of whitespace collapsed to one space, and lower-cased unless
 * `caseSensitive`.
 * @example normaliseAnswer('  ５００ＫＰＡ ', false) // '500kpa'
 */
export function normaliseAnswer(text: string, caseSensitive: boolean): string {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? plain : plain.toLowerCase();
}

/**
 * `normaliseAnswer` with every space removed, so `500kPa` and `500 kPa` compare equal.
 * @example compactAnswer('500 k Pa', false) // '500kpa'
 */
export function compactAnswer(text: string, caseSensitive: boolean): string {
  return normaliseAnswer(text, caseSensitive).replace(/ /g, '');
}

/**
 * True when `response` matches one of the `accepted` answers: first compared in normal form, then with all
 * spaces removed. Answers that normalise to nothing never match.
 * @example answerAccepted(['500 kPa'], '５００ＫＰＡ', false) // true
 */
export function answerAccepted(accepted: readonly string[], response: string, caseSensitive: boolean): boolean {
  const normal = normaliseAnswer(response, caseSensitive);
  if (normal === '') return false;
  if (accepted.some((a) => normaliseAnswer(a, caseSensitive) === normal)) return true;
  const compact = compactAnswer(response, caseSensitive);
  return accepted.some((a) => compactAnswer(a, caseSensitive) === compact);
}
