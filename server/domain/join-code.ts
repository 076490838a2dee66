/** Letters and digits that cannot be mistaken for one another when read aloud or off a projector. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/**
 * Makes a cohort join code from a source of random integers (injected, so tests are deterministic).
 * @example joinCode((n) => 0) // "AAAAAAAA"
 */
export function joinCode(randomInt: (exclusiveMax: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Normalises what a student typed: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
