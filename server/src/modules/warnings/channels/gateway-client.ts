// The platform's side of the message-gateway protocol. Any SMS/voice/broadcast gateway that speaks it plugs
// in by configuration (GATEWAY_URL); the development simulator (server/src/simulators/gateway) speaks it too.
//
//   POST {baseUrl}/v1/messages   authorization: Bearer <apiKey>
//     { channel: 'sms'|'voice'|'broadcast', callbackUrl, messages: [{ ref, to, text }] }   ≤ 1000 messages
//   202 { results: [{ ref, accepted: true, id } | { ref, accepted: false, reason }] }
//   401 bad key · 400 { reason } malformed batch · 429/5xx try again later
//
// Later the gateway posts to callbackUrl { receipts: [{ ref, id, status: 'delivered'|'failed', reason, at,
// answered?, keys? }] } and replies people send to the platform's number to its inbound URL as
// { from, text, at, id }; both signed: x-gateway-timestamp (unix s) and
// x-gateway-signature: sha256=hex(HMAC-SHA256(signingSecret, `${timestamp}.${rawBody}`)).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { GatewayChannel, GatewayKind, InboundSms, OutboundMessage, Receipt, SendOutcome } from './channel.js';

export type GatewayClientOptions = {
  kind: GatewayKind;
  baseUrl: string;
  apiKey: string;
  /** What the gateway signs its callbacks with; the channel's verifyCallback checks them. */
  signingSecret: string;
  /** Where the gateway posts the receipts of these messages. */
  callbackUrl: string;
  timeoutMs?: number;
  maxBatch?: number;
};

export type CallbackHeaders = Headers | Record<string, string | string[] | undefined>;

const KINDS: readonly GatewayKind[] = ['sms', 'voice', 'broadcast'];
const CALLBACK_MAX_SKEW_SECONDS = 5 * 60;

/**
 * Reasons the client writes when the gateway, not the carrier, failed a batch and the same messages may be
 * sent again later (unreachable, timeout, 429, 5xx). Anything else (空号, a refused key, a malformed batch)
 * will fail the same way on a retry.
 */
const TRY_LATER = '网关暂不可用';
export const isRetryableSendFailure = (outcome: SendOutcome) => !outcome.accepted && outcome.reason.startsWith(TRY_LATER);

const SendAnswer = z.object({
  results: z.array(
    z.union([
      z.object({ ref: z.string(), accepted: z.literal(true), id: z.string().min(1) }),
      z.object({ ref: z.string(), accepted: z.literal(false), reason: z.string() }),
    ]),
  ),
});

type BatchResult = { outcomes: SendOutcome[]; unreachable: string | null };

export function createGatewayChannel(opts: GatewayClientOptions): GatewayChannel & { verifyCallback(headers: CallbackHeaders, rawBody: string | Buffer, now: Date): boolean } {
  const { kind, apiKey, signingSecret, callbackUrl } = opts;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBatch = opts.maxBatch ?? 1000;
  if (!KINDS.includes(kind)) throw new Error(`gateway channel: unknown kind ${String(kind)}`);
  if (!isHttpUrl(opts.baseUrl)) throw new Error(`gateway channel: baseUrl must be an http(s) URL, got ${opts.baseUrl}`);
  if (!isHttpUrl(callbackUrl)) throw new Error(`gateway channel: callbackUrl must be an http(s) URL, got ${callbackUrl}`);
  if (!apiKey || !signingSecret) throw new Error('gateway channel: apiKey and signingSecret are required');
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`gateway channel: maxBatch must be a positive integer, got ${maxBatch}`);
  if (!(timeoutMs > 0)) throw new Error(`gateway channel: timeoutMs must be positive, got ${timeoutMs}`);
  const endpoint = `${opts.baseUrl.replace(/\/+$/, '')}/v1/messages`;

  async function postBatch(batch: OutboundMessage[]): Promise<BatchResult> {
    const failAll = (reason: string, unreachable = false): BatchResult => ({ outcomes: batch.map((m) => refused(m, reason)), unreachable: unreachable ? reason : null });
    const body = JSON.stringify({ channel: kind, callbackUrl, messages: batch.map((m) => ({ ref: m.deliveryId, to: m.to, text: m.text })) });
    let status: number;
    let text: string;
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      return failAll(`${TRY_LATER}：${describeFetchError(err, timeoutMs)}`, true);
    }
    if (status === 429 || status >= 500) return failAll(`${TRY_LATER}：HTTP ${status}${snippet(text)}`);
    if (status === 401 || status === 403) return failAll(`网关拒绝了 API 密钥（HTTP ${status}）`);
    if (status < 200 || status >= 300) return failAll(`网关拒收该批（HTTP ${status}${snippet(reasonOf(text) ?? text)}）`);
    const answer = SendAnswer.safeParse(parseJson(text));
    if (!answer.success) return failAll(`网关应答无法识别（HTTP ${status}）`);
    const byRef = new Map(answer.data.results.map((r) => [r.ref, r]));
    const outcomes = batch.map((m): SendOutcome => {
      const r = byRef.get(m.deliveryId);
      if (!r) return refused(m, '网关应答中缺少该条结果');
      return r.accepted ? { deliveryId: m.deliveryId, accepted: true, providerRef: r.id } : refused(m, r.reason || '网关拒收（未说明原因）');
    });
    return { outcomes, unreachable: null };
  }

  return {
    kind,
    async send(batch) {
      assertBatch(batch);
      const outcomes: SendOutcome[] = [];
      // Once the gateway cannot be reached, the other chunks fail at once instead of each waiting out its own timeout.
      let unreachable: string | null = null;
      for (let i = 0; i < batch.length; i += maxBatch) {
        const chunk = batch.slice(i, i + maxBatch);
        if (unreachable !== null) {
          const reason = unreachable;
          outcomes.push(...chunk.map((m) => refused(m, reason)));
          continue;
        }
        const result = await postBatch(chunk);
        unreachable = result.unreachable;
        outcomes.push(...result.outcomes);
      }
      return outcomes;
    },
    verifyCallback: (headers, rawBody, now) => verifyGatewayCallback(signingSecret, headers, rawBody, now),
  };
}

