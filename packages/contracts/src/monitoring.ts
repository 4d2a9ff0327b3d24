import { z } from 'zod';
import { Id, Lat, Lon, PageQuery, Photo, RegionCode, Text, updateOf } from './common.js';
import type { Label } from './resource-labels.js';

// ---------------------------------------------------------------- monitoring points (C1)

/** What a point is attached to: a major hazard source, or a city lifeline asset (城市生命线). */
export const AssetKind = z.enum(['hazard_source', 'gas', 'water', 'drainage', 'heat', 'bridge', 'utility_tunnel']);
export type AssetKind = z.infer<typeof AssetKind>;

/** 液位 / 温度 / 压力 / 流量 / 组分 / 可燃气体 / 有毒气体 / 位移 / 挠度 / 振动 / 其他 */
export const MeasuredQuantity = z.enum(['level', 'temperature', 'pressure', 'flow', 'composition', 'combustible_gas', 'toxic_gas', 'displacement', 'deflection', 'vibration', 'other']);
export type MeasuredQuantity = z.infer<typeof MeasuredQuantity>;

/** Alarm conditions: 低低报 / 低报 / 高报 / 高高报, rate of change, and no data (离线). */
export const AlarmCondition = z.enum(['LL', 'L', 'H', 'HH', 'RATE', 'OFFLINE']);
export type AlarmCondition = z.infer<typeof AlarmCondition>;
export type LimitCondition = 'LL' | 'L' | 'H' | 'HH';

/** A point's live state for the board: the most severe condition now holding. */
export const PointState = z.enum(['normal', 'LL', 'L', 'H', 'HH', 'RATE', 'offline', 'no_data']);
export type PointState = z.infer<typeof PointState>;

const Limit = z.number().finite().nullable().optional();

export const Thresholds = z
  .object({
    ll: Limit.describe('低低报'),
    l: Limit.describe('低报'),
    h: Limit.describe('高报'),
    hh: Limit.describe('高高报'),
  })
  .strict();
export type Thresholds = z.infer<typeof Thresholds>;

const PointFields = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - (the telemetry topic uses it)')
    .describe('the code devices send readings for; unique'),
  name: Text(100),
  regionCode: RegionCode,
  assetKind: AssetKind,
  hazardSourceId: Id.nullable().optional().describe('required when assetKind is hazard_source'),
  assetName: z.string().trim().max(100).default('').describe('the lifeline asset (e.g. 滨河路燃气管网 3 号阀井)'),
  quantity: MeasuredQuantity,
  unit: z.string().trim().min(1).max(20).describe('m, ℃, MPa, %LEL, mg/m³, …'),
  lon: Lon,
  lat: Lat,
  thresholds: Thresholds.default({}),
  deadband: z.number().finite().min(0).default(0).describe('a raised limit alarm clears only once the value is this far back inside'),
  minDurationSeconds: z.number().int().min(0).max(86_400).default(0).describe('the limit must be crossed this long before an alarm is raised'),
  rateLimitPerMinute: z.number().finite().positive().nullable().optional().describe('rate-of-change alarm: |Δvalue| per minute above this'),
  expectedIntervalSeconds: z.number().int().min(1).max(86_400).default(60).describe('how often the device reports; silence beyond the offline factor raises 离线'),
  enabled: z.boolean().default(true),
});

/** 低低报 < 低报 < 高报 < 高高报, whichever of them are set. */
export const thresholdsOrdered = (t: Thresholds | undefined) => {
  if (!t) return true;
  const order = [t.ll, t.l, t.h, t.hh].filter((v): v is number => typeof v === 'number');
  return order.every((v, i) => i === 0 || v > (order[i - 1] as number));
};
const ORDER_MESSAGE = 'thresholds must rise strictly: 低低报 < 低报 < 高报 < 高高报';

export const PointCreate = PointFields.strict()
  .refine((p) => thresholdsOrdered(p.thresholds), { message: ORDER_MESSAGE, path: ['thresholds'] })
  .refine((p) => p.assetKind !== 'hazard_source' || !!p.hazardSourceId, { message: 'a hazard-source point names its hazard source', path: ['hazardSourceId'] });
