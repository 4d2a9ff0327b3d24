// `npm run openapi:write`: regenerates docs/openapi.json from the route schemas (a test checks for drift).
import fs from 'node:fs';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../foundation/db/database.js';

export async function generateOpenApi(): Promise<string> {
  const database = await openDatabase({ dataDir: 'memory' });
  const platform = await buildApp({ config: loadConfig({ WEB_DIST: '/nonexistent' }), database });
  await platform.app.ready();
  const doc = JSON.stringify(platform.app.swagger(), null, 2) + '\n';
  await platform.close();
  await database.close();
  return doc;
}

export const OPENAPI_FILE = new URL('../../../docs/openapi.json', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(OPENAPI_FILE, await generateOpenApi());
  process.stdout.write(`wrote ${OPENAPI_FILE.pathname}\n`);
}
