import { z } from 'zod';
import { ContactPhone, Id, Lat, Lon, PageQuery, RegionCode, Text } from './common.js';

/**
 * Incidents (突发事件, E1–E2): intake, classification, grading, the reporting chain (初报 / 续报 / 终报)
 * with deadline clocks, response levels with the command body's tasks, and the on-scene command post.
 * Domain words follow REFERENCE.md: an incident's grade (事件等级) and its response level (响应级别)
 * are separate fields that often, but need not, coincide.
 */

const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 with an offset');

/** 自然灾害 / 事故灾难 / 公共卫生事件 / 社会安全事件 (应对法 2024 第二条). */
export const IncidentCategory = z.enum(['natural_disaster', 'accident', 'public_health', 'social_security']);
export type IncidentCategory = z.infer<typeof IncidentCategory>;

/** 1 特别重大 · 2 重大 · 3 较大 · 4 一般 (应对法 2024 第三条). */
export const IncidentGrade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type IncidentGrade = z.infer<typeof IncidentGrade>;
export const INCIDENT_GRADES = {
  1: { zh: '特别重大', en: 'extraordinarily serious', roman: 'Ⅰ' },
  2: { zh: '重大', en: 'serious', roman: 'Ⅱ' },
  3: { zh: '较大', en: 'relatively serious', roman: 'Ⅲ' },
  4: { zh: '一般', en: 'ordinary', roman: 'Ⅳ' },
} as const satisfies Record<IncidentGrade, { zh: string; en: string; roman: string }>;

/** 一级 (highest) … 四级 (总体预案2025). */
export const ResponseLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type ResponseLevel = z.infer<typeof ResponseLevel>;
export const RESPONSE_LEVELS = {
  1: { zh: '一级', roman: 'Ⅰ级' },
  2: { zh: '二级', roman: 'Ⅱ级' },
  3: { zh: '三级', roman: 'Ⅲ级' },
  4: { zh: '四级', roman: 'Ⅳ级' },
} as const satisfies Record<ResponseLevel, { zh: string; roman: string }>;

/** active: being handled · ended: the emergency is over (response terminated), the final report is due · closed: final report in. */
export const IncidentStatus = z.enum(['active', 'ended', 'closed']);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const IncidentTypeKey = z.string().regex(/^[a-z][a-z_]{1,39}$/, 'an incident type key (GET /api/incidents/types)');

const Count = z.number().int().min(0).max(100_000_000);
/** Reported casualties and losses. 重伤 includes acute industrial poisoning (493号令 第三条). */
export const IncidentFigures = z
  .object({
    deaths: Count.default(0).describe('死亡'),
    missing: Count.default(0).describe('下落不明/失踪'),
    seriousInjuries: Count.default(0).describe('重伤 (含急性工业中毒)'),
    injuries: Count.default(0).describe('轻伤 and other injuries'),
    trapped: Count.default(0).describe('被困'),
    endangered: Count.default(0).describe('涉险'),
    evacuated: Count.default(0).describe('紧急疏散/转移'),
    directLossYuan: z.number().finite().min(0).max(1e13).default(0).describe('直接经济损失 (元), an estimate until verified'),
  })
  .strict();
export type IncidentFigures = z.output<typeof IncidentFigures>;
const noFigures = (): IncidentFigures => ({ deaths: 0, missing: 0, seriousInjuries: 0, injuries: 0, trapped: 0, endangered: 0, evacuated: 0, directLossYuan: 0 });
export type IncidentFiguresInput = z.input<typeof IncidentFigures>;

export const IncidentLocation = z
  .object({ text: Text(200).describe('place as reported'), lon: Lon.nullable().optional(), lat: Lat.nullable().optional() })
  .strict()
  .refine((l) => (l.lon == null) === (l.lat == null), { message: 'give both lon and lat, or neither', path: ['lon'] });
export type IncidentLocation = z.input<typeof IncidentLocation>;

/** 事故发生单位概况 (493号令 第十二条): name, nature, sector, address. */
export const IncidentUnit = z
  .object({
    name: Text(100),
    nature: z.string().trim().max(100).default('').describe('性质: 国有/民营/…'),
    industry: z.string().trim().max(50).default('').describe('安全监管行业分类'),
    address: z.string().trim().max(200).default(''),
    uscc: z.string().trim().max(40).default('').describe('统一社会信用代码, if known'),
  })
  .strict();
