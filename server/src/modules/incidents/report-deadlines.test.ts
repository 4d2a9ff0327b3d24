import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportRules } from '@shouwang/contracts';
import defaults from './data/report-rules.json' with { type: 'json' };
import { addLimit, chineseNumeral, clockState, clocksAnswered, isWorkingDay, nextTimeOfDay, pendingClocks, reportClocks, stageProblem, type ClockInput } from './report-deadlines.js';

const rules = defaults.rules as ReportRules;
const cal = { utcOffsetMinutes: 480, calendar: { holidays: [] as string[], workingDays: [] as string[] } };
const t = (s: string) => new Date(s);
const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('report deadlines: units', () => {
  it('MIN, HOUR and DAY are elapsed time, across midnight', () => {
    const start = t('2026-03-01T23:50:00+08:00');
    assert.equal(local(addLimit(start, { value: 30, unit: 'MIN' }, cal)), '2026-03-02 00:20');
    assert.equal(local(addLimit(start, { value: 2, unit: 'HOUR' }, cal)), '2026-03-02 01:50');
    assert.equal(local(addLimit(start, { value: 1, unit: 'DAY' }, cal)), '2026-03-02 23:50');
    assert.equal(local(addLimit(start, { value: 30, unit: 'DAY' }, cal)), '2026-03-31 23:50');
  });

  it('WORKDAY skips weekends: Friday + 5 working days is the next Friday, same time', () => {
    assert.equal(local(addLimit(t('2026-03-06T18:00:00+08:00'), { value: 5, unit: 'WORKDAY' }, cal)), '2026-03-13 18:00');
    assert.equal(local(addLimit(t('2026-03-06T18:00:00+08:00'), { value: 1, unit: 'WORKDAY' }, cal)), '2026-03-09 18:00', 'Friday + 1 → Monday');
    assert.equal(local(addLimit(t('2026-03-07T10:00:00+08:00'), { value: 1, unit: 'WORKDAY' }, cal)), '2026-03-09 10:00', 'from a Saturday: Monday');
  });

  it('WORKDAY counts local days: Saturday 02:00 in Beijing is still Friday in UTC', () => {
    const start = t('2026-03-07T02:00:00+08:00');
    assert.equal(start.getUTCDay(), 5, 'Friday 18:00 UTC');
    assert.equal(local(addLimit(start, { value: 1, unit: 'WORKDAY' }, cal)), '2026-03-09 02:00');
  });

  it('WORKDAY follows the calendar: holidays are skipped, 调休 weekends count', () => {
    const holiday = { ...cal, calendar: { holidays: ['2026-03-09'], workingDays: [] } };
    assert.equal(local(addLimit(t('2026-03-06T18:00:00+08:00'), { value: 5, unit: 'WORKDAY' }, holiday)), '2026-03-16 18:00');
    const swapped = { ...cal, calendar: { holidays: [], workingDays: ['2026-03-07'] } };
    assert.equal(local(addLimit(t('2026-03-06T18:00:00+08:00'), { value: 5, unit: 'WORKDAY' }, swapped)), '2026-03-12 18:00');
    assert.equal(isWorkingDay(t('2026-03-07T00:00:00Z'), swapped), true);
    assert.equal(isWorkingDay(t('2026-03-09T00:00:00Z'), holiday), false);
  });

  it('a local time of day: the first at or after the moment, crossing midnight', () => {
    const times = ['08:00', '17:00'];
    assert.equal(local(nextTimeOfDay(t('2026-03-01T20:00:00+08:00'), times, cal)), '2026-03-02 08:00');
    assert.equal(nextTimeOfDay(t('2026-03-01T20:00:00+08:00'), times, cal).toISOString(), '2026-03-02T00:00:00.000Z', '08:00 Beijing is midnight UTC');
    assert.equal(local(nextTimeOfDay(t('2026-03-02T07:59:00+08:00'), times, cal)), '2026-03-02 08:00');
    assert.equal(local(nextTimeOfDay(t('2026-03-02T08:00:00+08:00'), times, cal)), '2026-03-02 08:00', 'at the time itself');
    assert.equal(local(nextTimeOfDay(t('2026-03-02T08:00:01+08:00'), times, cal)), '2026-03-02 17:00');
    assert.equal(local(nextTimeOfDay(t('2026-03-02T00:30:00+08:00'), ['17:00', '08:00'], cal)), '2026-03-02 08:00', 'order of the list does not matter');
  });

  it('numbers 续报 in Chinese', () => {
    assert.deepEqual([1, 2, 9, 10, 11, 20, 21, 99].map(chineseNumeral), ['一', '二', '九', '十', '十一', '二十', '二十一', '九十九']);
  });
});

