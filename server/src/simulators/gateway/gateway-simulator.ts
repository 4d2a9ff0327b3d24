// A local SMS/voice/broadcast gateway that behaves like a carrier's: it checks the key and every number,
// answers 202 at once, sends at a capped rate, and reports each message's fate seconds later in signed
// receipt callbacks, with the failures, unanswered calls and reply SMS a real run produces. The protocol is
// described in server/src/modules/warnings/channels/gateway-client.ts; this side is written independently
// of that client on purpose, so each checks the other.
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { z } from 'zod';
import { checkAddress, drawFate, SIM_CHANNELS, type CarrierOdds, type Range, type SimChannel } from './carrier.js';
import { createCarrierNetwork } from './carrier-network.js';
import { randomSource } from './seeded-random.js';

/** Where replies go when a batch names only its receipt callback: the platform's inbound route on the same origin. */
export const GATEWAY_INBOUND_PATH = '/api/warnings/gateway/inbound';

export type GatewaySimulatorOptions = {
  apiKey: string;
  signingSecret: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Time from leaving the queue to the receipt, per channel (voice: the ringing). */
  latencyMs?: Partial<Record<SimChannel, Range>>;
  failureRate?: number;
  voiceAnswerRate?: number;
  /** Of the answered calls, the share where the person presses 1 (“按1确认收到”). */
  voiceConfirmRate?: number;
  /** Share of delivered SMS whose recipient replies with the acknowledgement code. */
  replyRate?: number;
  replyDelayMs?: Range;
  inboundUrl?: string;
  /** Messages per second each channel sends; the rest wait in a queue. */
  ratePerSecond?: number;
  /** Receipts due within this window go out in one callback. */
  receiptFlushMs?: number;
  /** Waits before re-posting a callback the platform did not take; then it is dropped. */
  callbackRetryMs?: number[];
  seed?: number;
  log?: (line: string) => void;
};

export type GatewaySimulatorStats = {
  /** Batches answered 202, and requests refused whole. */
  batches: number;
  unauthorized: number;
  badRequests: number;
  accepted: number;
  rejected: number;
  /** Messages whose ref was already accepted: answered with the first id, not sent again. */
  duplicates: number;
  /** Accepted, waiting for the rate limit. */
  queued: number;
  /** Past the rate limit, handed to the network. */
  sent: number;
  receiptsPosted: number;
  repliesPosted: number;
  callbackFailures: number;
  callbacksDropped: number;
};

export type GatewaySimulator = { url: string; close(): Promise<void>; stats(): GatewaySimulatorStats };

const MAX_BATCH = 1000;
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const REMEMBERED_REFS = 200_000;
const ID_PREFIX: Record<SimChannel, string> = { sms: 'SM', voice: 'VC', broadcast: 'BC' };

const Submission = z.object({
  channel: z.enum(SIM_CHANNELS),
  callbackUrl: z.url({ protocol: /^https?$/ }),
  messages: z
    .array(z.object({ ref: z.string().min(1).max(200), to: z.string().max(64), text: z.string().max(2000) }))
    .min(1)
    .max(MAX_BATCH),
});

