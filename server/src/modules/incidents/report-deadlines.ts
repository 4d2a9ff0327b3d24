import type { IncidentGrade, IncidentStatus, ReportChannel, ReportClock, ReportClockKind, ReportClockState, ReportRules, ReportStage, ReportTimeLimit } from '@shouwang/contracts';

/**
 * The reporting chain's deadlines (REFERENCE §2), pure: which reports an incident still owes, when each
 * falls due and how close it is. Every limit comes from the region's rules (data, §0.2); time is given.
 *
 * - 初报: from the time the report was received (接报). A phone deadline (电话快报) is met by any 初报, the
 *   written one only by a written or system report.
 * - 续报: while the incident is active, after the written 初报; each falls due a fixed time after the
 *   previous report, or at the next listed local time of day at least `minGap` after it.
 * - 终报: from the end of the emergency (response terminated / 处置结束) until it is in.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Calendar = Pick<ReportRules, 'utcOffsetMinutes' | 'calendar'>;

const localDate = (utcMs: number, cal: Calendar) => new Date(utcMs + cal.utcOffsetMinutes * MINUTE);
const isoDay = (local: Date) => local.toISOString().slice(0, 10);

/** Monday–Friday, minus public holidays, plus the weekend days worked in exchange (调休). Local date. */
export function isWorkingDay(local: Date, cal: Calendar): boolean {
  const day = isoDay(local);
  if (cal.calendar.workingDays.includes(day)) return true;
  if (cal.calendar.holidays.includes(day)) return false;
  const weekday = local.getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/**
 * `start` plus a limit. MIN/HOUR/DAY are elapsed time (China keeps one offset all year, so a day is 24 h).
 * WORKDAY: the same local time of day on the n-th working day after the local day of `start`.
 */
export function addLimit(start: Date, limit: ReportTimeLimit, cal: Calendar): Date {
  const t = start.getTime();
  switch (limit.unit) {
    case 'MIN':
      return new Date(t + limit.value * MINUTE);
    case 'HOUR':
      return new Date(t + limit.value * HOUR);
    case 'DAY':
      return new Date(t + limit.value * DAY);
    case 'WORKDAY': {
      let days = 0;
      for (let counted = 0; counted < limit.value; ) {
        days += 1;
        if (isWorkingDay(localDate(t + days * DAY, cal), cal)) counted += 1;
        if (days > limit.value * 7 + 400) throw new RangeError('no working day found: check the calendar');
      }
      return new Date(t + days * DAY);
    }
  }
}

/** The first of the local times of day (HH:MM) at or after `from`. */
export function nextTimeOfDay(from: Date, times: readonly string[], cal: Calendar): Date {
  const offset = cal.utcOffsetMinutes * MINUTE;
  const localMidnight = Math.floor((from.getTime() + offset) / DAY) * DAY;
  const minutes = times.map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))).sort((a, b) => a - b);
  for (let d = 0; d <= 1; d++) {
    for (const m of minutes) {
      const candidate = localMidnight + d * DAY + m * MINUTE - offset;
      if (candidate >= from.getTime()) return new Date(candidate);
    }
  }
  throw new RangeError('no time of day given');
}

export type ReportRecord = { stage: ReportStage; channel: ReportChannel; reportedAt: Date };
export type ClockInput = { grade: IncidentGrade | null; status: IncidentStatus; receivedAt: Date; endedAt: Date | null; reports: readonly ReportRecord[] };
export type PendingClock = { kind: ReportClockKind; seq: number; label: string; startsAt: Date; dueAt: Date };

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (续报 are numbered in Chinese). */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  if (n < 100) return `${n >= 20 ? NUMERALS[Math.floor(n / 10)] : ''}十${NUMERALS[n % 10]}`;
  return String(n);
}
export const followUpLabel = (seq: number) => `续报${chineseNumeral(seq)}`;

const gradeKey = (g: IncidentGrade | null) => (g === null ? 'ungraded' : (`grade${g}` as const));
const isWritten = (c: ReportChannel) => c !== 'phone';

