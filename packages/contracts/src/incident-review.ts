import { z } from 'zod';
import { ContactPhone, Id, PageQuery, Text } from './common.js';
import { IncidentLogKind, ReportChannel, ReportClockKind, ReportStage, ResponseLevel } from './incidents.js';

/**
 * The incident's situation log and review (E5): calls made from the contact directory's tel: links (A4),
 * the timeline filtered by kind, and the structured review (总结评估) written after the 终报, with the
 * facts the server computes from the record (report timeliness, response time, tasks, dispatches).
 */

const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 with an offset');

// ---------------------------------------------------------------- calls (A4 click-to-call)

export const IncidentCallDirection = z.enum(['outgoing', 'incoming']);
export type IncidentCallDirection = z.infer<typeof IncidentCallDirection>;
/** 已接通 / 无人接听 / 占线 / 未能拨通. */
export const IncidentCallOutcome = z.enum(['connected', 'no_answer', 'busy', 'failed']);
export type IncidentCallOutcome = z.infer<typeof IncidentCallOutcome>;
export const INCIDENT_CALL_OUTCOMES = { connected: '已接通', no_answer: '无人接听', busy: '占线', failed: '未能拨通' } as const satisfies Record<IncidentCallOutcome, string>;

export const IncidentCallCreate = z
  .object({
    contactId: Id.optional().describe('a responsible person from the contact directory: name and phone come from the record'),
    name: Text(50).optional().describe('who was called or who called; required without contactId'),
    phone: ContactPhone.optional().describe('required without contactId'),
    direction: IncidentCallDirection,
    outcome: IncidentCallOutcome.optional(),
    note: z.string().trim().max(2000).default('').describe('what was said or agreed'),
    calledAt: IsoDateTime.optional().describe('when the call was made (default now); not in the future'),
  })
  .strict()
  .refine((c) => c.contactId !== undefined || (c.name !== undefined && c.phone !== undefined), { message: 'give contactId, or name and phone', path: ['name'] });
export type IncidentCallCreate = z.input<typeof IncidentCallCreate>;

// ---------------------------------------------------------------- timeline

const KindList = z
  .string()
  .max(500)
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(z.array(IncidentLogKind).min(1))
  .describe('comma-separated log kinds, e.g. report_submitted,call,warning');
export const IncidentLogQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  kinds: KindList.optional(),
}).strict();

// ---------------------------------------------------------------- review (总结评估)

export const IncidentReviewStatus = z.enum(['draft', 'final']);
export type IncidentReviewStatus = z.infer<typeof IncidentReviewStatus>;

const Section = (max: number) => z.string().trim().max(max).default('');
/** The five parts of a review; a draft may leave any empty, a final review must fill them all. */
export const IncidentReviewWrite = z
  .object({
    summary: Section(8000).describe('事件经过'),
    response: Section(8000).describe('应急处置'),
    assessment: Section(8000).describe('评估: what went well and what went badly'),
    lessons: Section(4000).describe('经验教训'),
    measures: Section(4000).describe('整改措施'),
    status: IncidentReviewStatus.describe('final: read-only from then on'),
  })
  .strict();
export type IncidentReviewWrite = z.input<typeof IncidentReviewWrite>;

export const ReviewDeadline = z.object({
  kind: ReportClockKind,
  seq: z.number().int(),
  label: z.string().describe('初报（电话）/ 初报（书面）/ 续报二 / 终报'),
  dueAt: IsoDateTime,
  late: z.boolean(),
  lateBySeconds: z.number().int().describe('0 when on time'),
});
export const ReviewReportFact = z.object({
  reportId: Id,
  label: z.string(),
  stage: ReportStage,
  channel: ReportChannel,
  reportedAt: IsoDateTime,
  deadlines: z.array(ReviewDeadline).describe('the deadlines the report answered'),
  late: z.boolean(),
  lateBySeconds: z.number().int().describe('the worst of its deadlines; 0 when on time'),
});
export const IncidentReviewFacts = z.object({
  computedAt: IsoDateTime,
  occurredAt: IsoDateTime,
  receivedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  reports: z.array(ReviewReportFact),
  reportsOnTime: z.number().int(),
  reportsLate: z.number().int(),
  deadlinesMissed: z.number().int().describe('deadlines that passed with the report still owed (超时未报 on the timeline)'),
  initialReportSeconds: z.number().int().nullable().describe('接报 → first 初报'),
  response: z
    .object({
      activatedAt: IsoDateTime,
      secondsFromReceived: z.number().int().describe('接报 → 启动响应'),
      firstLevel: ResponseLevel,
      highestLevel: ResponseLevel,
      levelChanges: z.number().int(),
      terminatedAt: IsoDateTime.nullable(),
    })
    .nullable()
    .describe('null: no response was activated'),
  tasks: z.object({
    total: z.number().int(),
    done: z.number().int(),
    doneLate: z.number().int(),
    cancelled: z.number().int(),
    unfinished: z.number().int(),
    overdue: z.number().int().describe('missed their due time: done late, or unfinished past due'),
  }),
  timeline: z.object({
    entries: z.number().int(),
    calls: z.number().int(),
    dispatches: z.number().int().describe('teams and supplies dispatched (timeline entries *_dispatched)'),
    alarms: z.number().int(),
    warnings: z.number().int(),
  }),
});
export type IncidentReviewFacts = z.infer<typeof IncidentReviewFacts>;

const By = z.object({ id: z.string().nullable(), name: z.string() });
export const IncidentReview = z.object({
  incidentId: Id,
  status: z.enum(['none', 'draft', 'final']).describe('none: nobody has written one yet'),
  summary: z.string(),
  response: z.string(),
  assessment: z.string(),
  lessons: z.string(),
  measures: z.string(),
  facts: IncidentReviewFacts.describe('computed now for a draft, frozen when the review became final'),
  createdBy: By.nullable(),
  updatedBy: By.nullable(),
  createdAt: IsoDateTime.nullable(),
  updatedAt: IsoDateTime.nullable(),
  finalisedAt: IsoDateTime.nullable(),
  finalisedBy: z.string().nullable(),
});
export type IncidentReview = z.infer<typeof IncidentReview>;
