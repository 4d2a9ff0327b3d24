import type { LiveEvent } from '@shouwang/contracts';

export const ALARM_RAISED = 'monitoring.alarm-raised';
/** Also `monitoring.alarm-changed` and `monitoring.alarm-escalated`: anything about an alarm. */
export const ALARM_EVENTS = 'monitoring.alarm-';
export const VALUES_CHANGED = 'monitoring.values-changed';
/** A point was created or its limits changed. */
export const POINT_EVENTS = 'monitoring.point-';
export const POLICY_CHANGED = 'monitoring.escalation-policy-changed';

/** `monitoring.values-changed` names the points that got readings; anything malformed names none. */
export function changedPointIds(event: LiveEvent): string[] {
  const ids = event.payload['pointIds'];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** The alarm an `alarm-raised` / `alarm-changed` event is about. */
export function alarmIdOf(event: LiveEvent): string | null {
  const id = event.payload['id'];
  return typeof id === 'string' ? id : null;
}
