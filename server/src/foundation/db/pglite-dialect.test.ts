import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type Database } from './database.js';

describe('PGlite dialect: one connection, handed to one holder at a time', () => {
  let database: Database;
  before(async () => {
    database = await openDatabase({ dataDir: 'memory' });
    await sql`create table t (v text not null)`.execute(database.db);
  });
  after(async () => {
    await database.close();
  });

  it('a statement outside a transaction is unaffected by a concurrent transaction’s rollback', async () => {
    const db = database.db.withTables<{ t: { v: string } }>();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('t').values({ v: 'inside' }).execute();
        await gate;
        throw new Error('roll back');
      })
      .catch((e: unknown) => e);
    // Issued while the transaction is open: it must wait for the connection, not join the transaction.
    const outside = db.insertInto('t').values({ v: 'outside' }).execute();
    release();
    assert.match(String(await tx), /roll back/);
    await outside;
    const rows = await db.selectFrom('t').select('v').execute();
    assert.deepEqual(rows.map((r) => r.v), ['outside']);
  });

  it('serialises concurrent transactions so each commits whole', async () => {
    const db = database.db.withTables<{ t: { v: string } }>();
    await db.deleteFrom('t').execute();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx.insertInto('t').values({ v: `a${i}` }).execute();
          await trx.insertInto('t').values({ v: `b${i}` }).execute();
        }),
      ),
    );
    const n = await db.selectFrom('t').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 20);
  });
});
