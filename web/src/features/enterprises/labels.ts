import {
  ENTERPRISE_RISK_GRADE_LABELS,
  EnterpriseRiskGrade,
  HAZARD_GRADE_LABELS,
  HAZARD_UNIT_KIND_LABELS,
  Industry,
  INDUSTRY_LABELS,
  PACKAGE_ROLE_LABELS,
  PackageRole,
  type HazardGrade,
  type HazardUnitKind,
  type Label,
} from '@shouwang/contracts';

// Names come from the shared contract: what the register says is what the API and its exports say.
export const INDUSTRIES = Industry.options;
export const RISK_GRADES = EnterpriseRiskGrade.options;
export const PACKAGE_ROLES = PackageRole.options;

export const industryLabel = (v: Industry): Label => INDUSTRY_LABELS[v];
export const riskGradeLabel = (v: EnterpriseRiskGrade): Label => ENTERPRISE_RISK_GRADE_LABELS[v];
export const riskGradeColor = (v: EnterpriseRiskGrade): string => ENTERPRISE_RISK_GRADE_LABELS[v].colour;
export const hazardGradeLabel = (v: HazardGrade): Label => HAZARD_GRADE_LABELS[v];
export const unitKindLabel = (v: HazardUnitKind): Label => HAZARD_UNIT_KIND_LABELS[v];
export const packageRoleLabel = (v: PackageRole): Label => PACKAGE_ROLE_LABELS[v];

/** 一级 red, 二级 orange, 三级 yellow, 四级 blue, as antd Tag presets (yellow reads better as gold). */
export const HAZARD_GRADE_TAG: Record<HazardGrade, string> = { level1: 'red', level2: 'orange', level3: 'gold', level4: 'blue' };
/** The same on the map, dark enough to carry a white ring. */
export const HAZARD_GRADE_COLOR: Record<HazardGrade, string> = { level1: '#cf1322', level2: '#fa8c16', level3: '#d4b106', level4: '#1677ff' };
