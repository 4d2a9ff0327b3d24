import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEntry, entryHash, GENESIS_HASH, type ChainCursor, type ChainedFields, type StoredEntry } from './chain.js';

const base: ChainedFields = {
  seq: 1,
  at: '2026-03-01T00:30:00.000Z',
  actorId: '6f1c1d2e-0000-4000-8000-000000000001',
  actorName: '乌海市系统管理员',
  action: 'org-unit.created',
  entity: 'org_unit',
  entityId: '6f1c1d2e-0000-4000-8000-0000000000aa',
  regionCode: '150300000000',
  beforeDigest: null,
  afterDigest: 'a'.repeat(64),
  data: { name: '乌海市应急管理局', kind: 'emergency_bureau' },
};

/** A well-formed chain of `n` entries, as appendAudit writes it. */
function chain(n: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = { ...base, seq, entityId: `entity-${seq}`, data: { n: seq } };
    const hash = entryHash(prev, fields);
    out.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

/** Walks entries like the verifier does; returns the first break or null. */
function walk(entries: StoredEntry[]): { seq: number; reason: string } | null {
  const cursor: ChainCursor = { expectedSeq: 1, prevHash: GENESIS_HASH };
  for (const e of entries) {
    const reason = checkEntry(cursor, e);
    if (reason) return { seq: reason === 'missing_entry' ? cursor.expectedSeq : e.seq, reason };
    cursor.expectedSeq = e.seq + 1;
    cursor.prevHash = e.hash;
  }
  return null;
}

describe('audit hash chain', () => {
  it('the first entry links to the all-zero genesis hash', () => {
    assert.equal(GENESIS_HASH, '0'.repeat(64));
    assert.equal(chain(1)[0]?.prevHash, GENESIS_HASH);
  });

  it('an entry hash is a deterministic 64-hex SHA-256', () => {
    const h = entryHash(GENESIS_HASH, base);
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.equal(entryHash(GENESIS_HASH, { ...base }), h);
  });

  it('the hash covers every field: changing any one of them changes it', () => {
    const original = entryHash(GENESIS_HASH, base);
    const changed: { [K in keyof ChainedFields]: ChainedFields[K] } = {
      seq: 2,
      at: '2026-03-01T00:30:00.001Z',
      actorId: null,
      actorName: '乌海市系统管理员 ',
      action: 'org-unit.updated',
      entity: 'user',
      entityId: '6f1c1d2e-0000-4000-8000-0000000000ab',
      regionCode: '150200000000',
      beforeDigest: 'b'.repeat(64),
      afterDigest: null,
      data: { name: '乌海市应急管理局', kind: 'fire_rescue' },
    };
    for (const key of Object.keys(base) as (keyof ChainedFields)[]) {
      const h = entryHash(GENESIS_HASH, { ...base, [key]: changed[key] });
      assert.notEqual(h, original, `changing ${key} must change the hash`);
    }
  });

  it('the hash covers the previous hash, so each entry pins all before it', () => {
    assert.notEqual(entryHash(GENESIS_HASH, base), entryHash('1'.repeat(64), base));
  });

  it('the hash does not depend on the key order of the stored data (jsonb reorders keys)', () => {
    const a = entryHash(GENESIS_HASH, { ...base, data: { name: '乌海', kind: 'water', nested: { x: 1, y: 2 } } });
    const b = entryHash(GENESIS_HASH, { ...base, data: { nested: { y: 2, x: 1 }, kind: 'water', name: '乌海' } });
    assert.equal(a, b);
  });

  it('an intact chain checks clean', () => {
    assert.equal(walk(chain(6)), null);
  });

  it('an altered field is a hash mismatch at exactly that entry', () => {
    const entries = chain(6);
    entries[3] = { ...entries[3]!, actorName: '冒名者' };
    assert.deepEqual(walk(entries), { seq: 4, reason: 'hash_mismatch' });
    const again = chain(6);
    again[1] = { ...again[1]!, data: { n: 999 } };
    assert.deepEqual(walk(again), { seq: 2, reason: 'hash_mismatch' });
  });

  it('an altered entry whose hash was recomputed breaks the link of the next one', () => {
    const entries = chain(6);
    const { prevHash, hash: _old, ...fields } = entries[2]!;
    const forgedFields = { ...fields, data: { n: 'forged' } };
    entries[2] = { ...forgedFields, prevHash, hash: entryHash(prevHash, forgedFields) };
    assert.deepEqual(walk(entries), { seq: 4, reason: 'prev_mismatch' });
  });

  it('a removed entry is reported as missing at its sequence number', () => {
    const entries = chain(6);
    entries.splice(2, 1); // seq 3 removed
    assert.deepEqual(walk(entries), { seq: 3, reason: 'missing_entry' });
    const first = chain(3).slice(1); // seq 1 removed
    assert.deepEqual(walk(first), { seq: 1, reason: 'missing_entry' });
  });

  it('entries out of order are reported as missing', () => {
    const entries = chain(4);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    assert.deepEqual(walk(entries), { seq: 2, reason: 'missing_entry' });
  });

  it('checkEntry reports each break reason on its own', () => {
    const [first] = chain(1);
    const cursor: ChainCursor = { expectedSeq: 1, prevHash: GENESIS_HASH };
    assert.equal(checkEntry(cursor, first!), null);
    assert.equal(checkEntry({ expectedSeq: 2, prevHash: GENESIS_HASH }, first!), 'missing_entry');
    assert.equal(checkEntry({ expectedSeq: 1, prevHash: 'f'.repeat(64) }, first!), 'prev_mismatch');
    assert.equal(checkEntry(cursor, { ...first!, hash: 'e'.repeat(64) }), 'hash_mismatch');
    assert.equal(checkEntry(cursor, { ...first!, regionCode: '150200000000' }), 'hash_mismatch');
  });
});
