import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  MQTT_URL: z.string().regex(/^(mqtts?|wss?|tcp):\/\//, 'MQTT_URL must be an mqtt:// URL').optional(),
  MQTT_PORT: z
    .union([z.literal('off'), z.coerce.number().int().min(0).max(65535)])
    .default(18830)
    .describe('embedded broker port; 0 picks a free one, off runs none'),
  BACKGROUND_WORK: bool.default(true),
  NATS_URL: z.string().regex(/^nats:\/\//, 'NATS_URL must start with nats://').optional(),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
  COOKIE_SECURE: bool.default(false),
  TRUSTED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  INSTANCE_ID: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional(),
  WEB_DIST: z.string().optional(),
  GATEWAY_URL: z.string().regex(/^(off|https?:\/\/[^\s/]+(\/\S*)?)$/, 'GATEWAY_URL must be an http(s):// URL or off').optional(),
  GATEWAY_API_KEY: z.string().min(1).optional(),
  GATEWAY_SIGNING_SECRET: z.string().min(16, 'GATEWAY_SIGNING_SECRET must be at least 16 characters').optional(),
  GATEWAY_SIM_REPLY_RATE: z.coerce.number().min(0).max(1).optional(),
  NODE_ENV: z.string().optional(),
}).superRefine((e, ctx) => {
  // A real gateway knows its own key and secret; inventing them here would only fail later, at the first warning.
  if (!/^https?:\/\//.test(e.GATEWAY_URL ?? '')) return;
  for (const name of ['GATEWAY_API_KEY', 'GATEWAY_SIGNING_SECRET'] as const) {
    if (!e[name]) ctx.addIssue({ code: 'custom', path: [name], message: `${name} is required when GATEWAY_URL points to a gateway` });
  }
});

/** Where SMS, voice and broadcast messages go: nowhere, a simulator inside this process, or a gateway at `url`. */
export type GatewayConfig =
  | { mode: 'off' }
  | { mode: 'embedded'; apiKey: string; signingSecret: string; simReplyRate: number }
  | { mode: 'external'; url: string; apiKey: string; signingSecret: string };

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  mqttUrl: string | undefined;
  /** null: no embedded broker (MQTT_PORT=off). */
  mqttPort: number | null;
  /** Periodic sweeps (offline points, retention); tests drive them by hand. */
  backgroundWork: boolean;
  natsUrl: string | undefined;
  seedDemo: boolean;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  cookieSecure: boolean;
  trustedOrigins: string[];
  instanceId: string;
  webDist: string;
  gateway: GatewayConfig;
};

/** The only reader of process.env: a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    mqttUrl: e.MQTT_URL,
    mqttPort: e.MQTT_PORT === 'off' ? null : e.MQTT_PORT,
    backgroundWork: e.BACKGROUND_WORK,
    natsUrl: e.NATS_URL,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    cookieSecure: e.COOKIE_SECURE,
    trustedOrigins: e.TRUSTED_ORIGINS,
    instanceId: e.INSTANCE_ID ?? `i-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    webDist: path.resolve(e.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    gateway: gatewayConfig(e),
  };
}

function gatewayConfig(e: z.infer<typeof ConfigSchema>): GatewayConfig {
  if (e.GATEWAY_URL === 'off') return { mode: 'off' };
  if (e.GATEWAY_URL !== undefined) return { mode: 'external', url: e.GATEWAY_URL, apiKey: e.GATEWAY_API_KEY!, signingSecret: e.GATEWAY_SIGNING_SECRET! };
  return {
    mode: 'embedded',
    // The embedded simulator and this process are the only parties, so fresh secrets per start are enough.
    apiKey: e.GATEWAY_API_KEY ?? randomBytes(24).toString('base64url'),
    signingSecret: e.GATEWAY_SIGNING_SECRET ?? randomBytes(32).toString('base64url'),
    // `npm start` shows acknowledgements arriving by SMS; tests decide replies themselves.
    simReplyRate: e.GATEWAY_SIM_REPLY_RATE ?? (e.NODE_ENV === 'test' ? 0 : 0.6),
  };
}