export type IncidentUnit = z.output<typeof IncidentUnit>;

export const GradeAssessment = z.object({ grade: IncidentGrade, reason: Text(500) }).strict();
export type GradeAssessment = z.infer<typeof GradeAssessment>;

// ---------------------------------------------------------------- classification and grading

export const IncidentGradingRule = z.enum(['production_safety', 'assessed']);
export type IncidentGradingRule = z.infer<typeof IncidentGradingRule>;

export const IncidentType = z.object({
  key: z.string(),
  category: IncidentCategory,
  zh: z.string(),
  en: z.string(),
  grading: IncidentGradingRule.describe('production_safety: graded by 493号令 第三条 from the figures; assessed: graded by a person'),
  recheckDays: z.number().int().nullable().describe('casualty changes within this many days of the incident are reported again (493号令 第十三条)'),
  source: z.string(),
});
export type IncidentType = z.infer<typeof IncidentType>;

export const IncidentGradeCriterion = z.enum(['deaths', 'seriousInjuries', 'directLossYuan']);
export const IncidentGradeBasis = z.object({
  criterion: IncidentGradeCriterion,
  value: z.number().describe('deaths include the missing when missingCountsAsDeaths'),
  grade: IncidentGrade.describe('the grade this criterion alone reaches'),
  bound: z.number().nullable().describe('the bound reached (以上: the bound itself counts); null for 一般'),
});
export type IncidentGradeBasis = z.infer<typeof IncidentGradeBasis>;
export const IncidentNearMissCriterion = z.enum(['endangered', 'trappedOrMissing', 'evacuated']);
export const IncidentGrading = z.object({
  rule: IncidentGradingRule,
  computed: IncidentGrade.nullable().describe('from the figures (production_safety types); null for assessed types'),
  assessed: IncidentGrade.nullable().describe('a person’s grade; may raise, never lower, a computed grade'),
  grade: IncidentGrade.nullable().describe('the incident’s grade: the more serious of the two; null until graded'),
  basis: z.array(IncidentGradeBasis),
  largerNearMiss: z.object({ applies: z.boolean(), reasons: z.array(z.object({ criterion: IncidentNearMissCriterion, value: z.number(), bound: z.number() })) }).describe('较大涉险事故 (总局21号令 ◐)'),
  missingCountsAsDeaths: z.boolean(),
  reportTo: z.enum(['city', 'province', 'national']).nullable().describe('how far up the grade is reported (493号令 第十条)'),
});
export type IncidentGrading = z.infer<typeof IncidentGrading>;

export const IncidentGradeRequest = z.object({ type: IncidentTypeKey, figures: IncidentFigures.default(noFigures), assessedGrade: IncidentGrade.optional() }).strict();
export type IncidentGradeRequest = z.input<typeof IncidentGradeRequest>;

export const IncidentTypeCatalogue = z.object({
  categories: z.array(z.object({ key: IncidentCategory, zh: z.string(), en: z.string(), types: z.array(IncidentType) })),
  grading: z.object({
    bounds: z.record(IncidentGradeCriterion, z.object({ grade1: z.number(), grade2: z.number(), grade3: z.number() })),
    boundsSource: z.string(),
    nearMiss: z.record(IncidentNearMissCriterion, z.number()),
    nearMissSource: z.string(),
    missingCountsAsDeaths: z.boolean(),
    missingSource: z.string(),
  }),
});
export type IncidentTypeCatalogue = z.infer<typeof IncidentTypeCatalogue>;

// ---------------------------------------------------------------- reporting chain and deadlines

export const ReportStage = z.enum(['initial', 'follow_up', 'final']);
export type ReportStage = z.infer<typeof ReportStage>;
/** 电话 / 书面 / 系统直报. A written or system report also answers the phone deadline. */
export const ReportChannel = z.enum(['phone', 'written', 'system']);
export type ReportChannel = z.infer<typeof ReportChannel>;

export const ReportTimeUnit = z.enum(['MIN', 'HOUR', 'DAY', 'WORKDAY']);
export type ReportTimeUnit = z.infer<typeof ReportTimeUnit>;
export const ReportTimeLimit = z.object({ value: z.number().int().min(1).max(100_000), unit: ReportTimeUnit }).strict();
export type ReportTimeLimit = z.infer<typeof ReportTimeLimit>;

