import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openTestDatabase, TEST_PG_URL, testEngines } from '../databases.js';

const hasPostgres = (await testEngines()).includes('postgres');

it('a PostgreSQL connection closed by the server neither crashes the process nor breaks later queries', { skip: !hasPostgres && 'PostgreSQL not reachable' }, async () => {
  const database = await openTestDatabase('postgres');
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await sql`select 1`.execute(database.db); // leaves an idle connection in the pool
    const name = new URL(database.url ?? '').pathname.slice(1);
    // What a server restart, a failover or an administrator does to idle connections.
    const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
    assert.equal(killed.rowCount, 1);
    // The pool notices the loss asynchronously; the next query that succeeds runs on a fresh connection.
    let answered: number | null = null;
    for (let attempt = 0; attempt < 50 && answered === null; attempt++) {
      try {
        const r = await sql<{ one: number }>`select 1 as one`.execute(database.db);
        answered = r.rows[0]?.one ?? null;
      } catch {
        await sleep(20);
      }
    }
    assert.equal(answered, 1);
  } finally {
    await admin.end();
    await database.drop();
  }
});
