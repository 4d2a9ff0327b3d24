import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, it } from 'node:test';
import { sql, type Selectable } from 'kysely';
import type { AuditVerifyResult, OrgUnit } from '@shouwang/contracts';
import { systemActor, userActor } from '../../src/foundation/auth/actor.js';
import { digestOf } from '../../src/foundation/audit/canonical.js';
import { entryHash } from '../../src/foundation/audit/chain.js';
import { appendAudit, verifyLedger } from '../../src/foundation/audit/ledger.js';
import { openDatabase } from '../../src/foundation/db/database.js';
import { migrateToLatest } from '../../src/foundation/db/migrate.js';
import type { FoundationTables } from '../../src/foundation/db/tables.js';
import { orgDb } from '../../src/modules/organisations/organisations.repository.js';
import { describeEachEngine } from '../engines.js';
import type { TestClient } from '../platform.js';
import { refusedWithoutChange, signIn, snapshot, uniqueName, userIdOf } from '../support.js';

type LedgerRow = Selectable<FoundationTables['audit_ledger']>;
const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const CLI = path.join(REPO_ROOT, 'server/src/cli/ledger-verify.ts');

/** Runs `npm run ledger:verify` with the given environment; resolves with its exit code and output. */
function ledgerVerifyCli(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.DATA_DIR;
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'ledger:verify'], { cwd: REPO_ROOT, env: { ...base, ...env } }, (err, stdout) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout });
    });
  });
}

