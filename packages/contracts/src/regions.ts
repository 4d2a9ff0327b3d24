import { z } from 'zod';
import { Lat, Lon, RegionCode, RegionCodeInput } from './common.js';

/** 1 province · 2 prefecture (市/盟) · 3 county (区/县/旗) · 4 township (乡/镇/苏木/街道) · 5 village (村/嘎查/社区) */
export const RegionLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export type RegionLevel = z.infer<typeof RegionLevel>;

export const REGION_LEVEL_NAMES: Record<RegionLevel, { zh: string; en: string }> = {
  1: { zh: '省级', en: 'Province' },
  2: { zh: '市级', en: 'Prefecture' },
  3: { zh: '县级', en: 'County' },
  4: { zh: '乡级', en: 'Township' },
  5: { zh: '村级', en: 'Village' },
};

export const Region = z
  .object({
    code: RegionCode,
    name: z.string(),
    level: RegionLevel,
    parentCode: RegionCode.nullable(),
    lon: Lon.nullable(),
    lat: Lat.nullable(),
    childCount: z.number().int().nonnegative(),
  })
  .describe('Region');
export type Region = z.infer<typeof Region>;

export const RegionListQuery = z
  .object({ parent: RegionCodeInput.optional().describe('parent code; omitted = the caller’s root region') })
  .strict();

export const RegionParams = z.object({ code: RegionCodeInput }).strict();

export const RegionPath = z.object({ region: Region, ancestors: z.array(Region) });
export type RegionPath = z.infer<typeof RegionPath>;

export const RegionImportQuery = z
  .object({ dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true') })
  .strict();

export const RegionImportRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
});

export const RegionImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(RegionImportRowError),
});
export type RegionImportResult = z.infer<typeof RegionImportResult>;
