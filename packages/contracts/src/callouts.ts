import { z } from 'zod';
import { WarningColour, WarningLevel } from './cap.js';
import { Id, PageQuery, Photo, RegionCode, RegionCodeInput, Text } from './common.js';

/**
 * Call-and-respond (预警叫应, C5). A published warning wakes the responsible persons on the call roster
 * (叫应名单) of every region level it covers, down to village; each must acknowledge (in the app, by an SMS
 * reply code, by pressing 1 on the voice call, or recorded by the duty officer after a phone call) and
 * then report what was done (反馈). Unanswered calls move to the next channel, then to the superior.
 */

/** Who is called (REFERENCE §3.5 targetRole). */
export const CalloutRole = z.enum(['gov_principal', 'flood_commander', 'emergency_head', 'township_principal', 'village_responsible', 'project_responsible', 'grid_member']);
export type CalloutRole = z.infer<typeof CalloutRole>;
export const CALLOUT_ROLE_LABELS: Record<CalloutRole, { zh: string; en: string }> = {
  gov_principal: { zh: '党政主要负责人', en: 'Party/government principal' },
  flood_commander: { zh: '防汛(防指)负责人', en: 'Flood-control commander' },
  emergency_head: { zh: '应急管理部门负责人', en: 'Emergency bureau head' },
  township_principal: { zh: '乡镇(街道)负责人', en: 'Township principal' },
  village_responsible: { zh: '村(社区)责任人', en: 'Village responsible person' },
  project_responsible: { zh: '工程(水库、堤防)责任人', en: 'Works (reservoir, dike) responsible person' },
  grid_member: { zh: '网格员', en: 'Grid member' },
};

export const ChannelKind = z.enum(['app', 'sms', 'voice', 'broadcast', 'webhook']);
export type ChannelKind = z.infer<typeof ChannelKind>;
export const DeliveryState = z.enum(['queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled']);
export type DeliveryState = z.infer<typeof DeliveryState>;
export const AckVia = z.enum(['app', 'sms', 'voice', 'duty_phone']);
export type AckVia = z.infer<typeof AckVia>;

const Phone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'a mobile number (11 digits) or a landline with area code');
const IsoDateTime = z.iso.datetime({ offset: true });

