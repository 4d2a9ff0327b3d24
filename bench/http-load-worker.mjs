// Worker thread of bench/http-load.ts (plain JS: worker threads do not inherit the tsx loader).
// Closed loop: `concurrency` keep-alive connections, each sending the next GET as soon as the previous
// answer is read; a warm-up, then a timed phase whose per-request latencies (ms) are posted back.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const spec = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const get = (path) =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: spec.port, path, agent, headers: spec.headers }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });

let next = 0;
let errors = 0;
let bytes = 0;
let firstError = null;
const lat = [];
const loop = async (until, record) => {
  while (performance.now() < until) {
    const path = spec.paths[next++ % spec.paths.length];
    const t = performance.now();
    try {
      const res = await get(path);
      if (res.status !== 200) {
        errors++;
        firstError ??= `HTTP ${res.status} for ${path}`;
      }
      if (record) {
        lat.push(performance.now() - t);
        bytes += res.bytes;
      }
    } catch (e) {
      errors++;
      firstError ??= String(e);
    }
  }
};
const lanes = (until, record) => Promise.all(Array.from({ length: spec.concurrency }, () => loop(until, record)));

await lanes(performance.now() + spec.warmupSeconds * 1000, false);
errors = 0;
const start = performance.now();
await lanes(start + spec.seconds * 1000, true);
const elapsedMs = performance.now() - start;
agent.destroy();
const latencies = Float64Array.from(lat);
parentPort.postMessage({ latencies, elapsedMs, errors, bytes, firstError }, [latencies.buffer]);
