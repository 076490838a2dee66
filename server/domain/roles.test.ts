import { describe, expect, it } from 'vitest';
import { allows } from './roles.js';

describe('access rules', () => {
  it('public routes let everyone in', () => {
    expect(allows('public', null)).toBe(true);
    expect(allows('public', ['student'])).toBe(true);
  });

  it('signed-in routes need a user, any role', () => {
    expect(allows('signed-in', null)).toBe(false);
    expect(allows('signed-in', ['craftsman'])).toBe(true);
  });

  it('role routes need one of the roles', () => {
    const access = { roles: ['teacher', 'admin'] } as const;
    expect(allows(access, null)).toBe(false);
    expect(allows(access, ['student'])).toBe(false);
    expect(allows(access, ['student', 'teacher'])).toBe(true);
    expect(allows(access, [])).toBe(false);
  });
});
