// How a carrier treats one message: whether it takes the address at all, and what finally happens to it.
// Pure given the random source, so a seeded simulator replays the same fates.
export type SimChannel = 'sms' | 'voice' | 'broadcast';
export const SIM_CHANNELS: readonly SimChannel[] = ['sms', 'voice', 'broadcast'];

export type Range = readonly [min: number, max: number];

export type CarrierOdds = {
  latencyMs: Record<SimChannel, Range>;
  failureRate: number;
  voiceAnswerRate: number;
  voiceConfirmRate: number;
  replyRate: number;
  replyDelayMs: Range;
};

export type Fate = {
  latencyMs: number;
  status: 'delivered' | 'failed';
  reason: string | null;
  answered?: boolean;
  keys?: string;
  reply: { afterMs: number; text: string } | null;
};

// CMPP-style status words as operators' receipts carry them, with the plain reason a duty officer reads.
const SMS_FAILURES = ['UNDELIV 用户关机', 'UNDELIV 用户停机', 'REJECTD 用户拒收', 'UNDELIV 网络拥塞'];
const VOICE_FAILURES = ['用户忙', '拒接'];
const BROADCAST_FAILURES = ['终端离线', '终端故障'];

const MOBILE = /^1[3-9]\d{9}$/;
// Duty rooms (值班室) are often reached on a landline; only the voice channel can ring one.
const LANDLINE = /^0[1-9]\d{1,2}-?\d{7,8}$/;
const BROADCAST_TERMINAL = /^[0-9A-Za-z][0-9A-Za-z._:-]{0,63}$/;

export function checkAddress(channel: SimChannel, to: string): { ok: true; address: string } | { ok: false; reason: string } {
  if (channel === 'broadcast') return BROADCAST_TERMINAL.test(to) ? { ok: true, address: to } : { ok: false, reason: '终端编码格式错误' };
  const number = to.trim().replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (MOBILE.test(number) || (channel === 'voice' && LANDLINE.test(number))) return { ok: true, address: number };
  // Eleven digits starting 10/11/12 look like a mobile number but no such number block exists.
  return { ok: false, reason: /^1\d{10}$/.test(number) ? '空号' : '号码格式错误' };
}

/** The platform's SMS says “回复 123456 确认”; a person answers with that code, or just “收到” when there is none. */
export function ackReplyFor(text: string): string {
  return /回复\s*(\d{6})\s*确认/.exec(text)?.[1] ?? '收到';
}

export function drawFate(channel: SimChannel, text: string, odds: CarrierOdds, random: () => number): Fate {
  // Always seven draws in this order, so one message's branch never shifts the next message's fate.
  const [latency, fail, which, answer, confirm, reply, replyDelay] = Array.from({ length: 7 }, random) as [number, number, number, number, number, number, number];
  const latencyMs = within(odds.latencyMs[channel], latency);
  const failed = fail < odds.failureRate;
  if (channel === 'voice') {
    if (failed) return { latencyMs, status: 'failed', reason: pick(VOICE_FAILURES, which), answered: false, reply: null };
    if (answer >= odds.voiceAnswerRate) return { latencyMs, status: 'failed', reason: '无人接听', answered: false, reply: null };
    return { latencyMs, status: 'delivered', reason: null, answered: true, keys: confirm < odds.voiceConfirmRate ? '1' : '', reply: null };
  }
  if (failed) return { latencyMs, status: 'failed', reason: pick(channel === 'sms' ? SMS_FAILURES : BROADCAST_FAILURES, which), reply: null };
  const replies = channel === 'sms' && reply < odds.replyRate;
  return { latencyMs, status: 'delivered', reason: null, reply: replies ? { afterMs: within(odds.replyDelayMs, replyDelay), text: ackReplyFor(text) } : null };
}

const within = ([min, max]: Range, r: number) => Math.round(min + (max - min) * r);
const pick = (list: string[], r: number) => list[Math.min(list.length - 1, Math.floor(r * list.length))]!;
