import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { FoundationTables } from './tables.js';

export type Engine = 'pglite' | 'postgres';

/** The Kysely type every layer passes around; modules widen it with their own tables via `withTables`. */
export type Db = Kysely<FoundationTables>;
export type Trx = Transaction<FoundationTables>;
export type Executor = Db | Trx;

export type Database = {
  db: Db;
  engine: Engine;
  ping(): Promise<number>;
  close(): Promise<void>;
};

/** `dataDir: 'memory'` (or none) keeps PGlite in memory, for tests. */
export type OpenOptions = { databaseUrl?: string | undefined; dataDir?: string };

// pg returns int8/count as strings; PGlite returns numbers. Make both numbers (sequence values stay < 2^53).
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : (pg.types.getTypeParser(oid, format) as (v: string) => unknown)) as typeof pg.types.getTypeParser,
};

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, types: pgTypes });
    // An idle connection closed by the server (restart, failover, pg_terminate_backend) is dropped and
    // replaced by the pool; without a listener its error would be an uncaught exception that ends the process.
    pool.on('error', () => {});
    const db = new Kysely<FoundationTables>({ dialect: new PostgresDialect({ pool }) });
    return wrap(db, 'postgres');
  }
  let dataDir: string | undefined;
  if (opts.dataDir && opts.dataDir !== 'memory') {
    dataDir = path.join(opts.dataDir, 'pglite');
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  const db = new Kysely<FoundationTables>({ dialect: new PGliteDialect(pglite) });
  return wrap(db, 'pglite');
}

function wrap(db: Db, engine: Engine): Database {
  return {
    db,
    engine,
    async ping() {
      const started = performance.now();
      await sql`select 1`.execute(db);
      return performance.now() - started;
    },
    close: () => db.destroy(),
  };
}
