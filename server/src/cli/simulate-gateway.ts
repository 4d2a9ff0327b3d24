// `npm run simulate:gateway`: the SMS/voice/broadcast gateway simulator as its own process, for running the
// platform against a gateway at an address (GATEWAY_URL) the way production does, instead of the one the
// server embeds when GATEWAY_URL is unset. Prints the settings to start the platform with.
// Options (or env): --port GATEWAY_SIM_PORT, --host GATEWAY_SIM_HOST, --api-key GATEWAY_API_KEY,
// --signing-secret GATEWAY_SIGNING_SECRET, --reply-rate GATEWAY_SIM_REPLY_RATE, --failure-rate GATEWAY_SIM_FAILURE_RATE,
// --rate GATEWAY_SIM_RATE, --seed GATEWAY_SIM_SEED, --inbound-url GATEWAY_SIM_INBOUND_URL.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startGatewaySimulator, type GatewaySimulatorStats } from '../simulators/gateway/index.js';

const log = (line: string) => process.stdout.write(`[${new Date().toLocaleTimeString('zh-CN', { hour12: false })}] ${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

const env = process.env;
const opt = parseOptions({
  port: { type: 'string', default: env.GATEWAY_SIM_PORT ?? '18990' },
  host: { type: 'string', default: env.GATEWAY_SIM_HOST ?? '127.0.0.1' },
  'api-key': { type: 'string', default: env.GATEWAY_API_KEY ?? '' },
  'signing-secret': { type: 'string', default: env.GATEWAY_SIGNING_SECRET ?? '' },
  'reply-rate': { type: 'string', default: env.GATEWAY_SIM_REPLY_RATE ?? '0.7' },
  'failure-rate': { type: 'string', default: env.GATEWAY_SIM_FAILURE_RATE ?? '0.02' },
  rate: { type: 'string', default: env.GATEWAY_SIM_RATE ?? '8000' },
  seed: { type: 'string', default: env.GATEWAY_SIM_SEED ?? '' },
  'inbound-url': { type: 'string', default: env.GATEWAY_SIM_INBOUND_URL ?? '' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
}).values;
if (opt.help) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}

// Made up when not given and printed below, so the platform can be started with the same pair.
const apiKey = opt['api-key'] || `sim-${randomBytes(12).toString('base64url')}`;
const signingSecret = opt['signing-secret'] || randomBytes(24).toString('base64url');
const settings = {
  port: number(opt.port, 'port', 0, 65535),
  host: opt.host,
  replyRate: number(opt['reply-rate'], 'reply-rate', 0, 1),
  failureRate: number(opt['failure-rate'], 'failure-rate', 0, 1),
  ratePerSecond: number(opt.rate, 'rate', 1, 1e7),
  ...(opt.seed && { seed: number(opt.seed, 'seed', -(2 ** 31), 2 ** 31 - 1) }),
  ...(opt['inbound-url'] && { inboundUrl: opt['inbound-url'] }),
};

const simulator = await startGatewaySimulator({ apiKey, signingSecret, ...settings, ...(!opt.quiet && { log }) }).catch((err: unknown) =>
  fail(`网关模拟器无法启动 / the gateway simulator cannot start: ${(err as Error).message}`),
);
process.stdout.write(
  [
    '',
    `短信/语音/广播网关模拟器 gateway simulator listening on ${simulator.url}`,
    `  失败率 failure rate ${settings.failureRate}, 回复率 SMS reply rate ${settings.replyRate}, 速率 rate ${settings.ratePerSecond}/s per channel${settings.seed !== undefined ? `, seed ${settings.seed}` : ''}`,
    '  时延 latency: sms 0.3–2.5 s, voice 8–25 s (ringing), broadcast 1–5 s; 语音接听率 voice answered 85 %, 按1确认 pressed 1 80 %',
    `  上行短信 replies to: ${settings.inboundUrl ?? '<callback origin>/api/warnings/gateway/inbound'}`,
    '',
    '  以此启动平台 start the platform with:',
    `    GATEWAY_URL=${simulator.url} GATEWAY_API_KEY=${apiKey} GATEWAY_SIGNING_SECRET=${signingSecret} npm start`,
    '',
  ].join('\n'),
);

let last = '';
const report = setInterval(() => {
  const line = summary(simulator.stats());
  if (line !== last) log(line);
  last = line;
}, 30_000);

async function stop(reason: string) {
  clearInterval(report);
  log(`停止 stopping (${reason}); ${summary(simulator.stats())}`);
  await simulator.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('Ctrl-C'));
process.on('SIGTERM', () => void stop('SIGTERM'));

function summary(s: GatewaySimulatorStats): string {
  return `受理 accepted ${s.accepted}, 拒收 rejected ${s.rejected}, 排队 queued ${s.queued}, 已发 sent ${s.sent}, 回执 receipts posted ${s.receiptsPosted}, 回复 replies ${s.repliesPosted}, 回调失败 callback failures ${s.callbackFailures}`;
}

function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(options: T) {
  try {
    return parseArgs({ options });
  } catch (err) {
    return fail(`${(err as Error).message}\n\n${usage()}`);
  }
}

function number(v: string, name: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} 须在 ${min}–${max} 之间 / must be between ${min} and ${max}: ${v}`);
  return n;
}

function usage(): string {
  return [
    'npm run simulate:gateway [-- options]   a local SMS/voice/broadcast gateway for the platform (GATEWAY_URL)',
    '  --port N              listen port (GATEWAY_SIM_PORT, default 18990; 0 picks a free one)',
    '  --host H              listen address (GATEWAY_SIM_HOST, default 127.0.0.1)',
    '  --api-key K           bearer key the platform must send (GATEWAY_API_KEY, default: made up and printed)',
    '  --signing-secret S    HMAC secret for receipts and replies (GATEWAY_SIGNING_SECRET, default: made up and printed)',
    '  --reply-rate R        share of delivered SMS answered with the acknowledgement code (GATEWAY_SIM_REPLY_RATE, default 0.7)',
    '  --failure-rate R      share of messages that fail at the carrier (GATEWAY_SIM_FAILURE_RATE, default 0.02)',
    '  --rate N              messages per second per channel (GATEWAY_SIM_RATE, default 8000)',
    '  --seed N              repeatable randomness (GATEWAY_SIM_SEED)',
    '  --inbound-url URL     where reply SMS go (GATEWAY_SIM_INBOUND_URL, default: the callback origin + /api/warnings/gateway/inbound)',
    '  --quiet               no line per batch',
  ].join('\n');
}
