import { z } from 'zod';
import { ContactPhone as Phone, Id, Lat, Lon, PageQuery, RegionCode, Text } from './common.js';
import type { Label } from './resource-labels.js';

// ---------------------------------------------------------------- enterprise register (B1)

/** 危险化学品生产 / 经营 / 使用, 煤矿, 非煤矿山, 金属冶炼, 烟花爆竹, 工贸, 油气管道, 其他 */
export const Industry = z.enum([
  'hazchem_production',
  'hazchem_trading',
  'hazchem_use',
  'coal_mine',
  'non_coal_mine',
  'metal_smelting',
  'fireworks',
  'industry_trade',
  'oil_gas_pipeline',
  'other',
]);
export type Industry = z.infer<typeof Industry>;

/** Safety risk grade of an enterprise: 重大 / 较大 / 一般 / 低 (red / orange / yellow / blue). */
export const EnterpriseRiskGrade = z.enum(['major', 'significant', 'general', 'low']);
export type EnterpriseRiskGrade = z.infer<typeof EnterpriseRiskGrade>;

/** 一级 (highest) … 四级 major hazard source grade by R value (GB 18218-2018). */
export const HazardGrade = z.enum(['level1', 'level2', 'level3', 'level4']);
export type HazardGrade = z.infer<typeof HazardGrade>;

/**
 * 统一社会信用代码 (GB 32100): 18 characters. Trimmed and upper-cased here; its structure and check digit
 * are verified by the server, which answers `USCC_INVALID` for a bad one.
 */
export const UsccInput = z.string().trim().toUpperCase().min(1).max(40).describe('统一社会信用代码 (GB 32100), check digit verified');

export const Person = z.object({ name: Text(50), phone: Phone }).strict();
export type Person = z.infer<typeof Person>;

