// `npm run simulate:sensors`: plays the demo monitoring points' sensors against a running platform over
// MQTT, so the board, the map and the alarm list move. Signs in as demo-admin (or SIM_USER/SIM_PASSWORD),
// creates an API token with telemetry:write (revoked again on exit) unless SIM_TOKEN is given, then every
// few seconds publishes one reading per demo point: the seeded history's wander (demoValue) plus a slow
// random drift and a little sensor jitter. Every minute it scripts one episode on a toxic-gas or level
// point (the value ramps through 高报 into 高高报 and back) and one pressure jump on the point with a
// rate-of-change limit (变化率超限), and prints the alarms the platform raises for them as they appear.
// The seeded silent point (SILENT_DEMO_POINT) is never sent: the platform marks it 离线 once it has been
// quiet for 3 × its 600 s interval, i.e. 30 minutes after the demo data was seeded.
// Options (or env): --url SHOUWANG_URL, --mqtt MQTT_URL, --user SIM_USER, --password SIM_PASSWORD,
// --token SIM_TOKEN, --interval SIM_INTERVAL (s), --episode-every SIM_EPISODE_EVERY (s), --duration SIM_DURATION (s, 0 = until Ctrl-C).
import { parseArgs } from 'node:util';
import mqtt, { type MqttClient } from 'mqtt';
import type { Alarm } from '@shouwang/contracts';
import { DEMO_POINTS, SILENT_DEMO_POINT, demoValue, type DemoPoint } from '../seed/demo-monitoring.js';

const TOPIC = 'shouwang/telemetry';
const CONDITION: Record<string, string> = { HH: '高高报 HH', H: '高报 H', L: '低报 L', LL: '低低报 LL', RATE: '变化率超限 RATE', OFFLINE: '离线 OFFLINE' };