const InitialRule = z.object({ phone: ReportTimeLimit.nullable().describe('电话快报; null: none required'), written: ReportTimeLimit.describe('书面报告') }).strict();
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const FollowUpRule = z.union([
  z.object({ every: ReportTimeLimit.describe('each 续报 within this of the previous report') }).strict(),
  z.object({ timesOfDay: z.array(HHMM).min(1).max(6).describe('a 续报 is due by each of these local times'), minGap: ReportTimeLimit.describe('…that falls at least this long after the previous report') }).strict(),
]);
const PerGrade = <T extends z.ZodTypeAny>(rule: T) => z.object({ grade1: rule, grade2: rule, grade3: rule, grade4: rule, ungraded: rule }).strict();

/** Deadlines of the reporting chain for a region (data; inherited down the tree). */
export const ReportRules = z
  .object({
    initial: PerGrade(InitialRule).describe('from the time the report was received (接报)'),
    followUp: PerGrade(FollowUpRule).describe('while the incident is active, after the written initial report'),
    final: z.object({ within: ReportTimeLimit.describe('from the end of the emergency (响应终止/处置结束)') }).strict(),
    amberFraction: z.number().min(0).max(1).describe('a clock turns amber when this share of its window is left'),
    utcOffsetMinutes: z.number().int().min(-720).max(840).describe('local time for times of day and working days (+08:00 = 480)'),
    calendar: z
      .object({
        holidays: z.array(z.iso.date()).max(400).describe('public holidays (non-working weekdays)'),
        workingDays: z.array(z.iso.date()).max(100).describe('weekend days worked in exchange (调休)'),
      })
      .strict(),
  })
  .strict();
export type ReportRules = z.infer<typeof ReportRules>;
export const ReportRulesView = z.object({ regionCode: RegionCode, inheritedFrom: RegionCode.nullable().describe('null: the built-in defaults'), rules: ReportRules, notes: z.array(z.string()) });
export type ReportRulesView = z.infer<typeof ReportRulesView>;
export const ReportRulesQuery = z.object({ regionCode: RegionCode }).strict();

export const ReportClockKind = z.enum(['initial_phone', 'initial_written', 'follow_up', 'final']);
export type ReportClockKind = z.infer<typeof ReportClockKind>;
export const ReportClockState = z.enum(['ok', 'amber', 'red']);
export type ReportClockState = z.infer<typeof ReportClockState>;
/** A report still owed: its window, its deadline and how close it is (computed from now). */
export const ReportClock = z.object({
  kind: ReportClockKind,
  seq: z.number().int().describe('续报 number for follow_up; 1 otherwise'),
  label: z.string(),
  startsAt: IsoDateTime,
  dueAt: IsoDateTime,
  state: ReportClockState,
  remainingSeconds: z.number().int().describe('negative once overdue'),
});
export type ReportClock = z.infer<typeof ReportClock>;

const Long = (max: number) => z.string().trim().max(max).default('');
export const IncidentCommander = z.object({ name: Text(50), title: z.string().trim().max(100).default(''), phone: ContactPhone }).strict();

const ReportCommon = {
  channel: ReportChannel,
  reportedAt: IsoDateTime.optional().describe('when it went up (default now); not before the report was received, not in the future'),
  reportedTo: z.string().trim().max(100).default('').describe('上报对象, e.g. 乌海市应急管理局'),
  signedOffBy: z.string().trim().max(50).default('').describe('签发人; required for written and system reports'),
  figures: IncidentFigures.describe('casualties and losses as known now; they become the incident’s and re-grade it'),
  measuresTaken: Text(4000).describe('已采取的措施'),
};
/** 初报: 493号令 第十二条 (◐) and the local lists of 信息报告 content (REFERENCE §2.2 ✔). */
export const InitialReport = z
  .object({
    stage: z.literal('initial'),
    ...ReportCommon,
    occurredAt: IsoDateTime.describe('事发时间'),
    location: Text(200).describe('事发地点'),
    unit: IncidentUnit.nullable().optional().describe('事故发生单位概况'),
    summary: Text(4000).describe('简要经过 / 现场情况'),
    cause: Long(2000).describe('事件起因和性质'),
    scope: Long(2000).describe('影响范围'),
    trend: Long(2000).describe('发展趋势'),
    leadersOnSite: Long(1000).describe('领导到位情况'),
    requests: Long(2000).describe('请求事项和工作建议'),
    onSiteCommander: IncidentCommander.nullable().optional().describe('现场指挥负责人'),
    other: Long(2000).describe('其他应当报告的情况'),
  })
  .strict();
