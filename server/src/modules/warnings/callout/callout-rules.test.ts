import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CALLOUT_POLICY } from './callout-policy.js';
import { decide, dueAfterAck, firstDueAt } from './callout-rules.js';

const t0 = new Date('2026-07-01T08:00:00Z');
const min = (m: number) => new Date(t0.getTime() + m * 60_000);
const p = DEFAULT_CALLOUT_POLICY;
const base = { acknowledged: false, feedbackGiven: false, hasSuperior: true, startedAt: t0 };

describe('call-out rules (叫应)', () => {
  it('times the read timeout, the wake deadline and the feedback deadline from the start', () => {
    assert.deepEqual(firstDueAt(p, t0), min(3));
    assert.deepEqual(decide({ ...base, step: 0 }, p), { action: 'voice_call', step: 1, nextDueAt: min(5) });
    assert.deepEqual(dueAfterAck(p, t0, false), min(15));
    assert.equal(dueAfterAck(p, t0, true), null);
  });
  it('calls the superior when the voice call did not wake the person, and only if there is one', () => {
    assert.deepEqual(decide({ ...base, step: 1 }, p), { action: 'call_superior', step: 2, nextDueAt: null });
    assert.deepEqual(decide({ ...base, step: 1, hasSuperior: false }, p), { action: 'none', step: 2, nextDueAt: null });
  });
  it('chases feedback once after an acknowledgement, never after feedback', () => {
    assert.equal(decide({ ...base, step: 1, acknowledged: true }, p).action, 'chase_feedback');
    assert.equal(decide({ ...base, step: 3, acknowledged: true }, p).action, 'none');
    assert.equal(decide({ ...base, step: 0, acknowledged: true, feedbackGiven: true }, p).action, 'none');
  });
  it('follows a region’s own timers', () => {
    const fast = { ...p, readTimeoutMin: 1, wakeDeadlineMin: 2 };
    assert.deepEqual(decide({ ...base, step: 0 }, fast).nextDueAt, min(2));
  });
});
