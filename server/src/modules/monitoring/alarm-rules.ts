import type { AlarmCondition, LimitCondition, PointState } from '@shouwang/contracts';

/** What the evaluator needs of a point: its limits (any may be absent) and how strict to be. */
export type PointRule = {
  thresholds: { ll: number | null; l: number | null; h: number | null; hh: number | null };
  deadband: number;
  minDurationMs: number;
  ratePerMinute: number | null;
};

type EvaluatedCondition = Exclude<AlarmCondition, 'OFFLINE'>;
export type ConditionState = { active: boolean; pendingSince: number | null };
/** Persisted per point, so the rules resume where they stopped after a restart or on another instance. */
export type EvalState = {
  lastTs: number | null;
  lastValue: number | null;
  conditions: Partial<Record<EvaluatedCondition, ConditionState>>;
};
export type Transition = { condition: EvaluatedCondition; kind: 'raise' | 'clear'; threshold: number | null; value: number; ts: number };

export const emptyState = (): EvalState => ({ lastTs: null, lastValue: null, conditions: {} });

const LIMITS: Array<{ condition: LimitCondition; key: keyof PointRule['thresholds']; high: boolean }> = [
  { condition: 'HH', key: 'hh', high: true },
  { condition: 'H', key: 'h', high: true },
  { condition: 'L', key: 'l', high: false },
  { condition: 'LL', key: 'll', high: false },
];

/**
 * One reading against a point's rules. A limit is crossed at the limit itself (≥ high, ≤ low); it must
 * stay crossed for `minDurationMs` of reading time before an alarm is raised; once raised it clears only
 * when the value is back inside by more than the deadband, so a value hovering at the limit does not
 * flap. Readings older than the last one evaluated are stored but not evaluated: the rules follow time.
 */
export function evaluate(rule: PointRule, state: EvalState, reading: { ts: number; value: number }): { state: EvalState; transitions: Transition[]; stale: boolean } {
  const { ts, value } = reading;
  if (state.lastTs !== null && ts <= state.lastTs) return { state, transitions: [], stale: true };
  const conditions = { ...state.conditions };
  const transitions: Transition[] = [];

  for (const { condition, key, high } of LIMITS) {
    const limit = rule.thresholds[key];
    if (limit === null) {
      if (conditions[condition]?.active) transitions.push({ condition, kind: 'clear', threshold: null, value, ts });
      delete conditions[condition];
      continue;
    }
    const crossed = high ? value >= limit : value <= limit;
    const back = high ? value < limit - rule.deadband : value > limit + rule.deadband;
    const prev = conditions[condition] ?? { active: false, pendingSince: null };
    conditions[condition] = step(prev, crossed, back, ts, rule.minDurationMs, (kind) => transitions.push({ condition, kind, threshold: limit, value, ts }));
  }

  if (rule.ratePerMinute !== null && state.lastTs !== null && state.lastValue !== null) {
    const perMinute = (Math.abs(value - state.lastValue) * 60_000) / (ts - state.lastTs);
    const crossed = perMinute > rule.ratePerMinute;
    const prev = conditions.RATE ?? { active: false, pendingSince: null };
    conditions.RATE = step(prev, crossed, !crossed, ts, 0, (kind) => transitions.push({ condition: 'RATE', kind, threshold: rule.ratePerMinute, value, ts }));
  } else if (rule.ratePerMinute === null && conditions.RATE) {
    if (conditions.RATE.active) transitions.push({ condition: 'RATE', kind: 'clear', threshold: null, value, ts });
    delete conditions.RATE;
  }

  return { state: { lastTs: ts, lastValue: value, conditions }, transitions, stale: false };
}

function step(prev: ConditionState, crossed: boolean, back: boolean, ts: number, minDurationMs: number, emit: (kind: 'raise' | 'clear') => void): ConditionState {
  if (prev.active) {
    if (back) {
      emit('clear');
      return { active: false, pendingSince: null };
    }
    return prev;
  }
  if (!crossed) return { active: false, pendingSince: null };
  const since = prev.pendingSince ?? ts;
  if (ts - since >= minDurationMs) {
    emit('raise');
    return { active: true, pendingSince: null };
  }
  return { active: false, pendingSince: since };
}

const SEVERITY: Array<Exclude<PointState, 'normal' | 'offline' | 'no_data'>> = ['HH', 'LL', 'H', 'L', 'RATE'];

/** The board's colour for a point: its most severe active condition, or offline/no data. */
export function pointState(state: EvalState | null, offline: boolean): PointState {
  if (offline) return 'offline';
  if (!state || state.lastTs === null) return 'no_data';
  return SEVERITY.find((c) => state.conditions[c]?.active) ?? 'normal';
}

/**
 * A point is offline when nothing arrived for `factor` times its reporting interval (or since it was
 * created, for a point that never reported). The factor is data (monitoring-defaults.json).
 */
export function isOverdue(lastTs: number | null, createdAt: number, expectedIntervalMs: number, factor: number, now: number): boolean {
  return now - (lastTs ?? createdAt) > expectedIntervalMs * factor;
}
