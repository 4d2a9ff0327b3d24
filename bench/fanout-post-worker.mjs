// Worker thread of bench/fanout.ts (plain JS: worker threads do not inherit the tsx loader). Sends the
// prepared POSTs in order, each once, over `concurrency` keep-alive connections (each lane sends its next
// request as soon as the previous answer is read), starting no new one after `seconds`; posts back the
// per-request latencies (ms) of those sent, the wall time, and how many answers were 200 and contained
// `expect`.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const spec = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const post = (r) =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: spec.port, path: r.path, method: 'POST', agent, headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) } }, (res) => {
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
let deadline = Infinity;
let errors = 0;
let matched = 0;
let firstError = null;
const lat = new Float64Array(spec.requests.length);
const lane = async () => {
  while (next < spec.requests.length && performance.now() < deadline) {
    const i = next++;
    const t = performance.now();
    try {
      const res = await post(spec.requests[i]);
      lat[i] = performance.now() - t;
      if (res.status !== 200) {
        errors++;
        firstError ??= `HTTP ${res.status}: ${res.body.slice(0, 300)}`;
      } else if (!spec.expect || res.body.includes(spec.expect)) matched++;
    } catch (e) {
      lat[i] = performance.now() - t;
      errors++;
      firstError ??= String(e);
    }
  }
};
const start = performance.now();
deadline = start + spec.seconds * 1000;
await Promise.all(Array.from({ length: spec.concurrency }, lane));
const elapsedMs = performance.now() - start;
agent.destroy();
const latencies = lat.slice(0, next);
parentPort.postMessage({ latencies, sent: next, elapsedMs, errors, matched, firstError }, [latencies.buffer]);
