import type { Role } from '../roles.js';

/** Where an item is in its life: only published items are served to learners. */
export const ITEM_STATUSES = ['draft', 'in_review', 'published', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What reviewers and authors can do to an item's status. */
export const ITEM_ACTIONS = ['submit', 'approve', 'request_changes', 'retire', 'restore'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

const REVIEWERS: readonly Role[] = ['teacher', 'admin'];
const AUTHORS: readonly Role[] = ['teacher', 'craftsman', 'admin'];

/** The lifecycle: draft → in review → published → retired; only teachers and admins publish. */
const TRANSITIONS: Record<ItemAction, { from: readonly ItemStatus[]; to: ItemStatus; roles: readonly Role[] }> = {
  submit: { from: ['draft'], to: 'in_review', roles: AUTHORS },
  approve: { from: ['draft', 'in_review'], to: 'published', roles: REVIEWERS },
  request_changes: { from: ['in_review'], to: 'draft', roles: REVIEWERS },
  retire: { from: ['published'], to: 'retired', roles: REVIEWERS },
  restore: { from: ['retired'], to: 'published', roles: REVIEWERS },
};

/**
 * The status an action leads to, or why it is not allowed.
 * @example transition('in_review', 'approve', ['teacher']) // { ok: true, to: 'published' }
 */
export function transition(
  status: ItemStatus,
  action: ItemAction,
  roles: readonly Role[],
): { ok: true; to: ItemStatus } | { ok: false; reason: 'role' | 'status' } {
  const rule = TRANSITIONS[action];
  if (!roles.some((r) => rule.roles.includes(r))) return { ok: false, reason: 'role' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'status' };
  return { ok: true, to: rule.to };
}

/** Who may change an item's content: its author while it is a draft, reviewers at any time before retirement. */
export function canEdit(status: ItemStatus, roles: readonly Role[], isAuthor: boolean): boolean {
  if (status === 'retired') return false;
  if (roles.some((r) => REVIEWERS.includes(r))) return true;
  return isAuthor && status === 'draft' && roles.some((r) => AUTHORS.includes(r));
}

/** Authors may create items; reviewers see everything. */
export const canAuthor = (roles: readonly Role[]) => roles.some((r) => AUTHORS.includes(r));
export const canReview = (roles: readonly Role[]) => roles.some((r) => REVIEWERS.includes(r));

/** Why a learner reports an item; reports wait in the review queue until closed. */
export const REPORT_REASONS = ['wrong_key', 'unclear', 'typo', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