describeEachEngine('audit ledger', ({ engine, p }) => {
  let admin: TestClient;
  const db = () => p().data.system;

  before(async () => {
    admin = await signIn(p(), 'wuhai-admin');
  });

  async function verify(): Promise<AuditVerifyResult> {
    const res = await admin.request('GET', '/api/audit/verify');
    assert.equal(res.statusCode, 200, res.body);
    return res.json<AuditVerifyResult>();
  }

  async function headSeq(): Promise<number> {
    return (await db().selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow()).seq;
  }

  async function entriesFor(entityId: string): Promise<LedgerRow[]> {
    return db().selectFrom('audit_ledger').selectAll().where('entity_id', '=', entityId).orderBy('seq').execute();
  }

  async function createUnit(name = uniqueName('乌海市防汛抗旱指挥部')): Promise<OrgUnit> {
    const res = await admin.request('POST', '/api/org-units', { name, kind: 'water', regionCode: '150302000000', phone: '0473-3999999' });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<OrgUnit>();
  }

  /** Puts a removed or altered entry back exactly as it was. */
  async function restore(row: LedgerRow) {
    await db().deleteFrom('audit_ledger').where('seq', '=', row.seq).execute();
    await db().insertInto('audit_ledger').values({ ...row, data: JSON.stringify(row.data) }).execute();
    assert.deepEqual((await verify()).firstBroken, null, 'the ledger must verify again once restored');
  }

  /** An entry with entries after it, to tamper with. */
  async function middleEntry(): Promise<LedgerRow> {
    const unit = await createUnit();
    await createUnit();
    const [entry] = await entriesFor(unit.id);
    assert.ok(entry);
    assert.ok(entry.seq < (await headSeq()));
    return entry;
  }

  it('a freshly seeded database verifies clean over its whole chain', async () => {
    const result = await verify();
    const head = await headSeq();
    assert.ok(head > 400, 'seeding regions, units and users writes hundreds of entries');
    assert.deepEqual(result, { ok: true, checked: head, headSeq: head, firstBroken: null });
  });

  it('creating an org unit writes one entry naming the entity, the actor, the region and a digest of the new state', async () => {
    const before = await headSeq();
    const unit = await createUnit();
    const entries = await entriesFor(unit.id);
    assert.equal(entries.length, 1);
    const e = entries[0]!;
    assert.equal(e.seq, before + 1);
    assert.equal(e.action, 'org-unit.created');
    assert.equal(e.entity, 'org_unit');
    assert.equal(e.actor_id, await userIdOf(p(), 'wuhai-admin'));
    assert.equal(e.actor_name, '乌海市系统管理员');
    assert.equal(e.region_code, '150302000000');
    assert.equal(e.before_digest, null);
    assert.equal(e.after_digest, digestOf(unit));
    assert.deepEqual(e.data, unit);
    // The event went into the outbox in the same commit.
    const outbox = await db().selectFrom('event_outbox').selectAll().where('type', '=', 'organisations.org-unit-created').execute();
    assert.ok(outbox.some((o) => o.payload.id === unit.id && o.region_code === '150302000000'));
    // And the entry is what the audit API lists for the unit.
    const listed = await admin.request('GET', `/api/audit?entity=org_unit&entityId=${unit.id}`);
    assert.deepEqual(
      listed.json<{ items: { seq: number; hash: string; afterDigest: string }[] }>().items.map((i) => [i.seq, i.hash, i.afterDigest]),
      [[e.seq, e.hash, e.after_digest]],
    );
  });

  it('updating records digests of both the state before and after', async () => {
    const unit = await createUnit();
    const res = await admin.request('PATCH', `/api/org-units/${unit.id}`, { phone: '0473-3888888' });
    assert.equal(res.statusCode, 200, res.body);
    const [, update] = await entriesFor(unit.id);
    assert.ok(update);
    assert.equal(update.action, 'org-unit.updated');
    assert.equal(update.before_digest, digestOf(unit));
    assert.equal(update.after_digest, digestOf(res.json()));
    assert.notEqual(update.before_digest, update.after_digest);
  });

  it('a unit of work that fails after its insert leaves no row, no ledger entry and no outbox event', async () => {
    const actor = userActor({ id: await userIdOf(p(), 'wuhai-admin'), name: '乌海市系统管理员', regionCode: '150300000000', permissions: ['org.manage'] });
    const name = uniqueName('半途失败的单位');
    const before = await snapshot(p());
    await assert.rejects(
      p().data.write(actor, async (uow) => {
        const row = await orgDb(uow.db)
          .insertInto('org_units')
          .values({ id: randomUUID(), name, kind: 'other', region_code: '150300000000', parent_id: null, phone: null, created_at: uow.now, updated_at: uow.now })
          .returningAll()
          .executeTakeFirstOrThrow();
        // Inside the transaction the row exists...
        assert.ok(await orgDb(uow.db).selectFrom('org_units').select('id').where('id', '=', row.id).executeTakeFirst());
        uow.audit({ action: 'org-unit.created', entity: 'org_unit', entityId: row.id, regionCode: row.region_code, after: row });
        uow.emit('organisations.org-unit-created', row.region_code, { id: row.id });
        throw new Error('下游校验失败');
      }),
      /下游校验失败/,
    );
    // ...and after the failure nothing of it remains.
    assert.deepEqual(await snapshot(p()), before);
    const r = await sql<{ n: number }>`select count(*)::int as n from org_units where name = ${name}`.execute(db());
    assert.equal(r.rows[0]?.n, 0);
  });

  it('a change whose ledger entry cannot be written is rolled back with it', async () => {
    const name = uniqueName('无法记账的单位');
    const before = await snapshot(p());
    await assert.rejects(
      p().data.write(systemActor(), async (uow) => {
        await orgDb(uow.db)
          .insertInto('org_units')
          .values({ id: randomUUID(), name, kind: 'other', region_code: '150300000000', parent_id: null, phone: null, created_at: uow.now, updated_at: uow.now })
          .execute();
        uow.emit('organisations.org-unit-created', '150300000000', { name });
        // entity_id is NOT NULL in the ledger: the append fails at commit time.
        uow.audit({ action: 'org-unit.created', entity: 'org_unit', entityId: null as unknown as string, regionCode: '150300000000' });
      }),
    );
    assert.deepEqual(await snapshot(p()), before);
  });

  it('a write refused by the database (duplicate name in a region) leaves the ledger as it was', async () => {
    const unit = await createUnit();
    await refusedWithoutChange(p(), () => admin.request('POST', '/api/org-units', { name: unit.name, kind: 'other', regionCode: unit.regionCode }), 409, 'CONFLICT');
    assert.equal((await verify()).ok, true);
  });

  it('concurrent writes get consecutive sequence numbers and keep the chain valid', async () => {
    const start = await headSeq();
    const prefix = uniqueName('并发单位');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => admin.request('POST', '/api/org-units', { name: `${prefix}-${i}`, kind: 'other', regionCode: '150303000000' })),
    );
    assert.deepEqual(results.map((r) => r.statusCode), Array(20).fill(201));
    const ids = results.map((r) => r.json<OrgUnit>().id);
    const rows = await db().selectFrom('audit_ledger').select(['seq', 'entity_id', 'prev_hash', 'hash']).where('entity_id', 'in', ids).orderBy('seq').execute();
    assert.equal(rows.length, 20);
    assert.deepEqual(rows.map((r) => r.seq), Array.from({ length: 20 }, (_, i) => start + 1 + i));
    for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
    assert.equal(await headSeq(), start + 20);
    const result = await verify();
    assert.equal(result.ok, true);
    assert.equal(result.checked, start + 20);
  });

  it('an entry whose data was altered in the database is named as the first broken one', async () => {
    const entry = await middleEntry();
    await sql`update audit_ledger set data = jsonb_set(data, '{phone}', '"0473-0000000"') where seq = ${entry.seq}`.execute(db());
    try {
      const result = await verify();
      assert.equal(result.ok, false);
      assert.deepEqual(result.firstBroken, { seq: entry.seq, reason: 'hash_mismatch' });
      assert.equal(result.checked, entry.seq - 1);
    } finally {
      await restore(entry);
    }
  });

  it('an entry whose actor name was altered is named as the first broken one', async () => {
    const entry = await middleEntry();
    await sql`update audit_ledger set actor_name = ${'演示管理员'} where seq = ${entry.seq}`.execute(db());
    try {
      assert.deepEqual((await verify()).firstBroken, { seq: entry.seq, reason: 'hash_mismatch' });
    } finally {
      await restore(entry);
    }
  });

  it('an altered entry whose hash was recomputed to match is caught at the next entry, whose link no longer fits', async () => {
    const entry = await middleEntry();
    const forged = { ...entry, region_code: '150200000000' };
    const hash = entryHash(forged.prev_hash, {
      seq: forged.seq,
      at: forged.at.toISOString(),
      actorId: forged.actor_id,
      actorName: forged.actor_name,
      action: forged.action,
      entity: forged.entity,
      entityId: forged.entity_id,
      regionCode: forged.region_code,
      beforeDigest: forged.before_digest,
      afterDigest: forged.after_digest,
      data: forged.data,
    });
    await sql`update audit_ledger set region_code = ${forged.region_code}, hash = ${hash} where seq = ${entry.seq}`.execute(db());
    try {
      assert.deepEqual((await verify()).firstBroken, { seq: entry.seq + 1, reason: 'prev_mismatch' });
    } finally {
      await restore(entry);
    }
  });

  it('a deleted entry in the middle is reported missing at its sequence number', async () => {
    const entry = await middleEntry();
    await db().deleteFrom('audit_ledger').where('seq', '=', entry.seq).execute();
    try {
      const result = await verify();
      assert.equal(result.ok, false);
      assert.deepEqual(result.firstBroken, { seq: entry.seq, reason: 'missing_entry' });
    } finally {
      await restore(entry);
    }
  });

  it('a deleted newest entry is caught through the head record', async () => {
    await createUnit();
    const head = await headSeq();
    const newest = await db().selectFrom('audit_ledger').selectAll().where('seq', '=', head).executeTakeFirstOrThrow();
    await db().deleteFrom('audit_ledger').where('seq', '=', head).execute();
    try {
      const result = await verify();
      assert.equal(result.ok, false);
      assert.deepEqual(result.firstBroken, { seq: head, reason: 'missing_entry' });
    } finally {
      await restore(newest);
    }
  });

  it('verification reads the ledger in pages and reaches the same verdict at any page size', async () => {
    const full = await verifyLedger(db());
    assert.deepEqual(await verifyLedger(db(), 7), full);
    assert.deepEqual(await verifyLedger(db(), 50), full);
    const entry = await middleEntry();
    await sql`update audit_ledger set action = 'org-unit.deleted' where seq = ${entry.seq}`.execute(db());
    try {
      for (const size of [7, entry.seq - 1, entry.seq, 2000]) {
        assert.deepEqual((await verifyLedger(db(), size)).firstBroken, { seq: entry.seq, reason: 'hash_mismatch' }, `page size ${size}`);
      }
    } finally {
      await restore(entry);
    }
  });

  it('only holders of audit.verify may run the verification', async () => {
    const duty = await signIn(p(), 'wuhai-duty');
    const res = await duty.request('GET', '/api/audit/verify');
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'AUTH_FORBIDDEN');
  });

  it('`npm run ledger:verify` exits 0 on a sound ledger and 2 naming the first broken entry', { skip: !fs.existsSync(CLI) && 'no ledger-verify CLI' }, async () => {
    if (engine === 'postgres') {
      const env = { DATABASE_URL: p().database.url ?? '' };
      const head = await headSeq();
      const good = await ledgerVerifyCli(env);
      assert.equal(good.code, 0, good.stdout);
      assert.match(good.stdout, new RegExp(`\\b${head}\\b`));
      const entry = await db().selectFrom('audit_ledger').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
      await sql`update audit_ledger set actor_name = 'x' where seq = 3`.execute(db());
      try {
        const bad = await ledgerVerifyCli(env);
        assert.equal(bad.code, 2, bad.stdout);
        assert.match(bad.stdout, /\b3\b/);
        assert.match(bad.stdout, /hash_mismatch/);
      } finally {
        await restore(entry);
      }
      return;
    }
    // An in-memory PGlite cannot be opened by a second process: the CLI reads a small ledger in a data
    // directory (the default deployment), here with its fourth entry removed.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-ledger-cli-'));
    try {
      const d = await openDatabase({ dataDir: dir });
      await migrateToLatest(d.db);
      const inputs = Array.from({ length: 6 }, (_, i) => ({ action: 'test.entry', entity: 'test', entityId: `e${i}`, regionCode: '150300000000', after: { i } }));
      await d.db.transaction().execute((trx) => appendAudit(trx, systemActor('ledger-cli-test'), inputs, new Date('2026-03-01T00:00:00Z')));
      assert.equal((await verifyLedger(d.db)).ok, true);
      await d.db.deleteFrom('audit_ledger').where('seq', '=', 4).execute();
      await d.close();
      const bad = await ledgerVerifyCli({ DATA_DIR: dir });
      assert.equal(bad.code, 2, bad.stdout);
      assert.match(bad.stdout, /\b4\b/);
      assert.match(bad.stdout, /missing_entry/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
