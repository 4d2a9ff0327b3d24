import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationZh, reviewFacts, type FactsInput } from './review-facts.js';

const T0 = Date.parse('2026-07-01T08:00:00+08:00');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

const base: FactsInput = {
  now: at(5000),
  incident: { occurredAt: at(-10), receivedAt: at(0), endedAt: at(600), closedAt: at(900) },
  reports: [],
  responses: [],
  tasks: [],
  logKinds: [],
};

describe('review facts (总结评估)', () => {
  it('each report is on time or late by how much, against every deadline it answered', () => {
    const f = reviewFacts({
      ...base,
      reports: [
        // out of order on purpose: the facts list them by the time they went up
        { id: 'b', label: '续报一', stage: 'follow_up', channel: 'written', reportedAt: at(200), answered: [{ kind: 'follow_up', seq: 1, dueAt: iso(180), late: true }] },
        { id: 'a', label: '初报（书面）', stage: 'initial', channel: 'written', reportedAt: at(50), answered: [{ kind: 'initial_phone', seq: 1, dueAt: iso(30), late: true }, { kind: 'initial_written', seq: 1, dueAt: iso(60), late: false }] },
        { id: 'c', label: '终报', stage: 'final', channel: 'written', reportedAt: at(900), answered: [{ kind: 'final', seq: 1, dueAt: iso(2040), late: false }] },
      ],
      logKinds: ['reported', 'report_overdue', 'report_submitted'],
    });
    assert.deepEqual(f.reports.map((r) => [r.reportId, r.late, r.lateBySeconds]), [['a', true, 20 * 60], ['b', true, 20 * 60], ['c', false, 0]], 'sorted by time, worst deadline counts');
    assert.deepEqual(f.reports[0]!.deadlines.map((d) => [d.label, d.late, d.lateBySeconds]), [['初报（电话）', true, 1200], ['初报（书面）', false, 0]]);
    assert.equal(f.reports[1]!.deadlines[0]!.label, '续报一', 'follow-ups are numbered in Chinese');
    assert.equal(f.reportsOnTime, 1, 'one report met all its deadlines');
    assert.equal(f.reportsLate, 2, 'two were late');
    assert.equal(f.deadlinesMissed, 1, 'one deadline passed while the report was owed');
    assert.equal(f.initialReportSeconds, 50 * 60, 'the first initial report came 50 minutes after intake');
  });

  it('response time runs from intake to the first activation; the highest level counts level changes', () => {
    const f = reviewFacts({ ...base, responses: [{ level: 2, startedAt: at(45), levelChanges: [{ from: 4, to: 3 }, { from: 3, to: 2 }], terminatedAt: at(600) }] });
    assert.deepEqual(f.response, { activatedAt: iso(45), secondsFromReceived: 2700, firstLevel: 4, highestLevel: 2, levelChanges: 2, terminatedAt: iso(600) }, 'facts of the response');
    assert.equal(reviewFacts(base).response, null, 'no response, no response facts');
  });

  it('tasks: done late and unfinished past due are overdue; an open task is judged at the close of the incident', () => {
    const f = reviewFacts({
      ...base,
      tasks: [
        { status: 'done', dueAt: at(60), finishedAt: at(50) },
        { status: 'done', dueAt: at(60), finishedAt: at(70) },
        { status: 'cancelled', dueAt: at(10), finishedAt: at(20) },
        { status: 'pending', dueAt: at(800), finishedAt: null },
        { status: 'in_progress', dueAt: at(1000), finishedAt: null },
      ],
    });
    assert.deepEqual(f.tasks, { total: 5, done: 2, doneLate: 1, cancelled: 1, unfinished: 2, overdue: 2 }, 'the pending task due before closing is overdue, the one due after is not');
  });

  it('counts calls, dispatches made (not their status changes), alarms and warnings on the timeline', () => {
    const f = reviewFacts({ ...base, logKinds: ['reported', 'call', 'call', 'team_dispatched', 'supply_dispatched', 'dispatch_status_changed', 'alarm', 'warning', 'warning'] });
    assert.deepEqual(f.timeline, { entries: 9, calls: 2, dispatches: 2, alarms: 1, warnings: 2 }, 'timeline counts');
  });

  it('durations read in Chinese', () => {
    assert.equal(durationZh(40), '40秒', 'under a minute');
    assert.equal(durationZh(12 * 60), '12分', 'minutes');
    assert.equal(durationZh(3900), '1小时5分', 'hours and minutes');
    assert.equal(durationZh(3600), '1小时', 'a whole hour');
    assert.equal(durationZh(90_000), '1天1小时', 'days');
  });
});
