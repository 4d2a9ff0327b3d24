import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WarningStatus } from '@shouwang/contracts';
import { allowedFrom, canTake, mayReview, NEXT_STATUS, type WarningStep } from './warning-lifecycle.js';

describe('warning lifecycle', () => {
  it('allows exactly the review path draft → pending_review → published | rejected → pending_review', () => {
    assert.ok(canTake('submit', 'draft'));
    assert.ok(canTake('approve', 'pending_review'));
    assert.ok(canTake('reject', 'pending_review'));
    assert.ok(canTake('submit', 'rejected'));
    assert.ok(canTake('edit', 'rejected'));
    assert.equal(NEXT_STATUS.approve, 'published');
    assert.equal(NEXT_STATUS.reject, 'rejected');
  });
  it('never approves or edits without review, and final states stay final', () => {
    assert.ok(!canTake('approve', 'draft'));
    assert.ok(!canTake('approve', 'rejected'));
    assert.ok(!canTake('edit', 'published'));
    assert.ok(!canTake('edit', 'pending_review'));
    for (const step of ['edit', 'submit', 'approve', 'reject', 'revise', 'cancel'] as WarningStep[]) {
      assert.ok(!canTake(step, 'cancelled'), `${step} from cancelled`);
      assert.ok(!canTake(step, 'superseded'), `${step} from superseded`);
    }
  });
  it('changes a published warning only by a new version', () => {
    assert.deepEqual(allowedFrom('revise'), ['published']);
    assert.deepEqual(allowedFrom('cancel'), ['published']);
    assert.equal(NEXT_STATUS.revise, 'superseded');
    assert.equal(NEXT_STATUS.cancel, 'superseded');
  });
  it('every step leads to a status of the contract', () => {
    for (const s of Object.values(NEXT_STATUS)) assert.ok(WarningStatus.options.includes(s));
  });
  it('refuses self-approval and approval without an identity', () => {
    assert.ok(!mayReview('u1', 'u1'));
    assert.ok(!mayReview('u1', null));
    assert.ok(mayReview('u1', 'u2'));
    assert.ok(mayReview(null, 'u2'));
  });
});
