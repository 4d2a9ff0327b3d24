// `npm run bench`: every benchmark in turn. Figures are printed, never asserted.
import { run as api } from './api.js';
import { run as fanout } from './fanout.js';
import { run as foundation } from './foundation.js';
import { run as geo } from './geo.js';
import { run as geoHttp } from './geo-http.js';
import { run as ingest } from './ingest.js';

const only = process.argv[2];
const all: Record<string, () => Promise<void>> = { foundation, geo, 'geo-http': geoHttp, ingest, fanout, api };
for (const [name, fn] of Object.entries(all)) {
  if (only && only !== name) continue;
  console.log(`\n=== bench/${name}`);
  await fn();
}
