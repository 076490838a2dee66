import type { Response } from './item.js';

/** Building blocks for the kinds' `parseResponse`: untrusted JSON in, a typed value or a readable problem out. */

/** The longest text a learner may type as an answer, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 500;

/** A value read from untrusted input, or why it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** A failed read with a message. */
export const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** True for a plain JSON object (not null, not an array). */
export function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** A short, safe rendering of an untrusted value for an error message (long strings are cut). */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Reads the one field a response object must have, rejecting anything else in it.
 * @example readField({ selected: ['a'] }, 'selected', '{ "selected": ["a"] }') // { ok: true, value: ['a'] }
 */
export function readField(raw: unknown, field: string, example: string): Read<unknown> {
  if (!isRecord(raw)) return fail(`the response must be an object like ${example}`);
  if (!Object.hasOwn(raw, field)) return fail(`the response must have "${field}", like ${example}`);
  const extra = Object.keys(raw).find((k) => k !== field);
  if (extra !== undefined) return fail(`the response has an unexpected field ${show(extra)}; expected ${example}`);
  return { ok: true, value: raw[field] };
}

/** What `readIdList` needs to know: the field's name, what an id names, and the ids that exist. */
export type IdListSpec = { field: string; noun: string; known: readonly string[] };

/**
 * Reads a list of distinct, known ids (e.g. selected options). Order is kept; emptiness is the caller's call.
 * @example readIdList(['a', 'a'], { field: 'selected', noun: 'option', known: ['a', 'b'] }) // option "a" is listed twice
 */
export function readIdList(value: unknown, spec: IdListSpec): Read<string[]> {
  const { field, noun, known } = spec;
  if (!Array.isArray(value)) return fail(`"${field}" must be a list of ${noun} ids, not ${show(value)}`);
  if (value.length > known.length)
    return fail(`"${field}" lists ${value.length} ${noun}s but there are only ${known.length}`);
  const knownIds = new Set(known);
  const seen = new Set<string>();
  for (const id of value) {
    if (typeof id !== 'string') return fail(`"${field}" must contain ${noun} ids (strings), not ${show(id)}`);
    if (!knownIds.has(id))
      return fail(`${show(id)} is not one of this question's ${noun}s (expected ${expected(known)})`);
    if (seen.has(id)) return fail(`${noun} ${show(id)} is listed twice`);
    seen.add(id);
  }
  return { ok: true, value: [...seen] };
}

/** Reads a learner's typed text: a string, not blank, at most MAX_TEXT_LENGTH long. Kept as typed. */
export function readText(value: unknown): Read<string> {
  if (typeof value !== 'string') return fail(`"text" must be a string, not ${show(value)}`);
  if (value.length > MAX_TEXT_LENGTH) return fail(`the answer is too long (at most ${MAX_TEXT_LENGTH} characters)`);
  if (value.trim() === '') return fail('the answer is empty');
  return { ok: true, value };
}

/** "one of a, b, c" for messages; long lists are cut. */
export function expected(known: readonly string[]): string {
  const shown = known.slice(0, 10).map((id) => show(id));
  return `one of ${shown.join(', ')}${known.length > 10 ? ', …' : ''}`;
}

/** The options a choice response selects; none for a response of another shape. */
export const selectedOf = (response: Response): readonly string[] => ('selected' in response ? response.selected : []);

/** The typed text of a response; undefined for a response of another shape. */
export const textOf = (response: Response): string | undefined => ('text' in response ? response.text : undefined);
