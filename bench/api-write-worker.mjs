// Worker thread of bench/api.ts (plain JS: worker threads do not inherit the tsx loader). Closed loop over
// `concurrency` keep-alive connections like bench/http-load-worker.mjs, but for prepared requests with a
// method and a JSON body: a warm-up, then a timed phase. With `once`, each request is sent at most once (a
// task moved pending → in_progress must not be moved again) and the lanes stop when the list runs out;
// otherwise the list is cycled. An answer other than `okStatus` counts as an error.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const spec = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const send = (r) =>
  new Promise((resolve, reject) => {
    const headers = { ...spec.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) };
    const req = http.request({ host: '127.0.0.1', port: spec.port, path: r.path, method: r.method, agent, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(r.body);
  });

let next = 0;
let errors = 0;
let firstError = null;
let exhausted = false;
const lat = [];
const take = () => {
  if (next >= spec.requests.length) {
    if (spec.once) return null;
    next = 0;
  }
  return spec.requests[next++];
};
const loop = async (until, record) => {
  while (performance.now() < until) {
    const r = take();
    if (!r) {
      exhausted = true;
      return;
    }
    const t = performance.now();
    try {
      const res = await send(r);
      if (res.status !== spec.okStatus) {
        errors++;
        firstError ??= `HTTP ${res.status} for ${r.method} ${r.path}: ${res.body.slice(0, 300)}`;
      }
    } catch (e) {
      errors++;
      firstError ??= String(e);
    }
    if (record) lat.push(performance.now() - t);
  }
};
const lanes = (until, record) => Promise.all(Array.from({ length: spec.concurrency }, () => loop(until, record)));

await lanes(performance.now() + spec.warmupSeconds * 1000, false);
errors = 0;
firstError = null;
const used = next;
const start = performance.now();
await lanes(start + spec.seconds * 1000, true);
const elapsedMs = performance.now() - start;
agent.destroy();
const latencies = Float64Array.from(lat);
parentPort.postMessage({ latencies, elapsedMs, errors, bytes: 0, firstError, exhausted, warmupRequests: used }, [latencies.buffer]);
