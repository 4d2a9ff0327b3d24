// Warnings posted to other systems' HTTP endpoints. A receiver checks
//   x-shouwang-signature: sha256=hex(HMAC-SHA256(secret, `${x-shouwang-timestamp}.${rawBody}`))
// and rejects old timestamps (the timestamp inside the signature is what stops a replay, as in Stripe's
// scheme); x-shouwang-delivery stays the same across retries of one delivery so the receiver can drop repeats.
import { createHmac, randomUUID } from 'node:crypto';

export type WebhookRequest = {
  url: string;
  secret: string;
  /** e.g. warning.published; sent as x-shouwang-event. */
  event: string;
  /** A string is sent as it is (that exact text is signed); anything else as JSON. */
  body: unknown;
  /** The platform's delivery id; the same on every retry. A fresh UUID when absent. */
  deliveryId?: string;
  timeoutMs?: number;
};

export type WebhookResult = { ok: true; status: number } | { ok: false; status: number | null; reason: string; retryable: boolean };

// GitHub gives a receiver 10 s before it counts the delivery as failed.
const DEFAULT_TIMEOUT_MS = 10_000;

/** The x-shouwang-signature value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * On-premises the receivers are other bureaus' and departments' systems on the government network, usually
 * at private addresses or on this host, so unlike a public SaaS we do not refuse localhost or private
 * ranges (that SSRF guard would refuse every legitimate receiver). Only http(s), no credentials in the URL.
 */
export function isSafeWebhookUrl(url: string): boolean {
  if (url.length > 2048) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password && u.hostname !== '';
  } catch {
    return false;
  }
}

/** One attempt. Never throws: every failure comes back with whether trying again later could help. */
export async function postWebhook(req: WebhookRequest): Promise<WebhookResult> {
  if (!isSafeWebhookUrl(req.url)) return { ok: false, status: null, reason: '地址无效（只允许 http/https）invalid webhook URL', retryable: false };
  if (!req.secret) return { ok: false, status: null, reason: '未配置签名密钥 no signing secret', retryable: false };
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await fetch(req.url, {
      method: 'POST',
      // A redirect is a misconfigured endpoint; following it would send the warning somewhere nobody registered.
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Shouwang-Webhook/1',
        'x-shouwang-event': req.event,
        'x-shouwang-timestamp': String(timestamp),
        'x-shouwang-signature': signWebhook(req.secret, timestamp, body),
        'x-shouwang-delivery': req.deliveryId ?? randomUUID(),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status >= 200 && res.status < 300) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: true, status: res.status };
    }
    const text = await readSome(res);
    const reason = `HTTP ${res.status}${text ? `：${text}` : ''}`;
    if (res.status >= 300 && res.status < 400) return { ok: false, status: res.status, reason: `${reason}（不跟随重定向 redirects are not followed）`, retryable: false };
    // 408 and 429 say “not now”; other 4xx mean the receiver refuses this request and will again.
    const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
    return { ok: false, status: res.status, reason, retryable };
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      return { ok: false, status: null, reason: `${timeoutMs} ms 内无应答 timed out`, retryable: true };
    }
    const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
    return { ok: false, status: null, reason: `无法连接 cannot connect (${cause?.code ?? cause?.message ?? (err as Error).message})`, retryable: true };
  }
}

// Waits after the 1st, 2nd, … failed attempt. Shaped like Stripe's exponential backoff (GitHub does not
// retry at all, it only lets one redeliver by hand) but far shorter: Stripe keeps trying for three days,
// while a warning is updated, cancelled or overtaken by events within hours, and a receiver that has been
// down for two hours needs a person, not a seventh attempt. After the last, the delivery fails for good
// and shows on the 叫应 board.
const RETRY_SCHEDULE_MS = [10_000, 30_000, 120_000, 600_000, 1_800_000, 7_200_000];

/** How long to wait after failed attempt number `attempt` (1 = the first try), or null to give up. */
export function webhookRetryDelayMs(attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  return RETRY_SCHEDULE_MS[attempt - 1] ?? null;
}

/** Up to 200 characters of the response, enough to say why; the rest is not read. */
async function readSome(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < 1024) {
      const { done, value } = (await reader.read()) as { done: boolean; value?: Uint8Array };
      if (done || !value) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString('utf8').trim().slice(0, 200);
}
