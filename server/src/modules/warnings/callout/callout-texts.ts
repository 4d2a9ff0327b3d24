import { WARNING_LEVELS, type WarningLevel } from '@shouwang/contracts';

export type MessageFacts = { headline: string; level: number | null; instruction: string; issuer: string };

const levelName = (level: number | null) => (level ? `${WARNING_LEVELS[level as WarningLevel].colourZh}预警` : "预警信息");

/** The SMS a person on the roster receives: what, how serious, what to do, and the code that answers it. */
export function calloutSms(f: MessageFacts, ackCode: string | null): string {
  const action = f.instruction ? `${f.instruction.slice(0, 120)}` : '';
  const answer = ackCode ? ` 请回复 ${ackCode} 确认收到。` : '';
  return `【${f.issuer}】${levelName(f.level)}：${f.headline}。${action}${answer}`;
}

/** The voice call's script, read by the gateway's text-to-speech; pressing 1 acknowledges. */
export const calloutVoice = (f: MessageFacts) => `这里是${f.issuer}，现发布${levelName(f.level)}：${f.headline}。请按1确认收到。`;

export const broadcastText = (f: MessageFacts) => `${f.issuer}发布${levelName(f.level)}：${f.headline}。${f.instruction}`;
