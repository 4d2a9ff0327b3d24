import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyState, evaluate, isOverdue, pointState, type EvalState, type PointRule, type Transition } from './alarm-rules.js';

const rule = (over: Partial<PointRule> = {}): PointRule => ({
  thresholds: { ll: 1, l: 2, h: 8, hh: 9 },
  deadband: 0.5,
  minDurationMs: 0,
  ratePerMinute: null,
  ...over,
});

/** Feeds readings one per second starting at t0 and collects what happened. */
function run(r: PointRule, values: number[], start: EvalState = emptyState(), t0 = 1_000_000, stepMs = 1000) {
  let state = start;
  const all: Transition[] = [];
  values.forEach((value, i) => {
    const out = evaluate(r, state, { ts: t0 + i * stepMs, value });
    state = out.state;
    all.push(...out.transitions);
  });
  return { state, transitions: all.map((t) => `${t.kind} ${t.condition}@${t.value}`) };
}

describe('limits', () => {
  it('a value exactly at a high limit crosses it; just below does not', () => {
    assert.deepEqual(run(rule(), [7.99]).transitions, []);
    assert.deepEqual(run(rule(), [8]).transitions, ['raise H@8']);
  });

  it('a value exactly at a low limit crosses it', () => {
    assert.deepEqual(run(rule(), [2]).transitions, ['raise L@2']);
    assert.deepEqual(run(rule(), [1]).transitions, ['raise L@1', 'raise LL@1']);
  });

  it('passing 高高报 raises both 高报 and 高高报 once each, and they clear separately', () => {
    const { transitions } = run(rule(), [5, 9.2, 9.5, 8.6, 8.4, 7.4]);
    assert.deepEqual(transitions, ['raise HH@9.2', 'raise H@9.2', 'clear HH@8.4', 'clear H@7.4']);
  });

  it('an absent limit never alarms, and removing a limit clears its active condition', () => {
    const r = rule({ thresholds: { ll: null, l: null, h: 8, hh: null } });
    assert.deepEqual(run(r, [0, -100, 100]).transitions, ['raise H@100']);
    const raised = run(r, [9]).state;
    const out = evaluate(rule({ thresholds: { ll: null, l: null, h: null, hh: null } }), raised, { ts: 2_000_000, value: 9 });
    assert.deepEqual(out.transitions.map((t) => `${t.kind} ${t.condition}`), ['clear H']);
  });
});

describe('deadband', () => {
  it('a raised alarm stays raised inside the deadband and clears only beyond it', () => {
    // H = 8, deadband 0.5: clears below 7.5, not at 7.5.
    const { transitions } = run(rule(), [8.1, 7.9, 7.6, 7.5, 8.2, 7.49]);
    assert.deepEqual(transitions, ['raise H@8.1', 'clear H@7.49']);
  });

  it('low limits clear above the limit plus the deadband', () => {
    const { transitions } = run(rule(), [1.9, 2.3, 2.5, 2.51]);
    assert.deepEqual(transitions, ['raise L@1.9', 'clear L@2.51']);
  });

  it('with no deadband, a value back inside the limit clears at once', () => {
    assert.deepEqual(run(rule({ deadband: 0 }), [8, 7.999]).transitions, ['raise H@8', 'clear H@7.999']);
  });
});

describe('minimum duration', () => {
  const slow = rule({ minDurationMs: 3000 });

  it('a crossing shorter than the minimum duration raises nothing', () => {
    assert.deepEqual(run(slow, [8.5, 8.5, 8.5, 7]).transitions, []);
  });

  it('a crossing held for exactly the minimum duration raises, with the reading that completed it', () => {
    assert.deepEqual(run(slow, [8.5, 8.6, 8.7, 8.8]).transitions, ['raise H@8.8']);
  });

  it('dropping back inside restarts the clock', () => {
    assert.deepEqual(run(slow, [8.5, 8.5, 7, 8.5, 8.5, 8.5]).transitions, []);
    assert.deepEqual(run(slow, [8.5, 8.5, 7, 8.5, 8.5, 8.5, 8.5]).transitions, ['raise H@8.5']);
  });

  it('is measured in reading time, so sparse readings still raise once the time has passed', () => {
    assert.deepEqual(run(slow, [8.5, 8.5], emptyState(), 0, 5000).transitions, ['raise H@8.5']);
  });
});

describe('rate of change', () => {
  const r = rule({ thresholds: { ll: null, l: null, h: null, hh: null }, ratePerMinute: 6 });

  it('raises when the change per minute exceeds the limit, and clears when it calms', () => {
    // One reading every 10 s: +1 each time is 6 per minute, at the limit and not over it.
    assert.deepEqual(run(r, [10, 11, 12], emptyState(), 0, 10_000).transitions, []);
    assert.deepEqual(run(r, [10, 12, 12.5], emptyState(), 0, 10_000).transitions, ['raise RATE@12', 'clear RATE@12.5']);
  });

  it('falls as well as rises', () => {
    assert.deepEqual(run(r, [5, 4]).transitions, ['raise RATE@4']);
  });

  it('needs a previous reading', () => {
    assert.deepEqual(run(r, [100]).transitions, []);
  });
});

describe('time order', () => {
  it('a reading older than the last one evaluated is stale and changes nothing', () => {
    const { state } = run(rule(), [5]);
    const out = evaluate(rule(), state, { ts: 999_000, value: 100 });
    assert.equal(out.stale, true);
    assert.deepEqual(out.transitions, []);
    assert.equal(out.state, state);
  });

  it('a repeat of the same timestamp is stale too', () => {
    const { state } = run(rule(), [5]);
    assert.equal(evaluate(rule(), state, { ts: 1_000_000, value: 9 }).stale, true);
  });

  it('state survives a JSON round trip (it is stored per point)', () => {
    const slow = rule({ minDurationMs: 3000 });
    const half = run(slow, [8.5, 8.5]).state;
    const restored = JSON.parse(JSON.stringify(half)) as EvalState;
    const out = run(slow, [8.5, 8.5], restored, 1_002_000);
    assert.deepEqual(out.transitions, ['raise H@8.5']);
  });
});

describe('point state and offline', () => {
  it('shows the most severe active condition', () => {
    assert.equal(pointState(run(rule(), [9.5]).state, false), 'HH');
    assert.equal(pointState(run(rule(), [8.5]).state, false), 'H');
    assert.equal(pointState(run(rule(), [0]).state, false), 'LL');
    assert.equal(pointState(run(rule(), [5]).state, false), 'normal');
    assert.equal(pointState(null, false), 'no_data');
    assert.equal(pointState(run(rule(), [9.5]).state, true), 'offline');
  });

  it('is overdue after factor × interval of silence, counted from creation when it never reported', () => {
    assert.equal(isOverdue(0, 0, 60_000, 3, 180_000), false);
    assert.equal(isOverdue(0, 0, 60_000, 3, 180_001), true);
    assert.equal(isOverdue(null, 100_000, 60_000, 3, 250_000), false);
    assert.equal(isOverdue(null, 100_000, 60_000, 3, 280_001), true);
  });
});