/** The reports an incident still owes, most urgent first. */
export function pendingClocks(input: ClockInput, rules: ReportRules): PendingClock[] {
  if (input.status === 'closed') return [];
  const key = gradeKey(input.grade);
  const initials = input.reports.filter((r) => r.stage === 'initial');
  const out: PendingClock[] = [];
  const initial = rules.initial[key];
  if (initial.phone && initials.length === 0) out.push({ kind: 'initial_phone', seq: 1, label: '初报（电话）', startsAt: input.receivedAt, dueAt: addLimit(input.receivedAt, initial.phone, rules) });
  const writtenInitial = initials.some((r) => isWritten(r.channel));
  if (!writtenInitial) out.push({ kind: 'initial_written', seq: 1, label: '初报（书面）', startsAt: input.receivedAt, dueAt: addLimit(input.receivedAt, initial.written, rules) });
  if (input.status === 'active' && writtenInitial) {
    const chain = input.reports.filter((r) => r.stage !== 'final').map((r) => r.reportedAt.getTime());
    const last = new Date(Math.max(...chain));
    const seq = input.reports.filter((r) => r.stage === 'follow_up').length + 1;
    const rule = rules.followUp[key];
    const dueAt = 'every' in rule ? addLimit(last, rule.every, rules) : nextTimeOfDay(addLimit(last, rule.minGap, rules), rule.timesOfDay, rules);
    out.push({ kind: 'follow_up', seq, label: followUpLabel(seq), startsAt: last, dueAt });
  }
  if (input.status === 'ended' && input.endedAt) out.push({ kind: 'final', seq: 1, label: '终报', startsAt: input.endedAt, dueAt: addLimit(input.endedAt, rules.final.within, rules) });
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** ok → amber (the last `amberFraction` of the window) → red (past due; at the due instant it is still amber). */
export function clockState(c: Pick<PendingClock, 'startsAt' | 'dueAt'>, now: Date, amberFraction: number): { state: ReportClockState; remainingSeconds: number } {
  const remaining = c.dueAt.getTime() - now.getTime();
  const window = Math.max(0, c.dueAt.getTime() - c.startsAt.getTime());
  const state: ReportClockState = remaining < 0 ? 'red' : remaining <= window * amberFraction ? 'amber' : 'ok';
  return { state, remainingSeconds: Math.floor(remaining / 1000) };
}

export function reportClocks(input: ClockInput, rules: ReportRules, now: Date): ReportClock[] {
  return pendingClocks(input, rules).map((c) => ({ kind: c.kind, seq: c.seq, label: c.label, startsAt: c.startsAt.toISOString(), dueAt: c.dueAt.toISOString(), ...clockState(c, now, rules.amberFraction) }));
}

/** The pending clocks a new report answers: a written 初报 answers the phone deadline too. */
export function clocksAnswered(pending: readonly PendingClock[], report: Pick<ReportRecord, 'stage' | 'channel'>): PendingClock[] {
  switch (report.stage) {
    case 'initial':
      return pending.filter((c) => c.kind === 'initial_phone' || (c.kind === 'initial_written' && isWritten(report.channel)));
    case 'follow_up':
      return pending.filter((c) => c.kind === 'follow_up');
    case 'final':
      return pending.filter((c) => c.kind === 'final');
  }
}

export type StageProblem = 'initial_done' | 'initial_missing' | 'not_active' | 'not_ended' | 'closed';
/** Whether a report of this stage and channel may be made now (null: yes). */
export function stageProblem(input: Pick<ClockInput, 'status' | 'reports'>, report: Pick<ReportRecord, 'stage' | 'channel'>): StageProblem | null {
  if (input.status === 'closed') return 'closed';
  const initials = input.reports.filter((r) => r.stage === 'initial');
  switch (report.stage) {
    case 'initial':
      if (initials.some((r) => isWritten(r.channel)) || (!isWritten(report.channel) && initials.length > 0)) return 'initial_done';
      return null;
    case 'follow_up':
      if (initials.length === 0) return 'initial_missing';
      return input.status === 'active' ? null : 'not_active';
    case 'final':
      if (initials.length === 0) return 'initial_missing';
      return input.status === 'ended' ? null : 'not_ended';
  }
}