// ── Contacts: the responsible-person directory and call roster (A4, 叫应名单) ───────────────────────
export const Contact = z.object({
  id: Id,
  regionCode: RegionCode,
  regionName: z.string(),
  name: z.string(),
  post: z.string().describe('职务'),
  orgName: z.string(),
  phone: z.string(),
  roles: z.array(CalloutRole),
  userId: Id.nullable().describe('the platform account that receives in-app call-outs'),
  superiorId: Id.nullable().describe('who is called when this person does not answer'),
  superiorName: z.string().nullable(),
  active: z.boolean(),
  note: z.string(),
  updatedAt: IsoDateTime,
});
export type Contact = z.infer<typeof Contact>;
export const ContactCreate = z
  .object({
    regionCode: RegionCodeInput,
    name: Text(50),
    post: z.string().trim().max(100).default(''),
    orgName: z.string().trim().max(100).default(''),
    phone: Phone,
    roles: z.array(CalloutRole).max(7).default([]),
    userId: Id.nullable().default(null),
    superiorId: Id.nullable().default(null),
    active: z.boolean().default(true),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type ContactCreate = z.input<typeof ContactCreate>;
export const ContactUpdate = z
  .object({
    name: Text(50),
    post: z.string().trim().max(100),
    orgName: z.string().trim().max(100),
    phone: Phone,
    roles: z.array(CalloutRole).max(7),
    userId: Id.nullable(),
    superiorId: Id.nullable(),
    active: z.boolean(),
    note: z.string().trim().max(500),
  })
  .partial()
  .strict();
export type ContactUpdate = z.input<typeof ContactUpdate>;
export const ContactListQuery = PageQuery.extend({
  q: z.string().trim().max(50).optional().describe('name, post, organisation or phone'),
  role: CalloutRole.optional(),
  regionCode: RegionCodeInput.optional(),
  active: z.enum(['true', 'false']).optional(),
});

// ── Policy: who is called for which level, and the timers (REFERENCE §3.5, local practice ◐) ────────
export const CalloutPolicy = z
  .object({
    readTimeoutMin: z.number().int().min(1).max(120).describe('no acknowledgement → voice call (浙江“1833”: 3 min)'),
    wakeDeadlineMin: z.number().int().min(1).max(240).describe('still none → call the superior (长治/朔州: 5 min)'),
    feedbackMin: z.number().int().min(1).max(720).describe('acknowledged but no feedback → call again and flag (浙江: 15 min)'),
    rolesByLevel: z.object({ 1: z.array(CalloutRole), 2: z.array(CalloutRole), 3: z.array(CalloutRole), 4: z.array(CalloutRole) }).strict(),
    publicSmsLevels: z.array(WarningLevel).describe('levels sent to public SMS subscribers'),
    broadcastLevels: z.array(WarningLevel).describe('levels sent to the emergency broadcast (应急广播)'),
  })
  .strict()
  .refine((p) => p.readTimeoutMin < p.wakeDeadlineMin, { message: 'the voice call must come before the escalation', path: ['wakeDeadlineMin'] });
export type CalloutPolicy = z.infer<typeof CalloutPolicy>;
export const CalloutPolicyView = z.object({
  regionCode: RegionCode.describe('where the policy in force is defined (this region or an ancestor; 000000000000 = built-in)'),
  policy: CalloutPolicy,
  inherited: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: IsoDateTime.nullable(),
});
export const CalloutPolicyQuery = z.object({ regionCode: RegionCodeInput.optional() }).strict();
export const CalloutPolicyPut = z.object({ regionCode: RegionCodeInput.optional(), policy: CalloutPolicy }).strict();

// ── Recipients and deliveries ──────────────────────────────────────────────────────────────────────
export const RecipientState = z.enum(['pending', 'reached', 'read', 'acknowledged', 'feedback', 'failed', 'stopped']);
export type RecipientState = z.infer<typeof RecipientState>;
export const Delivery = z.object({
  id: Id,
  channel: ChannelKind,
  address: z.string(),
  state: DeliveryState,
  attempt: z.number().int(),
  reason: z.string().nullable(),
  answered: z.boolean().nullable(),
  queuedAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
  deliveredAt: IsoDateTime.nullable(),
  failedAt: IsoDateTime.nullable(),
});
export type Delivery = z.infer<typeof Delivery>;

export const FeedbackMeasure = z.enum(['people_transferred', 'roads_closed', 'sites_closed', 'patrols', 'materials_placed', 'broadcast_done', 'on_duty', 'other']);
export type FeedbackMeasure = z.infer<typeof FeedbackMeasure>;
export const CalloutFeedback = z.object({
  commanderOnDuty: z.string().describe('who is in command on site'),
  villagesAffected: z.number().int().min(0),
  peopleTransferred: z.number().int().min(0),
  measures: z.array(FeedbackMeasure),
  note: z.string(),
  attachmentIds: z.array(Id),
  by: z.string(),
});
export type CalloutFeedback = z.infer<typeof CalloutFeedback>;
export const CalloutFeedbackInput = z
  .object({
    commanderOnDuty: Text(50),
    villagesAffected: z.number().int().min(0).max(100_000),
    peopleTransferred: z.number().int().min(0).max(10_000_000),
    measures: z.array(FeedbackMeasure).max(8).default([]),
    note: z.string().trim().max(2000).default(''),
    photos: z.array(Photo).max(4).default([]),
  })
  .strict();
export type CalloutFeedbackInput = z.input<typeof CalloutFeedbackInput>;

export const Recipient = z.object({
  id: Id,
  warningId: Id,
  regionCode: RegionCode,
  regionName: z.string(),
  regionLevel: z.number().int(),
  kind: z.enum(['responsible', 'public']),
  contactId: Id.nullable(),
  name: z.string(),
  post: z.string(),
  role: z.string(),
  phone: z.string(),
  state: RecipientState,
  step: z.number().int().describe('0 first wave, 1 voice call placed, 2 superior called, 3 feedback chased'),
  nextDueAt: IsoDateTime.nullable(),
  reachedAt: IsoDateTime.nullable(),
  readAt: IsoDateTime.nullable(),
  acknowledgedAt: IsoDateTime.nullable(),
  ackVia: AckVia.nullable(),
  ackBy: z.string().nullable(),
  ackNote: z.string().nullable(),
  feedback: CalloutFeedback.nullable(),
  feedbackAt: IsoDateTime.nullable(),
  feedbackOverdue: z.boolean(),
  escalatedAt: IsoDateTime.nullable().describe('when this person’s superior was called'),
  escalatedFromId: Id.nullable().describe('the recipient who did not answer, when this one is the superior'),
  stoppedAt: IsoDateTime.nullable(),
  stopReason: z.string().nullable(),
  deliveries: z.array(Delivery),
});
export type Recipient = z.infer<typeof Recipient>;
export const RecipientListQuery = PageQuery.extend({
  state: RecipientState.optional(),
  regionLevel: z.coerce.number().int().min(1).max(5).optional(),
  regionCode: RegionCodeInput.optional(),
  kind: z.enum(['responsible', 'public']).default('responsible'),
  q: z.string().trim().max(50).optional(),
});
export const CalloutAck = z.object({ note: z.string().trim().max(500).default('') }).strict();
export const CalloutRecall = z.object({ channel: z.enum(['sms', 'voice']) }).strict();

const Window = z.object({ total: z.number().int(), reached5: z.number().int(), reached15: z.number().int(), reached30: z.number().int(), ack5: z.number().int(), ack15: z.number().int(), ack30: z.number().int() });
export const CalloutBoard = z.object({
  warningId: Id,
  publishedAt: IsoDateTime.nullable(),
  stoppedAt: IsoDateTime.nullable().describe('when the call-out was stopped (warning cancelled or updated)'),
  totals: z.object({ persons: z.number().int(), reached: z.number().int(), acknowledged: z.number().int(), feedback: z.number().int(), pending: z.number().int(), failed: z.number().int(), escalated: z.number().int(), feedbackOverdue: z.number().int() }),
  byLevel: z.array(z.object({ regionLevel: z.number().int(), regions: z.number().int(), persons: z.number().int(), reached: z.number().int(), acknowledged: z.number().int(), feedback: z.number().int() })),
  coverage: z.object({ regions: Window, persons: Window }).describe('reached / acknowledged within 5, 15 and 30 minutes of publication'),
  public: z.object({ total: z.number().int(), delivered: z.number().int(), failed: z.number().int() }),
  channels: z.array(z.object({ channel: ChannelKind, queued: z.number().int(), sent: z.number().int(), delivered: z.number().int(), failed: z.number().int(), cancelled: z.number().int() })),
});
export type CalloutBoard = z.infer<typeof CalloutBoard>;

/** The call-outs addressed to the signed-in user, with what they need to read and answer. */
export const MyCallout = z.object({
  recipient: Recipient,
  warning: z.object({ id: Id, headline: z.string(), level: WarningLevel.nullable(), colour: WarningColour.nullable(), type: z.object({ code: z.string(), name: z.string() }), instruction: z.string(), description: z.string(), publishedAt: IsoDateTime.nullable(), status: z.string() }),
});
export type MyCallout = z.infer<typeof MyCallout>;
export const MyCalloutQuery = PageQuery.extend({ open: z.enum(['true', 'false']).optional().describe('true: not yet acknowledged or without feedback') });

export const CoverageQuery = z
  .object({ from: IsoDateTime.optional(), to: IsoDateTime.optional(), regionCode: RegionCodeInput.optional() })
  .strict();
export const CoverageReport = z.object({
  from: IsoDateTime,
  to: IsoDateTime,
  target: z.number().describe('the plans’ coverage goal (≥ 90 %)'),
  warnings: z.array(z.object({ id: Id, headline: z.string(), level: WarningLevel.nullable(), publishedAt: IsoDateTime.nullable(), persons: z.number().int(), reached5: z.number().int(), reached15: z.number().int(), reached30: z.number().int(), ack5: z.number().int(), ack15: z.number().int(), ack30: z.number().int(), regions: z.number().int(), regionsReached30: z.number().int() })),
  overall: z.object({
    warnings: z.number().int(),
    persons: z.number().int(),
    reached5: z.number().int(),
    reached15: z.number().int(),
    reached30: z.number().int(),
    ack5: z.number().int(),
    ack15: z.number().int(),
    ack30: z.number().int(),
    regions: z.number().int(),
    regionsReached30: z.number().int(),
    personCoverage: z.number().nullable().describe('reached within 30 min / persons'),
    regionCoverage: z.number().nullable().describe('target regions with someone reached within 30 min / regions'),
    met: z.boolean().nullable(),
  }),
});
export type CoverageReport = z.infer<typeof CoverageReport>;

// ── Webhook subscribers ─────────────────────────────────────────────────────────────────────────────
export const Webhook = z.object({ id: Id, regionCode: RegionCode, name: z.string(), url: z.string(), minLevel: WarningLevel, active: z.boolean(), createdAt: IsoDateTime });
export type Webhook = z.infer<typeof Webhook>;
export const WebhookCreate = z
  .object({
    regionCode: RegionCodeInput.optional(),
    name: Text(100),
    url: z.url({ protocol: /^https?$/ }).max(500),
    secret: z.string().min(16, 'at least 16 characters').max(200),
    minLevel: WarningLevel.default(4).describe('send warnings of this level or higher (1 = red only)'),
    active: z.boolean().default(true),
  })
  .strict();
export type WebhookCreate = z.input<typeof WebhookCreate>;