export type PointCreate = z.input<typeof PointCreate>;
export const PointUpdate = updateOf(PointFields).refine((p) => thresholdsOrdered(p.thresholds), { message: ORDER_MESSAGE, path: ['thresholds'] });
export type PointUpdate = z.input<typeof PointUpdate>;

export const MonitoringPoint = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  regionCode: RegionCode,
  assetKind: AssetKind,
  assetName: z.string(),
  hazardSourceId: Id.nullable(),
  hazardSourceName: z.string().nullable(),
  enterpriseId: Id.nullable(),
  enterpriseName: z.string().nullable(),
  quantity: MeasuredQuantity,
  unit: z.string(),
  lon: z.number(),
  lat: z.number(),
  thresholds: z.object({ ll: z.number().nullable(), l: z.number().nullable(), h: z.number().nullable(), hh: z.number().nullable() }),
  deadband: z.number(),
  minDurationSeconds: z.number().int(),
  rateLimitPerMinute: z.number().nullable(),
  expectedIntervalSeconds: z.number().int(),
  enabled: z.boolean(),
  /** Latest reading and the state it put the point in. */
  value: z.number().nullable(),
  ts: z.string().nullable(),
  state: PointState,
  openAlarms: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MonitoringPoint = z.infer<typeof MonitoringPoint>;

export const PointListQuery = PageQuery.extend({
  regionCode: RegionCode.optional(),
  assetKind: AssetKind.optional(),
  enterpriseId: Id.optional(),
  hazardSourceId: Id.optional(),
  state: z.enum(['alarm', 'offline', 'normal']).optional().describe('alarm: any limit or rate condition holds'),
  q: z.string().max(50).optional(),
});

export const SeriesQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional().describe('default: 24 hours before `to`'),
    to: z.iso.datetime({ offset: true }).optional().describe('default: now'),
    buckets: z.coerce.number().int().min(10).max(2000).default(300).describe('at most this many points; longer ranges are averaged per bucket (min and max kept)'),
  })
  .strict();
export const SeriesPoint = z.object({ ts: z.string(), value: z.number(), min: z.number(), max: z.number() });
export const Series = z.object({ pointId: Id, unit: z.string(), thresholds: MonitoringPoint.shape.thresholds, bucketSeconds: z.number(), points: z.array(SeriesPoint) });
export type Series = z.infer<typeof Series>;

/** Last values of many points at once, for sparklines on the board. */
export const SparklinesQuery = z.object({ ids: z.string().max(4000).describe('comma-separated point ids (≤ 100)'), minutes: z.coerce.number().int().min(5).max(1440).default(60) }).strict();
export const Sparklines = z.record(z.string(), z.array(z.tuple([z.number(), z.number()])).describe('[epoch ms, value]'));
export type Sparklines = z.infer<typeof Sparklines>;

// ---------------------------------------------------------------- telemetry (C1)

export const ReadingIn = z.object({
  point: z.string().min(1).max(64).describe('point code'),
  ts: z.union([z.string(), z.number()]).describe('ISO 8601 with offset, or epoch milliseconds'),
  value: z.number(),
  id: z.string().min(1).max(100).describe('reading id chosen by the sender; a resend with the same id is not stored twice'),
});
export type ReadingIn = z.infer<typeof ReadingIn>;
/** The batch is checked reading by reading, so one bad reading never costs the good ones. */
export const TelemetryBatch = z.object({ readings: z.array(z.unknown()).min(1).max(10_000) }).strict();
export const TelemetryReject = z.object({ index: z.number().int(), id: z.string().nullable(), code: z.string(), reason: z.string() });
export const TelemetryResult = z.object({
  accepted: z.number().int().describe('new readings stored'),
  duplicates: z.number().int().describe('readings already stored under the same id'),
  rejected: z.array(TelemetryReject),
});
export type TelemetryResult = z.infer<typeof TelemetryResult>;

