import type { CalloutPolicy } from '@shouwang/contracts';

/** Where a responsible recipient stands in the call-out: 0 first wave, 1 voice call placed, 2 superior called, 3 feedback chased. */
export type CalloutStep = 0 | 1 | 2 | 3;
export type DueRecipient = { step: number; acknowledged: boolean; feedbackGiven: boolean; hasSuperior: boolean; startedAt: Date };
export type CalloutAction = 'voice_call' | 'call_superior' | 'chase_feedback' | 'none';
export type CalloutDecision = { action: CalloutAction; step: CalloutStep; nextDueAt: Date | null };

const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** When the first timer of a fresh recipient falls due: the read timeout. */
export const firstDueAt = (policy: CalloutPolicy, startedAt: Date) => at(startedAt, policy.readTimeoutMin);

/** After an acknowledgement only the feedback deadline is left (none once feedback is in). */
export const dueAfterAck = (policy: CalloutPolicy, startedAt: Date, feedbackGiven: boolean): Date | null => (feedbackGiven ? null : at(startedAt, policy.feedbackMin));

/**
 * What a recipient's timer falling due means (REFERENCE §3.5): no acknowledgement by the read timeout →
 * voice call; still none by the wake deadline → call the superior (or, with none on the roster, leave it
 * to the duty officer's board); acknowledged without feedback by the feedback deadline → call again and
 * flag it. Timers count from the start of this person's call-out.
 */
export function decide(r: DueRecipient, policy: CalloutPolicy): CalloutDecision {
  if (r.acknowledged) {
    if (r.feedbackGiven || r.step === 3) return { action: 'none', step: r.step as CalloutStep, nextDueAt: null };
    return { action: 'chase_feedback', step: 3, nextDueAt: null };
  }
  if (r.step === 0) return { action: 'voice_call', step: 1, nextDueAt: at(r.startedAt, policy.wakeDeadlineMin) };
  if (r.step === 1) return r.hasSuperior ? { action: 'call_superior', step: 2, nextDueAt: null } : { action: 'none', step: 2, nextDueAt: null };
  return { action: 'none', step: r.step as CalloutStep, nextDueAt: null };
}
