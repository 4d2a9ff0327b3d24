// Foundation hot paths, each beside a baseline measured in the same run on the same database:
// 1. an audited write (state change + ledger entry + outbox event in one transaction) vs a bare INSERT
//    in its own transaction; and a 1000-row audited import vs a bare multi-row INSERT of the same rows;
// 2. a region-scoped read through the data layer and HTTP vs the same SQL unscoped through bare Kysely.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { verifyLedger } from '../server/src/foundation/audit/ledger.js';
import { userActor } from '../server/src/foundation/auth/actor.js';
import type { Engine } from '../server/src/foundation/db/database.js';
import { moduleDb } from '../server/src/foundation/db/module-db.js';
import { testEngines } from '../server/test/databases.js';
import { startTestPlatform } from '../server/test/platform.js';
import type { OrganisationsTables } from '../server/src/modules/organisations/organisations.tables.js';
import { measure, report } from './stats.js';

const N = Number(process.env.BENCH_N ?? 500);

async function benchEngine(engine: Engine) {
  const p = await startTestPlatform(engine);
  const db = p.data.system;
  const region = '150302000000';
  const actor = userActor({ id: randomUUID(), name: 'bench', regionCode: '150300000000', permissions: ['org.manage', 'org.read', 'region.read'] });
  await sql`create table bench_plain (id uuid primary key, name text not null, kind text not null, region_code text not null, created_at timestamptz not null)`.execute(db);

  const plain = await measure(N, (i) =>
    db.transaction().execute((trx) =>
      trx.withTables<{ bench_plain: { id: string; name: string; kind: string; region_code: string; created_at: Date } }>()
        .insertInto('bench_plain').values({ id: randomUUID(), name: `plain ${i}`, kind: 'other', region_code: region, created_at: new Date() }).execute(),
    ),
  );
  const audited = await measure(N, (i) => p.services.organisations.create(actor, { name: `bench unit ${i}`, kind: 'other', regionCode: region }));
  report(`[${engine}] one audited write per transaction (n=${N})`, [
    { name: 'bare INSERT in a transaction (baseline)', f: plain },
    { name: 'org unit create: scope + ledger + outbox', f: audited },
  ], 'bare INSERT in a transaction (baseline)');

  const rows = Array.from({ length: 1000 }, (_, i) => ({ id: randomUUID(), name: `batch ${i}`, kind: 'other', region_code: region, created_at: new Date() }));
  const rawBatch = await measure(5, () =>
    db.transaction().execute(async (trx) => {
      const t = trx.withTables<{ bench_plain: { id: string; name: string; kind: string; region_code: string; created_at: Date } }>();
      for (let i = 0; i < rows.length; i += 500) await t.insertInto('bench_plain').values(rows.slice(i, i + 500).map((r) => ({ ...r, id: randomUUID() }))).execute();
    }),
  );
  const auditedBatch = await measure(5, () =>
    p.data.write(actor, async (uow) => {
      const t = moduleDb<OrganisationsTables>(uow.db);
      const batch = rows.map((r, i) => ({ ...r, id: randomUUID(), name: `${r.name}-${randomUUID().slice(0, 6)}-${i}`, parent_id: null, phone: null, updated_at: r.created_at }));
      for (let i = 0; i < batch.length; i += 500) await t.insertInto('org_units').values(batch.slice(i, i + 500)).execute();
      for (const b of batch) uow.audit({ action: 'org-unit.created', entity: 'org_unit', entityId: b.id, regionCode: b.region_code, after: b });
    }),
  );
  const perRow = (f: typeof rawBatch) => ({ ...f, perSec: f.perSec * 1000, p50: f.p50, p99: f.p99 });
  report(`[${engine}] 1000-row batch in one transaction (rows/s; p50/p99 are per batch)`, [
    { name: 'bare multi-row INSERT (baseline)', f: perRow(rawBatch) },
    { name: 'same rows + 1000 ledger entries, scoped', f: perRow(auditedBatch) },
  ], 'bare multi-row INSERT (baseline)');

  const reads = 1000;
  const bare = await measure(reads, () => moduleDb<{ regions: { code: string; parent_code: string } }>(db).selectFrom('regions').selectAll().where('parent_code', '=', '150300000000').execute());
  const scoped = await measure(reads, () => p.services.regions.list(actor, '150300000000'));
  const wuhai = await p.as('wuhai-duty');
  const http = await measure(reads, () => wuhai.request('GET', '/api/regions?parent=150300000000'));
  report(`[${engine}] children of 乌海市 (n=${reads})`, [
    { name: 'bare Kysely select, unscoped (baseline)', f: bare },
    { name: 'regions service: scoped + child counts', f: scoped },
    { name: 'GET /api/regions (inject: auth, validation)', f: http },
  ], 'bare Kysely select, unscoped (baseline)');

  const verifyStart = performance.now();
  const result = await verifyLedger(db);
  const ms = performance.now() - verifyStart;
  console.log(`  ledger verify: ${result.checked} entries in ${ms.toFixed(0)} ms (${((result.checked / ms) * 1000).toFixed(0)} entries/s), ok=${String(result.ok)}`);
  await p.stop();
}

export async function run() {
  for (const engine of await testEngines()) await benchEngine(engine);
}