export const Enterprise = z.object({
  id: Id,
  name: z.string(),
  uscc: z.string().describe('统一社会信用代码'),
  industry: Industry,
  regionCode: RegionCode,
  lon: z.number(),
  lat: z.number(),
  address: z.string(),
  principal: Person.describe('主要负责人'),
  safetyManager: Person.describe('安全负责人'),
  riskGrade: EnterpriseRiskGrade.nullable().describe('null: not yet assessed'),
  hazardSourceCount: z.number().int(),
  majorHazardSourceCount: z.number().int().describe('hazard sources identified as major (S ≥ 1)'),
  highestHazardGrade: HazardGrade.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enterprise = z.infer<typeof Enterprise>;

const EnterpriseFields = z.object({
  name: Text(100),
  uscc: UsccInput,
  industry: Industry,
  regionCode: RegionCode,
  lon: Lon,
  lat: Lat,
  address: Text(200),
  principal: Person,
  safetyManager: Person,
  riskGrade: EnterpriseRiskGrade.nullable().optional(),
});
export const EnterpriseCreate = EnterpriseFields.strict();
export type EnterpriseCreate = z.input<typeof EnterpriseCreate>;
export const EnterpriseUpdate = EnterpriseFields.partial().strict();
export type EnterpriseUpdate = z.input<typeof EnterpriseUpdate>;

export const EnterpriseListQuery = PageQuery.extend({
  regionCode: RegionCode.optional().describe('this region and everything under it'),
  industry: Industry.optional(),
  riskGrade: EnterpriseRiskGrade.optional(),
  q: z.string().max(50).optional().describe('part of the name or of the credit code'),
  majorOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('only enterprises with at least one major hazard source'),
}).strict();

// ---------------------------------------------------------------- major hazard sources (B4)

/** 储罐区 / 库区 / 生产装置 */
export const HazardUnitKind = z.enum(['tank_farm', 'warehouse', 'production_unit']);
export type HazardUnitKind = z.infer<typeof HazardUnitKind>;

/** GB 18218-2018 Table 2 hazard categories (J = health, W = physical); they also select β in Table 4. */
export const HazardCategory = z.enum([
  'J1', 'J2', 'J3', 'J4', 'J5',
  'W1.1', 'W1.2', 'W1.3', 'W2', 'W3', 'W4',
  'W5.1', 'W5.2', 'W5.3', 'W5.4',
  'W6.1', 'W6.2', 'W7.1', 'W7.2', 'W8', 'W9.1', 'W9.2', 'W10', 'W11',
]);
export type HazardCategory = z.infer<typeof HazardCategory>;

/** 主要负责人 / 技术负责人 / 操作负责人 (包保责任制). */
export const PackageRole = z.enum(['principal', 'technical', 'operational']);
export type PackageRole = z.infer<typeof PackageRole>;

/** CAS registry number with its check digit (last digit = Σ digit × position from the right, mod 10). */
export const CasNumber = z
  .string()
  .trim()
  .regex(/^\d{2,7}-\d{2}-\d$/, 'CAS number: digits-2digits-checkdigit')
  .refine((cas) => {
    const digits = cas.replaceAll('-', '');
    const body = digits.slice(0, -1).split('').reverse();
    return body.reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 10 === Number(digits.at(-1));
  }, 'CAS check digit does not match');

export const HazardUnitInput = z
  .object({ name: Text(100), kind: HazardUnitKind, description: z.string().trim().max(500).default('') })
  .strict();
export const HazardUnit = z.object({ id: Id, name: z.string(), kind: HazardUnitKind, description: z.string() });
export type HazardUnit = z.infer<typeof HazardUnit>;

export const ChemicalLineInput = z
  .object({
    name: Text(100).describe('as in GB 18218 Table 1 (e.g. 液氯, 液氨, 甲醇) to take its critical quantity'),
    cas: CasNumber.nullable().optional(),
    hazardCategory: HazardCategory.nullable().optional().describe('Table 2 category: Q when the chemical is not named in Table 1, and β (Table 4) unless it is a Table 3 toxic gas'),
    criticalQuantityTonnes: z.number().positive().max(1_000_000).nullable().optional().describe('Q; when given it is used as is, otherwise it comes from Table 1 or Table 2'),
    quantityTonnes: z.number().min(0).max(10_000_000).describe('q: the maximum quantity present (design quantity for tanks and vessels)'),
    unitName: z.string().trim().max(100).nullable().optional().describe('the unit (of this source) holding it'),
  })
  .strict();
export type ChemicalLineInput = z.input<typeof ChemicalLineInput>;
export const ChemicalLine = z.object({
  name: z.string(),
  cas: z.string().nullable(),
  hazardCategory: HazardCategory.nullable(),
  criticalQuantityTonnes: z.number().nullable().describe('Q as entered (null: taken from the standard)'),
  quantityTonnes: z.number(),
  unitName: z.string().nullable(),
});
export type ChemicalLine = z.infer<typeof ChemicalLine>;

export const PackagePersonInput = Person.extend({ title: z.string().trim().max(50).default('').describe('post, e.g. 总经理') }).strict();
export const PackagePerson = z.object({ name: z.string(), phone: z.string(), title: z.string() });
export type PackagePerson = z.infer<typeof PackagePerson>;
/** A role given replaces that person (null removes them); a role left out is kept. */
export const PackagePersonsInput = z
  .object({ principal: PackagePersonInput.nullable().optional(), technical: PackagePersonInput.nullable().optional(), operational: PackagePersonInput.nullable().optional() })
  .strict();
export const PackagePersons = z.object({ principal: PackagePerson.nullable(), technical: PackagePerson.nullable(), operational: PackagePerson.nullable() });
export type PackagePersons = z.infer<typeof PackagePersons>;

/** One chemical's part in S and R, with where its Q and β came from. */
export const AssessmentTerm = z.object({
  name: z.string(),
  cas: z.string().nullable(),
  quantityTonnes: z.number().describe('q'),
  criticalQuantityTonnes: z.number().describe('Q'),
  criticalQuantitySource: z.enum(['entered', 'table1', 'table2']),
  ratio: z.number().describe('q / Q'),
  beta: z.number(),
  betaSource: z.enum(['table3', 'table4']).describe('Table 3: named toxic gas; Table 4: by hazard category'),
  weightedRatio: z.number().describe('β × q / Q'),
});
export type AssessmentTerm = z.infer<typeof AssessmentTerm>;

/** The identification and grading with its working, so it can be shown and checked by hand. */
export const HazardAssessment = z.object({
  standard: z.literal('GB 18218-2018'),
  terms: z.array(AssessmentTerm),
  s: z.number().describe('S = Σ q/Q; a major hazard source when S ≥ 1'),
  weightedSum: z.number().describe('Σ β q/Q'),
  exposedPopulation: z.number().int().describe('people within 500 m of the boundary'),
  alpha: z.number(),
  r: z.number().describe('R = α Σ β q/Q'),
  isMajorHazard: z.boolean(),
  grade: HazardGrade.nullable().describe('null when not a major hazard source'),
});
export type HazardAssessment = z.infer<typeof HazardAssessment>;

export const HazardSource = z.object({
  id: Id,
  enterpriseId: Id,
  enterpriseName: z.string(),
  regionCode: RegionCode,
  name: z.string(),
  description: z.string(),
  units: z.array(HazardUnit),
  chemicals: z.array(ChemicalLine),
  exposedPopulation: z.number().int(),
  packagePersons: PackagePersons,
  assessment: HazardAssessment,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HazardSource = z.infer<typeof HazardSource>;

const ExposedPopulation = z.number().int().min(0).max(10_000_000).describe('people within 500 m of the plant boundary (selects α)');
// No defaults here: zod applies a default inside `.partial()` too, and an update must not reset a field it leaves out.
const HazardSourceFields = z.object({
  name: Text(100),
  description: z.string().trim().max(1000),
  units: z.array(HazardUnitInput).min(1).max(50),
  chemicals: z.array(ChemicalLineInput).min(1).max(200),
  exposedPopulation: ExposedPopulation,
  packagePersons: PackagePersonsInput,
});
export const HazardSourceCreate = HazardSourceFields.extend({ description: HazardSourceFields.shape.description.default(''), packagePersons: PackagePersonsInput.default({}) }).strict();
export type HazardSourceCreate = z.input<typeof HazardSourceCreate>;
export const HazardSourceUpdate = HazardSourceFields.partial().strict();
export type HazardSourceUpdate = z.input<typeof HazardSourceUpdate>;
export const HazardAssessRequest = z.object({ chemicals: z.array(ChemicalLineInput).min(1).max(200), exposedPopulation: ExposedPopulation }).strict();

export const HazardSourceListQuery = PageQuery.extend({
  regionCode: RegionCode.optional(),
  enterpriseId: Id.optional(),
  grade: HazardGrade.optional(),
  majorOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().max(50).optional(),
}).strict();

export const EnterpriseDetail = Enterprise.extend({ hazardSources: z.array(HazardSource) });
export type EnterpriseDetail = z.infer<typeof EnterpriseDetail>;

/** The GB 18218-2018 tables the server grades with, so a screen can show and explain them. */
export const HazardReference = z.object({
  standard: z.string(),
  namedChemicals: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), cas: z.array(z.string()), criticalQuantityTonnes: z.number(), confirmed: z.boolean() })),
  categories: z.array(z.object({ category: HazardCategory, criticalQuantityTonnes: z.number(), beta: z.number(), confirmed: z.boolean() })),
  toxicGases: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), beta: z.number() })),
  alpha: z.array(z.object({ minPeople: z.number().int(), alpha: z.number() })),
  grades: z.array(z.object({ grade: HazardGrade, minR: z.number() })),
  notes: z.array(z.string()),
});
export type HazardReference = z.infer<typeof HazardReference>;

