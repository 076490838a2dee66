import { describe, expect, it } from 'vitest';
import { canEdit, transition } from './lifecycle.js';

describe('item lifecycle', () => {
  it('runs draft → in review → published → retired → published', () => {
    expect(transition('draft', 'submit', ['craftsman'])).toEqual({ ok: true, to: 'in_review' });
    expect(transition('in_review', 'approve', ['teacher'])).toEqual({ ok: true, to: 'published' });
    expect(transition('published', 'retire', ['admin'])).toEqual({ ok: true, to: 'retired' });
    expect(transition('retired', 'restore', ['teacher'])).toEqual({ ok: true, to: 'published' });
    expect(transition('in_review', 'request_changes', ['teacher'])).toEqual({ ok: true, to: 'draft' });
  });

  it('lets only teachers and admins publish', () => {
    expect(transition('in_review', 'approve', ['craftsman'])).toEqual({ ok: false, reason: 'role' });
    expect(transition('in_review', 'approve', ['student'])).toEqual({ ok: false, reason: 'role' });
    expect(transition('draft', 'approve', ['teacher'])).toEqual({ ok: true, to: 'published' });
  });

  it('refuses actions that do not fit the status', () => {
    expect(transition('published', 'submit', ['teacher'])).toEqual({ ok: false, reason: 'status' });
    expect(transition('draft', 'retire', ['teacher'])).toEqual({ ok: false, reason: 'status' });
    expect(transition('draft', 'request_changes', ['teacher'])).toEqual({ ok: false, reason: 'status' });
  });

  it('lets authors edit their drafts and reviewers edit anything not retired', () => {
    expect(canEdit('draft', ['craftsman'], true)).toBe(true);
    expect(canEdit('draft', ['craftsman'], false)).toBe(false);
    expect(canEdit('in_review', ['craftsman'], true)).toBe(false);
    expect(canEdit('published', ['teacher'], false)).toBe(true);
    expect(canEdit('retired', ['admin'], false)).toBe(false);
    expect(canEdit('draft', ['student'], true)).toBe(false);
  });
});
