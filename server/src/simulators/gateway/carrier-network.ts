// The network behind the simulated gateway: accepted messages wait for the per-channel rate limit, then each
// one's fate (drawn on acceptance) comes due after its latency and goes back to the platform as a signed
// callback: receipts coalesced per callback URL, replies one by one, refused posts retried on a schedule.
import { createHmac } from 'node:crypto';
import { SIM_CHANNELS, type Fate, type SimChannel } from './carrier.js';
import { DueQueue, Fifo } from './queues.js';

export type Outbound = { ref: string; id: string; channel: SimChannel; to: string; callbackUrl: string; inboundUrl: string; fate: Fate };

export type NetworkOptions = {
  signingSecret: string;
  ratePerSecond: number;
  receiptFlushMs: number;
  callbackRetryMs: number[];
  /** A fresh provider id for a reply SMS. */
  replyId: () => string;
  log: (line: string) => void;
};

export type NetworkCounts = { sent: number; receiptsPosted: number; repliesPosted: number; callbackFailures: number; callbacksDropped: number };

type WireReceipt = { ref: string; id: string; status: 'delivered' | 'failed'; reason: string | null; at: string; answered?: boolean; keys?: string };
type Due =
  | { type: 'receipt'; url: string; receipt: WireReceipt }
  | { type: 'reply'; url: string; body: { from: string; text: string; at: string; id: string } }
  | { type: 'retry'; url: string; body: string; receipts: number; replies: number; attempt: number };

const RECEIPTS_PER_CALLBACK = 1000;
const CALLBACK_TIMEOUT_MS = 10_000;
const TICK_MS = 20;

export function createCarrierNetwork(opts: NetworkOptions) {
  const queues = Object.fromEntries(SIM_CHANNELS.map((c) => [c, new Fifo<Outbound>()])) as Record<SimChannel, Fifo<Outbound>>;
  // A bucket holds a tenth of a second's sending, so a late timer tick does not turn into a burst.
  const bucketSize = Math.max(1, opts.ratePerSecond / 10);
  const buckets = Object.fromEntries(SIM_CHANNELS.map((c) => [c, { tokens: bucketSize, at: Date.now() }])) as Record<SimChannel, { tokens: number; at: number }>;
  const due = new DueQueue<Due>();
  const inflight = new Set<Promise<void>>();
  const closing = new AbortController();
  const counts: NetworkCounts = { sent: 0, receiptsPosted: 0, repliesPosted: 0, callbackFailures: 0, callbacksDropped: 0 };
  let timer: NodeJS.Timeout | null = null;
  let lastFlush = 0;
  let closed = false;

  // The timer runs only while something is queued or due, so an idle simulator costs nothing.
  function wake() {
    if (timer || closed) return;
    timer = setInterval(tick, TICK_MS);
    timer.unref();
  }

  function tick() {
    const now = Date.now();
    release(now);
    if (now - lastFlush >= opts.receiptFlushMs) {
      lastFlush = now;
      flush(now);
    }
    if (due.size === 0 && queued() === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  }

  function release(now: number) {
    for (const channel of SIM_CHANNELS) {
      const bucket = buckets[channel];
      bucket.tokens = Math.min(bucketSize, bucket.tokens + ((now - bucket.at) * opts.ratePerSecond) / 1000);
      bucket.at = now;
      const out = queues[channel].take(Math.floor(bucket.tokens));
      bucket.tokens -= out.length;
      counts.sent += out.length;
      for (const m of out) {
        const at = now + m.fate.latencyMs;
        const { status, reason, answered, keys } = m.fate;
        const receipt: WireReceipt = { ref: m.ref, id: m.id, status, reason, at: new Date(at).toISOString(), ...(answered !== undefined && { answered }), ...(keys !== undefined && { keys }) };
        due.push(at, { type: 'receipt', url: m.callbackUrl, receipt });
        if (m.fate.reply) {
          const replyAt = at + m.fate.reply.afterMs;
          due.push(replyAt, { type: 'reply', url: m.inboundUrl, body: { from: m.to, text: m.fate.reply.text, at: new Date(replyAt).toISOString(), id: opts.replyId() } });
        }
      }
    }
  }

  function flush(now: number) {
    const receipts = new Map<string, WireReceipt[]>();
    for (const item of due.popDue(now)) {
      if (item.type === 'receipt') {
        const list = receipts.get(item.url);
        if (list) list.push(item.receipt);
        else receipts.set(item.url, [item.receipt]);
      } else if (item.type === 'reply') post(item.url, JSON.stringify(item.body), 0, 1, 0);
      else post(item.url, item.body, item.receipts, item.replies, item.attempt);
    }
    for (const [url, list] of receipts) {
      for (let i = 0; i < list.length; i += RECEIPTS_PER_CALLBACK) {
        const chunk = list.slice(i, i + RECEIPTS_PER_CALLBACK);
        post(url, JSON.stringify({ receipts: chunk }), chunk.length, 0, 0);
      }
    }
  }

  function post(url: string, body: string, receipts: number, replies: number, attempt: number) {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `sha256=${createHmac('sha256', opts.signingSecret).update(`${timestamp}.${body}`).digest('hex')}`;
    const sent = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'shouwang-gateway-simulator', 'x-gateway-timestamp': String(timestamp), 'x-gateway-signature': signature },
      body,
      signal: AbortSignal.any([closing.signal, AbortSignal.timeout(CALLBACK_TIMEOUT_MS)]),
    })
      .then(async (res) => {
        await res.body?.cancel();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        counts.receiptsPosted += receipts;
        counts.repliesPosted += replies;
      })
      .catch((err: unknown) => {
        if (closed) return;
        counts.callbackFailures++;
        const why = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
        const what = receipts ? `${receipts} 条回执 receipts` : '上行短信 reply SMS';
        const wait = opts.callbackRetryMs[attempt];
        if (wait === undefined) {
          counts.callbacksDropped++;
          opts.log(`放弃投递 gave up posting ${what} to ${url}: ${why}`);
          return;
        }
        opts.log(`投递失败 could not post ${what} to ${url} (${why}); ${wait / 1000} s 后重试 retrying`);
        due.push(Date.now() + wait, { type: 'retry', url, body, receipts, replies, attempt: attempt + 1 });
        wake();
      })
      .finally(() => inflight.delete(sent));
    inflight.add(sent);
  }

  function queued(channel?: SimChannel) {
    return channel ? queues[channel].size : SIM_CHANNELS.reduce((n, c) => n + queues[c].size, 0);
  }

  return {
    counts,
    queued,
    enqueue(m: Outbound) {
      queues[m.channel].push(m);
      wake();
    },
    /** Drops everything queued or due and waits for the posts under way to be cut off. */
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      timer = null;
      closing.abort();
      for (const c of SIM_CHANNELS) queues[c].clear();
      due.clear();
      await Promise.allSettled([...inflight]);
    },
  };
}
