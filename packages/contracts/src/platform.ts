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
