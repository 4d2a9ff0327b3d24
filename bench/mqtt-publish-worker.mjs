// Worker thread of bench/mqtt-publish.ts (plain JS: worker threads do not inherit the tsx loader).
// `clients` MQTT connections, each a gateway owning its own messages, publish them in order at QoS 1
// with at most `inflight` unacknowledged publishes per connection; flat out, or paced to `perSecond`
// messages a second overall (message g is due at start + g / perSecond). Posts back when each message
// was handed to its connection (performance.timeOrigin + now(), comparable across threads).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import mqtt from 'mqtt';

const spec = workerData;
const now = () => performance.timeOrigin + performance.now();

const connect = (i) =>
  new Promise((resolve, reject) => {
    const c = mqtt.connect(spec.url, { clientId: `bench-gw-${i}-${process.pid}`, username: 'bench', password: spec.password, reconnectPeriod: 0, connectTimeout: 10_000 });
    c.once('connect', () => resolve(c));
    c.once('error', reject);
  });

const clients = await Promise.all(Array.from({ length: spec.clients }, (_, i) => connect(i)));
const sentAt = new Float64Array(spec.messages.length);
let errors = 0;
let firstError = null;

parentPort.postMessage({ ready: true });
await new Promise((resolve) => parentPort.once('message', resolve));

const start = performance.now();
const runClient = async (client, c) => {
  let inflight = 0;
  let wake = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (let g = 0; g < spec.messages.length; g++) {
    if (spec.owner[g] !== c) continue;
    if (spec.perSecond > 0) {
      const wait = start + (g * 1000) / spec.perSecond - performance.now();
      if (wait > 1) await sleep(wait);
    }
    while (inflight >= spec.inflight) await new Promise((r) => (wake = r));
    inflight++;
    sentAt[g] = now();
    client.publish(spec.topic, spec.messages[g], { qos: 1 }, (err) => {
      inflight--;
      if (err) {
        errors++;
        firstError ??= String(err);
      }
      signal();
    });
  }
  while (inflight > 0) await new Promise((r) => (wake = r));
};
await Promise.all(clients.map((c, i) => runClient(c, i)));
const ackedAt = now();
await Promise.all(clients.map((c) => c.endAsync()));
parentPort.postMessage({ sentAt, ackedAt, errors, firstError });
