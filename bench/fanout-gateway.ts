// Child process of bench/fanout.ts: the SMS/voice/broadcast gateway simulator (server/src/simulators/gateway)
// in its own process, as a real gateway would be, so its JSON parsing and receipt callbacks do not run on
// the platform's event loop. Every 5 ms it notes its counters when they changed (wall-clock ms, the same
// scale as the parent's); the parent reads them over IPC. Commands: start {options}, stats, timeline, close.
import { performance } from 'node:perf_hooks';
import { startGatewaySimulator, type GatewaySimulator, type GatewaySimulatorOptions } from '../server/src/simulators/gateway/index.js';

export type GatewayPoint = { at: number; accepted: number; rejected: number; receipts: number; callbackFailures: number; batches: number };
type Command = { id: number; cmd: 'start'; options: GatewaySimulatorOptions } | { id: number; cmd: 'stats' | 'timeline' | 'close' };

const now = () => performance.timeOrigin + performance.now();
let sim: GatewaySimulator | null = null;
const timeline: GatewayPoint[] = [];
let timer: NodeJS.Timeout | null = null;

function sample(): GatewayPoint | null {
  if (!sim) return null;
  const s = sim.stats();
  return { at: now(), accepted: s.accepted, rejected: s.rejected, receipts: s.receiptsPosted, callbackFailures: s.callbackFailures, batches: s.batches };
}

process.on('message', (m: Command) => {
  const reply = (x: object) => process.send?.({ id: m.id, ...x });
  switch (m.cmd) {
    case 'start':
      void startGatewaySimulator(m.options).then((s) => {
        sim = s;
        timer = setInterval(() => {
          const p = sample()!;
          const last = timeline[timeline.length - 1];
          if (!last || last.accepted !== p.accepted || last.receipts !== p.receipts || last.rejected !== p.rejected || last.callbackFailures !== p.callbackFailures) timeline.push(p);
        }, 5);
        reply({ url: s.url });
      });
      break;
    case 'stats':
      reply({ stats: sample() });
      break;
    case 'timeline':
      reply({ timeline });
      break;
    case 'close':
      if (timer) clearInterval(timer);
      void (sim?.close() ?? Promise.resolve()).then(() => {
        reply({ closed: true });
        process.exit(0);
      });
  }
});
// The parent went away (finished or killed): nothing left to serve.
process.on('disconnect', () => void (sim?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
process.send?.({ ready: true });