export async function startGatewaySimulator(options: GatewaySimulatorOptions): Promise<GatewaySimulator> {
  const opts = withDefaults(options);
  const random = randomSource(options.seed);
  const instance = Date.now().toString(36).toUpperCase();
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}-${instance}-${String(++sequence).padStart(8, '0')}`;
  const log = options.log ?? (() => undefined);
  const { ratePerSecond, receiptFlushMs, callbackRetryMs } = opts;
  const network = createCarrierNetwork({ signingSecret: options.signingSecret, ratePerSecond, receiptFlushMs, callbackRetryMs, replyId: () => nextId('MO'), log });
  const known = new Map<string, string>();
  const counts = { batches: 0, unauthorized: 0, badRequests: 0, accepted: 0, rejected: 0, duplicates: 0 };
  const keyDigest = sha256(options.apiKey);
  let closed = false;

  function accept(submission: z.infer<typeof Submission>) {
    const { channel, callbackUrl } = submission;
    const inboundUrl = opts.inboundUrl ?? `${new URL(callbackUrl).origin}${GATEWAY_INBOUND_PATH}`;
    let accepted = 0;
    let rejected = 0;
    let duplicates = 0;
    const results = submission.messages.map((m) => {
      const address = checkAddress(channel, m.to);
      if (!address.ok) {
        rejected++;
        return { ref: m.ref, accepted: false, reason: address.reason };
      }
      if (!m.text.trim()) {
        rejected++;
        return { ref: m.ref, accepted: false, reason: '内容为空' };
      }
      // Carriers de-duplicate on the client's message id, so a batch re-sent after a lost answer is not sent twice.
      const key = `${channel} ${m.ref}`;
      const firstId = known.get(key);
      if (firstId) {
        duplicates++;
        return { ref: m.ref, accepted: true, id: firstId };
      }
      const id = nextId(ID_PREFIX[channel]);
      remember(key, id);
      network.enqueue({ ref: m.ref, id, channel, to: address.address, callbackUrl, inboundUrl, fate: drawFate(channel, m.text, opts, random) });
      accepted++;
      return { ref: m.ref, accepted: true, id };
    });
    counts.batches++;
    counts.accepted += accepted;
    counts.rejected += rejected;
    counts.duplicates += duplicates;
    log(`${channel} 批次 batch ${submission.messages.length}: 受理 accepted ${accepted}, 拒收 rejected ${rejected}${duplicates ? `, 重复 duplicates ${duplicates}` : ''}; 排队 queued ${network.queued(channel)}`);
    return results;
  }

  function remember(key: string, id: string) {
    known.set(key, id);
    if (known.size > REMEMBERED_REFS) known.delete(known.keys().next().value!);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (path === '/v1/health' && req.method === 'GET') return send(res, 200, { ok: true, queued: network.queued() });
    if (path !== '/v1/messages') return send(res, 404, { error: 'not_found', reason: `no route ${path}` });
    if (req.method !== 'POST') return send(res, 405, { error: 'method_not_allowed', reason: 'POST only' }, { allow: 'POST' });
    if (!authorized(req.headers.authorization)) {
      counts.unauthorized++;
      req.resume();
      return send(res, 401, { error: 'unauthorized', reason: 'API 密钥无效 invalid API key' }, { 'www-authenticate': 'Bearer' });
    }
    const raw = await readBody(req);
    if (raw === null) return refuse(res, 413, `请求体超过 body exceeds ${MAX_BODY_BYTES} bytes`);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      return refuse(res, 400, '请求体不是 JSON body is not JSON');
    }
    const parsed = Submission.safeParse(json);
    if (!parsed.success) {
      const reason = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return refuse(res, 400, reason);
    }
    return send(res, 202, { results: accept(parsed.data) });
  }

  function refuse(res: http.ServerResponse, status: number, reason: string) {
    counts.badRequests++;
    send(res, status, { error: 'bad_request', reason });
  }

  function authorized(header: string | undefined) {
    const key = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    return key !== undefined && timingSafeEqual(sha256(key), keyDigest);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { error: 'internal', reason: (err as Error).message });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      server.on('error', (err) => log(`网关模拟器错误 simulator error: ${err.message}`));
      resolve();
    });
  });
  const address = server.address() as { address: string; port: number };
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    stats: () => ({ ...counts, ...network.counts, queued: network.queued() }),
    async close() {
      if (closed) return;
      closed = true;
      await network.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function withDefaults(o: GatewaySimulatorOptions): CarrierOdds & { ratePerSecond: number; receiptFlushMs: number; callbackRetryMs: number[]; inboundUrl: string | undefined } {
  if (!o.apiKey || !o.signingSecret) throw new Error('gateway simulator: apiKey and signingSecret are required');
  const latencyMs = { sms: [300, 2500] as Range, voice: [8000, 25_000] as Range, broadcast: [1000, 5000] as Range, ...o.latencyMs };
  const resolved = {
    latencyMs,
    failureRate: share(o.failureRate ?? 0.02, 'failureRate'),
    voiceAnswerRate: share(o.voiceAnswerRate ?? 0.85, 'voiceAnswerRate'),
    voiceConfirmRate: share(o.voiceConfirmRate ?? 0.8, 'voiceConfirmRate'),
    replyRate: share(o.replyRate ?? 0, 'replyRate'),
    replyDelayMs: o.replyDelayMs ?? ([5000, 90_000] as Range),
    ratePerSecond: o.ratePerSecond ?? 8000,
    receiptFlushMs: o.receiptFlushMs ?? 200,
    callbackRetryMs: o.callbackRetryMs ?? [1000, 5000, 30_000, 120_000, 600_000],
    inboundUrl: o.inboundUrl,
  };
  for (const [name, [min, max]] of [...Object.entries(latencyMs), ['replyDelayMs', resolved.replyDelayMs] as const]) {
    if (!(min >= 0 && max >= min)) throw new Error(`gateway simulator: ${name} must be [min, max] with 0 ≤ min ≤ max`);
  }
  if (!(resolved.ratePerSecond > 0)) throw new Error('gateway simulator: ratePerSecond must be positive');
  if (!(resolved.receiptFlushMs > 0)) throw new Error('gateway simulator: receiptFlushMs must be positive');
  if (o.inboundUrl !== undefined && !/^https?:\/\//.test(o.inboundUrl)) throw new Error('gateway simulator: inboundUrl must be an http(s) URL');
  return resolved;
}

function share(value: number, name: string): number {
  if (!(value >= 0 && value <= 1)) throw new Error(`gateway simulator: ${name} must be between 0 and 1, got ${value}`);
  return value;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** The body, or null when it is larger than any honest batch (the rest is drained, not buffered). */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
