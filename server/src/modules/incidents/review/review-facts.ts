import type { IncidentReviewFacts, IncidentTaskStatus, ReportChannel, ReportClockKind, ReportStage, ResponseLevel } from '@shouwang/contracts';
import { followUpLabel } from '../report-deadlines.js';

/**
 * The facts of a review (总结评估), pure: computed from the incident's record, never typed in, so a review
 * says how timely the reporting chain was and how fast the response came from the same data the clocks used.
 */
export type FactsInput = {
  now: Date;
  incident: { occurredAt: Date; receivedAt: Date; endedAt: Date | null; closedAt: Date | null };
  reports: { id: string; label: string; stage: ReportStage; channel: ReportChannel; reportedAt: Date; answered: { kind: ReportClockKind; seq: number; dueAt: string; late: boolean }[] }[];
  responses: { level: ResponseLevel; startedAt: Date; levelChanges: { from: ResponseLevel; to: ResponseLevel }[]; terminatedAt: Date | null }[];
  tasks: { status: IncidentTaskStatus; dueAt: Date; finishedAt: Date | null }[];
  logKinds: string[];
};

const DEADLINE_LABEL: Record<Exclude<ReportClockKind, 'follow_up'>, string> = { initial_phone: '初报（电话）', initial_written: '初报（书面）', final: '终报' };
export const deadlineLabel = (kind: ReportClockKind, seq: number) => (kind === 'follow_up' ? followUpLabel(seq) : DEADLINE_LABEL[kind]);
const seconds = (ms: number) => Math.floor(ms / 1000);
/**
 * Dispatch entries are written by the dispatch part of the module (team_dispatched, supply_dispatched,
 * dispatch_status_changed); read by kind so neither part depends on the other's tables.
 */
export const isDispatchKind = (kind: string) => kind.includes('dispatch');
/** A team or a supply sent (not a later status change of one). */
export const isDispatchMade = (kind: string) => kind.endsWith('_dispatched');

export function reviewFacts(input: FactsInput): IncidentReviewFacts {
  const { incident: inc } = input;
  const reports = [...input.reports]
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime())
    .map((r) => {
      const deadlines = r.answered.map((d) => ({ kind: d.kind, seq: d.seq, label: deadlineLabel(d.kind, d.seq), dueAt: d.dueAt, late: d.late, lateBySeconds: d.late ? Math.max(0, seconds(r.reportedAt.getTime() - Date.parse(d.dueAt))) : 0 }));
      const late = deadlines.some((d) => d.late);
      return { reportId: r.id, label: r.label, stage: r.stage, channel: r.channel, reportedAt: r.reportedAt.toISOString(), deadlines, late, lateBySeconds: Math.max(0, ...deadlines.map((d) => d.lateBySeconds)) };
    });
  const firstInitial = input.reports.filter((r) => r.stage === 'initial').sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime())[0];

  const responses = [...input.responses].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const first = responses[0];
  const levels = responses.flatMap((r) => [r.level, ...r.levelChanges.flatMap((c) => [c.from, c.to])]);
  const response = first
    ? {
        activatedAt: first.startedAt.toISOString(),
        secondsFromReceived: seconds(first.startedAt.getTime() - inc.receivedAt.getTime()),
        firstLevel: first.levelChanges[0]?.from ?? first.level,
        highestLevel: Math.min(...levels) as ResponseLevel,
        levelChanges: responses.reduce((n, r) => n + r.levelChanges.length, 0),
        terminatedAt: responses.at(-1)?.terminatedAt?.toISOString() ?? null,
      }
    : null;

  // A task still open is judged against the close of the incident (or now, while it is open).
  const cutoff = (inc.closedAt ?? input.now).getTime();
  const done = input.tasks.filter((t) => t.status === 'done');
  const doneLate = done.filter((t) => t.finishedAt !== null && t.finishedAt.getTime() > t.dueAt.getTime()).length;
  const unfinished = input.tasks.filter((t) => t.status === 'pending' || t.status === 'in_progress');
  const count = (pred: (k: string) => boolean) => input.logKinds.filter(pred).length;

  return {
    computedAt: input.now.toISOString(),
    occurredAt: inc.occurredAt.toISOString(),
    receivedAt: inc.receivedAt.toISOString(),
    endedAt: inc.endedAt?.toISOString() ?? null,
    closedAt: inc.closedAt?.toISOString() ?? null,
    reports,
    reportsOnTime: reports.filter((r) => !r.late).length,
    reportsLate: reports.filter((r) => r.late).length,
    deadlinesMissed: count((k) => k === 'report_overdue'),
    initialReportSeconds: firstInitial ? seconds(firstInitial.reportedAt.getTime() - inc.receivedAt.getTime()) : null,
    response,
    tasks: {
      total: input.tasks.length,
      done: done.length,
      doneLate,
      cancelled: input.tasks.filter((t) => t.status === 'cancelled').length,
      unfinished: unfinished.length,
      overdue: doneLate + unfinished.filter((t) => t.dueAt.getTime() < cutoff).length,
    },
    timeline: {
      entries: input.logKinds.length,
      calls: count((k) => k === 'call'),
      dispatches: count(isDispatchMade),
      alarms: count((k) => k === 'alarm'),
      warnings: count((k) => k === 'warning'),
    },
  };
}

/** 1小时5分 / 12分 / 40秒: durations in review text and the exported report. */
export function durationZh(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (s < 60) return `${s}秒`;
  return [d && `${d}天`, h && `${h}小时`, m && `${m}分`].filter(Boolean).join('') || '0分';
}