export const IngestStats = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.record(z.string(), z.number().int()),
  mqtt: z.object({ mode: z.enum(['embedded', 'external', 'off']), url: z.string(), connected: z.boolean() }),
  lastFlushAt: z.string().nullable(),
});

// ---------------------------------------------------------------- alarms (C2)

/** 产生 → 确认 → 处置 → 关闭 (消除). */
export const AlarmStatus = z.enum(['raised', 'acknowledged', 'handling', 'closed']);
export type AlarmStatus = z.infer<typeof AlarmStatus>;
export const CloseReason = z.enum(['real_process_handled', 'maintenance', 'instrument_fault', 'communication', 'false_alarm', 'other']);
export type CloseReason = z.infer<typeof CloseReason>;

export const EscalationTarget = z.enum(['operational', 'technical', 'principal', 'county', 'city', 'province']);
export type EscalationTarget = z.infer<typeof EscalationTarget>;

export const Alarm = z.object({
  id: Id,
  pointId: Id,
  pointCode: z.string(),
  pointName: z.string(),
  assetName: z.string().describe('the lifeline asset, for points not on a hazard source'),
  unit: z.string(),
  regionCode: RegionCode,
  enterpriseId: Id.nullable(),
  enterpriseName: z.string().nullable(),
  hazardSourceId: Id.nullable(),
  condition: AlarmCondition,
  status: AlarmStatus,
  threshold: z.number().nullable(),
  value: z.number().nullable().describe('the reading that raised it'),
  peakValue: z.number().nullable().describe('the furthest reading past the limit while it was open'),
  raisedAt: z.string(),
  readingAt: z.string().nullable(),
  conditionClearedAt: z.string().nullable().describe('when the readings came back inside the limit (消警); the alarm stays open until closed by a person'),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closeReason: CloseReason.nullable(),
  escalationLevel: z.number().int().describe('0: not escalated; n: n steps of the ladder taken'),
  escalatedTo: z.array(z.object({ target: EscalationTarget, name: z.string(), phone: z.string().nullable(), at: z.string() })),
  nextEscalationAt: z.string().nullable(),
});
export type Alarm = z.infer<typeof Alarm>;

export const AlarmAttachment = z.object({ id: Id, name: z.string(), contentType: z.string(), size: z.number().int() });
export const AlarmEntry = z.object({
  id: Id,
  kind: z.enum(['raised', 'acknowledged', 'note', 'escalated', 'condition_cleared', 'closed']),
  at: z.string(),
  by: z.string(),
  text: z.string(),
  attachments: z.array(AlarmAttachment),
});
export type AlarmEntry = z.infer<typeof AlarmEntry>;
export const AlarmDetail = Alarm.extend({ entries: z.array(AlarmEntry) });
export type AlarmDetail = z.infer<typeof AlarmDetail>;

export const AlarmListQuery = PageQuery.extend({
  regionCode: RegionCode.optional(),
  status: z.enum(['open', 'raised', 'acknowledged', 'handling', 'closed']).optional().describe('open: anything not yet closed'),
  condition: AlarmCondition.optional(),
  enterpriseId: Id.optional(),
  pointId: Id.optional(),
});

export const AlarmAck = z.object({ note: z.string().trim().max(500).default('') }).strict();
export const AlarmNote = z.object({ text: Text(2000), photos: z.array(Photo).max(4).default([]) }).strict();
export type AlarmNote = z.input<typeof AlarmNote>;
export const AlarmClose = z.object({ reason: CloseReason, note: Text(1000) }).strict();
export type AlarmClose = z.input<typeof AlarmClose>;

export const EscalationStep = z.object({ afterMinutes: z.number().int().min(1).max(1440), notify: z.array(EscalationTarget).min(1) }).strict();
export type EscalationStep = z.infer<typeof EscalationStep>;
export const EscalationPolicy = z.object({
  regionCode: RegionCode,
  inheritedFrom: RegionCode.nullable().describe('null: the built-in default applies'),
  steps: z.array(EscalationStep),
});
export type EscalationPolicy = z.infer<typeof EscalationPolicy>;
export const EscalationPolicyPut = z.object({ steps: z.array(EscalationStep).min(1).max(10) }).strict();