describe('report deadlines: the chain of an incident', () => {
  const received = t('2026-03-01T23:50:00+08:00');
  const base: ClockInput = { grade: 3, status: 'active', receivedAt: received, endedAt: null, reports: [] };

  it('on intake: the phone and the written 初报 run from the time received', () => {
    const c = pendingClocks(base, rules);
    assert.deepEqual(c.map((x) => [x.kind, local(x.dueAt)]), [['initial_phone', '2026-03-02 00:20'], ['initial_written', '2026-03-02 00:50']]);
  });

  it('ok, amber in the last quarter, red once past due — across midnight', () => {
    const at = (s: string) => reportClocks(base, rules, t(s)).map((c) => `${c.kind}:${c.state}`);
    assert.deepEqual(at('2026-03-01T23:59:00+08:00'), ['initial_phone:ok', 'initial_written:ok']);
    assert.deepEqual(at('2026-03-02T00:12:30+08:00'), ['initial_phone:amber', 'initial_written:ok'], '7.5 min of 30 left');
    assert.deepEqual(at('2026-03-02T00:12:29+08:00'), ['initial_phone:ok', 'initial_written:ok']);
    assert.deepEqual(at('2026-03-02T00:20:00+08:00'), ['initial_phone:amber', 'initial_written:ok'], 'at the due instant it is not yet late');
    assert.deepEqual(at('2026-03-02T00:20:01+08:00'), ['initial_phone:red', 'initial_written:ok']);
    assert.deepEqual(at('2026-03-02T00:35:00+08:00'), ['initial_phone:red', 'initial_written:amber']);
    const red = reportClocks(base, rules, t('2026-03-02T01:00:00+08:00'));
    assert.deepEqual(red.map((c) => [c.state, c.remainingSeconds]), [['red', -40 * 60], ['red', -10 * 60]]);
  });

  it('a phone 初报 stops the phone clock only; a written one stops both', () => {
    const phone = { ...base, reports: [{ stage: 'initial' as const, channel: 'phone' as const, reportedAt: t('2026-03-02T00:05:00+08:00') }] };
    assert.deepEqual(pendingClocks(phone, rules).map((c) => c.kind), ['initial_written']);
    const pending = pendingClocks(base, rules);
    assert.deepEqual(clocksAnswered(pending, { stage: 'initial', channel: 'phone' }).map((c) => c.kind), ['initial_phone']);
    assert.deepEqual(clocksAnswered(pending, { stage: 'initial', channel: 'written' }).map((c) => c.kind), ['initial_phone', 'initial_written']);
    assert.deepEqual(clocksAnswered(pending, { stage: 'initial', channel: 'system' }).map((c) => c.kind), ['initial_phone', 'initial_written']);
  });

  it('续报 every 24 hours for 较大, from the previous report, across midnight', () => {
    const reports = [{ stage: 'initial' as const, channel: 'written' as const, reportedAt: t('2026-03-02T00:30:00+08:00') }];
    const c = pendingClocks({ ...base, reports }, rules);
    assert.deepEqual(c.map((x) => [x.kind, x.seq, x.label, local(x.startsAt), local(x.dueAt)]), [['follow_up', 1, '续报一', '2026-03-02 00:30', '2026-03-03 00:30']]);
    const more = [...reports, { stage: 'follow_up' as const, channel: 'written' as const, reportedAt: t('2026-03-02T22:00:00+08:00') }];
    assert.deepEqual(pendingClocks({ ...base, reports: more }, rules).map((x) => [x.label, local(x.dueAt)]), [['续报二', '2026-03-03 22:00']]);
  });

  it('续报 at 08:00 and 17:00 for 重大, at least two hours after the previous report', () => {
    const at = (reported: string) => {
      const c = pendingClocks({ ...base, grade: 2, reports: [{ stage: 'initial', channel: 'written', reportedAt: t(reported) }] }, rules);
      return local(c[0]!.dueAt);
    };
    assert.equal(at('2026-03-01T23:55:00+08:00'), '2026-03-02 08:00', 'late evening → next morning, across midnight');
    assert.equal(at('2026-03-02T05:00:00+08:00'), '2026-03-02 08:00');
    assert.equal(at('2026-03-02T06:00:00+08:00'), '2026-03-02 08:00', 'exactly two hours before counts');
    assert.equal(at('2026-03-02T06:30:00+08:00'), '2026-03-02 17:00', 'less than two hours before: the next one');
    assert.equal(at('2026-03-02T16:00:00+08:00'), '2026-03-03 08:00');
  });

  it('a change of grade changes the deadlines at once', () => {
    const reports = [{ stage: 'initial' as const, channel: 'written' as const, reportedAt: t('2026-03-02T10:00:00+08:00') }];
    assert.equal(local(pendingClocks({ ...base, grade: 4, reports }, rules)[0]!.dueAt), '2026-03-03 10:00');
    assert.equal(local(pendingClocks({ ...base, grade: 1, reports }, rules)[0]!.dueAt), '2026-03-02 17:00');
  });

  it('no 续报 once the emergency is over; the 终报 runs from its end in working days', () => {
    const reports = [{ stage: 'initial' as const, channel: 'written' as const, reportedAt: t('2026-03-02T00:30:00+08:00') }];
    const ended = pendingClocks({ ...base, status: 'ended', endedAt: t('2026-03-06T18:00:00+08:00'), reports }, rules);
    assert.deepEqual(ended.map((c) => [c.kind, local(c.dueAt)]), [['final', '2026-03-13 18:00']]);
    assert.deepEqual(pendingClocks({ ...base, status: 'closed', reports }, rules), []);
  });

  it('an initial report never made stays owed after the emergency ends', () => {
    const ended = pendingClocks({ ...base, status: 'ended', endedAt: t('2026-03-02T03:00:00+08:00') }, rules);
    assert.deepEqual(ended.map((c) => c.kind), ['initial_phone', 'initial_written', 'final']);
  });

  it('a region without a phone deadline owes only the written one', () => {
    const noPhone = { ...rules, initial: { ...rules.initial, grade3: { phone: null, written: { value: 2, unit: 'HOUR' as const } } } };
    assert.deepEqual(pendingClocks(base, noPhone).map((c) => [c.kind, local(c.dueAt)]), [['initial_written', '2026-03-02 01:50']]);
  });

  it('which stage may come next', () => {
    const phoneOnly = { status: 'active' as const, reports: [{ stage: 'initial' as const, channel: 'phone' as const, reportedAt: received }] };
    assert.equal(stageProblem({ status: 'active', reports: [] }, { stage: 'follow_up', channel: 'written' }), 'initial_missing');
    assert.equal(stageProblem({ status: 'active', reports: [] }, { stage: 'initial', channel: 'phone' }), null);
    assert.equal(stageProblem(phoneOnly, { stage: 'initial', channel: 'phone' }), 'initial_done');
    assert.equal(stageProblem(phoneOnly, { stage: 'initial', channel: 'written' }), null, 'the written 初报 after the phone one');
    assert.equal(stageProblem(phoneOnly, { stage: 'follow_up', channel: 'written' }), null);
    assert.equal(stageProblem(phoneOnly, { stage: 'final', channel: 'written' }), 'not_ended');
    assert.equal(stageProblem({ ...phoneOnly, status: 'ended' }, { stage: 'follow_up', channel: 'written' }), 'not_active');
    assert.equal(stageProblem({ ...phoneOnly, status: 'ended' }, { stage: 'final', channel: 'written' }), null);
    assert.equal(stageProblem({ ...phoneOnly, status: 'closed' }, { stage: 'final', channel: 'written' }), 'closed');
  });

  it('clock state at the edges of its window', () => {
    const c = { startsAt: t('2026-03-01T23:00:00+08:00'), dueAt: t('2026-03-02T01:00:00+08:00') };
    assert.equal(clockState(c, t('2026-03-02T00:29:59+08:00'), 0.25).state, 'ok');
    assert.equal(clockState(c, t('2026-03-02T00:30:00+08:00'), 0.25).state, 'amber');
    assert.equal(clockState(c, t('2026-03-02T01:00:00.001+08:00'), 0.25).state, 'red');
  });
});