/** The x-gateway-signature value for a callback body: what gateways send, and what tests use to forge a good one. */
export function gatewaySignature(signingSecret: string, timestamp: number | string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', signingSecret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}

/** True when a callback carries a valid signature made within 5 minutes of `now` (older ones could be replays). */
export function verifyGatewayCallback(signingSecret: string, headers: CallbackHeaders, rawBody: string | Buffer, now: Date): boolean {
  const timestamp = header(headers, 'x-gateway-timestamp');
  const signature = header(headers, 'x-gateway-signature');
  if (!signingSecret || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > CALLBACK_MAX_SKEW_SECONDS) return false;
  const given = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
  if (!given) return false;
  const expected = Buffer.from(gatewaySignature(signingSecret, timestamp, rawBody).slice('sha256='.length), 'hex');
  return timingSafeEqual(expected, Buffer.from(given[1]!, 'hex'));
}

const isoTime = z.iso.datetime({ offset: true });
const ref = z.string().min(1).max(200);

export const ReceiptBatchSchema = z.object({
  receipts: z
    .array(
      z.object({
        ref,
        id: ref,
        status: z.enum(['delivered', 'failed']),
        reason: z.string().max(500).nullable().optional(),
        at: isoTime,
        answered: z.boolean().optional(),
        keys: z.string().regex(/^[0-9*#]{0,32}$/, 'keys are DTMF digits').optional(),
      }),
    )
    .max(10_000),
});

export const InboundSmsSchema = z.object({ from: z.string().min(1).max(32), text: z.string().max(1000), at: isoTime, id: ref });

export type CallbackProblem = { path: string; message: string };
export type ParsedCallback<T> = { ok: true; value: T } | { ok: false; problems: CallbackProblem[] };

export function parseReceiptBatch(json: unknown): ParsedCallback<Receipt[]> {
  const parsed = ReceiptBatchSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const value = parsed.data.receipts.map((r): Receipt => ({
    deliveryId: r.ref,
    providerRef: r.id,
    status: r.status,
    reason: r.reason ?? null,
    at: new Date(r.at),
    ...(r.answered !== undefined && { answered: r.answered }),
    ...(r.keys !== undefined && { keys: r.keys }),
  }));
  return { ok: true, value };
}

export function parseInboundSms(json: unknown): ParsedCallback<InboundSms> {
  const parsed = InboundSmsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const { from, text, at, id } = parsed.data;
  return { ok: true, value: { from, text, at: new Date(at), providerRef: id } };
}

function assertBatch(batch: OutboundMessage[]) {
  if (!Array.isArray(batch)) throw new TypeError('gateway channel: send() takes an array of messages');
  const seen = new Set<string>();
  for (const m of batch) {
    if (typeof m?.deliveryId !== 'string' || !m.deliveryId || typeof m.to !== 'string' || typeof m.text !== 'string') {
      throw new TypeError('gateway channel: every message needs a deliveryId, to and text');
    }
    // Results come back keyed by deliveryId; two messages with one id could not be told apart.
    if (seen.has(m.deliveryId)) throw new Error(`gateway channel: deliveryId ${m.deliveryId} appears twice in one send`);
    seen.add(m.deliveryId);
  }
}

const refused = (m: OutboundMessage, reason: string): SendOutcome => ({ deliveryId: m.deliveryId, accepted: false, reason });

function describeFetchError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `${timeoutMs} ms 内无应答（超时）`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `无法连接（${detail}）`;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function header(headers: CallbackHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  // A repeated signature header is not something an honest gateway sends.
  return typeof value === 'string' ? value : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function reasonOf(text: string): string | undefined {
  const body = parseJson(text) as { reason?: unknown } | undefined;
  return typeof body?.reason === 'string' ? body.reason : undefined;
}

const snippet = (text: string) => (text.trim() ? `：${text.trim().slice(0, 200)}` : '');

function problemsOf(error: z.ZodError): CallbackProblem[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}
