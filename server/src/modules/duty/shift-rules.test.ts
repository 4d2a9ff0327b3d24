import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { covers, overlaps, resolveOnDuty, shiftTimesProblem } from './shift-rules.js';

const t = (s: string) => new Date(s);
const shift = (regionCode: string, from: string, to: string) => ({ regionCode, startsAt: t(from), endsAt: t(to) });

describe('shift rules', () => {
  it('a shift ends after it starts and lasts at most 72 hours', () => {
    assert.equal(shiftTimesProblem({ startsAt: t('2026-03-01T08:30:00+08:00'), endsAt: t('2026-03-02T08:30:00+08:00') }), null);
    assert.equal(shiftTimesProblem({ startsAt: t('2026-03-01T08:30:00+08:00'), endsAt: t('2026-03-01T08:30:00+08:00') }), 'order');
    assert.equal(shiftTimesProblem({ startsAt: t('2026-03-02T08:30:00+08:00'), endsAt: t('2026-03-01T08:30:00+08:00') }), 'order');
    assert.equal(shiftTimesProblem({ startsAt: t('2026-03-01T00:00:00+08:00'), endsAt: t('2026-03-04T00:00:00+08:00') }), null, '72 h exactly is allowed');
    assert.equal(shiftTimesProblem({ startsAt: t('2026-03-01T00:00:00+08:00'), endsAt: t('2026-03-04T00:00:01+08:00') }), 'too_long');
  });

  it('back-to-back shifts do not overlap; any shared instant does', () => {
    const a = shift('x', '2026-03-01T08:30:00+08:00', '2026-03-02T08:30:00+08:00');
    assert.equal(overlaps(a, shift('x', '2026-03-02T08:30:00+08:00', '2026-03-03T08:30:00+08:00')), false);
    assert.equal(overlaps(a, shift('x', '2026-03-02T08:29:59+08:00', '2026-03-03T08:30:00+08:00')), true);
    assert.equal(overlaps(a, shift('x', '2026-03-01T12:00:00+08:00', '2026-03-01T13:00:00+08:00')), true, 'inside');
    assert.equal(overlaps(shift('x', '2026-03-01T12:00:00+08:00', '2026-03-01T13:00:00+08:00'), a), true, 'symmetric');
  });

  it('the one handing over is off duty at the handover minute; the next one is on', () => {
    const a = shift('x', '2026-03-01T08:30:00+08:00', '2026-03-02T08:30:00+08:00');
    assert.equal(covers(a, t('2026-03-01T08:30:00+08:00')), true);
    assert.equal(covers(a, t('2026-03-02T08:29:59+08:00')), true);
    assert.equal(covers(a, t('2026-03-02T08:30:00+08:00')), false);
  });

  it('falls back to the nearest ancestor with someone on duty', () => {
    const county = '150302000000';
    const city = '150300000000';
    const province = '150000000000';
    const shifts = [shift(city, '2026-03-01T08:30:00+08:00', '2026-03-02T08:30:00+08:00'), shift(province, '2026-03-01T00:00:00+08:00', '2026-03-03T00:00:00+08:00'), shift(county, '2026-03-02T08:30:00+08:00', '2026-03-03T08:30:00+08:00')];
    const chain = [county, city, province];
    assert.equal(resolveOnDuty(chain, shifts, t('2026-03-01T12:00:00+08:00'))?.servedBy, city, 'the county has nobody yet: the city answers');
    assert.equal(resolveOnDuty(chain, shifts, t('2026-03-02T09:00:00+08:00'))?.servedBy, county, 'its own roster wins');
    assert.equal(resolveOnDuty(chain, shifts, t('2026-03-02T08:00:00+08:00'))?.servedBy, city);
    assert.equal(resolveOnDuty([county, city], shifts, t('2026-03-05T00:00:00+08:00')), null);
  });
});