// ---------------------------------------------------------------- labels

export const INDUSTRY_LABELS: Record<Industry, Label> = {
  hazchem_production: { zh: '危险化学品生产', en: 'Hazardous chemicals — production' },
  hazchem_trading: { zh: '危险化学品经营', en: 'Hazardous chemicals — trading' },
  hazchem_use: { zh: '危险化学品使用', en: 'Hazardous chemicals — use' },
  coal_mine: { zh: '煤矿', en: 'Coal mine' },
  non_coal_mine: { zh: '非煤矿山', en: 'Non-coal mine' },
  metal_smelting: { zh: '金属冶炼', en: 'Metal smelting' },
  fireworks: { zh: '烟花爆竹', en: 'Fireworks' },
  industry_trade: { zh: '工贸', en: 'Industry and trade' },
  oil_gas_pipeline: { zh: '油气管道', en: 'Oil and gas pipeline' },
  other: { zh: '其他', en: 'Other' },
};
export const ENTERPRISE_RISK_GRADE_LABELS: Record<EnterpriseRiskGrade, Label & { colour: 'red' | 'orange' | 'yellow' | 'blue' }> = {
  major: { zh: '重大风险', en: 'Major risk', colour: 'red' },
  significant: { zh: '较大风险', en: 'Significant risk', colour: 'orange' },
  general: { zh: '一般风险', en: 'General risk', colour: 'yellow' },
  low: { zh: '低风险', en: 'Low risk', colour: 'blue' },
};
export const HAZARD_GRADE_LABELS: Record<HazardGrade, Label> = {
  level1: { zh: '一级', en: 'Level 1' },
  level2: { zh: '二级', en: 'Level 2' },
  level3: { zh: '三级', en: 'Level 3' },
  level4: { zh: '四级', en: 'Level 4' },
};
export const HAZARD_UNIT_KIND_LABELS: Record<HazardUnitKind, Label> = {
  tank_farm: { zh: '储罐区', en: 'Tank farm' },
  warehouse: { zh: '库区', en: 'Warehouse' },
  production_unit: { zh: '生产装置', en: 'Production unit' },
};
export const PACKAGE_ROLE_LABELS: Record<PackageRole, Label> = {
  principal: { zh: '主要负责人', en: 'Principal' },
  technical: { zh: '技术负责人', en: 'Technical lead' },
  operational: { zh: '操作负责人', en: 'Operations lead' },
};
/** GB 18218-2018 Table 2 category names. */
export const HAZARD_CATEGORY_LABELS: Record<HazardCategory, Label> = {
  J1: { zh: '急性毒性 类别1（所有暴露途径，气体）', en: 'Acute toxicity cat. 1, gas' },
  J2: { zh: '急性毒性 类别1（所有暴露途径，固体、液体）', en: 'Acute toxicity cat. 1, solid/liquid' },
  J3: { zh: '急性毒性 类别2、类别3（所有暴露途径，气体）', en: 'Acute toxicity cat. 2/3, gas' },
  J4: { zh: '急性毒性 类别2、类别3（吸入途径，液体，沸点≤35℃）', en: 'Acute toxicity cat. 2/3, inhalation, liquid (bp ≤ 35 °C)' },
  J5: { zh: '急性毒性 类别2（所有暴露途径，液体（除J4外）、固体）', en: 'Acute toxicity cat. 2, liquid (except J4) / solid' },
  'W1.1': { zh: '不稳定爆炸物、1.1项爆炸物', en: 'Unstable explosives, division 1.1' },
  'W1.2': { zh: '1.2、1.3、1.5、1.6项爆炸物', en: 'Explosives, divisions 1.2/1.3/1.5/1.6' },
  'W1.3': { zh: '1.4项爆炸物', en: 'Explosives, division 1.4' },
  W2: { zh: '易燃气体 类别1和类别2', en: 'Flammable gases cat. 1/2' },
  W3: { zh: '气溶胶 类别1和类别2', en: 'Aerosols cat. 1/2' },
  W4: { zh: '氧化性气体 类别1', en: 'Oxidising gases cat. 1' },
  'W5.1': { zh: '易燃液体 类别1；类别2、3工作温度高于沸点', en: 'Flammable liquids cat. 1; cat. 2/3 above boiling point' },
  'W5.2': { zh: '易燃液体 类别2、3具有引发重大事故的特殊工艺条件', en: 'Flammable liquids cat. 2/3 under special process conditions' },
  'W5.3': { zh: '易燃液体 其他类别2', en: 'Other flammable liquids cat. 2' },
  'W5.4': { zh: '易燃液体 其他类别3', en: 'Other flammable liquids cat. 3' },
  'W6.1': { zh: '自反应物质和混合物 A型和B型', en: 'Self-reactive substances types A/B' },
  'W6.2': { zh: '自反应物质和混合物 C型、D型、E型', en: 'Self-reactive substances types C/D/E' },
  'W7.1': { zh: '有机过氧化物 A型和B型', en: 'Organic peroxides types A/B' },
  'W7.2': { zh: '有机过氧化物 C型、D型、E型、F型', en: 'Organic peroxides types C–F' },
  W8: { zh: '自燃液体和自燃固体 类别1', en: 'Pyrophoric liquids and solids cat. 1' },
  'W9.1': { zh: '氧化性固体和液体 类别1', en: 'Oxidising solids and liquids cat. 1' },
  'W9.2': { zh: '氧化性固体和液体 类别2、类别3', en: 'Oxidising solids and liquids cat. 2/3' },
  W10: { zh: '易燃固体 类别1', en: 'Flammable solids cat. 1' },
  W11: { zh: '遇水放出易燃气体的物质和混合物 类别1和类别2', en: 'Water-reactive, flammable gas cat. 1/2' },
};
