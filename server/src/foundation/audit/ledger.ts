import { sql, type Selectable } from 'kysely';
import type { AuditVerifyResult } from '@shouwang/contracts';
import type { Actor } from '../auth/actor.js';
import type { Db, Trx } from '../db/database.js';
import type { FoundationTables } from '../db/tables.js';
import { digestOf } from './canonical.js';
import { checkEntry, entryHash, GENESIS_HASH, type ChainCursor, type StoredEntry } from './chain.js';

export type AuditInput = {
  action: string;
  entity: string;
  entityId: string;
  regionCode: string;
  /** Redacted snapshots: never pass secrets (password hashes, token secrets). */
  before?: unknown;
  after?: unknown;
  /** The person who acted, when one transaction records several people's acts (batched acknowledgements). */
  by?: { id: string | null; name: string };
};

const LEDGER_LOCK = 0x5357_4c47; // 'SWLG': serialises appends across connections and instances

/** Appends entries in chain order inside the caller's transaction; the lock is held until it commits. */
export async function appendAudit(trx: Trx, actor: Actor, inputs: AuditInput[], at: Date): Promise<void> {
  if (inputs.length === 0) return;
  await sql`select pg_advisory_xact_lock(${LEDGER_LOCK})`.execute(trx);
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const rows = inputs.map((input) => {
    seq += 1;
    const fields = {
      seq,
      at: at.toISOString(),
      actorId: input.by ? input.by.id : actor.id,
      actorName: input.by ? input.by.name : actor.name,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      regionCode: input.regionCode,
      beforeDigest: digestOf(input.before),
      afterDigest: digestOf(input.after),
      data: JSON.parse(JSON.stringify(input.after ?? input.before ?? null)) as unknown,
    };
    const hash = entryHash(prev, fields);
    const row = {
      seq,
      at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      region_code: fields.regionCode,
      before_digest: fields.beforeDigest,
      after_digest: fields.afterDigest,
      data: JSON.stringify(fields.data),
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_ledger').values(rows.slice(i, i + 500)).execute();
  await trx
    .insertInto('audit_head')
    .values({ id: 1, seq, hash: prev })
    .onConflict((oc) => oc.column('id').doUpdateSet({ seq, hash: prev }))
    .execute();
}

type LedgerRow = Selectable<FoundationTables['audit_ledger']>;

/** A ledger row in the chain's own field names. */
export function storedEntry(r: LedgerRow): StoredEntry {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    regionCode: r.region_code,
    beforeDigest: r.before_digest,
    afterDigest: r.after_digest,
    data: r.data,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Recomputes the whole chain and names the first entry that was altered or removed. */
export async function verifyLedger(db: Db, pageSize = 2000): Promise<AuditVerifyResult> {
  const cursor: ChainCursor = { expectedSeq: 1, prevHash: GENESIS_HASH };
  let checked = 0;
  let afterSeq = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_ledger')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of page) {
      const reason = checkEntry(cursor, storedEntry(r));
      if (reason) {
        const seq = reason === 'missing_entry' ? cursor.expectedSeq : r.seq;
        const head = await db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirst();
        return { ok: false, checked, headSeq: head?.seq ?? null, firstBroken: { seq, reason } };
      }
      cursor.expectedSeq = r.seq + 1;
      cursor.prevHash = r.hash;
      checked += 1;
    }
    if (page.length < pageSize) break;
    afterSeq = cursor.expectedSeq - 1;
  }
  // The head row catches removal of the newest entries, which the chain alone cannot see.
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const lastSeq = cursor.expectedSeq - 1;
  if (head && head.seq > lastSeq) {
    return { ok: false, checked, headSeq: head.seq, firstBroken: { seq: lastSeq + 1, reason: 'missing_entry' } };
  }
  if (head && head.hash !== cursor.prevHash) {
    return { ok: false, checked, headSeq: head.seq, firstBroken: { seq: head.seq, reason: 'hash_mismatch' } };
  }
  if (!head && lastSeq > 0) {
    return { ok: false, checked, headSeq: null, firstBroken: { seq: lastSeq, reason: 'missing_entry' } };
  }
  return { ok: true, checked, headSeq: head?.seq ?? null, firstBroken: null };
}
