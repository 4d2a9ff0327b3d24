import { MONITORING_DEFAULTS } from './escalation-policies.js';

const W = MONITORING_DEFAULTS.risk;
const DAY_MS = 86_400_000;

export type AlarmFact = { condition: string; raisedAt: number; escalated: boolean; closedAt: number | null };

/**
 * Enterprise risk index, 0–100, for one day: a base from the highest hazard grade, plus alarms raised in
 * the window before the day (weighted by condition), alarms nobody acknowledged in time, and alarms still
 * open at the day's end — each part capped, so one noisy sensor cannot dominate. Weights are data.
 */
export function riskIndexOn(dayEnd: number, grade: string | null, facts: AlarmFact[]) {
  const from = dayEnd - W.windowDays * DAY_MS;
  const inWindow = facts.filter((f) => f.raisedAt > from && f.raisedAt <= dayEnd);
  const hazard = W.hazard[(grade ?? 'none') as keyof typeof W.hazard] ?? 0;
  const alarms = Math.min(W.alarmCap, inWindow.reduce((s, f) => s + (W.alarm[f.condition as keyof typeof W.alarm] ?? 0), 0));
  const overdueCount = inWindow.filter((f) => f.escalated).length;
  const overdue = Math.min(W.overdueCap, overdueCount * W.overdue);
  const openCount = facts.filter((f) => f.raisedAt <= dayEnd && (f.closedAt === null || f.closedAt > dayEnd)).length;
  const open = Math.min(W.openCap, openCount * W.open);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { index: round(Math.min(100, hazard + alarms + overdue + open)), components: { hazard, alarms: round(alarms), overdue, open }, alarms: inWindow.length, overdue: overdueCount };
}

/** One value per day for the last `days` days, ending today (UTC days). */
export function riskTrend(now: number, days: number, grade: string | null, facts: AlarmFact[]) {
  const today = Math.floor(now / DAY_MS);
  return Array.from({ length: days }, (_, i) => {
    const day = today - (days - 1 - i);
    const end = Math.min(now, (day + 1) * DAY_MS - 1);
    const r = riskIndexOn(end, grade, facts);
    return { day: new Date(day * DAY_MS).toISOString().slice(0, 10), index: r.index, alarms: r.alarms, overdue: r.overdue };
  });
}
