// `npm run ledger:verify`: recomputes the audit ledger's hash chain on the configured database
// (DATA_DIR's PGlite, or DATABASE_URL) and exits non-zero naming the first broken entry.
import { loadConfig } from '../config.js';
import { verifyLedger } from '../foundation/audit/ledger.js';
import { openDatabase } from '../foundation/db/database.js';
import { migrateToLatest } from '../foundation/db/migrate.js';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(database.db);
  const result = await verifyLedger(database.db);
  if (result.ok) {
    process.stdout.write(`audit ledger OK: ${result.checked} entries, head seq ${result.headSeq ?? 0}\n`);
  } else {
    const b = result.firstBroken;
    process.stdout.write(`audit ledger BROKEN at entry ${b?.seq ?? '?'} (${b?.reason ?? 'unknown'}); ${result.checked} entries verified before it\n`);
    process.exitCode = 2;
  }
} finally {
  await database.close();
}
