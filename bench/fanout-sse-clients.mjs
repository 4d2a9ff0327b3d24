// Child process of bench/fanout.ts (plain JS, no tsx, so it stays lean): holds thousands of SSE connections
// on raw sockets (one HTTP/1.1 GET each, kept open), in its own process because the server under test and
// 10,000 client sockets would not fit one process's file limit. Once armed with a needle, it records when
// each connection first receives bytes containing it (performance.timeOrigin + now(): wall-clock ms, the
// same scale as the parent's; `ping` lets the parent measure the offset between the two clocks).
// Commands (IPC): connect {port, path, cookies, inflight}, arm {needle}, count, report, close, ping, exit.
import { Buffer } from 'node:buffer';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const now = () => performance.timeOrigin + performance.now();
/** @type {{ socket: net.Socket, status: number, at: number, tail: Buffer | null, open: boolean }[]} */
let conns = [];
/** @type {Buffer | null} */
let needle = null;
let received = 0;
let dropped = 0;

function open(port, path, cookie) {
  return new Promise((resolve) => {
    const c = { socket: net.connect({ port, host: '127.0.0.1' }), status: 0, at: NaN, tail: null, open: true };
    const done = (ok, why) => {
      if (c.status === 0) c.status = ok ? 200 : -1;
      resolve(ok ? c : why);
    };
    c.socket.setNoDelay(true);
    c.socket.on('connect', () => {
      c.socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/event-stream\r\nCookie: ${cookie}\r\nConnection: keep-alive\r\n\r\n`);
    });
    c.socket.on('data', (chunk) => {
      if (c.status === 0) {
        const line = chunk.subarray(0, Math.min(chunk.length, 64)).toString('latin1');
        const m = /^HTTP\/1\.1 (\d{3})/.exec(line);
        if (!m || m[1] !== '200') {
          done(false, `answered ${line.split('\r\n')[0]}`);
          c.socket.destroy();
          return;
        }
        done(true);
      }
      if (needle === null || !Number.isNaN(c.at)) return;
      const buf = c.tail ? Buffer.concat([c.tail, chunk]) : chunk;
      if (buf.indexOf(needle) >= 0) {
        c.at = now();
        c.tail = null;
        received++;
      } else {
        c.tail = buf.subarray(Math.max(0, buf.length - needle.length + 1));
      }
    });
    c.socket.on('error', (e) => done(false, String(e)));
    c.socket.on('close', () => {
      if (c.open && c.status === 200) dropped++;
      c.open = false;
      done(false, 'closed');
    });
  });
}

async function connectAll({ port, path, cookies, inflight }) {
  const t = performance.now();
  let next = 0;
  let failed = 0;
  let firstError = null;
  const lane = async () => {
    while (next < cookies.length) {
      const r = await open(port, path, cookies[next++]);
      if (typeof r === 'string') {
        failed++;
        firstError ??= r;
      } else conns.push(r);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inflight, cookies.length) }, lane));
  return { connected: conns.length, failed, firstError, ms: performance.now() - t };
}

process.on('message', (m) => {
  const reply = (x) => process.send?.({ id: m.id, ...x });
  switch (m.cmd) {
    case 'connect':
      void connectAll(m).then(reply);
      break;
    case 'arm':
      needle = Buffer.from(m.needle);
      received = 0;
      for (const c of conns) {
        c.at = NaN;
        c.tail = null;
      }
      reply({ armed: true });
      break;
    case 'count':
      reply({ received, dropped, open: conns.filter((c) => c.open).length });
      break;
    case 'report':
      reply({ times: conns.map((c) => c.at) });
      break;
    case 'ping':
      reply({ at: now() });
      break;
    case 'close':
      for (const c of conns) {
        c.open = false;
        c.socket.destroy();
      }
      conns = [];
      needle = null;
      dropped = 0;
      reply({ closed: true });
      break;
    case 'exit':
      process.exit(0);
  }
});
// The parent went away (finished or killed): nothing left to report to.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
