import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DispatchStatus } from '@shouwang/contracts';
import { canMoveDispatch, freesTeam, isOpenDispatch, km, minutes } from './dispatch-rules.js';

describe('dispatch transition table', () => {
  const all = DispatchStatus.options;
  const allowed = (kind: 'team' | 'supply') => all.flatMap((from) => all.filter((to) => canMoveDispatch(kind, from, to)).map((to) => `${from}→${to}`));

  it('a team goes dispatched → departed → arrived → returned, and may be cancelled before it arrives', () => {
    assert.deepEqual(allowed('team'), ['dispatched→departed', 'dispatched→cancelled', 'departed→arrived', 'departed→cancelled', 'arrived→returned'], 'the whole team table');
  });

  it('refuses jumps, going back, cancelling on scene and any move out of an end state', () => {
    for (const [from, to] of [
      ['dispatched', 'arrived'],
      ['dispatched', 'returned'],
      ['departed', 'dispatched'],
      ['arrived', 'departed'],
      ['arrived', 'cancelled'],
      ['returned', 'departed'],
      ['cancelled', 'departed'],
      ['departed', 'departed'],
    ] as const) {
      assert.equal(canMoveDispatch('team', from, to), false, `${from} → ${to} must be refused`);
    }
  });

  it('supplies only arrive', () => {
    assert.deepEqual(allowed('supply'), ['dispatched→arrived'], 'the whole supply table');
  });

  it('a team is out until it returns or is called off', () => {
    assert.deepEqual(all.filter(isOpenDispatch), ['dispatched', 'departed', 'arrived'], 'open statuses');
    assert.deepEqual(all.filter(freesTeam), ['returned', 'cancelled'], 'statuses that free the team');
  });

  it('rounds distance to 0.1 km and minutes as people read them', () => {
    assert.equal(km(3249), 3.2, '3249 m');
    assert.equal(km(3250), 3.3, '3250 m');
    assert.equal(minutes(6.24), 6.2, 'below ten: one decimal');
    assert.equal(minutes(12.6), 13, 'ten and above: whole minutes');
  });
});
