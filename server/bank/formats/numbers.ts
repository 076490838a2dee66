/** Decimal places of a number as written by `String()` (12 for exponent forms, which are rare here). */
function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 12;
  return s.split('.')[1]?.length ?? 0;
}

/** Rounds away binary noise: to `places` decimals. */
const roundTo = (x: number, places: number) => {
  const s = 10 ** Math.min(places, 15);
  return Math.round(x * s) / s;
};

/**
 * A range as a value and an absolute tolerance: the midpoint and half the width, without binary noise.
 * @example rangeToTolerance(3.141, 3.142) // { value: 3.1415, tolerance: 0.0005 }
 */
export function rangeToTolerance(min: number, max: number): { value: number; tolerance: number } {
  const places = Math.max(decimals(min), decimals(max)) + 1;
  return { value: roundTo((min + max) / 2, places), tolerance: roundTo(Math.abs(max - min) / 2, places) };
}

/** Reads a number written in a file: `.` or `,` as decimal separator, optional exponent; undefined otherwise. */
export function readDecimal(text: string): number | undefined {
  const t = text.trim().replace(/\u2212/g, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A percentage for messages and files: up to 5 decimals, no trailing zeros (33.33333, 50, -100). */
export const percent = (fraction: number): string => String(roundTo(fraction * 100, 5));

/** A percentage from a file as a fraction, without binary noise: 33.33333 → 0.3333333. */
export const fromPercent = (p: number): number => Number((p / 100).toFixed(10));
