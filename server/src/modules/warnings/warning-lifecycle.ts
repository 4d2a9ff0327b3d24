import type { WarningStatus } from '@shouwang/contracts';

/**
 * The review discipline of a warning (预警发布审核), as data: which step may be taken from which status.
 * A draft or a rejected warning is edited and submitted; a pending one is approved (published) or rejected
 * by someone other than its author; a published one changes only by a new version that supersedes it
 * (update or cancel). Cancelled and superseded are final.
 */
export type WarningStep = 'edit' | 'submit' | 'approve' | 'reject' | 'revise' | 'cancel';

const ALLOWED: Record<WarningStep, readonly WarningStatus[]> = {
  edit: ['draft', 'rejected'],
  submit: ['draft', 'rejected'],
  approve: ['pending_review'],
  reject: ['pending_review'],
  revise: ['published'],
  cancel: ['published'],
};

/** The status a step leads to (for the warning it is taken on). */
export const NEXT_STATUS: Record<WarningStep, WarningStatus> = {
  edit: 'draft',
  submit: 'pending_review',
  approve: 'published',
  reject: 'rejected',
  revise: 'superseded',
  cancel: 'superseded',
};

export function canTake(step: WarningStep, status: WarningStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** Statuses from which a step is allowed (for error details). */
export function allowedFrom(step: WarningStep): readonly WarningStatus[] {
  return ALLOWED[step];
}

/** The author of a warning never approves it; nobody without an identity (a token) approves at all. */
export function mayReview(authorId: string | null, reviewerId: string | null): boolean {
  return reviewerId !== null && reviewerId !== authorId;
}