// ---------------------------------------------------------------- enterprise risk index

export const RiskIndexPoint = z.object({ day: z.string(), index: z.number(), alarms: z.number().int(), overdue: z.number().int() });
export const RiskIndex = z.object({
  enterpriseId: Id,
  index: z.number().describe('0–100; weights are data (◐ no national formula)'),
  components: z.object({ hazard: z.number(), alarms: z.number(), overdue: z.number(), open: z.number() }),
  trend: z.array(RiskIndexPoint),
});
export type RiskIndex = z.infer<typeof RiskIndex>;

// ---------------------------------------------------------------- labels

export const QUANTITY_LABELS: Record<MeasuredQuantity, Label> = {
  level: { zh: '液位', en: 'Level' },
  temperature: { zh: '温度', en: 'Temperature' },
  pressure: { zh: '压力', en: 'Pressure' },
  flow: { zh: '流量', en: 'Flow' },
  composition: { zh: '组分', en: 'Composition' },
  combustible_gas: { zh: '可燃气体', en: 'Combustible gas' },
  toxic_gas: { zh: '有毒气体', en: 'Toxic gas' },
  displacement: { zh: '位移', en: 'Displacement' },
  deflection: { zh: '挠度', en: 'Deflection' },
  vibration: { zh: '振动', en: 'Vibration' },
  other: { zh: '其他', en: 'Other' },
};
export const ASSET_KIND_LABELS: Record<AssetKind, Label> = {
  hazard_source: { zh: '重大危险源', en: 'Major hazard source' },
  gas: { zh: '燃气管网', en: 'Gas network' },
  water: { zh: '供水管网', en: 'Water supply' },
  drainage: { zh: '排水管网', en: 'Drainage' },
  heat: { zh: '供热管网', en: 'District heating' },
  bridge: { zh: '桥梁', en: 'Bridge' },
  utility_tunnel: { zh: '综合管廊', en: 'Utility tunnel' },
};
export const CONDITION_LABELS: Record<AlarmCondition, Label> = {
  LL: { zh: '低低报', en: 'Low-low' },
  L: { zh: '低报', en: 'Low' },
  H: { zh: '高报', en: 'High' },
  HH: { zh: '高高报', en: 'High-high' },
  RATE: { zh: '变化率超限', en: 'Rate of change' },
  OFFLINE: { zh: '离线', en: 'Offline' },
};
export const ALARM_STATUS_LABELS: Record<AlarmStatus, Label> = {
  raised: { zh: '待确认', en: 'Raised' },
  acknowledged: { zh: '已确认', en: 'Acknowledged' },
  handling: { zh: '处置中', en: 'Handling' },
  closed: { zh: '已关闭', en: 'Closed' },
};
export const CLOSE_REASON_LABELS: Record<CloseReason, Label> = {
  real_process_handled: { zh: '工艺异常已处置', en: 'Process upset handled' },
  maintenance: { zh: '检维修作业', en: 'Maintenance' },
  instrument_fault: { zh: '仪表故障', en: 'Instrument fault' },
  communication: { zh: '通信中断', en: 'Communication loss' },
  false_alarm: { zh: '误报', en: 'False alarm' },
  other: { zh: '其他', en: 'Other' },
};
export const ESCALATION_TARGET_LABELS: Record<EscalationTarget, Label> = {
  operational: { zh: '操作负责人', en: 'Operations lead' },
  technical: { zh: '技术负责人', en: 'Technical lead' },
  principal: { zh: '主要负责人', en: 'Principal' },
  county: { zh: '县级应急管理局', en: 'County bureau' },
  city: { zh: '市级应急管理局', en: 'City bureau' },
  province: { zh: '省级应急管理厅', en: 'Provincial department' },
};
