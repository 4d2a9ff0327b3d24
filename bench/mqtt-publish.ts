// MQTT load generator for bench/ingest: a worker thread (bench/mqtt-publish-worker.mjs) with a few
// connections that publish prepared messages, so the broker and the ingester under test keep the main
// thread's event loop; on 2 cores the publisher, the server thread and PostgreSQL still share the CPUs.
import { Worker } from 'node:worker_threads';

export type PublishSpec = {
  url: string;
  password: string;
  topic: string;
  /** Message bodies in publish order; owner[g] is the connection that sends message g. */
  messages: string[];
  owner: Int32Array;
  clients: number;
  inflight: number;
  /** 0: as fast as the broker acknowledges; otherwise messages per second overall. */
  perSecond: number;
};
export type PublishResult = { sentAt: Float64Array; ackedAt: number; errors: number; firstError: string | null };

/** Connects, then calls `go` (set up timers there) and starts publishing; resolves once every message is acknowledged. */
export function mqttPublish(spec: PublishSpec, go: () => void = () => {}): Promise<PublishResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./mqtt-publish-worker.mjs', import.meta.url), { workerData: spec, execArgv: [] });
    w.on('message', (m: { ready?: true } & PublishResult) => {
      if (m.ready) {
        go();
        w.postMessage('go');
        return;
      }
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable with the worker's timestamps. */
export const wallNow = () => performance.timeOrigin + performance.now();