const log = (line: string) => process.stdout.write(`[${new Date().toLocaleTimeString('zh-CN', { hour12: false })}] ${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

const { values: opt } = parseOptions({
  url: { type: 'string', default: process.env.SHOUWANG_URL ?? 'http://127.0.0.1:3000' },
  mqtt: { type: 'string', default: process.env.MQTT_URL ?? 'mqtt://127.0.0.1:18830' },
  user: { type: 'string', default: process.env.SIM_USER ?? 'demo-admin' },
  password: { type: 'string', default: process.env.SIM_PASSWORD ?? 'Demo@2026' },
  token: { type: 'string', default: process.env.SIM_TOKEN ?? '' },
  interval: { type: 'string', default: process.env.SIM_INTERVAL ?? '3' },
  'episode-every': { type: 'string', default: process.env.SIM_EPISODE_EVERY ?? '60' },
  duration: { type: 'string', default: process.env.SIM_DURATION ?? '0' },
  help: { type: 'boolean', short: 'h', default: false },
});
if (opt.help) {
  process.stdout.write(`${readHeader()}\n`);
  process.exit(0);
}
const base = opt.url.replace(/\/+$/, '');
const intervalMs = seconds(opt.interval, 'interval', 0.5) * 1000;
const episodeEveryMs = seconds(opt['episode-every'], 'episode-every', 10) * 1000;
const durationMs = seconds(opt.duration, 'duration', 0) * 1000;

// ---------------------------------------------------------------- the platform's HTTP side

type Session = { cookie: string; csrf: string };

async function http<T>(method: string, path: string, session: Session | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': 'zh-CN' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  const res = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : null) as T;
}

async function login(): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: opt.user, password: opt.password }) });
  if (!res.ok) throw new Error(`login ${opt.user} → ${res.status} ${(await res.text()).slice(0, 200)}`);
  const jar = new Map(res.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]));
  return { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), csrf: jar.get('csrf_token') ?? '' };
}

// ---------------------------------------------------------------- the sensors

type Episode = { until: number; offset: (t: number) => number };
type Sensor = { d: DemoPoint; decimals: number; drift: number; driftTarget: number; retargetAt: number; episode: Episode | null };

const thresholds = (d: DemoPoint) => ({ ll: null, l: null, h: null, hh: null, ...d.point.thresholds });
const rateOf = (d: DemoPoint) => d.point.rateLimitPerMinute ?? null;
const fmt = (s: Sensor, v: number) => v.toFixed(s.decimals);

const sensors: Sensor[] = DEMO_POINTS.filter((d) => d.point.code !== SILENT_DEMO_POINT).map((d) => ({
  d,
  decimals: Math.max(0, Math.ceil(-Math.log10(d.noise)) + 2),
  drift: 0,
  driftTarget: 0,
  retargetAt: 0,
  episode: null,
}));

/** The value a sensor reads at `t`: the seeded history's smooth wander, a slow bounded drift, jitter, and the episode's offset. */
function read(s: Sensor, t: number, dtMs: number): number {
  const { d } = s;
  // Drift: every few minutes a new target within ±noise, approached no faster than a fifth of the
  // rate-of-change limit (so normal running never trips it) or noise per two minutes.
  if (t >= s.retargetAt) {
    s.driftTarget = (Math.random() * 2 - 1) * d.noise;
    s.retargetAt = t + 120_000 + Math.random() * 240_000;
  }
  const rate = rateOf(d);
  const maxStep = (Math.min(d.noise / 2, rate === null ? Infinity : rate * 0.2) * dtMs) / 60_000;
  s.drift += Math.max(-maxStep, Math.min(maxStep, s.driftTarget - s.drift));
  // White jitter only where no rate-of-change limit watches the differences between readings.
  const jitter = rate === null ? (Math.random() * 2 - 1) * d.noise * 0.15 : 0;
  let offset = 0;
  if (s.episode) {
    if (t >= s.episode.until) s.episode = null;
    else offset = s.episode.offset(t);
  }
  let v = demoValue(d, t) + s.drift + jitter + offset;
  if (['toxic_gas', 'combustible_gas', 'level', 'deflection'].includes(d.point.quantity)) v = Math.max(0, v);
  const f = 10 ** s.decimals;
  return Math.round(v * f) / f;
}

const ramps = interleave(
  sensors.filter((s) => s.d.point.quantity === 'toxic_gas' && rateOf(s.d) === null),
  sensors.filter((s) => s.d.point.quantity === 'level' && rateOf(s.d) === null),
).filter((s) => thresholds(s.d).hh !== null || thresholds(s.d).ll !== null);
const spikes = sensors.filter((s) => rateOf(s.d) !== null && s.d.point.quantity === 'pressure');
let nextRamp = 0;

/** Through 高报 into 高高报 and back (or down through 低报 into 低低报): up, hold, down, each long enough for the point's minimum duration. */
function startRamp(t: number) {
  const s = pickIdle(ramps, nextRamp++);
  if (!s) return;
  const th = thresholds(s.d);
  const high = th.hh !== null && th.h !== null;
  const from = read(s, t, 0);
  const [first, second] = high ? [th.h!, th.hh!] : [th.l!, th.ll!];
  const peak = second + (second - first) * 0.25;
  const minDur = (s.d.point.minDurationSeconds ?? 0) * 1000;
  const ramp = Math.max(25_000, 4 * intervalMs);
  const hold = Math.max(20_000, minDur + 3 * intervalMs);
  const total = 2 * ramp + hold;
  const shape = (x: number) => (x < ramp ? x / ramp : x < ramp + hold ? 1 : Math.max(0, 1 - (x - ramp - hold) / ramp));
  s.episode = { until: t + total, offset: (now) => (peak - from) * shape(now - t) };
  const names = high ? `高报 H ${th.h} / 高高报 HH ${th.hh}` : `低报 L ${th.l} / 低低报 LL ${th.ll}`;
  log(
    `场景 episode ▶ ${s.d.point.code} ${s.d.point.name}: ${fmt(s, from)} → ${fmt(s, peak)} ${s.d.point.unit} 再回落 and back (${names}${minDur ? `, 须持续 must hold ${minDur / 1000} s` : ''}), 约 about ${Math.round(total / 1000)} s`,
  );
}

/** A sudden jump (one reading) that trips the rate-of-change limit, then a recovery well inside it. */
function startSpike(t: number) {
  const s = pickIdle(spikes, 0);
  if (!s) return;
  const rate = rateOf(s.d)!;
  const th = thresholds(s.d);
  const from = read(s, t, 0);
  const recoverMs = 45_000;
  const room = th.h === null ? Infinity : (th.h - from) * 0.6;
  const jump = Math.min(room, (rate * 0.4 * recoverMs) / 60_000);
  const hold = 3 * intervalMs;
  s.episode = { until: t + hold + recoverMs, offset: (now) => (now - t < hold ? jump : jump * Math.max(0, 1 - (now - t - hold) / recoverMs)) };
  log(
    `场景 episode ▶ ${s.d.point.code} ${s.d.point.name}: 压力突升 pressure jump ${fmt(s, from)} → ${fmt(s, from + jump)} ${s.d.point.unit} in one reading ` +
      `(≈ ${((jump * 60_000) / intervalMs).toFixed(2)} ${s.d.point.unit}/min > 变化率限值 rate limit ${rate} ${s.d.point.unit}/min), 随后 ${recoverMs / 1000} s 缓慢恢复 then a slow recovery`,
  );
}

function pickIdle(list: Sensor[], from: number): Sensor | null {
  for (let i = 0; i < list.length; i++) {
    const s = list[(from + i) % list.length]!;
    if (!s.episode) return s;
  }
  return null;
}

// ---------------------------------------------------------------- MQTT

function connect(url: string, password: string): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, { clientId: `shouwang-sim-${process.pid}`, username: 'sensor-simulator', password, reconnectPeriod: 2000, connectTimeout: 5000 });
    const onError = (err: Error) => {
      client.end(true);
      const denied = /not authori[sz]ed|bad user ?name or password/i.test(err.message);
      reject(new Error(denied ? `MQTT 连接被拒绝：令牌无效或缺少 telemetry:write / the broker refused the token (${err.message})` : `MQTT ${url}: ${err.message}`));
    };
    client.once('error', onError);
    client.once('connect', () => {
      client.off('error', onError);
      client.on('error', (err) => log(`MQTT 错误 error: ${err.message}`));
      client.on('offline', () => log('MQTT 连接断开，重连中 / disconnected, reconnecting'));
      client.on('reconnect', () => undefined);
      resolve(client);
    });
  });
}

/** A plant's points go out as one gateway message on shouwang/telemetry; a city lifeline sensor reports on its own topic. */
function messagesOf(readings: Array<{ s: Sensor; ts: string; value: number; id: string }>): Array<{ topic: string; body: unknown }> {
  const plants = new Map<string, Array<{ point: string; ts: string; value: number; id: string }>>();
  const out: Array<{ topic: string; body: unknown }> = [];
  for (const r of readings) {
    const plant = r.s.d.source?.split('/')[0];
    if (plant) {
      const list = plants.get(plant) ?? [];
      list.push({ point: r.s.d.point.code, ts: r.ts, value: r.value, id: r.id });
      plants.set(plant, list);
    } else {
      out.push({ topic: `${TOPIC}/${r.s.d.point.code}`, body: { ts: r.ts, value: r.value, id: r.id } });
    }
  }
  for (const list of plants.values()) out.push({ topic: TOPIC, body: { readings: list } });
  return out;
}

// ---------------------------------------------------------------- main

let session: Session | null = null;
try {
  session = await login();
} catch (err) {
  if (!opt.token) fail(`无法登录 ${base} / cannot sign in: ${(err as Error).message}\n  平台是否已启动（npm start）？Is the platform running? Set SHOUWANG_URL or --url.`);
  log(`未登录，不显示平台告警 / not signed in, alarms will not be shown: ${(err as Error).message}`);
}
let secret = opt.token;
let createdTokenId: string | null = null;
if (!secret) {
  const name = `传感器模拟器 sensor simulator ${new Date().toISOString().slice(0, 19)}`;
  const created = await http<{ token: { id: string; prefix: string }; secret: string }>('POST', '/api/api-tokens', session, { name, regionCode: '150000000000', scopes: ['telemetry:write'] }).catch((err: unknown) =>
    fail(`无法创建 API 令牌 / cannot create the API token: ${(err as Error).message}`),
  );
  secret = created.secret;
  createdTokenId = created.token.id;
  log(`已登录 ${opt.user}，创建 API 令牌 created API token ${created.token.prefix}… (telemetry:write, 退出时吊销 revoked on exit)`);
}
if (session) {
  const points = await http<{ items: Array<{ code: string }> }>('GET', '/api/monitoring/points?limit=500', session).catch(() => ({ items: [] }));
  const known = new Set(points.items.map((p) => p.code));
  const missing = sensors.filter((s) => !known.has(s.d.point.code));
  if (missing.length === sensors.length) fail('平台上没有演示监测点（SEED_DEMO=false？）/ the platform has none of the demo points (started with SEED_DEMO=false?)');
  if (missing.length) log(`注意 note: ${missing.length} 个演示点不在平台上，其读数会被拒收 / demo points missing, their readings will be rejected: ${missing.map((s) => s.d.point.code).join(', ')}`);
}

const client = await connect(opt.mqtt, secret).catch((err: unknown) => fail(`${(err as Error).message}\n  嵌入式 broker 默认在 18830 端口（MQTT_PORT）/ the embedded broker listens on MQTT_PORT (default 18830); set MQTT_URL or --mqtt.`));
log(`已连接 connected to ${opt.mqtt}; ${sensors.length} 个传感器每 ${intervalMs / 1000} s 上报一次 / sensors report every ${intervalMs / 1000} s`);
log(`${SILENT_DEMO_POINT} 不上报（演示离线）：创建 30 分钟后（600 s × 3）平台将其标为离线 / is kept silent: the platform marks it offline 30 min after it was created`);
log(`每 ${episodeEveryMs / 1000} s 一个越限场景和一次压力突升 / every ${episodeEveryMs / 1000} s one limit episode and one pressure jump; Ctrl-C 结束 to stop`);

const started = Date.now();
let sent = 0;
let ticks = 0;
let lastTick = started;
const seen = new Map<string, { readingAt: string | null; clearedAt: string | null }>(); // open alarms as last seen
let openAlarms = 0;

async function tick() {
  const t = Date.now();
  const dt = t - lastTick;
  lastTick = t;
  const ts = new Date(t).toISOString();
  const readings = sensors.map((s) => ({ s, ts, value: read(s, t, dt), id: `sim-${t}` }));
  await Promise.all(messagesOf(readings).map((m) => client.publishAsync(m.topic, JSON.stringify(m.body), { qos: 1 })));
  sent += readings.length;
  ticks++;
}

async function watchAlarms(first: boolean) {
  if (!session) return;
  const page = await http<{ items: Alarm[]; total: number }>('GET', '/api/alarms?status=open&limit=200', session);
  openAlarms = page.total;
  for (const a of page.items) {
    const was = seen.get(a.id);
    seen.set(a.id, { readingAt: a.readingAt, clearedAt: a.conditionClearedAt });
    if (first) continue;
    const cond = CONDITION[a.condition] ?? a.condition;
    const limit = a.threshold === null ? '' : ` (限值 limit ${a.threshold} ${a.unit})`;
    // A repeat reopens the open alarm (readingAt moves on) rather than adding one; it may clear again before the next look.
    if (was === undefined) log(`告警 ALARM ● ${a.pointCode} ${a.pointName} ${cond}${a.value === null ? '' : ` ${a.value} ${a.unit}`}${limit}${a.enterpriseName ? ` — ${a.enterpriseName}` : ''}`);
    else if (was.readingAt !== a.readingAt) log(`再次越限 again ● ${a.pointCode} ${a.pointName} ${cond}${limit}`);
    const clearedNow = a.conditionClearedAt !== null && (was === undefined || was.clearedAt !== a.conditionClearedAt);
    if (clearedNow) log(`消警 cleared ○ ${a.pointCode} ${cond} 已恢复正常 back inside the limit (告警仍待确认关闭 the alarm stays open until closed)`);
  }
  if (first) log(`平台现有未关闭告警 open alarms on the platform now: ${page.total}`);
}

async function status() {
  const line = `已发送 sent ${sent} 条读数 readings in ${ticks} 轮 ticks`;
  if (!session) return log(line);
  const s = await http<{ accepted: number; duplicates: number; rejected: Record<string, number> }>('GET', '/api/telemetry/stats', session);
  const rej = Object.entries(s.rejected).map(([k, v]) => `${k} ${v}`).join(', ') || '0';
  log(`${line}; 平台累计接收 platform accepted ${s.accepted}, 拒收 rejected ${rej}; 未关闭告警 open alarms ${openAlarms}`);
}

const timers: NodeJS.Timeout[] = [];
let stopping = false;
const guard = (what: string, fn: () => Promise<unknown>) => () => void fn().catch((err: unknown) => !stopping && log(`${what} 失败 failed: ${(err as Error).message}`));
await watchAlarms(true).catch((err: unknown) => log(`读取告警失败 cannot read alarms: ${(err as Error).message}`));
guard('上报 publish', tick)();
timers.push(setInterval(guard('上报 publish', tick), intervalMs));
timers.push(setInterval(guard('告警 alarms', () => watchAlarms(false)), 5000));
timers.push(setInterval(guard('统计 stats', status), 30_000));
// First episodes soon, so alarms show within the first minute; then one of each per episode period.
const firstRamp = setTimeout(() => {
  startRamp(Date.now());
  timers.push(setInterval(() => startRamp(Date.now()), episodeEveryMs));
}, 5000);
const firstSpike = setTimeout(() => {
  startSpike(Date.now());
  timers.push(setInterval(() => startSpike(Date.now()), episodeEveryMs));
}, 5000 + episodeEveryMs / 2);

async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  clearTimeout(firstRamp);
  clearTimeout(firstSpike);
  for (const t of timers) clearInterval(t);
  log(`停止 stopping (${reason})`);
  await watchAlarms(false).catch(() => undefined);
  await status().catch(() => undefined);
  await client.endAsync().catch(() => undefined);
  if (createdTokenId && session) {
    await http('POST', `/api/api-tokens/${createdTokenId}/revoke`, session, {})
      .then(() => log('已吊销模拟器的 API 令牌 / the simulator’s API token is revoked'))
      .catch((err: unknown) => log(`吊销令牌失败 could not revoke the token: ${(err as Error).message}`));
  }
  process.exit(0);
}
process.on('SIGINT', () => void stop('Ctrl-C'));
process.on('SIGTERM', () => void stop('SIGTERM'));
if (durationMs > 0) setTimeout(() => void stop(`--duration ${durationMs / 1000} s`), durationMs);

// ---------------------------------------------------------------- helpers

function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(options: T) {
  try {
    return parseArgs({ options });
  } catch (err) {
    return fail(`${(err as Error).message}\n\n${readHeader()}`);
  }
}

function seconds(v: string, name: string, min: number): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) fail(`--${name} 须为 ≥ ${min} 的秒数 / must be a number of seconds ≥ ${min}: ${v}`);
  return n;
}

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

function readHeader(): string {
  return [
    'npm run simulate:sensors [-- options]   publishes the demo points’ readings over MQTT to a running platform',
    '  --url URL            platform (SHOUWANG_URL, default http://127.0.0.1:3000)',
    '  --mqtt URL           broker (MQTT_URL, default mqtt://127.0.0.1:18830, the embedded one)',
    '  --user, --password   who creates the API token (SIM_USER / SIM_PASSWORD, default demo-admin / Demo@2026)',
    '  --token SECRET       use this API token (telemetry:write) instead of creating one (SIM_TOKEN)',
    '  --interval S         seconds between readings (SIM_INTERVAL, default 3)',
    '  --episode-every S    seconds between scripted episodes (SIM_EPISODE_EVERY, default 60)',
    '  --duration S         stop after S seconds (SIM_DURATION, default 0: until Ctrl-C)',
  ].join('\n');
}
