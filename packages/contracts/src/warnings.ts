import { z } from 'zod';
import { CapCategory, CapCertainty, CapCircle, CapMsgType, CapPolygon, CapProblem, CapReference, CapSeverity, CapUrgency, WarningColour, WarningLevel } from './cap.js';
import { Id, PageQuery, RegionCode, RegionCodeInput, Text } from './common.js';

/**
 * Warnings (预警发布, C4) and CAP exchange (H1). A warning is written as a draft, submitted for review,
 * approved by a second person (never its author) or rejected with a reason, and then published. A
 * published warning changes only by a new version (CAP msgType Update or Cancel referencing the previous
 * one, which becomes superseded). Imported CAP alerts are stored as published warnings with source `import`.
 */
export const WarningStatus = z.enum(['draft', 'pending_review', 'published', 'rejected', 'cancelled', 'superseded']);
export type WarningStatus = z.infer<typeof WarningStatus>;
export const WarningSource = z.enum(['authored', 'import', 'alarm']);
export type WarningSource = z.infer<typeof WarningSource>;

/** The kind of hazard: a free code (e.g. the feed type code 02) and its name (暴雨, 森林火险, 地质灾害). */
export const WarningType = z.object({ code: Text(20), name: Text(40) }).strict();
export type WarningType = z.infer<typeof WarningType>;

const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 with an offset');

export const WarningAreas = z
  .object({
    regionCodes: z.array(RegionCode).describe('target divisions, inside the issuing region subtree'),
    polygons: z.array(CapPolygon).describe('CAP polygons: "lat,lon lat,lon …", closed ring'),
    circles: z.array(CapCircle).describe('CAP circles: "lat,lon radiusKm"'),
  })
  .strict();
export type WarningAreas = z.infer<typeof WarningAreas>;

export const WarningCap = z
  .object({
    identifier: z.string(),
    sender: z.string(),
    sent: IsoDateTime.nullable().describe('set when published'),
    msgType: CapMsgType,
    event: z.string(),
    category: z.array(CapCategory),
    urgency: CapUrgency,
    severity: CapSeverity,
    certainty: CapCertainty,
    effective: IsoDateTime.nullable(),
    onset: IsoDateTime.nullable(),
    expires: IsoDateTime.nullable(),
    references: z.array(CapReference),
  })
  .strict();
export type WarningCap = z.infer<typeof WarningCap>;

const Person = z.object({ id: z.string().nullable(), name: z.string() });

export const Warning = z.object({
  id: Id,
  regionCode: RegionCode.describe('the issuing region'),
  status: WarningStatus,
  source: WarningSource,
  alarmId: Id.nullable().describe('the monitoring alarm a warning was drafted from'),
  level: WarningLevel.nullable().describe('一级 (red, highest) … 四级 (blue); null for an import whose severity has no level'),
  colour: WarningColour.nullable(),
  type: z.object({ code: z.string(), name: z.string() }).describe('imports carry the CAP eventCode / event'),
  headline: z.string(),
  description: z.string(),
  instruction: z.string(),
  cap: WarningCap,
  areas: WarningAreas,
  version: z.number().int().positive(),
  previousId: Id.nullable().describe('the version this one updates or cancels'),
  nextId: Id.nullable().describe('the version that superseded this one'),
  author: Person.nullable(),
  reviewer: Person.nullable(),
  rejectionReason: z.string().nullable().describe('why the reviewer sent it back'),
  cancelReason: z.string().nullable().describe('why it was cancelled (on the Cancel version)'),
  submittedAt: IsoDateTime.nullable(),
  reviewedAt: IsoDateTime.nullable(),
  publishedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Warning = z.infer<typeof Warning>;

/** What the public page and anonymous readers see of a warning in force: no names of staff. */
export const PublicWarning = Warning.omit({ author: true, reviewer: true, rejectionReason: true }).extend({
  issuer: z.string().describe('the issuing bureau, e.g. 乌海市应急管理局'),
  areaNames: z.array(z.string()).describe('names of the target divisions, in the order of areas.regionCodes'),
});
export type PublicWarning = z.infer<typeof PublicWarning>;
export const PublicWarningQuery = PageQuery.extend({ level: z.coerce.number().int().min(1).max(4).optional(), regionCode: RegionCodeInput.optional() });

const AreasInput = z
  .object({
    regionCodes: z.array(RegionCodeInput).max(500).default([]),
    polygons: z.array(CapPolygon).max(100).default([]),
    circles: z.array(CapCircle).max(100).default([]),
  })
  .strict()
  .refine((a) => a.regionCodes.length + a.polygons.length + a.circles.length > 0, { message: 'at least one target region, polygon or circle' });

const WarningFields = z.object({
  regionCode: RegionCodeInput.optional().describe('issuing region; the author’s own by default'),
  level: WarningLevel,
  type: WarningType,
  headline: Text(200),
  description: Text(4000),
  instruction: z.string().trim().max(4000).default(''),
  event: Text(100).optional().describe('CAP event; the type name by default'),
  category: z.array(CapCategory).min(1).max(12).default(['Met']),
  urgency: CapUrgency.optional().describe('by the level mapping when it gives one, else Expected'),
  certainty: CapCertainty.default('Likely'),
  effective: IsoDateTime.optional(),
  onset: IsoDateTime.optional(),
  expires: IsoDateTime.optional(),
  areas: AreasInput,
});
export const WarningCreate = WarningFields.strict();
/** POST /api/warnings/from-alarm/{alarmId}: a draft prefilled from a monitoring alarm; the author picks the level. */
export const WarningFromAlarm = z
  .object({
    regionCode: RegionCodeInput.optional().describe('issuing region; the author’s own by default'),
    level: WarningLevel,
    type: WarningType.optional().describe('危险化学品 for an enterprise’s alarm, 城市生命线 for a lifeline asset’s, by default'),
    headline: Text(200).optional(),
    description: Text(4000).optional(),
    instruction: z.string().trim().max(4000).optional(),
    regionCodes: z.array(RegionCodeInput).min(1).max(500).optional().describe('target divisions; the alarm’s region by default'),
    circles: z.array(CapCircle).max(100).optional(),
  })
  .strict();
export type WarningFromAlarm = z.input<typeof WarningFromAlarm>;
export type WarningCreate = z.input<typeof WarningCreate>;
/** Changes a draft or rejected warning; the issuing region stays. */
export const WarningUpdate = WarningFields.omit({ regionCode: true }).partial().strict();
export type WarningUpdate = z.input<typeof WarningUpdate>;
/** A new version of a published warning (CAP Update): what is given replaces, the rest is copied. */
export const WarningRevise = WarningUpdate;
export type WarningRevise = z.input<typeof WarningRevise>;

export const WarningReject = z.object({ reason: Text(1000) }).strict();
export const WarningCancel = z.object({ reason: Text(1000) }).strict();

export const WarningListQuery = PageQuery.extend({
  status: WarningStatus.optional(),
  source: WarningSource.optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
  regionCode: RegionCodeInput.optional(),
});

/** POST /api/warnings/cap: the stored warning and whether this call created it (false: already imported). */
export const WarningImportResult = z.object({ created: z.boolean(), warning: Warning, notes: z.array(CapProblem) });
export type WarningImportResult = z.infer<typeof WarningImportResult>;
