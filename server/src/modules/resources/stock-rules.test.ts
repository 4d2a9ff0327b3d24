import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, chinaDay, expiryState, isLowStock, pickFefo, type BatchForPick } from './stock-rules.js';

const TODAY = '2026-06-15';
const b = (id: string, quantity: number, producedOn: string, expiresOn: string | null): BatchForPick => ({ id, quantity, producedOn, expiresOn });

describe('FEFO batch selection', () => {
  const batches = [
    b('late', 10, '2025-01-01', '2027-01-01'),
    b('none', 10, '2020-01-01', null),
    b('early', 5, '2025-03-01', '2026-07-01'),
    b('early-older', 5, '2024-03-01', '2026-07-01'),
    b('expired', 100, '2020-01-01', '2026-06-14'),
  ];
  it('takes the earliest expiry first, then the oldest production, no-expiry last', () => {
    const r = pickFefo(batches, 22, TODAY);
    assert.deepEqual(r, { ok: true, picks: [{ batchId: 'early-older', quantity: 5 }, { batchId: 'early', quantity: 5 }, { batchId: 'late', quantity: 10 }, { batchId: 'none', quantity: 2 }] });
  });
  it('never takes from an expired batch unless asked', () => {
    assert.deepEqual(pickFefo(batches, 31, TODAY), { ok: false, available: 30 });
    const r = pickFefo(batches, 3, TODAY, { allowExpired: true });
    assert.deepEqual(r, { ok: true, picks: [{ batchId: 'expired', quantity: 3 }] });
  });
  it('a batch expiring today is still usable', () => {
    assert.deepEqual(pickFefo([b('today', 1, '2026-01-01', TODAY)], 1, TODAY), { ok: true, picks: [{ batchId: 'today', quantity: 1 }] });
  });
  it('skips empty batches and keeps decimals exact', () => {
    const r = pickFefo([b('a', 0, '2025-01-01', '2026-07-01'), b('b', 0.1, '2025-01-01', '2026-08-01'), b('c', 0.2, '2025-01-01', '2026-09-01')], 0.3, TODAY);
    assert.deepEqual(r, { ok: true, picks: [{ batchId: 'b', quantity: 0.1 }, { batchId: 'c', quantity: 0.2 }] });
  });
  it('refuses a zero or negative quantity', () => {
    assert.equal(pickFefo(batches, 0, TODAY).ok, false);
    assert.equal(pickFefo(batches, -1, TODAY).ok, false);
  });
});

describe('expiry state', () => {
  it('is expired after the expiry day, expiring within N days, ok otherwise', () => {
    assert.deepEqual(expiryState('2026-06-14', TODAY, 30), { state: 'expired', daysLeft: -1 });
    assert.deepEqual(expiryState(TODAY, TODAY, 30), { state: 'expiring', daysLeft: 0 });
    assert.deepEqual(expiryState('2026-07-15', TODAY, 30), { state: 'expiring', daysLeft: 30 });
    assert.deepEqual(expiryState('2026-07-16', TODAY, 30), { state: 'ok', daysLeft: 31 });
    assert.deepEqual(expiryState(null, TODAY, 30), { state: 'ok', daysLeft: null });
  });
});

describe('low stock', () => {
  it('is below a set threshold only', () => {
    assert.equal(isLowStock(9.999, 10), true);
    assert.equal(isLowStock(10, 10), false);
    assert.equal(isLowStock(0, null), false);
  });
});

describe('calendar days', () => {
  it('adds months clamped to the month end', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2025-11-15', 24), '2027-11-15');
  });
  it('reads an instant as a China Standard Time day', () => {
    assert.equal(chinaDay(new Date('2026-06-14T16:00:00Z')), '2026-06-15');
    assert.equal(chinaDay(new Date('2026-06-14T15:59:59Z')), '2026-06-14');
  });
});
