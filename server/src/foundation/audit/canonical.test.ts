import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, digestOf, sha256 } from './canonical.js';

describe('canonical JSON (what the audit ledger hashes)', () => {
  it('does not depend on key order, at any depth', () => {
    const a = { name: '乌海市应急管理局', kind: 'emergency_bureau', meta: { lon: 106.82, lat: 39.67, tags: [{ b: 1, a: 2 }] } };
    const b = { meta: { tags: [{ a: 2, b: 1 }], lat: 39.67, lon: 106.82 }, kind: 'emergency_bureau', name: '乌海市应急管理局' };
    assert.equal(canonicalJson(a), canonicalJson(b));
    assert.equal(canonicalJson(a), '{"kind":"emergency_bureau","meta":{"lat":39.67,"lon":106.82,"tags":[{"a":2,"b":1}]},"name":"乌海市应急管理局"}');
  });

  it('keeps array order, because order in an array is data', () => {
    assert.notEqual(canonicalJson({ roles: ['viewer', 'duty_officer'] }), canonicalJson({ roles: ['duty_officer', 'viewer'] }));
  });

  it('drops undefined properties, as a jsonb round trip does', () => {
    const value = { a: 1, gone: undefined, nested: { keep: null, gone: undefined } };
    assert.equal(canonicalJson(value), '{"a":1,"nested":{"keep":null}}');
    assert.equal(canonicalJson(value), canonicalJson(JSON.parse(JSON.stringify(value))));
  });

  it('writes dates as ISO-8601 UTC strings, the form they have after storage', () => {
    const at = new Date('2026-03-01T08:30:00.123+08:00');
    assert.equal(canonicalJson({ at }), '{"at":"2026-03-01T00:30:00.123Z"}');
    assert.equal(canonicalJson({ at }), canonicalJson({ at: at.toISOString() }));
  });

  it('has a defined text for top-level undefined and null', () => {
    assert.equal(canonicalJson(undefined), 'null');
    assert.equal(canonicalJson(null), 'null');
    assert.equal(canonicalJson('文本'), '"文本"');
    assert.equal(canonicalJson(42), '42');
  });

  it('sha256 is the standard hex digest', () => {
    assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('a digest identifies a snapshot regardless of key order; no snapshot has no digest', () => {
    assert.equal(digestOf({ b: 2, a: 1 }), digestOf({ a: 1, b: 2 }));
    assert.equal(digestOf({ a: 1 }), sha256('{"a":1}'));
    assert.notEqual(digestOf({ a: 1 }), digestOf({ a: 2 }));
    assert.notEqual(digestOf({ a: 1 }), digestOf({ a: '1' }));
    assert.equal(digestOf(null), null);
    assert.equal(digestOf(undefined), null);
    assert.match(digestOf({}) ?? '', /^[0-9a-f]{64}$/);
  });
});
