import { CALLOUT_ROLE_LABELS, CalloutRole, FeedbackMeasure, type CalloutPolicy, type Recipient, type RecipientState } from '@shouwang/contracts';
import type { MessageKey } from '../../../lib/i18n';

export const CALLOUT_ROLES = CalloutRole.options;
export const FEEDBACK_MEASURES = FeedbackMeasure.options;

/** 未响应 first (they need the duty officer), then those still owing feedback, then the settled ones. */
const STATE_ORDER: Record<RecipientState, number> = { failed: 0, pending: 1, reached: 2, read: 3, acknowledged: 4, feedback: 5, stopped: 6 };
export const RECIPIENT_STATES: readonly RecipientState[] = ['pending', 'reached', 'read', 'failed', 'acknowledged', 'feedback', 'stopped'];

/** antd Tag presets: red needs action, green is done. */
export const STATE_TAG: Record<RecipientState, string> = { failed: 'red', pending: 'orange', reached: 'gold', read: 'gold', acknowledged: 'blue', feedback: 'green', stopped: 'default' };

/** Not yet answered (收到) and still being called. */
export const isUnanswered = (state: RecipientState) => state === 'pending' || state === 'reached' || state === 'read' || state === 'failed';

export const byUrgency = (a: Recipient, b: Recipient) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.name.localeCompare(b.name, 'zh-CN');

export const stateKey = (s: RecipientState): MessageKey => `callouts.state.${s}`;
export const measureKey = (m: FeedbackMeasure): MessageKey => `callouts.measure.${m}`;
const REGION_LEVEL_KEYS: Record<number, MessageKey> = { 1: 'callouts.regionLevel.1', 2: 'callouts.regionLevel.2', 3: 'callouts.regionLevel.3', 4: 'callouts.regionLevel.4', 5: 'callouts.regionLevel.5' };
/** 市 → 旗县区 → 乡镇（街道） → 村（社区）: the levels as the call roster names them. */
export const regionLevelKey = (level: number): MessageKey => REGION_LEVEL_KEYS[level] ?? 'callouts.regionLevel.other';

export function roleLabel(role: string, pick: (text: { zh: string; en: string }) => string): string {
  const known = CalloutRole.safeParse(role);
  return known.success ? pick(CALLOUT_ROLE_LABELS[known.data]) : role;
}

/** When this person's call started: their first message (a superior is called later than the rest). */
export function calloutStart(r: Recipient, publishedAt: string | null): number | null {
  const first = r.deliveries.reduce<number | null>((min, d) => {
    const at = Date.parse(d.queuedAt);
    return min === null || at < min ? at : min;
  }, null);
  return first ?? (publishedAt ? Date.parse(publishedAt) : null);
}

export type Lateness = 'wake' | 'feedback' | null;

/**
 * Past the region's deadline: not woken within `wakeDeadlineMin` (长治/朔州: 5 min), or acknowledged
 * but no feedback within `feedbackMin` (浙江: 15 min; the server flags it too).
 */
export function lateness(r: Recipient, publishedAt: string | null, policy: CalloutPolicy | undefined, now: number): Lateness {
  if (r.state === 'stopped' || r.state === 'feedback') return null;
  if (r.state === 'acknowledged') {
    if (r.feedbackOverdue) return 'feedback';
    const start = calloutStart(r, publishedAt);
    return policy && start !== null && now > start + policy.feedbackMin * 60_000 ? 'feedback' : null;
  }
  const start = calloutStart(r, publishedAt);
  return policy && start !== null && now > start + policy.wakeDeadlineMin * 60_000 ? 'wake' : null;
}

/** 12.3 % of a total (— when there is nobody to count). */
export const share = (part: number, total: number): number | null => (total > 0 ? part / total : null);
export const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(value >= 0.999 || value === 0 ? 0 : 1)}%`);
