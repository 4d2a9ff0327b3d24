import { canonicalJson, sha256 } from './canonical.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers; `prevHash` links it to the entry before. */
export type ChainedFields = {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  regionCode: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  data: unknown;
};

export function entryHash(prevHash: string, fields: ChainedFields): string {
  return sha256(`${prevHash}\n${canonicalJson(fields)}`);
}

export type StoredEntry = ChainedFields & { prevHash: string; hash: string };
export type BreakReason = 'hash_mismatch' | 'missing_entry' | 'prev_mismatch';
export type ChainCursor = { expectedSeq: number; prevHash: string };

/** Checks the next stored entry against the chain so far; pure, so the verifier can stream pages. */
export function checkEntry(cursor: ChainCursor, e: StoredEntry): BreakReason | null {
  if (e.seq !== cursor.expectedSeq) return 'missing_entry';
  if (e.prevHash !== cursor.prevHash) return 'prev_mismatch';
  const { prevHash: _p, hash, ...fields } = e;
  return entryHash(cursor.prevHash, fields) === hash ? null : 'hash_mismatch';
}