/** 续报: report only what changed (numbered 续报一、续报二…). */
export const FollowUpReport = z
  .object({
    stage: z.literal('follow_up'),
    ...ReportCommon,
    progress: Text(4000).describe('新进展、新情况'),
    cause: Long(2000),
    trend: Long(2000),
    requests: Long(2000),
    onSiteCommander: IncidentCommander.nullable().optional(),
  })
  .strict();
/** 终报: summary of the event, the response, the present state and the next steps (善后, 重建, 评估). */
export const FinalReport = z
  .object({
    stage: z.literal('final'),
    ...ReportCommon,
    summary: Text(4000).describe('事件概况'),
    response: Text(4000).describe('处置情况'),
    currentState: Text(2000).describe('现状'),
    nextSteps: Text(2000).describe('下一步工作: 善后、重建、评估'),
    cause: Long(2000),
  })
  .strict();
export const IncidentReportCreate = z.discriminatedUnion('stage', [InitialReport, FollowUpReport, FinalReport]);
export type IncidentReportCreate = z.input<typeof IncidentReportCreate>;

export const IncidentReport = z.object({
  id: Id,
  incidentId: Id,
  stage: ReportStage,
  seq: z.number().int(),
  label: z.string().describe('初报 / 续报一 / 终报'),
  channel: ReportChannel,
  reportedAt: IsoDateTime,
  reportedBy: z.object({ id: z.string().nullable(), name: z.string() }),
  reportedTo: z.string(),
  signedOffBy: z.string(),
  figures: z.object({ deaths: z.number(), missing: z.number(), seriousInjuries: z.number(), injuries: z.number(), trapped: z.number(), endangered: z.number(), evacuated: z.number(), directLossYuan: z.number() }),
  content: z.record(z.string(), z.unknown()).describe('the stage’s fields as submitted'),
  answered: z.array(z.object({ kind: ReportClockKind, seq: z.number().int(), dueAt: IsoDateTime, late: z.boolean() })).describe('the deadlines this report met (a written 初报 also answers the phone one)'),
  late: z.boolean().describe('迟报: made after one of its deadlines'),
  gradeAfter: IncidentGrade.nullable(),
});
export type IncidentReport = z.infer<typeof IncidentReport>;

// ---------------------------------------------------------------- the incident

export const IncidentSourceKind = z.enum(['call', 'alarm', 'warning', 'api']);
export const IncidentSourceRef = z.object({ kind: z.enum(['alarm', 'warning']), id: Id }).strict();
export const IncidentInformant = z.object({ name: Text(50), phone: ContactPhone.optional(), unit: z.string().trim().max(100).default('') }).strict();

export const IncidentCommandPost = z.object({
  name: z.string(),
  lon: z.number(),
  lat: z.number(),
  address: z.string(),
  commander: z.object({ name: z.string(), phone: z.string() }).nullable(),
  videoUrl: z.string().nullable(),
  setAt: IsoDateTime,
  setBy: z.string(),
});
export type IncidentCommandPost = z.infer<typeof IncidentCommandPost>;
export const IncidentCommandPostSet = z
  .object({
    name: Text(100).describe('现场指挥部'),
    lon: Lon,
    lat: Lat,
    address: z.string().trim().max(200).default(''),
    commander: z.object({ name: Text(50), phone: ContactPhone }).strict().nullable().optional(),
    videoUrl: z
      .string()
      .trim()
      .max(500)
      .regex(/^(https?|rtsp|rtmp):\/\/[^\s]+$/i, 'an http(s), rtsp or rtmp URL')
      .nullable()
      .optional()
      .describe('live video of the scene'),
  })
  .strict();
export type IncidentCommandPostSet = z.input<typeof IncidentCommandPostSet>;

