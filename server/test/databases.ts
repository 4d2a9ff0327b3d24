import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../src/foundation/db/database.js';
import { migrateToLatest } from '../src/foundation/db/migrate.js';

/** The local PostgreSQL the suite runs against as its second engine (CI always has it). */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let pgReachable: Promise<boolean> | null = null;
async function postgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const c = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      return true;
    } catch {
      return false;
    }
  })();
  return pgReachable;
}

/**
 * Engines to run data-layer tests on: PGlite always, PostgreSQL when reachable. In CI a missing
 * PostgreSQL is a failure, not a skip, so the second engine can never silently drop out.
 */
export async function testEngines(): Promise<Engine[]> {
  if (await postgresReachable()) return ['pglite', 'postgres'];
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${TEST_PG_URL}; CI must test both engines`);
  process.stderr.write(`note: PostgreSQL not reachable at ${TEST_PG_URL}; running on PGlite only\n`);
  return ['pglite'];
}

export type TestDatabase = Database & { url: string | null; drop(): Promise<void> };

/** A fresh, migrated database: in-memory PGlite, or a throw-away database on the local PostgreSQL. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory' });
    await migrateToLatest(database.db);
    return { ...database, url: null, drop: () => database.close() };
  }
  const name = `sw_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await migrateToLatest(database.db);
  return {
    ...database,
    url: url.toString(),
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
