import http, { type IncomingHttpHeaders } from 'node:http';

export type Received = { method: string; path: string; headers: IncomingHttpHeaders; body: string };
/** 'hang' keeps the request open without an answer (a receiver that stopped responding). */
export type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'hang';

export type Receiver = {
  url: string;
  received: Received[];
  /** What the next requests get; tests may swap it mid-way. */
  respond: (r: Received) => Reply;
  /** Resolves once `ready(received)` holds; fails after `timeoutMs` saying what arrived. */
  waitFor(ready: (received: Received[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/** A real HTTP endpoint on 127.0.0.1 that records every request (callbacks, webhooks) and answers as told. */
export async function startReceiver(respond: (r: Received) => Reply = () => ({ status: 204 })): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const reply = receiver.respond(r);
      if (reply === 'hang') return;
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}`,
    received,
    respond,
    async waitFor(ready, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!ready(received)) {
        if (Date.now() > until) throw new Error(`still waiting after ${timeoutMs} ms; received ${received.length}: ${received.map((r) => `${r.method} ${r.path}`).join(', ')}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return receiver;
}

/** A local port with nothing listening on it (connection refused). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