export const Incident = z.object({
  id: Id,
  regionCode: RegionCode,
  category: IncidentCategory,
  type: z.object({ key: z.string(), name: z.string() }),
  title: z.string(),
  status: IncidentStatus,
  occurredAt: IsoDateTime,
  receivedAt: IsoDateTime.describe('接报时间: the reporting deadlines run from here'),
  location: z.object({ text: z.string(), lon: z.number().nullable(), lat: z.number().nullable() }),
  unit: z.object({ name: z.string(), nature: z.string(), industry: z.string(), address: z.string(), uscc: z.string() }).nullable(),
  summary: z.string(),
  figures: z.object({ deaths: z.number(), missing: z.number(), seriousInjuries: z.number(), injuries: z.number(), trapped: z.number(), endangered: z.number(), evacuated: z.number(), directLossYuan: z.number() }),
  informant: z.object({ name: z.string(), phone: z.string().nullable(), unit: z.string() }).nullable(),
  source: z.object({ kind: IncidentSourceKind, refId: Id.nullable(), label: z.string().nullable() }),
  grade: IncidentGrade.nullable(),
  grading: IncidentGrading,
  gradeAssessment: z.object({ grade: IncidentGrade, reason: z.string(), by: z.string(), at: IsoDateTime }).nullable(),
  responseLevel: ResponseLevel.nullable().describe('the active response, if any'),
  commandPost: IncidentCommandPost.nullable(),
  reportClock: ReportClock.nullable().describe('the most urgent report still owed'),
  reportedBy: z.object({ id: z.string().nullable(), name: z.string() }),
  endedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Incident = z.infer<typeof Incident>;

export const IncidentCreate = z
  .object({
    regionCode: RegionCode.optional().describe('default: the source’s region, else the reporter’s'),
    type: IncidentTypeKey,
    title: Text(200).optional().describe('default: place + type + casualties'),
    occurredAt: IsoDateTime,
    receivedAt: IsoDateTime.optional().describe('接报时间, default now'),
    location: IncidentLocation,
    unit: IncidentUnit.nullable().optional(),
    figures: IncidentFigures.default(noFigures),
    summary: Text(4000).describe('简要经过'),
    informant: IncidentInformant.nullable().optional().describe('who called it in'),
    source: IncidentSourceRef.optional().describe('the monitoring alarm or warning it came from'),
    gradeAssessment: GradeAssessment.optional(),
  })
  .strict();
export type IncidentCreate = z.input<typeof IncidentCreate>;
export const IncidentUpdate = z
  .object({
    type: IncidentTypeKey,
    title: Text(200),
    occurredAt: IsoDateTime,
    location: IncidentLocation,
    unit: IncidentUnit.nullable(),
    figures: IncidentFigures,
    summary: Text(4000),
    gradeAssessment: GradeAssessment.nullable(),
  })
  .partial()
  .strict();
export type IncidentUpdate = z.input<typeof IncidentUpdate>;
export const IncidentEnd = z.object({ note: Text(1000) }).strict();

export const IncidentListQuery = PageQuery.extend({
  regionCode: RegionCode.optional().describe('this region and everything under it'),
  status: z.enum(['open', 'active', 'ended', 'closed']).optional().describe('open: active or ended'),
  category: IncidentCategory.optional(),
  type: IncidentTypeKey.optional(),
  grade: z.coerce.number().int().min(1).max(4).optional(),
  from: IsoDateTime.optional().describe('occurred at or after'),
  to: IsoDateTime.optional().describe('occurred before'),
  q: z.string().max(50).optional().describe('part of the title or place'),
}).strict();
/** GET /api/incidents: a page and its total, counted up to 10,000 (then `totalIsLowerBound`: "10,000+"). */
export const IncidentPage = z.object({
  items: z.array(Incident),
  total: z.number().int().nonnegative(),
  totalIsLowerBound: z.boolean().describe('true when more incidents match than were counted (10,000)'),
});
export type IncidentPage = z.infer<typeof IncidentPage>;
export const IncidentOverdueQuery = z
  .object({
    regionCode: RegionCode.optional(),
    includeAmber: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('also list clocks that are amber'),
  })
  .strict();
export const IncidentOverdueItem = z.object({ incident: Incident, clocks: z.array(ReportClock) });
export const IncidentOverdueList = z.object({ items: z.array(IncidentOverdueItem), total: z.number().int() });

// ---------------------------------------------------------------- response and tasks (E2)

export const IncidentTaskStatus = z.enum(['pending', 'in_progress', 'done', 'cancelled']);
export type IncidentTaskStatus = z.infer<typeof IncidentTaskStatus>;
export const IncidentTask = z.object({
  id: Id,
  incidentId: Id,
  responseId: Id.nullable(),
  ownerUnit: z.object({ id: Id, name: z.string() }),
  title: z.string(),
  detail: z.string(),
  dueAt: IsoDateTime,
  status: IncidentTaskStatus,
  note: z.string(),
  origin: z.enum(['template', 'manual']),
  templateKey: z.string().nullable().describe('the template the task came from (incident type or default)'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
});
export type IncidentTask = z.infer<typeof IncidentTask>;
export const IncidentTaskCreate = z.object({ ownerUnitId: Id, title: Text(200), detail: z.string().trim().max(2000).default(''), dueAt: IsoDateTime }).strict();
export type IncidentTaskCreate = z.input<typeof IncidentTaskCreate>;
export const IncidentTaskUpdate = z
  .object({ status: IncidentTaskStatus, note: z.string().trim().max(2000), dueAt: IsoDateTime })
  .partial()
  .strict()
  .refine((t) => Object.keys(t).length > 0, { message: 'change at least one field' });
export type IncidentTaskUpdate = z.input<typeof IncidentTaskUpdate>;

export const ResponseLevelChangeEntry = z.object({ from: ResponseLevel, to: ResponseLevel, at: IsoDateTime, by: z.string(), reason: z.string() });
export const IncidentResponse = z.object({
  id: Id,
  incidentId: Id,
  level: ResponseLevel,
  status: z.enum(['active', 'terminated']),
  basis: z.string().describe('启动依据: the plan condition met'),
  commandBody: z.object({ id: Id, name: z.string(), regionCode: RegionCode }).nullable(),
  commander: z.object({ name: z.string(), title: z.string(), phone: z.string() }).nullable(),
  startedAt: IsoDateTime,
  startedBy: z.string(),
  levelChanges: z.array(ResponseLevelChangeEntry),
  terminatedAt: IsoDateTime.nullable(),
  terminatedBy: z.string().nullable(),
  terminateReason: z.string().nullable(),
});
export type IncidentResponse = z.infer<typeof IncidentResponse>;
export const ResponseActivate = z
  .object({
    level: ResponseLevel,
    basis: Text(1000),
    commandBodyId: Id.optional().describe('default: the special command body for the incident type, else the 应急指挥部, of the incident’s region or the nearest ancestor'),
    commander: IncidentCommander.nullable().optional().describe('default: the command body’s 总指挥'),
  })
  .strict();
export type ResponseActivate = z.input<typeof ResponseActivate>;
export const ResponseLevelChange = z.object({ level: ResponseLevel, reason: Text(1000) }).strict();
export const ResponseTerminate = z.object({ reason: Text(1000) }).strict();

export const IncidentDetail = Incident.extend({
  reports: z.array(IncidentReport),
  clocks: z.array(ReportClock).describe('every report still owed, most urgent first'),
  response: IncidentResponse.nullable().describe('the current or last response'),
  tasks: z.array(IncidentTask),
});
export type IncidentDetail = z.infer<typeof IncidentDetail>;

/** Timeline entry kinds; dispatch, calls and reviews will add theirs. */
export const IncidentLogKind = z.enum([
  'reported',
  'updated',
  'graded',
  'report_submitted',
  'report_overdue',
  'response_activated',
  'response_level_changed',
  'response_terminated',
  'task_created',
  'task_changed',
  'command_post_set',
  'ended',
  'closed',
  // calls, linked alarms and warnings, and the review (incident-review.ts)
  'call',
  'alarm',
  'warning',
  'review_saved',
  'review_finalised',
  // dispatch of teams and supplies (incident-dispatch.ts)
  'team_dispatched',
  'supply_dispatched',
  'dispatch_status_changed',
]);
export type IncidentLogKind = z.infer<typeof IncidentLogKind>;
export const IncidentLogEntry = z.object({
  id: Id,
  incidentId: Id,
  at: IsoDateTime,
  kind: IncidentLogKind,
  by: z.object({ id: z.string().nullable(), name: z.string() }),
  text: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type IncidentLogEntry = z.infer<typeof IncidentLogEntry>;
