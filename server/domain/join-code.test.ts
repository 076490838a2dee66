import { describe, expect, it } from 'vitest';
import { JOIN_CODE_LENGTH, joinCode, normaliseJoinCode } from './join-code.js';

describe('join codes', () => {
  it('are made of unambiguous characters only', () => {
    let i = 0;
    const code = joinCode((max) => i++ % max);
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect(code).not.toMatch(/[01IOL]/);
    expect(code).toBe('ABCDEFGH');
  });

  it('are deterministic for a given random source', () => {
    expect(joinCode(() => 0)).toBe('AAAAAAAA');
    expect(joinCode((max) => max - 1)).toBe('99999999');
  });

  it('ignore case, spaces and dashes when typed', () => {
    expect(normaliseJoinCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseJoinCode('ab cd ef gh')).toBe('ABCDEFGH');
  });
});
