import { z } from 'zod';
import { RegionCode } from './common.js';

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  regionCode: RegionCode,
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int().nullable(),
  firstBroken: z
    .object({ seq: z.number().int(), reason: z.enum(['hash_mismatch', 'missing_entry', 'prev_mismatch']) })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;

export const AuditListQuery = z
  .object({
    entity: z.string().max(64).optional(),
    entityId: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    beforeSeq: z.coerce.number().int().positive().optional(),
  })
  .strict();

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ engine: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number().nullable() }),
  events: z.object({ transport: z.enum(['local', 'nats']), ok: z.boolean() }),
  mqtt: z.object({ mode: z.enum(['embedded', 'external', 'off']), ok: z.boolean() }).describe('telemetry broker: the embedded one listening, or the link to MQTT_URL'),
});
export type Health = z.infer<typeof Health>;

/** What an SSE client receives in each `data:` line. */
export const LiveEvent = z.object({
  id: z.string(),
  type: z.string().describe('<module>.<past-tense>, e.g. organisations.user-created'),
  regionCode: RegionCode,
  occurredAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type LiveEvent = z.infer<typeof LiveEvent>;

export const NOTICE_LEVELS = ['info', 'warning', 'urgent'] as const;
export const NoticeLevel = z.enum(NOTICE_LEVELS);
export type NoticeLevel = z.infer<typeof NoticeLevel>;

export const NoticeInput = z
  .object({
    title: z.string().trim().min(1).max(100),
    body: z.string().trim().max(2000).default(''),
    level: NoticeLevel.default('info'),
    regionCode: RegionCode.optional().describe('defaults to the sender’s own region'),
  })
  .strict();
export type NoticeInput = z.input<typeof NoticeInput>;

/** Payload of the `system.notice-posted` live event, and the reply to posting one. */
export const Notice = z.object({
  id: z.string(),
  regionCode: RegionCode,
  title: z.string(),
  body: z.string(),
  level: NoticeLevel,
  author: z.string(),
  postedAt: z.string(),
});
export type Notice = z.infer<typeof Notice>;
export const SYSTEM_NOTICE_POSTED = 'system.notice-posted';
